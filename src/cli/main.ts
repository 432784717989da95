/**
 * The CLI: parse the command line, check everything that can be checked before touching a
 * single output, then run the batch. main() returns the exit code and never calls
 * process.exit: bin/ sets process.exitCode, tests pass their own streams (ESLint's rule:
 * "the CLI object should not call process.exit() directly").
 */
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { CommanderError } from 'commander';
import { expandInputs } from '../io/inputs.js';
import { emptyTotals, formatStats } from '../report/stats.js';
import { chalkFor } from './color.js';
import { Diagnostics } from './diagnostics.js';
import { describeError, InputError, UsageError } from './errors.js';
import { ExitCode, exitCodeFor } from './exit-codes.js';
import { buildProgram, type RunOptions, toRunOptions } from './options.js';
import { checkBatchShape, checkCleanOptions, inputPaths, loadRulePacks, openDestination } from './prepare.js';
import { type Batch, runBatch } from './run.js';

/** Everything the CLI touches of the outside world, so tests can pass their own. */
export interface CliIo {
  argv: readonly string[];
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
    diagnostics = new Diagnostics(io.stderr, chalkFor(options.color, io.env, io.stderr), options.quiet);
    return await run(options, io, diagnostics);
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

async function run(options: RunOptions, io: CliIo, diagnostics: Diagnostics): Promise<number> {
  const rules = await loadRulePacks(options.rulePacks, io.cwd);
  const clean = { keep: options.keep, rules, language: options.language, disable: options.disable };
  checkCleanOptions(clean);
  const { entries, several } = await expandInputs(inputPaths(options, io), {
    cwd: io.cwd,
    extensions: options.extensions,
    outDir: options.outDir,
  });
  checkBatchShape(options, entries, several);
  const destination = await openDestination(options, entries, io);
  const outputStream = options.output === undefined ? io.stdout : { isTTY: false };
  const batch: Batch = {
    io,
    options,
    clean,
    destination,
    outputChalk: chalkFor(options.color, io.env, outputStream),
    several,
    diagnostics,
    totals: emptyTotals(),
    state: { errored: false, checkFailed: false },
    explained: 0,
  };
  try {
    await runBatch(entries, batch);
  } catch (error) {
    // Only a bug gets here; still, never leave a temp file or a half report behind -o.
    if (destination.kind === 'sink') await destination.sink.abort();
    throw error;
  }
  await finish(batch);
  if (options.stats) diagnostics.raw(formatStats(batch.totals, chalkFor(options.color, io.env, io.stderr)));
  return exitCodeFor(batch.state);
}

/** Commit or drop the shared output. A failed single text input leaves an existing -o file alone. */
async function finish(batch: Batch): Promise<void> {
  const { destination, options, state, diagnostics } = batch;
  if (destination.kind !== 'sink') return;
  if (options.format === 'text' && state.errored) return destination.sink.abort();
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
