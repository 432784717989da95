/**
 * The progress bar (cli-progress) on stderr: documents done, rate and ETA. Shown only when
 * stderr is a terminal, not in CI (prettier's is-tty), not with --quiet or --format json, and
 * only once a second document is done, so one article never flashes a bar. Messages printed
 * while the bar is up go above it instead of tearing it.
 */
import { Writable } from 'node:stream';
import type cliProgress from 'cli-progress';

type CliProgress = typeof cliProgress;

/** What the bar counts towards: a number of documents, input bytes (JSON Lines files), or nothing known. */
export type ProgressTotal =
  | { unit: 'documents'; total: number }
  | { unit: 'bytes'; total: number }
  | { unit: 'open' };

const FORMATS = {
  documents: '{bar} {percentage}% | {value}/{total} documents | {rate}/s | ETA {eta_formatted}',
  bytes: '{bar} {percentage}% | {docs} records | {rate}/s | ETA {eta_formatted}',
  open: '{docs} records | {rate}/s | {duration_formatted}',
};

/** Redraws are cheap but not free: a million tiny records should not mean a million updates. */
const UPDATE_MS = 100;

export interface ProgressContext {
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  quiet: boolean;
  json: boolean;
}

export function progressWanted(context: ProgressContext): boolean {
  return context.stderr.isTTY === true && !context.quiet && !context.json && !isCi(context.env);
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false';
}

/**
 * Milliseconds on a monotonic clock. Not performance.now(): the first use of `performance`
 * loads perf_hooks, close to a millisecond of every one-file run.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export class Progress {
  /** Write diagnostics here: straight to stderr, or above the bar while it is shown. */
  readonly stderr: Writable;
  /** cli-progress, loaded only when a bar may be shown: most runs go to pipes and never need it. */
  private library: CliProgress | undefined;
  private bars: cliProgress.MultiBar | undefined;
  private bar: cliProgress.SingleBar | undefined;
  private total: ProgressTotal = { unit: 'open' };
  private docs = 0;
  private bytes = 0;
  private readonly started = nowMs();
  private lastDraw = 0;

  constructor(private readonly context: ProgressContext) {
    const forward = (chunk: Buffer | string, done: () => void) => {
      const text = chunk.toString();
      if (this.bars) this.bars.log(text);
      else context.stderr.write(text);
      done();
    };
    this.stderr = new Writable({
      decodeStrings: false,
      write: (chunk, _encoding, done) => forward(chunk, done),
    });
  }

  /** Say what the run counts towards (called once the inputs are known). */
  async expect(total: ProgressTotal): Promise<void> {
    this.total = total;
    if (progressWanted(this.context) && !this.library) this.library = (await import('cli-progress')).default;
  }

  /** One more document done (`bytes`: input bytes consumed so far, for byte totals). */
  tick(bytes?: number): void {
    this.docs++;
    if (bytes !== undefined) this.bytes = bytes;
    if (this.docs < 2 || !this.library) return;
    const now = nowMs();
    if (this.bar && now - this.lastDraw < UPDATE_MS) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** Take the bar away (and print what was logged above it). */
  stop(): void {
    if (!this.bars) return;
    this.draw(nowMs());
    this.bars.update();
    this.bars.stop();
    this.bars = undefined;
    this.bar = undefined;
  }

  private draw(now: number): void {
    if (!this.library) return;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const payload = { docs: this.docs, rate: (this.docs / seconds).toFixed(1) };
    const value = this.total.unit === 'bytes' ? this.bytes : this.docs;
    if (!this.bar) {
      const total = this.total.unit === 'open' ? 0 : this.total.total;
      this.bars = new this.library.MultiBar({
        stream: this.context.stderr,
        format: FORMATS[this.total.unit],
        clearOnComplete: true,
        // Keep the terminal's own wrapping: the bar is cut to the width anyway, and a long
        // message printed above it must wrap, not vanish past the right edge.
        linewrap: true,
        gracefulExit: false,
        etaBuffer: 50,
        barsize: 30,
      });
      this.bar = this.bars.create(total, value, payload);
    } else this.bar.update(value, payload);
  }
}
