/**
 * Command-line paths → the list of inputs to clean (prettier's expand-patterns, simplified).
 * A path that exists is taken literally (a file, or a folder to walk); a path that does not
 * exist but looks like a glob is expanded with fast-glob; `-` is stdin. Problems become
 * entries of their own, so one missing file is reported in order and never stops the batch.
 */
import { readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type FastGlob from 'fast-glob';

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
  /** What folders and globs found but will not read (links to folders, broken links, FIFOs), with why: warnings. */
  skipped: { display: string; message: string }[];
}

/** Folders nobody wants cleaned, wherever they appear. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/** Expand command-line paths into deduplicated, sorted inputs (stdin first). */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const ignore = [...ALWAYS_IGNORED, ...args.filter(isNegation).map((arg) => arg.slice(1))];
  const found: InputEntry[] = [];
  const skipped: Expansion['skipped'] = [];
  let expanded = false;
  for (const arg of args.filter((arg) => !isNegation(arg))) {
    const result = await expandOne(arg, { ...options, skipped }, ignore);
    expanded ||= result.expanded;
    found.push(...result.entries);
  }
  const entries = sortEntries(dedupe(found, options.cwd));
  skipped.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { entries, several: expanded || entries.length > 1, skipped };
}

type FastGlobModule = typeof FastGlob;
let fastGlob: FastGlobModule | undefined;

/** fast-glob is loaded only when a folder or a pattern is expanded: one file starts faster. */
async function loadFastGlob(): Promise<FastGlobModule> {
  fastGlob ??= (await import('fast-glob')).default;
  return fastGlob;
}

/** ExpandOptions plus the list that walks add skipped paths to. */
type WalkOptions = ExpandOptions & { skipped: Expansion['skipped'] };

/** `!pattern` excludes what folders and globs would find (explicit files are always read). */
export function isNegation(arg: string): boolean {
  return arg.startsWith('!') && arg.length > 1;
}

async function expandOne(
  arg: string,
  options: WalkOptions,
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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await loadFastGlob()).isDynamicPattern(arg)) {
      return { entries: await expandGlob(arg, options, ignore), expanded: true };
    }
    return { entries: [{ kind: 'error', display: arg, error }], expanded: false };
  }
}

async function walkFolder(folder: string, options: WalkOptions, ignore: string[]): Promise<InputEntry[]> {
  const names = options.extensions.map((ext) => `*.${ext}`);
  const leaf = names.length === 1 ? names[0] : `{${names.join(',')}}`;
  const fg = await loadFastGlob();
  const pattern = `${fg.convertPathToPattern(folder).replace(/\/+$/, '')}/**/${leaf}`;
  // Extensions match in any case (`A.TXT` is a text file too); names under the folder keep their case.
  const found = await glob(pattern, options, ignore, { caseSensitiveMatch: false });
  if (found.length === 0) {
    const wanted = names.join(', ');
    return [noMatch(folder, `no ${wanted} files in this folder (use --ext to look for others)`)];
  }
  return found.map((file) => walkedEntry(file, folder, options.cwd));
}

async function expandGlob(pattern: string, options: WalkOptions, ignore: string[]): Promise<InputEntry[]> {
  const found = await glob(pattern, options, ignore, {});
  if (found.length === 0) return [noMatch(pattern, 'no files matched this pattern')];
  const base = staticBase(pattern, await loadFastGlob());
  return found.map((file) => walkedEntry(file, base, options.cwd));
}

/**
 * Regular files under a pattern. Symbolic links are not followed into folders: a link back up
 * the tree would otherwise be walked again and again (`a/up/a/up/…`), and a corpus folder's
 * links to elsewhere are not part of it (ripgrep and `grep -r` do the same). A link to a file
 * is read; links to folders, broken or looping links and anything that is not a regular file
 * (a FIFO would block the run forever) are skipped with a warning.
 */
async function glob(
  pattern: string,
  options: WalkOptions,
  ignore: string[],
  extra: FastGlob.Options,
): Promise<string[]> {
  const fg = await loadFastGlob();
  const found = await fg(pattern, {
    cwd: options.cwd,
    ignore,
    onlyFiles: false,
    followSymbolicLinks: false,
    dot: false,
    ...extra,
    objectMode: true,
  });
  const outDir = options.outDir && path.resolve(options.cwd, options.outDir);
  const files: string[] = [];
  for (const entry of found) {
    // Outputs of an earlier run must not come back as inputs when --out-dir sits inside a folder we walk.
    if (outDir && isInside(path.resolve(options.cwd, entry.path), outDir)) continue;
    if (entry.dirent.isDirectory()) continue;
    const why = entry.dirent.isFile() ? undefined : await whyNotRead(path.resolve(options.cwd, entry.path));
    if (why === undefined) files.push(entry.path);
    else if (why !== '') options.skipped.push({ display: entry.path, message: `skipped: ${why}` });
  }
  return files;
}

/** Why a walked entry that is not a plain file is not read; undefined for a link to a file, '' for a folder. */
async function whyNotRead(file: string): Promise<string | undefined> {
  let target: Awaited<ReturnType<typeof stat>>;
  try {
    target = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symbolic link loop';
    return code === 'ENOENT' ? 'broken symbolic link' : `cannot follow symbolic link (${code})`;
  }
  if (target.isFile()) return undefined;
  if (target.isDirectory()) return 'symbolic link to a folder (not followed)';
  return 'not a regular file';
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
function staticBase(pattern: string, fg: FastGlobModule): string {
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

/**
 * The largest input read by default (`--max-size`). A news article is kilobytes; a file of
 * hundreds of megabytes is a dump, a log or a mistake, and cleaning it whole would take minutes
 * and gigabytes before failing for lack of memory (V8 strings stop at about 512 MiB). Refusing
 * it up front is one clear error, and the rest of the batch goes on.
 */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The raw bytes of one input, at most `maxBytes` of them. Decoding is a separate step (see decode.ts). */
export async function readInput(
  entry: InputEntry,
  stdin: () => Readable,
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): Promise<Buffer> {
  if (entry.kind === 'file') return readFileLimited(entry.absolute, maxBytes);
  if (entry.kind === 'stdin') return readAll(stdin(), maxBytes);
  throw entry.error;
}

/**
 * A regular file is read with blocking calls: it is in the page cache or one disk read away,
 * while each asynchronous call is a round trip through libuv's thread pool. A batch made four
 * of them per file (open, stat, read, close), and on two cores the pool's wake-ups cost more
 * system time than the reads themselves. Anything else (a FIFO, a device, a /proc file) may
 * block for ever, even on opening, and has no size to check: it is opened and streamed off the
 * main thread, counting while reading.
 */
async function readFileLimited(file: string, maxBytes: number): Promise<Buffer> {
  const info = statSync(file);
  if (info.isFile()) {
    if (info.size > maxBytes) throw tooLarge(maxBytes, info.size);
    return readFileSync(file);
  }
  const handle = await open(file, 'r');
  try {
    if (info.isDirectory()) return await handle.readFile();
    return await readAll(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle.close();
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Stop reading at once: the rest of a huge stream is never held in memory.
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** The error for an input over the limit; `size` is known for files, not for streams. */
function tooLarge(maxBytes: number, size?: number): NodeJS.ErrnoException {
  const actual = size === undefined ? `more than ${formatSize(maxBytes)}` : formatSize(size);
  const message = `too large (${actual}; the limit is ${formatSize(maxBytes)}, raise it with --max-size)`;
  return Object.assign(new Error(message), { code: 'ETOOLARGE' });
}

/** `67108864` → `64 MiB`: whole units when exact, one decimal otherwise. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}
