/**
 * `--jsonl`: every input is a stream of records. Each record's text field is cleaned (by the
 * cleaner: inline, or worker threads once the stream is large), and records are written in
 * input order with every other byte as it was. Nothing is dropped silently: a blank line is
 * copied, and a bad record (not JSON, no text field, text not a string, not UTF-8) is written
 * through unchanged and reported as `PATH:LINE: message` (exit 2).
 */
import { isUtf8 } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { formatSize, type InputEntry } from '../io/inputs.js';
import {
  countBytes,
  gunzipIfNeeded,
  isBlankLine,
  JsonlReadError,
  type RawLine,
  readChunks,
  splitJsonLines,
} from '../io/jsonl.js';
import { addFailure, addResult, type StatsTotals } from '../report/stats.js';
import type { Diagnostics } from './diagnostics.js';
import { describeError } from './errors.js';
import { JsonlOutput } from './jsonl-output.js';
import { RecordLearner } from './learn.js';
import type { CliIo } from './main.js';
import type { RunOptions } from './options.js';
import type { Progress } from './progress.js';
import type { RecordOutcome } from './record.js';
import type { Destination } from './run.js';
import { recordGroupId } from './tasks.js';
import { type Cleaner, forEachOrdered } from './workers.js';

export interface JsonlRun {
  io: CliIo;
  options: RunOptions;
  cleaner: Cleaner;
  destination: Destination;
  diagnostics: Diagnostics;
  totals: StatsTotals;
  state: { errored: boolean; checkFailed: boolean };
  progress: Progress;
}

/** Input files this large start the worker threads at once (stdin starts them after a few records). */
const LARGE_INPUT_BYTES = 1024 * 1024;

/** A stdin sample is held in memory while it is learned from; this caps it. */
const STDIN_SAMPLE_BYTES = 32 * 1024 * 1024;

type Started =
  | { raw: RawLine; kind: 'copy' }
  | { raw: RawLine; kind: 'bad'; message: string }
  | { raw: RawLine; kind: 'record'; result: Promise<RecordOutcome> };

/** Clean every record of every input, in order. Never throws for one record's or one input's failure. */
export async function runJsonl(entries: readonly InputEntry[], run: JsonlRun): Promise<void> {
  const sizes = await Promise.all(entries.map((entry) => sizeOf(entry)));
  const known = sizes.every((size) => size !== undefined);
  const total = sizes.reduce((a: number, b) => a + (b ?? 0), 0);
  await run.progress.expect(known ? { unit: 'bytes', total } : { unit: 'open' });
  // Files of a megabyte or more hold far more records than are worth cleaning inline.
  if (total >= LARGE_INPUT_BYTES) run.cleaner.expectLarge();
  let before = 0;
  for (const [index, entry] of entries.entries()) {
    await runInput(entry, index, run, before);
    before += sizes[index] ?? 0;
  }
}

async function sizeOf(entry: InputEntry): Promise<number | undefined> {
  if (entry.kind === 'stdin') return undefined;
  if (entry.kind === 'error') return 0;
  return stat(entry.absolute).then(
    (stats) => stats.size,
    () => 0,
  );
}

async function runInput(entry: InputEntry, index: number, run: JsonlRun, before: number): Promise<void> {
  if (entry.kind === 'error') return failInput(entry.display, entry.error, run);
  let consumed = 0;
  let gzip = false;
  const open = () => {
    consumed = 0;
    const file = entry.kind === 'file' ? entry.absolute : undefined;
    const stdin = () => run.io.stdin;
    const chunks = countBytes(readChunks(file, stdin), (bytes) => {
      consumed += bytes;
    });
    return splitJsonLines(gunzipIfNeeded(chunks, (isGzip) => (gzip = isGzip)));
  };
  const output = new JsonlOutput(entry, run.destination, () => gzip);
  let lines: AsyncIterable<RawLine> = open();
  let lastLine = 0;
  try {
    if (run.options.learn.enabled) lines = await learnFirst(lines, entry, index, run, open);
    await forEachOrdered(
      lines,
      () => run.cleaner.window,
      async (raw) => start(raw, index, run),
      async (started) => {
        lastLine = started.raw.line;
        await finish(started, entry.display, output, run);
        run.progress.tick(before + consumed);
      },
    );
  } catch (error) {
    if (!(error instanceof JsonlReadError)) throw error;
    await readFailed(error, entry.display, output, run, lastLine);
  }
  try {
    await output.close();
  } catch (error) {
    run.diagnostics.error(entry.display, `cannot write ${output.name}: ${describeError(error).message}`);
    run.state.errored = true;
  }
}

/**
 * The bounded first pass: learn each group's boilerplate from the first records. A file is then
 * read again from the start; stdin cannot be, so its sample (capped in records and bytes) is
 * replayed from memory before the rest of the stream.
 */
