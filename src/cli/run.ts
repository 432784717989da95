/**
 * The batch loop: read → decode → clean → write, in input order. Reading and writing happen
 * here; cleaning goes to a Cleaner (inline, or worker threads for a large batch) with a small
 * window of inputs in flight, so memory stays flat however large the batch. A failing input
 * is reported and the loop goes on (prettier's "don't exit the process if one file failed");
 * the exit code is worked out from the state at the end.
 */
import type { ChalkInstance } from 'chalk';
import { decodeBytes } from '../io/decode.js';
import { type InputEntry, readInput } from '../io/inputs.js';
import { COMMIT_GROUP, type Sink, writeFileAtomically } from '../io/outputs.js';
import { explainHeading, explainLines, explainTruncated } from '../report/explain.js';
import { jsonErrorRecord, jsonRecord } from '../report/json.js';
import { addFailure, addResult, type StatsTotals } from '../report/stats.js';
import type { CleanOptions, CleanResult, Label } from '../types.js';
import type { Diagnostics } from './diagnostics.js';
import { describeError, InputError } from './errors.js';
import { folderGroup } from './learn.js';
import type { CliIo } from './main.js';
import type { RunOptions } from './options.js';
import type { Progress } from './progress.js';
import { type Cleaner, forEachOrdered } from './workers.js';

/** Where cleaned text goes: one stream for everything, one file per input, or the input itself. */
export type Destination =
  | { kind: 'sink'; sink: Sink; name: string }
  | { kind: 'outDir'; targets: ReadonlyMap<string, string>; shown: (target: string) => string }
  | { kind: 'inPlace' };

export interface Batch {
  io: CliIo;
  options: RunOptions;
  clean: CleanOptions;
  destination: Destination;
  /** Colour for the explain view, decided for the stream it goes to. */
  outputChalk: ChalkInstance;
  /** Several inputs share one stream: the explain view then gets a heading per input. */
  several: boolean;
  diagnostics: Diagnostics;
  totals: StatsTotals;
  state: { errored: boolean; checkFailed: boolean };
  /** How many inputs the explain view has shown so far (the first heading needs no gap). */
  explained: number;
  cleaner: Cleaner;
  /** Folders whose boilerplate was learned (registered with the cleaner under the folder path). */
  learned: ReadonlySet<string>;
  progress: Progress;
  /** Writes of separate files (--out-dir, --in-place) still going on. */
  writes: Set<Promise<void>>;
}

/**
 * Separate output files written at once. Files are synced to disk in groups of COMMIT_GROUP
 * (see writeFileAtomically), and a sync mostly waits: with two groups' worth in flight, the
 * next group is written while the last one is synced.
 */
const PARALLEL_WRITES = 2 * COMMIT_GROUP;

/** An input on its way: read and handed to the cleaner, or already settled. */
type Started =
  | { entry: InputEntry; kind: 'cleaning'; text: string; result: Promise<CleanResult | Error> }
  | { entry: InputEntry; kind: 'failed'; error: unknown }
  | { entry: InputEntry; kind: 'skipped'; warning: string };

/** Clean every input in order. Never throws for a single input's failure. */
export async function runBatch(entries: readonly InputEntry[], batch: Batch): Promise<void> {
  await forEachOrdered(
    entries,
    () => batch.cleaner.window,
    (entry) => start(entry, batch),
    (started) => finish(started, batch),
  );
  await Promise.all(batch.writes);
}

