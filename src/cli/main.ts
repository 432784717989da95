/**
 * The CLI: parse the command line, check everything that can be checked before touching a
 * single output, then run the batch. main() returns the exit code and never calls
 * process.exit: bin/ sets process.exitCode, tests pass their own streams (ESLint's rule:
 * "the CLI object should not call process.exit() directly").
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { CommanderError } from 'commander';
import { expandInputs, type InputEntry } from '../io/inputs.js';
import { syncRenamedFolders } from '../io/outputs.js';
import { emptyTotals, formatStats, type StatsTotals } from '../report/stats.js';
import type { CleanOptions } from '../types.js';
import { chalkFor } from './color.js';
import { Diagnostics } from './diagnostics.js';
import { describeError, InputError, UsageError } from './errors.js';
import { ExitCode, exitCodeFor } from './exit-codes.js';
import { runJsonl } from './jsonl-run.js';
import { learnFolders } from './learn.js';
import { buildProgram, type RunOptions, toRunOptions } from './options.js';
import { checkBatchShape, checkCleanOptions, inputPaths, loadRulePacks, openDestination } from './prepare.js';
import { nowMs, Progress } from './progress.js';
import { type Batch, type Destination, runBatch } from './run.js';
import { type Cleaner, createCleaner, INLINE_TASKS } from './workers.js';

/** Everything the CLI touches of the outside world, so tests can pass their own. */
export interface CliIo {
  argv: readonly string[];
  /** Read only when an input is stdin (the CLI's entry makes process.stdin on first use). */
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Run clean-article with `io.argv` (arguments only, no `node` and script) and return the exit code. */
export async function main(io: CliIo): Promise<number> {
  // Until the options are parsed, messages follow the environment alone.
  let diagnostics = new Diagnostics(io.stderr, chalkFor('auto', io.env, io.stderr), false);
  try {
    const options = await parseCommandLine(io);
    if (typeof options === 'number') return options;
    const { quiet } = options;
    const progress = new Progress({ stderr: io.stderr, env: io.env, quiet, json: options.format === 'json' });
    diagnostics = new Diagnostics(progress.stderr, chalkFor(options.color, io.env, io.stderr), quiet);
    return await run(options, io, diagnostics, progress);
  } catch (error) {
    return reportFatal(error, diagnostics, io.env);
  }
}

/** RunOptions, or an exit code when commander already did the job (--help, --version). */
async function parseCommandLine(io: CliIo): Promise<RunOptions | number> {
  const program = buildProgram(await readVersion()).configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // Errors are printed by reportFatal, in our own `clean-article: message` format.
    outputError: () => {},
    getOutHelpWidth: () => (io.stdout as { columns?: number }).columns ?? 80,
    getErrHelpWidth: () => (io.stderr as { columns?: number }).columns ?? 80,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return ExitCode.ok;
    // commander's own usage errors exit 1 by default; ours are 2 like every other error.
    throw new UsageError(`${error.message.replace(/^error: /, '')} (see clean-article --help)`);
  }
  return toRunOptions(program.opts(), (program.processedArgs[0] as string[] | undefined) ?? []);
}

async function readVersion(): Promise<string> {
  // Two levels up from both src/cli/ and dist/cli/.
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

/** What both kinds of run (files, JSON Lines) share. */
interface Shared {
  io: CliIo;
  options: RunOptions;
  clean: CleanOptions;
  destination: Destination;
  diagnostics: Diagnostics;
  progress: Progress;
  cleaner: Cleaner;
  totals: StatsTotals;
  state: { errored: boolean; checkFailed: boolean };
}

async function run(
  options: RunOptions,
  io: CliIo,
  diagnostics: Diagnostics,
  progress: Progress,
): Promise<number> {
  const started = nowMs();
  const rules = await loadRulePacks(options.rulePacks, io.cwd);
  const clean = { keep: options.keep, rules, language: options.language, disable: options.disable };
  // The dry run is there for the user's rules and switches; the built-in set is checked by the tests.
  if (rules.length > 0 || options.disable.length > 0) checkCleanOptions(clean);
  const { entries, several, skipped } = await expandInputs(inputPaths(options, io), {
    cwd: io.cwd,
    extensions: options.extensions,
    outDir: options.outDir,
  });
  // Links to folders, broken or looping links and FIFOs found by walking: said, not read.
  for (const { display, message } of skipped) diagnostics.warn(display, message);
  checkBatchShape(options, entries, several);
  const destination = await openDestination(options, entries, io);
  const { textKey, groupKey, annotate } = options;
  const jobs = options.jobs ?? availableParallelism();
  const shared: Shared = {
    io,
    options,
    clean,
    destination,
    diagnostics,
    progress,
    cleaner: createCleaner({ clean, record: { textKey, groupKey, annotate } }, jobs),
    totals: emptyTotals(options.jsonl ? 'records' : 'inputs'),
    state: { errored: false, checkFailed: false },
  };
  try {
    if (options.jsonl) await runJsonl(entries, shared);
    else await runFiles(entries, several, shared);
  } catch (error) {
    // Only a bug gets here; still, never leave a temp file or a half report behind -o.
    if (destination.kind === 'sink') await destination.sink.abort();
    throw error;
  } finally {
    progress.stop();
    await shared.cleaner.close();
  }
  await finish(shared);
  await syncRenamedFolders();
  if (options.stats) {
    const chalk = chalkFor(options.color, io.env, io.stderr);
    diagnostics.raw(formatStats(shared.totals, chalk, nowMs() - started));
  }
  return exitCodeFor(shared.state);
}

/** Plain-text inputs: learn each large folder's boilerplate first, then clean input by input. */
async function runFiles(entries: readonly InputEntry[], several: boolean, shared: Shared): Promise<void> {
  const { io, options, cleaner } = shared;
  // Before learning: the threads start up (load the classifier) while the folders are read.
  if (entries.length > INLINE_TASKS) cleaner.expectLarge();
  const learned = options.learn.enabled
    ? await learnFolders(entries, options.learn, () => io.stdin, options.encoding)
    : new Map<string, string[]>();
  for (const [group, keys] of learned) cleaner.setRepeated(group, keys);
  await shared.progress.expect({ unit: 'documents', total: entries.length });
  const outputStream = options.output === undefined ? io.stdout : { isTTY: false };
  const batch: Batch = {
    ...shared,
    outputChalk: chalkFor(options.color, io.env, outputStream),
    several,
    explained: 0,
    learned: new Set(learned.keys()),
    writes: new Set(),
  };
  await runBatch(entries, batch);
}

/**
 * Commit or drop the shared output. A failed single text input leaves an existing -o file
 * alone; JSON Lines records are always committed, bad ones included (they were written through).
 */
async function finish(shared: Shared): Promise<void> {
  const { destination, options, state, diagnostics } = shared;
  if (destination.kind !== 'sink') return;
  if (options.format === 'text' && !options.jsonl && state.errored) return destination.sink.abort();
  try {
    await destination.sink.close();
  } catch (error) {
    diagnostics.error(destination.name, `cannot write: ${describeError(error).message}`);
    state.errored = true;
  }
}

/** Usage and setup problems end the run with exit code 2; a crash still gets a readable line. */
function reportFatal(error: unknown, diagnostics: Diagnostics, env: NodeJS.ProcessEnv): number {
  if (error instanceof UsageError || error instanceof InputError) {
    for (const line of error.message.split('\n')) diagnostics.error(undefined, line);
  } else {
    const detail = env.DEBUG && error instanceof Error ? (error.stack ?? error.message) : String(error);
    diagnostics.error(undefined, `internal error: ${detail}`);
  }
  return ExitCode.error;
}
