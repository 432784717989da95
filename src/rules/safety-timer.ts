/**
 * Timing a line test safely: every run happens inside a `node:vm` context with a timeout, so
 * the watchdog stops even a regular expression in the middle of hours of backtracking.
 */
import vm from 'node:vm';

/** Each timed batch repeats its line until it lasts at least this long, to rise above timer noise. */
const BATCH_MS = 0.5;

/** Growth that only a super-linear pattern shows, whatever the noise: enough to stop early. */
export const CLEARLY_SUPERLINEAR = 60;

/** Runs that make a batch last about BATCH_MS, given the time of one run. */
function repetitions(perRunMs: number): number {
  return Math.min(10_000, Math.max(1, Math.ceil(BATCH_MS / Math.max(perRunMs, 1e-4))));
}

/** Times one line test (a regex, a predicate) on given lines. */
export class Timer {
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
    // At least a second: on a busy machine a linear run can stall for tens of milliseconds.
    const budget = Math.max(1_000, Math.ceil(smallMs * largeReps * CLEARLY_SUPERLINEAR) + 50);
    let best = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY };
    let timeouts = 0;
    for (let i = 0; i < 5; i++) {
      const large1 = this.time(large, largeReps, budget);
      // One stalled batch is noise; two mean the large line really is that slow.
      if (!Number.isFinite(large1) && ++timeouts >= 2) return { small: smallMs, large: large1 };
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
