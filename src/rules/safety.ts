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
 * Every timed run happens inside `node:vm` with a timeout, which interrupts even a regular
 * expression that would run for hours, so checking a hostile pattern is itself safe.
 */
import vm from 'node:vm';

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
/** Each timed batch repeats its line until it lasts at least this long, to rise above timer noise. */
const BATCH_MS = 0.5;
/** A small line slower than this is checked against the screen line before the large one is run. */
const EARLY_CHECK_MS = 1;
/** Growth that only a super-linear pattern shows, whatever the noise: enough to stop early. */
const CLEARLY_SUPERLINEAR = 60;

interface Probe {
  label: string;
  build: (size: number) => string;
}

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
    const early =
      smallMs < EARLY_CHECK_MS ? 0 : smallMs / Math.max(timer.calibrated(screen, BUDGET_MS), 1e-6);
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

/** Runs that make a batch last about BATCH_MS, given the time of one run. */
function repetitions(perRunMs: number): number {
  return Math.min(10_000, Math.max(1, Math.ceil(BATCH_MS / Math.max(perRunMs, 1e-4))));
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

/**
 * Runs the test inside a vm context so that a timeout can interrupt it: the watchdog stops
 * even a regular expression in the middle of its backtracking.
 */
class Timer {
  private readonly context: vm.Context;
  private readonly script = new vm.Script('run(test, text, reps)');

  private readonly eachScript = new vm.Script('runEach(test, lines)');

  constructor(test: (text: string) => unknown) {
    this.context = vm.createContext({ test, now: () => performance.now() });
    vm.runInContext(
      `function run(test, text, reps) {
        const start = now();
        for (let i = 0; i < reps; i++) test(text);
        return now() - start;
      }
      function runEach(test, lines) {
        return lines.map((text) => Math.min(run(test, text, 1), run(test, text, 1)));
      }`,
      this.context,
    );
  }

  /** The time of one warm run of each line (the first run compiles and flattens), or undefined on timeout. */
  timeEach(lines: readonly string[], timeoutMs: number): number[] | undefined {
    this.context.lines = lines;
    try {
      return [...(this.eachScript.runInContext(this.context, { timeout: timeoutMs }) as number[])];
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
      throw error;
    } finally {
      this.context.lines = [];
    }
  }

  /** Milliseconds per run of `reps` runs, or Infinity when they did not finish in `timeoutMs`. */
  time(text: string, reps: number, timeoutMs: number): number {
    this.context.text = text;
    this.context.reps = reps;
    try {
      return (this.script.runInContext(this.context, { timeout: timeoutMs }) as number) / reps;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
        return Number.POSITIVE_INFINITY;
      throw error;
    } finally {
      this.context.text = '';
    }
  }

  /** Per-run time of a warmed-up line, repeated enough to rise above timer noise; the best of 3 batches. */
  calibrated(text: string, timeoutMs: number): number {
    const once = Math.min(this.time(text, 1, timeoutMs), this.time(text, 1, timeoutMs));
    if (!Number.isFinite(once)) return once;
    return this.best(text, repetitions(once), 3, timeoutMs * 10);
  }

  /**
   * Per-run times of the small and the large line, measured in alternating batches that last
   * equally long (ten times the runs of the small line), so that both see the same load on a
   * shared machine. Each is the fastest of five batches. The large batches stop once they are
   * clearly super-linear, instead of waiting seconds for a quadratic pattern to finish.
   */
  paired(small: string, large: string, smallMs: number, scale: number): { small: number; large: number } {
    const largeReps = repetitions(smallMs * scale);
    const smallReps = largeReps * scale;
    const budget = Math.ceil(smallMs * largeReps * CLEARLY_SUPERLINEAR) + 50;
    let best = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY };
    for (let i = 0; i < 5; i++) {
      const large1 = this.time(large, largeReps, budget);
      if (!Number.isFinite(large1)) return { small: smallMs, large: large1 };
      const small1 = this.time(small, smallReps, budget);
      best = { small: Math.min(best.small, small1), large: Math.min(best.large, large1) };
    }
    return best;
  }

  /** The fastest of `batches` batches: interference only ever adds time, so the minimum is the truest. */
  best(text: string, reps: number, batches: number, timeoutMs: number): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < batches; i++) {
      const ms = this.time(text, reps, timeoutMs);
      if (!Number.isFinite(ms)) return ms;
      best = Math.min(best, ms);
    }
    return best;
  }
}

/** Units of one character or a short run that most line patterns care about. */
const GENERIC_UNITS = [
  'a',
  'A',
  '0',
  ' ',
  '\t',
  '.',
  ',',
  '-',
  '|',
  ':',
  '/',
  "'",
  '"',
  '(',
  '*',
  '#',
  '@',
  'é',
  '€',
  '•',
  'न',
  '字',
  'a ',
  'a.',
  'a,',
  'a-',
  'a|',
  'A. ',
  'Aa ',
  'aA',
  '0 ',
  '0.',
  '0:',
  '- ',
  '. ',
  ': ',
  'www.a',
  'http://a ',
];

/** Line endings that make a match fail, so the engine must try (and undo) everything before giving up. */
const TAILS = ['!', '\u0001'];

/**
 * Near-miss lines for a pattern: generic runs, runs of the pattern's own words, runs of its
 * example lines, and example prefixes followed by a run (to reach the part after a prefix).
 */
