/** Fixed-width plain-text tables and number formats for the eval report. */

/** Three decimals, as the READMEs report figures. */
export function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '-';
}

/** Three decimals with a sign, for changes. */
export function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;
}

/**
 * Lay out rows as columns separated by two spaces. `align` has one letter per column,
 * `l` for left (names, text) and `r` for right (numbers); columns past its end go right.
 */
export function table(rows: readonly (readonly string[])[], align: string): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] === 'l' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
