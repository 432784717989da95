import type { FigureSet } from './figures.js';
import { signed } from './table.js';

/** One `--min NAME=VALUE`. */
export interface MinCheck {
  name: string;
  min: number;
}

export interface CheckResult {
  name: string;
  min: number;
  /** The figure (for `no-drop`: the worst cleaned-minus-raw sh4-F1). */
  value: number;
  ok: boolean;
  /** Which figure failed, in words. */
  message: string;
}

/** Parse `NAME=VALUE`; returns an error message for anything else. */
export function parseMin(spec: string): MinCheck | string {
  const at = spec.lastIndexOf('=');
  const name = spec.slice(0, at).trim();
  const value = spec.slice(at + 1).trim();
  if (at <= 0 || value === '' || !Number.isFinite(Number(value)))
    return `--min expects NAME=NUMBER, got "${spec}"`;
  return { name, min: Number(value) };
}

/** Names a set does not know; `no-drop` is known when the set has extractor pairs. */
export function unknownNames(checks: readonly MinCheck[], set: FigureSet): string[] {
  return checks
    .map((check) => check.name)
    .filter((name) => !(name in set.figures) && !(name === 'no-drop' && set.noDrop !== undefined));
}

/**
 * Run the checks. A figure fails below its minimum. `no-drop=TOL` fails when any extractor's
 * cleaned sh4-F1 is below its raw sh4-F1 by more than TOL.
 */
export function runChecks(checks: readonly MinCheck[], set: FigureSet): CheckResult[] {
  return checks.map(({ name, min }) => {
    if (name === 'no-drop') return noDrop(min, set.noDrop ?? []);
    const value = set.figures[name] ?? Number.NaN;
    const ok = value >= min;
    return { name, min, value, ok, message: `${name} = ${value.toFixed(4)} ${ok ? '>=' : '<'} ${min}` };
  });
}

function noDrop(tolerance: number, pairs: NonNullable<FigureSet['noDrop']>): CheckResult {
  const drops = pairs.map((pair) => ({ ...pair, change: pair.cleaned - pair.raw }));
  const failed = drops.filter((drop) => drop.change < -tolerance);
  const value = Math.min(...drops.map((drop) => drop.change));
  const message =
    failed.length === 0
      ? `no-drop: every extractor's cleaned sh4-F1 is within ${tolerance} of raw (worst ${signed(value)})`
      : `no-drop: ${failed.map((d) => `${d.name} sh4-F1 ${d.raw.toFixed(3)} -> ${d.cleaned.toFixed(3)} (${signed(d.change)})`).join(', ')}`;
  return { name: 'no-drop', min: tolerance, value, ok: failed.length === 0, message };
}