async function start(entry: InputEntry, batch: Batch): Promise<Started> {
  let text: string;
  try {
    const bytes = await readInput(entry, () => batch.io.stdin, batch.options.maxBytes);
    const decoded = decodeBytes(bytes, batch.options.encoding);
    if (!decoded.ok) {
      // ripgrep's rule: a binary file found by walking is skipped; one named explicitly is an error.
      if (decoded.code === 'EBINARY' && entry.kind === 'file' && !entry.explicit) {
        return {
          entry,
          kind: 'skipped',
          warning: `skipped binary file (NUL byte at offset ${decoded.offset})`,
        };
      }
      throw new InputError(decoded.code, decoded.message);
    }
    text = decoded.text;
  } catch (error) {
    return { entry, kind: 'failed', error };
  }
  const folder = folderGroup(entry);
  const group = folder !== undefined && batch.learned.has(folder) ? folder : undefined;
  const detail = batch.options.format === 'text' ? 'text' : 'full';
  const result = batch.cleaner.run({ kind: 'doc', text, group, detail }).then(
    (result) => result as CleanResult,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  return { entry, kind: 'cleaning', text, result };
}

async function finish(started: Started, batch: Batch): Promise<void> {
  // Messages are printed here, not in start(), so that stderr follows the input order.
  if (started.kind === 'skipped') return batch.diagnostics.warn(started.entry.display, started.warning);
  batch.progress.tick();
  if (started.kind === 'failed') return fail(started.entry, started.error, batch);
  const { entry, text } = started;
  const result = await started.result;
  if (result instanceof Error) {
    // A classifier bug on one article should cost that article, not the batch.
    return fail(entry, new InputError('EINTERNAL', `cleaning failed: ${result.message}`), batch);
  }
  addResult(batch.totals, result, { in: Buffer.byteLength(text), out: Buffer.byteLength(result.text) });
  checkResult(entry, result, text, batch);
  const write = emit(entry, result, text, batch).catch((error: unknown) =>
    writeFailed(entry, outputName(entry, batch), error, batch),
  );
  // One shared stream is written strictly in order; files of their own can be written side by side.
  if (batch.destination.kind === 'sink') return write;
  batch.writes.add(write);
  void write.then(() => batch.writes.delete(write));
  while (batch.writes.size >= PARALLEL_WRITES) await Promise.race(batch.writes);
}

/** Report a failed input on stderr, and in the JSON stream too so consumers see every input. */
async function fail(entry: InputEntry, error: unknown, batch: Batch): Promise<void> {
  const described = describeError(error);
  batch.diagnostics.error(entry.display, described.message);
  batch.state.errored = true;
  addFailure(batch.totals);
  const { destination, options } = batch;
  if (options.format !== 'json' || destination.kind !== 'sink') return;
  try {
    await destination.sink.write(jsonErrorRecord(entry.display, described));
  } catch (writeError) {
    writeFailed(entry, destination.name, writeError, batch);
  }
}

function writeFailed(entry: InputEntry, target: string, error: unknown, batch: Batch): void {
  batch.diagnostics.error(entry.display, `cannot write ${target}: ${describeError(error).message}`);
  batch.state.errored = true;
}

/** The file (or stream) an input's output goes to, for write-failure messages. */
function outputName(entry: InputEntry, batch: Batch): string {
  const { destination } = batch;
  if (destination.kind === 'sink') return destination.name;
  if (destination.kind === 'outDir' && entry.kind === 'file') {
    return destination.shown(destination.targets.get(entry.absolute) as string);
  }
  return entry.display;
}

/** The opt-in checks (exit 1) and the empty-result warning. */
function checkResult(entry: InputEntry, result: CleanResult, original: string, batch: Batch): void {
  const { options, diagnostics, state } = batch;
  if (result.text.trim() === '') {
    // Same as "some line is not blank": line breaks are white space too.
    const hadText = original.trim() !== '';
    const why = hadText ? 'all lines were boilerplate' : 'the input has no text';
    const kept = batch.destination.kind === 'inPlace' && hadText ? '; file left unchanged' : '';
    const message = `nothing left after cleaning (${why})${kept}`;
    if (options.failOnEmpty) {
      diagnostics.check(entry.display, message);
      state.checkFailed = true;
    } else {
      diagnostics.warn(entry.display, message);
    }
  }
  if (result.truncated && options.failOnTruncated) {
    diagnostics.check(entry.display, 'truncated: a paywall prompt shows the article was cut short');
    state.checkFailed = true;
  }
}

async function emit(entry: InputEntry, result: CleanResult, original: string, batch: Batch): Promise<void> {
  const { destination, options } = batch;
  if (destination.kind === 'sink') {
    if (options.format === 'json') return destination.sink.write(jsonRecord(entry.display, result));
    if (options.format === 'explain') return destination.sink.write(explainView(entry, result, batch));
    return destination.sink.write(result.text);
  }
  if (entry.kind !== 'file') throw new Error('only files can be written to --out-dir or in place');
  if (destination.kind === 'outDir') {
    return writeFileAtomically(destination.targets.get(entry.absolute) as string, result.text);
  }
  // --in-place: leave untouched files alone (prettier's --write), and never blank an article
  // the classifier found nothing in; the warning above says so.
  if (result.text === original || result.text.trim() === '') return;
  return writeFileAtomically(entry.absolute, result.text);
}

function explainView(entry: InputEntry, result: CleanResult, batch: Batch): string {
  const kept = new Set<Label>(['body', ...batch.options.keep]);
  const chalk = batch.outputChalk;
  const heading = batch.several ? explainHeading(entry.display, batch.explained === 0, chalk) : '';
  batch.explained++;
  const footer = result.truncated ? explainTruncated(chalk) : '';
  return heading + explainLines(result.lines, kept, chalk) + footer;
}
