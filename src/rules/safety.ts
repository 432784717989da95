/**
 * Regular-expression safety. A rule runs on every line of text nobody has checked, and a
 * pattern that backtracks catastrophically (`(\w+\s?)+$`) can hang a whole batch on a single
 * long line. Two checks, both cheap:
 *
 * - a static one for the textbook shape: an unbounded repeat of a group whose body can match
 *   the same text in many ways (`(a+)+`, `(\w+\s*)*`, `(?:x*-?)+`);
 * - a timed one: the pattern runs over adversarial lines (runs of one character, of the
 *   pattern's own words and of its example lines, each ending in a character that makes the
 *   match fail) at two sizes, 10 kB and 100 kB. A linear pattern takes about 10× longer on
 *   the longer line and a quadratic one 100×; the growth of the slowest lines must stay well
 *   under that. Ratios, not absolute times, so the verdict does not depend on the machine.
 *
 * Every timed run happens inside `node:vm` with a timeout (safety-timer.ts), which interrupts
 * even a regular expression that would run for hours, so checking a hostile pattern is safe.
 */
import { findNestedQuantifier } from './nested-quantifier.js';
import { adversarialProbes, type Probe } from './safety-probes.js';
import { CLEARLY_SUPERLINEAR, Timer } from './safety-timer.js';

/** Line lengths: every probe is screened on the short line, the slowest are compared at the other two. */
export const SAFETY_SIZES = { screen: 1_000, small: 10_000, large: 100_000 } as const;

/** Largest accepted growth from the small to the large line (linear is 10, quadratic 100). */
export const MAX_GROWTH = 30;

export interface SafetyReport {
  safe: boolean;
  /** Why the pattern is unsafe, in words for a person; empty when safe. */
  reason: string;
  /** The worst growth measured (large-line time / small-line time); Infinity when a run timed out. */
  growth: number;
  /** The adversarial line of the worst growth, described (`"a " × n + "!"`). */
  probe: string;
  /** Per-run times of that probe on the small and the large line, in milliseconds. */
  smallMs: number;
  largeMs: number;
}

export interface SafetyOptions {
  /** Lines the pattern is meant to match: their words and shapes make the best near-misses. */
  examples?: readonly string[];
  /** How many of the slowest probes get the two-size measurement (default 3). */
  measured?: number;
  maxGrowth?: number;
}

/** Check a regular expression; see the module comment. */
export function checkRegexSafety(pattern: RegExp, options: SafetyOptions = {}): SafetyReport {
  const nested = findNestedQuantifier(pattern.source);
  if (nested !== undefined) {
    return {
      ...unsafe(nested, Number.POSITIVE_INFINITY, 0, 0),
      reason: `nested quantifier ${nested}: the group can match the same text in exponentially many ways`,
    };
  }
  const regex = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return checkMatcherSafety((text) => regex.test(text), pattern.source, options);
}

/**
 * The timed check for any line test (a rule's predicate, or a whole-line function such as
 * the feature extractor): `source` supplies the words used to build near-misses.
 */
export function checkMatcherSafety(
  test: (text: string) => unknown,
  source: string,
  options: SafetyOptions = {},
): SafetyReport {
  const maxGrowth = options.maxGrowth ?? MAX_GROWTH;
  const timer = new Timer(test);
  const probes = adversarialProbes(source, options.examples ?? []);
  const times = screen(timer, probes);
  if (!Array.isArray(times)) return times;
  const screened = probes.map((probe, i) => ({ probe, ms: times[i] as number }));
  screened.sort((a, b) => b.ms - a.ms);
  let worst: SafetyReport = { safe: true, reason: '', growth: 0, probe: '', smallMs: 0, largeMs: 0 };
  for (const { probe } of screened.slice(0, options.measured ?? 3)) {
    const report = measureGrowth(timer, probe, maxGrowth);
    if (!report.safe) return report;
    if (report.growth > worst.growth) worst = report;
  }
  return worst;
}

/**
 * Every probe on the short line, all in one timed call: per-run times, or the report of the
 * probe that did not finish (an exponential pattern never finishes even on 1 kB).
 */
