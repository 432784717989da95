/**
 * Command-line paths → the list of inputs to clean (prettier's expand-patterns, simplified).
 * A path that exists is taken literally (a file, or a folder to walk); a path that does not
 * exist but looks like a glob is expanded with fast-glob; `-` is stdin. Problems become
 * entries of their own, so one missing file is reported in order and never stops the batch.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import fg from 'fast-glob';

/** How stdin is named in messages and in `--format json`. */
export const STDIN_NAME = '<stdin>';

export type InputEntry =
  | { kind: 'stdin'; display: string }
  | {
      kind: 'file';
      /** The path as the user will recognise it (as typed, or as found under a folder/glob). */
      display: string;
      absolute: string;
      /** Where the file sits below the folder or glob base that found it; `--out-dir` mirrors this. */
      relative: string;
      /** Named on the command line, rather than found by walking a folder or a glob. */
      explicit: boolean;
    }
  | { kind: 'error'; display: string; error: unknown };

export interface ExpandOptions {
  cwd: string;
  /** Extensions looked for in folders, without dots. Globs are taken as the user wrote them. */
  extensions: readonly string[];
  /** Never read anything under this folder: it holds our own outputs. */
  outDir?: string | undefined;
}

export interface Expansion {
  entries: InputEntry[];
  /** True when the paths stand for a batch (several entries, or any folder or glob), even if it came out as one file. */
  several: boolean;
}

/** Folders nobody wants cleaned, wherever they appear. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/** Expand command-line paths into deduplicated, sorted inputs (stdin first). */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const ignore = [...ALWAYS_IGNORED, ...args.filter(isNegation).map((arg) => arg.slice(1))];
  const found: InputEntry[] = [];
  let expanded = false;
  for (const arg of args.filter((arg) => !isNegation(arg))) {
    const result = await expandOne(arg, options, ignore);
    expanded ||= result.expanded;
    found.push(...result.entries);
  }
  const entries = sortEntries(dedupe(found, options.cwd));
  return { entries, several: expanded || entries.length > 1 };
}

/** `!pattern` excludes what folders and globs would find (explicit files are always read). */
export function isNegation(arg: string): boolean {
  return arg.startsWith('!') && arg.length > 1;
}

async function expandOne(
  arg: string,
  options: ExpandOptions,
  ignore: string[],
): Promise<{ entries: InputEntry[]; expanded: boolean }> {
  if (arg === '-') return { entries: [{ kind: 'stdin', display: STDIN_NAME }], expanded: false };
  const absolute = path.resolve(options.cwd, arg);
  try {
    const stats = await stat(absolute);
    if (stats.isDirectory()) return { entries: await walkFolder(arg, options, ignore), expanded: true };
    const entry: InputEntry = {
      kind: 'file',
      display: arg,
      absolute,
      relative: path.basename(arg),
      explicit: true,
    };
    return { entries: [entry], expanded: false };
  } catch (error) {
    // Only a path that does not exist is tried as a glob: a literal `[draft].txt` stays a file.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && fg.isDynamicPattern(arg)) {
      return { entries: await expandGlob(arg, options, ignore), expanded: true };
    }
    return { entries: [{ kind: 'error', display: arg, error }], expanded: false };
  }
}

async function walkFolder(folder: string, options: ExpandOptions, ignore: string[]): Promise<InputEntry[]> {
  const names = options.extensions.map((ext) => `*.${ext}`);
  const leaf = names.length === 1 ? names[0] : `{${names.join(',')}}`;
  const pattern = `${fg.convertPathToPattern(folder).replace(/\/+$/, '')}/**/${leaf}`;
  // Extensions match in any case (`A.TXT` is a text file too); names under the folder keep their case.
  const found = await glob(pattern, options, ignore, { caseSensitiveMatch: false });
  if (found.length === 0) {
    const wanted = names.join(', ');
    return [noMatch(folder, `no ${wanted} files in this folder (use --ext to look for others)`)];
  }
  return found.map((file) => walkedEntry(file, folder, options.cwd));
}

async function expandGlob(pattern: string, options: ExpandOptions, ignore: string[]): Promise<InputEntry[]> {
  const found = await glob(pattern, options, ignore, {});
  if (found.length === 0) return [noMatch(pattern, 'no files matched this pattern')];
  const base = staticBase(pattern);
  return found.map((file) => walkedEntry(file, base, options.cwd));
}

async function glob(
  pattern: string,
  options: ExpandOptions,
  ignore: string[],
  extra: fg.Options,
): Promise<string[]> {
  const files = await fg(pattern, { cwd: options.cwd, ignore, onlyFiles: true, dot: false, ...extra });
  const outDir = options.outDir && path.resolve(options.cwd, options.outDir);
  // Outputs of an earlier run must not come back as inputs when --out-dir sits inside a folder we walk.
  return outDir ? files.filter((file) => !isInside(path.resolve(options.cwd, file), outDir)) : files;
}

function walkedEntry(file: string, base: string, cwd: string): InputEntry {
  const absolute = path.resolve(cwd, file);
  return {
    kind: 'file',
    display: file,
    absolute,
    relative: path.relative(path.resolve(cwd, base), absolute),
    explicit: false,
  };
}

/** The folder part of a glob before its first wildcard: `news/{a,b}/*.txt` → `news`. */
export function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (fg.isDynamicPattern(segment)) break;
    fixed.push(segment.replace(/\\(.)/g, '$1'));
  }
  if (fixed.length === 1 && fixed[0] === '') return '/';
  return fixed.length > 0 ? fixed.join('/') : '.';
}

function noMatch(display: string, message: string): InputEntry {
  return { kind: 'error', display, error: Object.assign(new Error(message), { code: 'ENOMATCH' }) };
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** One entry per file; a file named on the command line wins over the same file found by a walk. */
function dedupe(entries: readonly InputEntry[], cwd: string): InputEntry[] {
  const byKey = new Map<string, InputEntry>();
  for (const entry of entries) {
    const key = dedupeKey(entry, cwd);
    const previous = byKey.get(key);
    if (!previous || (isExplicit(entry) && !isExplicit(previous))) byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function dedupeKey(entry: InputEntry, cwd: string): string {
  if (entry.kind === 'file') return entry.absolute;
  if (entry.kind === 'stdin') return 'stdin';
  return `error:${path.resolve(cwd, entry.display)}`;
}

const isExplicit = (entry: InputEntry) => entry.kind === 'file' && entry.explicit;

/** Stdin first, then by path, so output order never depends on the file system. */
function sortEntries(entries: InputEntry[]): InputEntry[] {
  const rank = (entry: InputEntry) => (entry.kind === 'stdin' ? 0 : 1);
  return entries.sort(
    (a, b) => rank(a) - rank(b) || (a.display < b.display ? -1 : a.display > b.display ? 1 : 0),
  );
}

/** The raw bytes of one input. Decoding is a separate step (see decode.ts). */
export async function readInput(entry: InputEntry, stdin: Readable): Promise<Buffer> {
  if (entry.kind === 'file') return readFile(entry.absolute);
  if (entry.kind === 'stdin') return readAll(stdin);
  throw entry.error;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