export function adversarialProbes(source: string, examples: readonly string[]): Probe[] {
  const words = patternWords(source).slice(0, 8);
  const units = [
    ...GENERIC_UNITS,
    ...words.flatMap((word) => [word, `${word} `, `${capitalise(word)} `, `${word}:`]),
    ...examples.slice(0, 4).map((line) => `${line.trim()} `),
  ];
  const probes: Probe[] = [];
  for (const unit of new Set(units)) {
    for (const tail of TAILS) probes.push(run('', unit, tail));
  }
  for (const line of examples.slice(0, 4)) {
    const text = line.trim();
    const prefix = text.slice(0, Math.max(1, Math.ceil(text.length / 2)));
    for (const unit of ['a', 'a ', ' ', '0', 'A. ']) probes.push(run(prefix, unit, '!'));
  }
  return probes;
}

function run(prefix: string, unit: string, tail: string): Probe {
  return {
    label: `${prefix ? `${JSON.stringify(prefix)} + ` : ''}${JSON.stringify(unit)} × n + ${JSON.stringify(tail)}`,
    build: (size) => {
      const count = Math.max(1, Math.ceil((size - prefix.length - tail.length) / unit.length));
      return prefix + unit.repeat(count) + tail;
    },
  };
}

/** Literal words of a pattern (`subscribe`, `reuters`), longest first: pumping them makes near-misses. */
function patternWords(source: string): string[] {
  const literal = source
    .replace(/\\[pPk]\{[^}]*\}/g, ' ')
    .replace(/\\[ux]\{?[0-9a-fA-F]+\}?/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\(\?<?[=!]?[A-Za-z]*>?|\(\?:/g, ' ');
  const words = new Set(literal.match(/\p{L}{2,}/gu) ?? []);
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The textbook catastrophic shape: a group repeated without bound (or more than 9 times)
 * whose body is one unbounded repeat plus only optional parts, so that a run of characters can
 * be split between the iterations in exponentially many ways: `(a+)+`, `(\w+\s*)*`,
 * `(?:[a-z]+-?){2,}`. Returns the offending group, or undefined.
 */
export function findNestedQuantifier(source: string): string | undefined {
  const groups = groupSpans(source);
  for (const { start, end } of groups) {
    const quantifier = quantifierAt(source, end + 1);
    if (!quantifier || quantifier.max < 10) continue;
    const body = source.slice(start + 1, end).replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
    if (/^\?[=!<]/.test(body)) continue; // a lookaround matches no text
    if (collapsesToOneRepeat(body)) return source.slice(start, end + 1 + quantifier.length);
  }
  return undefined;
}

/** Start and end (the parentheses) of every group, outside character classes. */
function groupSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) spans.push({ start: open.pop() as number, end: i });
  }
  return spans;
}

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

/** The quantifier starting at `i` (`+`, `*`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy). */
function quantifierAt(source: string, i: number): Quantifier | undefined {
  const c = source[i];
  let q: Quantifier | undefined;
  if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === '?') q = { min: 0, max: 1, length: 1 };
  else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!braces) return undefined;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
    q = { min, max, length: braces[0].length };
  }
  if (q && source[i + q.length] === '?') q.length++;
  return q;
}

/** Is the body (no top-level `|`) one unbounded repeat with nothing else required? */
function collapsesToOneRepeat(body: string): boolean {
  const atoms = splitAtoms(body);
  if (!atoms) return false;
  // One required unbounded repeat (or none) and only optional parts besides: `\w+\s*`, `\s*\w*`.
  // Two required parts (`\w+\s+`) split a run in one way only, and are not flagged.
  const required = atoms.filter((atom) => atom.min > 0);
  const unbounded = atoms.some((atom) => atom.max === Number.POSITIVE_INFINITY);
  return unbounded && required.length <= 1 && required.every((atom) => atom.max === Number.POSITIVE_INFINITY);
}

/** The atoms of a sequence with their quantifiers, or undefined for anything with a top-level `|`. */
function splitAtoms(body: string): { min: number; max: number }[] | undefined {
  const atoms: { min: number; max: number }[] = [];
  let i = 0;
  while (i < body.length) {
    const end = atomEnd(body, i);
    if (end === undefined) return undefined;
    const q = quantifierAt(body, end);
    atoms.push(q ? { min: q.min, max: q.max } : { min: 1, max: 1 });
    i = end + (q?.length ?? 0);
  }
  return atoms;
}

/** Index after the atom that starts at `i`; undefined at a `|` or an anchor-like token we do not model. */
function atomEnd(body: string, i: number): number | undefined {
  const c = body[i];
  if (c === '|') return undefined;
  if (c === '\\') {
    const braced = /^\\[pPuk]\{[^}]*\}/.exec(body.slice(i));
    if (braced) return i + braced[0].length;
    const hex = /^\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z])/.exec(body.slice(i));
    return i + (hex ? hex[0].length : 2);
  }
  if (c === '[') {
    let j = i + 1;
    while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < body.length; j++) {
      const d = body[j];
      if (d === '\\') j++;
      else if (d === '[') {
        while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      } else if (d === '(') depth++;
      else if (d === ')' && --depth === 0) return j + 1;
    }
    return undefined;
  }
  return i + 1;
}