async function learnFirst(
  lines: AsyncIterable<RawLine>,
  entry: InputEntry,
  index: number,
  run: JsonlRun,
  reopen: () => AsyncIterable<RawLine>,
): Promise<AsyncIterable<RawLine>> {
  const iterator = lines[Symbol.asyncIterator]();
  const { textKey, groupKey, learn } = run.options;
  const learner = new RecordLearner(learn, textKey, groupKey);
  // Only stdin's sample is kept, to be replayed; a file is simply read again.
  const sample: RawLine[] = [];
  const keep = entry.kind === 'stdin';
  let bytes = 0;
  let count = 0;
  let readError: unknown;
  try {
    while (count < learn.sample && (!keep || bytes < STDIN_SAMPLE_BYTES)) {
      const next = await iterator.next();
      if (next.done) break;
      learner.add(next.value);
      count++;
      if (keep) sample.push(next.value);
      bytes += next.value.bytes.length;
    }
  } catch (error) {
    // Learn from what could be read; the second pass meets the same error and reports it.
    readError = error;
  }
  for (const [group, keys] of learner.learned()) run.cleaner.setRepeated(recordGroupId(index, group), keys);
  if (!keep) {
    await iterator.return?.();
    return reopen();
  }
  return replay(sample, iterator, readError);
}

async function* replay(
  sample: readonly RawLine[],
  rest: AsyncIterator<RawLine>,
  readError: unknown,
): AsyncGenerator<RawLine> {
  yield* sample;
  if (readError !== undefined) throw readError;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function start(raw: RawLine, index: number, run: JsonlRun): Promise<Started> {
  if (isBlankLine(raw.bytes)) return { raw, kind: 'copy' };
  if (raw.bytes.length > run.options.maxBytes) {
    // --max-size holds for a record as for a file: cleaning it would take minutes and gigabytes.
    const limit = `the limit is ${formatSize(run.options.maxBytes)}, raise it with --max-size`;
    return { raw, kind: 'bad', message: `record too large (${formatSize(raw.bytes.length)}; ${limit})` };
  }
  if (!isUtf8(raw.bytes)) return { raw, kind: 'bad', message: 'not valid UTF-8 (JSON Lines must be UTF-8)' };
  const task = { kind: 'record' as const, raw: raw.bytes.toString('utf8'), input: index };
  const result = run.cleaner.run(task).then(
    (outcome) => outcome as RecordOutcome,
    (error: unknown): RecordOutcome => ({
      ok: false,
      message: `cleaning failed: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  return { raw, kind: 'record', result };
}

async function finish(started: Started, display: string, output: JsonlOutput, run: JsonlRun): Promise<void> {
  const { raw } = started;
  const where = `${display}:${raw.line}`;
  if (started.kind === 'copy') return output.writeRaw(raw.bytes);
  const outcome: RecordOutcome =
    started.kind === 'bad' ? { ok: false, message: started.message } : await started.result;
  if (!outcome.ok) {
    run.diagnostics.error(where, `${outcome.message}; the line was written unchanged`);
    run.state.errored = true;
    addFailure(run.totals);
    return output.writeRaw(raw.bytes);
  }
  addResult(run.totals, outcome, { in: outcome.bytesIn, out: outcome.bytesOut });
  if (outcome.emptied && run.options.failOnEmpty) {
    run.diagnostics.check(where, 'nothing left after cleaning (all lines were boilerplate)');
    run.state.checkFailed = true;
  }
  if (outcome.truncated && run.options.failOnTruncated) {
    run.diagnostics.check(where, 'truncated: a paywall prompt shows the article was cut short');
    run.state.checkFailed = true;
  }
  return output.writeLine(outcome.out);
}

/** The input stopped early: keep its incomplete last line as it was, and say where it stopped. */
async function readFailed(
  error: JsonlReadError,
  display: string,
  output: JsonlOutput,
  run: JsonlRun,
  lastLine: number,
): Promise<void> {
  run.state.errored = true;
  const { code } = (error.cause ?? {}) as { code?: string };
  if (lastLine === 0 && error.partial === undefined && code !== undefined && !code.startsWith('Z_')) {
    // Nothing was read at all (a missing or unreadable file): the plain `PATH: message` form.
    output.discard();
    return failInput(display, error.cause, run);
  }
  if (error.partial) await output.writeRaw(error.partial);
  const kept = error.partial ? '; the incomplete line was written as it was' : '';
  run.diagnostics.error(`${display}:${error.line}`, `${readProblem(error, code)}${kept}`);
}

function readProblem(error: JsonlReadError, code: string | undefined): string {
  if (code === 'Z_BUF_ERROR') return 'the gzip data ends early (truncated file)';
  if (code?.startsWith('Z_')) return `invalid gzip data (${error.message})`;
  return `cannot read further: ${describeError(error.cause).message}`;
}

function failInput(display: string, error: unknown, run: JsonlRun): void {
  run.diagnostics.error(display, describeError(error).message);
  run.state.errored = true;
  addFailure(run.totals);
}
