/**
 * `--stats`: counts per label and per rule, summed over every input of the run and printed
 * on stderr at the end (datatrove's stat_update, one table per run).
 */
import type { ChalkInstance } from 'chalk';
import { type CleanResult, LABELS, type Label } from '../types.js';

export interface StatsTotals {
  inputs: number;
  failed: number;
  lines: number;
  keptLines: number;
  truncated: number;
  labels: Record<Label, number>;
  rules: Record<string, number>;
}

export function emptyTotals(): StatsTotals {
  const labels = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  return { inputs: 0, failed: 0, lines: 0, keptLines: 0, truncated: 0, labels, rules: {} };
}

/** Add one cleaned input to the running totals (only small counters are kept, never texts). */
export function addResult(totals: StatsTotals, result: CleanResult): void {
  totals.inputs++;
  totals.lines += result.stats.lines;
  totals.keptLines += result.stats.keptLines;
  if (result.truncated) totals.truncated++;
  for (const label of LABELS) totals.labels[label] += result.stats.labels[label];
  for (const [rule, count] of Object.entries(result.stats.rules)) {
    totals.rules[rule] = (totals.rules[rule] ?? 0) + count;
  }
}

export function addFailure(totals: StatsTotals): void {
  totals.inputs++;
  totals.failed++;
}

/** The stats block: a summary line, then labels in fixed order, then rules by count. */
export function formatStats(totals: StatsTotals, chalk: ChalkInstance): string {
  const failed = totals.failed > 0 ? `, ${totals.failed} failed` : '';
  const truncated = totals.truncated > 0 ? `, ${totals.truncated} truncated` : '';
  const inputs = `${totals.inputs} ${totals.inputs === 1 ? 'input' : 'inputs'}`;
  let out = `clean-article: stats: ${inputs}${failed}${truncated}, ${totals.lines} lines, ${totals.keptLines} kept\n`;
  const rules = Object.entries(totals.rules).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const width = Math.max(10, ...rules.map(([rule]) => rule.length));
  out += table(
    'label',
    LABELS.map((label) => [label, totals.labels[label]] as const),
    width,
    chalk,
  );
  out += table('rule', rules, width, chalk);
  return out;
}

function table(
  title: string,
  rows: readonly (readonly [string, number])[],
  width: number,
  chalk: ChalkInstance,
): string {
  let out = `  ${chalk.bold(title.padEnd(width))} ${chalk.bold('lines'.padStart(7))}\n`;
  for (const [name, count] of rows) out += `  ${name.padEnd(width)} ${String(count).padStart(7)}\n`;
  return out;
}