function screen(timer: Timer, probes: readonly Probe[]): number[] | SafetyReport {
  const lines = probes.map((probe) => probe.build(SAFETY_SIZES.screen));
  const times = timer.timeEach(lines, SCREEN_BUDGET_MS * 4);
  if (times) return times;
  // Something hung: find out which, one probe at a time.
  for (const [i, probe] of probes.entries()) {
    const ms = timer.time(lines[i] as string, 1, SCREEN_BUDGET_MS);
    if (!Number.isFinite(ms)) return tooSlow(probe, SAFETY_SIZES.screen, SCREEN_BUDGET_MS);
  }
  return (
    timer.timeEach(lines, SCREEN_BUDGET_MS * 40) ??
    tooSlow(probes[0] as Probe, SAFETY_SIZES.screen, SCREEN_BUDGET_MS)
  );
}

/** No single run of the screen line may take longer than this (linear takes microseconds)… */
const SCREEN_BUDGET_MS = 250;
/** …nor of the small line. */
const BUDGET_MS = 1_000;
/** A small line slower than this is checked against the screen line before the large one is run. */
const EARLY_CHECK_MS = 1;

/**
 * Time the probe on the small and the large line. A pattern that already grows clearly faster
 * than linearly from the screen line to the small one is not run on the large line at all
 * (a quadratic pattern would take seconds there).
 */
function measureGrowth(timer: Timer, probe: Probe, maxGrowth: number): SafetyReport {
  const screen = probe.build(SAFETY_SIZES.screen);
  const small = probe.build(SAFETY_SIZES.small);
  const large = probe.build(SAFETY_SIZES.large);
  const scale = SAFETY_SIZES.large / SAFETY_SIZES.small;
  let best: SafetyReport | undefined;
  // A growth near or over the limit is measured again (up to three times) and the lowest counts:
  // a burst of load on a shared machine only ever makes a run slower.
  for (let attempt = 0; attempt < 3 && !(best && best.growth < (maxGrowth * 2) / 3); attempt++) {
    const smallMs = timer.calibrated(small, BUDGET_MS);
    if (!Number.isFinite(smallMs)) return tooSlow(probe, SAFETY_SIZES.small, BUDGET_MS);
    // A linear scan of 10 kB takes microseconds: only a slow small line is worth the early check.
    const early = smallMs < EARLY_CHECK_MS ? 0 : earlyGrowth(timer, screen, small, smallMs);
    if (early >= CLEARLY_SUPERLINEAR) {
      const report = unsafe(probe.label, early, smallMs, smallMs);
      report.reason = slowReason(probe, early, '1 kB', '10 kB');
      return report;
    }
    const paired = timer.paired(small, large, smallMs, scale);
    const largeMs = paired.large;
    const growth = largeMs / Math.max(paired.small, 1e-6);
    const report =
      growth < maxGrowth
        ? { safe: true, reason: '', growth, probe: probe.label, smallMs: paired.small, largeMs }
        : {
            ...unsafe(probe.label, growth, paired.small, largeMs),
            reason: slowReason(probe, growth, '10 kB', '100 kB'),
          };
    if (!best || report.growth < best.growth) best = report;
  }
  return best as SafetyReport;
}

/**
 * Growth from the screen line to the small one, before the large line is tried. Both lines are
 * short, so a growth past CLEARLY_SUPERLINEAR is timed again (up to three times) and the lowest
 * counts: one burst of load on a shared machine must not fail a linear function.
 */
function earlyGrowth(timer: Timer, screen: string, small: string, smallMs: number): number {
  let lowest = smallMs / Math.max(timer.calibrated(screen, BUDGET_MS), 1e-6);
  for (let again = 0; again < 2 && lowest >= CLEARLY_SUPERLINEAR; again++) {
    const smallAgain = timer.calibrated(small, BUDGET_MS);
    const screenAgain = timer.calibrated(screen, BUDGET_MS);
    lowest = Math.min(lowest, smallAgain / Math.max(screenAgain, 1e-6));
  }
  return lowest;
}

function unsafe(probe: string, growth: number, smallMs: number, largeMs: number): SafetyReport {
  return { safe: false, reason: '', growth, probe, smallMs, largeMs };
}

function slowReason(probe: Probe, growth: number, from: string, to: string): string {
  const times = Number.isFinite(growth) ? `${Math.round(growth)}×` : `over ${CLEARLY_SUPERLINEAR}×`;
  return (
    `backtracks too much: from a ${from} to a ${to} line of ${probe.label} it took ${times} longer ` +
    '(linear is 10×); avoid nested or overlapping repeats such as (\\w+\\s?)+ or .*x.*'
  );
}

function tooSlow(probe: Probe, size: number, budgetMs: number): SafetyReport {
  return {
    ...unsafe(probe.label, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
    reason: `backtracks catastrophically: a ${size / 1000} kB line of ${probe.label} did not finish in ${budgetMs} ms`,
  };
}
