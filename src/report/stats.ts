/**
 * `--stats`: counts per label and per rule, summed over every input of the run and printed
 * on stderr at the end (datatrove's stat_update, one table per run).
 */
import type { ChalkInstance } from 'chalk';
import { type CleanResult, LABELS, type Label } from '../types.js';

export interface StatsTotals {
  /** What a document is called in the summary: `inputs` (files) or `records` (JSON Lines). */
  unit: 'inputs' | 'records';
  inputs: number;
  failed: number;
  /** UTF-8 bytes of text cleaned, and of text kept. */
  bytesIn: number;
  bytesOut: number;
  lines: number;
  keptLines: number;
  truncated: number;
  labels: Record<Label, number>;
  rules: Record<string, number>;
}

export function emptyTotals(unit: StatsTotals['unit'] = 'inputs'): StatsTotals {
  const labels = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  return {
    unit,
    inputs: 0,
    failed: 0,
    bytesIn: 0,
    bytesOut: 0,
    lines: 0,
    keptLines: 0,
    truncated: 0,
    labels,
    rules: {},
  };
}

/** Add one cleaned input to the running totals (only small counters are kept, never texts). */
export function addResult(
  totals: StatsTotals,
  result: Pick<CleanResult, 'stats' | 'truncated'>,
  bytes: { in: number; out: number } = { in: 0, out: 0 },
): void {
  totals.inputs++;
  totals.bytesIn += bytes.in;
  totals.bytesOut += bytes.out;
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

/**
 * The stats block: a summary line, a line of bytes, time and throughput, then labels in fixed
 * order, then rules by count.
 */
export function formatStats(totals: StatsTotals, chalk: ChalkInstance, elapsedMs = 0): string {
  const failed = totals.failed > 0 ? `, ${totals.failed} failed` : '';
  const truncated = totals.truncated > 0 ? `, ${totals.truncated} truncated` : '';
  const noun = totals.inputs === 1 ? totals.unit.slice(0, -1) : totals.unit;
  const inputs = `${totals.inputs} ${noun}`;
  let out = `clean-article: stats: ${inputs}${failed}${truncated}, ${totals.lines} lines, ${totals.keptLines} kept\n`;
  out += `clean-article: stats: ${throughput(totals, elapsedMs)}\n`;
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

/** `1.20 MB in, 0.80 MB out (67%), 2.31 s, 5.2 inputs/s, 0.52 MB/s` */
function throughput(totals: StatsTotals, elapsedMs: number): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const share = totals.bytesIn > 0 ? ` (${Math.round((100 * totals.bytesOut) / totals.bytesIn)}%)` : '';
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = (totals.inputs / seconds).toFixed(1);
  const speed = (totals.bytesIn / 1e6 / seconds).toFixed(2);
  return `${mb(totals.bytesIn)} in, ${mb(totals.bytesOut)} out${share}, ${seconds.toFixed(2)} s, ${rate} ${totals.unit}/s, ${speed} MB/s`;
}
