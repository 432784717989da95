/**
 * Everything checked before the first input is read or the first byte written: rule packs,
 * where the inputs come from, option clashes that depend on the inputs, and where output
 * goes. Every problem here is a UsageError, so a bad invocation never leaves half a batch.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { classifyLines } from '../index.js';
import { type InputEntry, isNegation } from '../io/inputs.js';
import { isSameFile, openAtomicFile, planOutDir, streamSink } from '../io/outputs.js';
import { parseRulePack, RulePackError } from '../rules/pack.js';
import type { RuleSpec } from '../types.js';
import { describeError, InputError, UsageError } from './errors.js';
import type { CliIo } from './main.js';
import type { RunOptions } from './options.js';
import type { Destination } from './run.js';

/** Read and check every --rules pack up front: a bad pack is a usage error naming file and entry. */
export async function loadRulePacks(files: readonly string[], cwd: string): Promise<RuleSpec[]> {
  const rules: RuleSpec[] = [];
  for (const file of files) {
    let json: string;
    try {
      json = await readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`${file}: ${describeError(error).message}`);
    }
    try {
      rules.push(...parseRulePack(json, file));
    } catch (error) {
      if (error instanceof RulePackError) throw new UsageError(error.message);
      throw error;
    }
  }
  return rules;
}

/**
 * A dry run of the classifier with the user's rules and settings, so that a problem only the
 * classifier can see (a rule whose own examples fail, say) stops the run before any input is
 * read, instead of failing every input one by one.
 */
export function checkCleanOptions(clean: Parameters<typeof classifyLines>[1]): void {
  try {
    classifyLines('x\n', clean);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The paths to expand; with none, piped stdin is read and a terminal is refused (never hang). */
export function inputPaths(options: RunOptions, io: CliIo): string[] {
  if (options.paths.some((arg) => !isNegation(arg))) return options.paths;
  if (options.paths.length > 0)
    throw new UsageError('only exclusions (!pattern) were given; add the paths to search');
  if (io.stdin.isTTY) {
    throw new UsageError(
      'no input: name files or folders, or pipe text in (- reads stdin); see clean-article --help',
    );
  }
  return ['-'];
}

/** Option clashes that depend on the inputs; all of them stop the run before any write. */
export function checkBatchShape(options: RunOptions, entries: readonly InputEntry[], several: boolean): void {
  const stdin = entries.some((entry) => entry.kind === 'stdin');
  if (stdin && options.inPlace) throw new UsageError('--in-place rewrites files, and stdin is not a file');
  if (stdin && options.outDir !== undefined) {
    throw new UsageError('stdin has no file name to mirror under --out-dir; clean it on its own run');
  }
  // When nothing at all can be read, the per-input errors say more than a hint about --out-dir.
  const readable = entries.some((entry) => entry.kind !== 'error');
  const textOut = options.format === 'text' && !options.jsonl;
  if (textOut && several && readable && options.outDir === undefined && !options.inPlace) {
    throw new UsageError(
      'several inputs: add --out-dir DIR to write one cleaned file each, or --in-place to rewrite them ' +
        '(--format json can stream them all to stdout)',
    );
  }
}

/** Decide where output goes and check it against the inputs, before anything is written. */
export async function openDestination(
  options: RunOptions,
  entries: readonly InputEntry[],
  io: CliIo,
): Promise<Destination> {
  if (options.outDir !== undefined) await checkOutDir(options.outDir, io.cwd);
  if (options.format === 'text' && options.outDir !== undefined) {
    const plan = planOutDir(entries, options.outDir, io.cwd);
    if (plan.problems.length > 0) throw new UsageError(plan.problems.join('\n'));
    return { kind: 'outDir', targets: plan.targets, shown: (target) => path.relative(io.cwd, target) };
  }
  const files = entries.flatMap((entry) => (entry.kind === 'file' ? [entry.absolute] : []));
  if (options.output !== undefined) await checkOutputFile(options, files, io.cwd);
  if (options.format === 'text' && options.inPlace) return { kind: 'inPlace' };
  if (options.output === undefined) return { kind: 'sink', sink: streamSink(io.stdout), name: '<stdout>' };
  try {
    return {
      kind: 'sink',
      sink: await openAtomicFile(path.resolve(io.cwd, options.output)),
      name: options.output,
    };
  } catch (error) {
    throw new InputError('EWRITE', `${options.output}: cannot write: ${describeError(error).message}`);
  }
}

/** An --out-dir that exists must be a folder: otherwise every single write would fail, one by one. */
async function checkOutDir(outDir: string, cwd: string): Promise<void> {
  const info = await stat(path.resolve(cwd, outDir)).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`--out-dir ${outDir}: not a folder`);
}

/** `-o` must not name an input (that would destroy it), unless --in-place says that is the point. */
async function checkOutputFile(options: RunOptions, files: readonly string[], cwd: string): Promise<void> {
  const output = path.resolve(cwd, options.output as string);
  const hits = await Promise.all(files.map((file) => isSameFile(file, output)));
  const isInput = hits.some(Boolean);
  if (options.inPlace && !(isInput && files.length === 1)) {
    throw new UsageError(
      '-o/--output and --in-place cannot be used together (unless -o names the one input)',
    );
  }
  if (isInput && !options.inPlace) {
    throw new UsageError(`-o ${options.output} is also an input; add --in-place to rewrite it`);
  }
}
