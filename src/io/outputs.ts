/**
 * Where cleaned text and reports go: a stream (stdout) written with backpressure, a file
 * replaced atomically (`-o`), or one file per input (`--out-dir`, `--in-place`). Every file
 * write goes to a hidden temp file in the same folder, is written in full (a short write is
 * retried, so a full disk is an error and never a cut-off article), synced, and renamed over
 * the target: a crash, a kill or a full disk leaves either the old file or the new one. The
 * folders are synced once the run's writes are done (syncRenamedFolders).
 */
import fs, {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { type InputEntry, isInside } from './inputs.js';

/** A destination for a stream of chunks (cleaned text, JSON Lines or the explain view). */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Everything went out: make it visible (a no-op for stdout, the rename for a file). */
  close(): Promise<void>;
  /** Give up: leave whatever was there before untouched. */
  abort(): Promise<void>;
}

/**
 * Write one chunk and wait while the stream's buffer is full. Without this, a big batch piped
 * into a slow reader would pile up in memory; with it, `| head` stops us as soon as it exits.
 */
export async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onDrain);
      stream.off('error', finish);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => finish();
    stream.on('drain', onDrain);
    // A stream closed under us will never drain; the 'error' (EPIPE) is handled by bin/.
    stream.on('close', onDrain);
    stream.on('error', finish);
  });
}

/** A sink on a stream we do not own: it is never ended, so stdout stays usable for the caller. */
export function streamSink(stream: Writable): Sink {
  return {
    write: (chunk) => writeChunk(stream, chunk),
    close: async () => {},
    abort: async () => {},
  };
}

/** Temp files being written right now; an interrupted run removes them (see removeTempFiles). */
const liveTempFiles = new Set<string>();
/** Creations of temp files still under way: their files may appear at any moment. */
const creating = new Set<Promise<unknown>>();
/** Set once the run is being interrupted: no temp file is created after that. */
let stopping = false;

/**
 * Delete every temp file still being written, once the creations under way have finished (a
 * file created after the deletions would be left behind). bin/ calls it from its SIGINT and
 * SIGTERM handlers and exits when it resolves: the targets keep their old version.
 */
export async function removeTempFiles(): Promise<void> {
  stopping = true;
  await Promise.allSettled(creating);
  for (const temp of liveTempFiles) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  liveTempFiles.clear();
}

/**
 * Create the temp file, exclusively. Asynchronous: creating a file can take a millisecond, and
 * a batch creates one per input; on the main thread that was a sixth of a batch's time. The
 * name is registered first, so an interruption waits for the creation and then removes it.
 */
async function createTempFile(temp: string, mode: number): Promise<number> {
  // The run is about to exit: this write is never finished, and never started on disk.
  if (stopping) return new Promise<number>(() => {});
  liveTempFiles.add(temp);
  const created = openFd(temp, 'wx', mode);
  creating.add(created);
  try {
    return await created;
  } catch (error) {
    // Not made (a name clash, a full disk): nothing of ours to remove.
    liveTempFiles.delete(temp);
    throw error;
  } finally {
    creating.delete(created);
  }
}

export interface AtomicFileOptions {
  /**
   * What to do when the target exists but is not a regular file (`/dev/null`, a FIFO): `-o`
   * writes straight into it, as a shell redirection would; `--out-dir` and `--in-place` refuse.
   * Renaming over it would replace the device node itself.
   */
  special: 'write-through' | 'refuse';
}

/**
 * A sink that streams into a temp file next to `target` and renames it over `target` on close.
 * A symbolic link is followed (the file it points to is replaced, the link stays), and the
 * replaced file's mode and owner are kept.
 */
export async function openAtomicFile(
  target: string,
  options: AtomicFileOptions = { special: 'write-through' },
): Promise<Sink> {
  const real = await realpath(target).catch(() => target);
  const existing = await stat(real).catch(() => undefined);
  if (existing?.isDirectory()) throw errnoError('EISDIR', 'is a directory');
  if (existing && !existing.isFile()) {
    if (options.special === 'refuse') throw errnoError('EFTYPE', 'not a regular file');
    const file = new OpenFile(await openFd(real, 'w'));
    return { write: (chunk) => file.write(chunk), close: () => file.close(), abort: () => file.close() };
  }
  const temp = tempNameFor(real);
  const file = new OpenFile(await createTempFile(temp, existing ? existing.mode & 0o7777 : 0o666));
  const discard = async () => {
    await file.close().catch(() => {});
    await unlink(temp).catch(() => {});
    liveTempFiles.delete(temp);
  };
  const commit = async () => {
    if (existing) await file.keepModeAndOwner(existing);
    await file.sync();
    await file.close();
    await rename(temp, real);
    liveTempFiles.delete(temp);
    renamedInto.add(path.dirname(real));
  };
  return {
    write: (chunk) => file.write(chunk).catch(failWith(discard)),
    close: () => commit().catch(failWith(discard)),
    abort: discard,
  };
}

let tempFilesMade = 0;

/** A hidden temp file beside the file it will replace: a rename within one folder is atomic. */
function tempNameFor(real: string): string {
  return path.join(path.dirname(real), `.${path.basename(real)}.${uniqueSuffix()}.tmp`);
}

/**
 * A temp-file name part no other write uses: the count keeps this run's own writes apart, the
 * time and the random part keep apart other runs writing to the same folder. (The temp file is
 * created exclusively, so a clash could only fail a write, never mix two.)
 * Not node:crypto: loading it was a tenth of a one-file run's start-up.
 */
function uniqueSuffix(): string {
  tempFilesMade += 1;
  const random = Math.floor(Math.random() * 36 ** 8).toString(36);
  return `${Date.now().toString(36)}-${tempFilesMade.toString(36)}-${random}`;
}

/** Run `cleanup`, then rethrow the error that made it necessary. */
function failWith(cleanup: () => Promise<void>): (error: unknown) => Promise<never> {
  return async (error) => {
    await cleanup();
    throw error;
  };
}

const openFd = promisify(fs.open);
const writeFd = promisify(fs.write);
const closeFd = promisify(fs.close);

/** An open file descriptor, written in full and closed exactly once (a descriptor number is reused). */
class OpenFile {
  private closed = false;

  constructor(private readonly fd: number) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    let bytes = Buffer.from(chunk);
    // A write may be short (a disk filling up): keep going, and let the next write say ENOSPC.
    while (bytes.length > 0) {
      const { bytesWritten } = await writeFd(this.fd, bytes);
      bytes = bytes.subarray(bytesWritten);
    }
  }

  sync(): Promise<void> {
    return promisify(fs.fsync)(this.fd);
  }

  /** The replaced file's mode and, if allowed, its owner (see keepModeAndOwnerSync). */
  async keepModeAndOwner(existing: FileOwnership): Promise<void> {
    keepModeAndOwnerSync(this.fd, existing);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await closeFd(this.fd);
  }
}

/**
 * Folders that files were renamed into and that have not been synced since. A sync of a folder
 * makes every rename into it durable, so one sync per folder at the end of a run does what a
 * sync after each rename did, at one sync per folder instead of one per file. Waiting is safe:
 * each file is synced before its rename, so until its folder is synced a crash leaves either
 * the old file or the new one, never part of one.
 */
const renamedInto = new Set<string>();

/** Folders synced at once by syncRenamedFolders: a sync mostly waits for the disk. */
const PARALLEL_FOLDER_SYNCS = 8;

/**
 * Make every rename so far durable: sync each folder a file was renamed into, once. The CLI
 * calls it when a run's writes are done, before it reports success.
 */
export async function syncRenamedFolders(): Promise<void> {
  const folders = [...renamedInto];
  renamedInto.clear();
  for (let start = 0; start < folders.length; start += PARALLEL_FOLDER_SYNCS) {
    await Promise.all(folders.slice(start, start + PARALLEL_FOLDER_SYNCS).map(syncFolder));
  }
}

/** Make the rename itself durable; some file systems cannot sync a folder, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Best effort only.
  }
}

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Replace (or create) one output file atomically, creating its folder for `--out-dir`: a
 * batch's way to write each of its files. The steps are openAtomicFile's, with two changes
 * that a batch of thousands of small files needs:
 *
 * - All calls but the sync block: each is microseconds on a local disk, while each
 *   asynchronous call is a round trip through libuv's thread pool; seven of them per file
 *   cost more system time in the pool's wake-ups than the writing itself.
 * - Files are synced in groups (see GroupCommit). A sync of one file commits the file
 *   system's journal, and while a commit runs, creating the next temp file waits for it:
 *   one sync per file made every file creation wait about a millisecond.
 *
 * Each file is still synced before it is renamed into place, so a crash or a power cut
 * leaves either the old file or the new one.
 */
export async function writeFileAtomically(target: string, text: string): Promise<void> {
  const { real, existing } = targetOf(target);
  const temp = tempNameFor(real);
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  let fd: number;
  try {
    fd = createTempFileSync(temp, mode);
  } catch (error) {
    // The folder usually exists (all but the first file of each folder): make it only when missing.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(temp), { recursive: true });
    fd = createTempFileSync(temp, mode);
  }
  try {
    writeAllSync(fd, Buffer.from(text));
    if (existing) keepModeAndOwnerSync(fd, existing);
  } catch (error) {
    discardSync(fd, temp);
    throw error;
  }
  await groupCommit.add({ fd, temp, real });
}

/** A written temp file waiting for its sync and its rename. */
interface Written {
  fd: number;
  temp: string;
  real: string;
}

/**
 * Files this many at once are synced together; a group waits at most COMMIT_WAIT_MS for more
 * files. The first sync of a group commits the journal for all of them, and the others then
 * have little left to wait for. The batch loop keeps more writes than this in flight (see
 * PARALLEL_WRITES in src/cli/run.ts), so a full group never waits for the timer.
 */
export const COMMIT_GROUP = 32;
const COMMIT_WAIT_MS = 5;

/** Syncs written files in groups, then closes and renames each; one promise per file. */
class GroupCommit {
  private waiting: { file: Written; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  add(file: Written): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ file, resolve, reject });
      if (this.waiting.length >= COMMIT_GROUP) this.commit();
      else this.timer ??= setTimeout(() => this.commit(), COMMIT_WAIT_MS);
    });
  }

  private commit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const group = this.waiting;
    this.waiting = [];
    for (const { file, resolve, reject } of group) {
      fsyncFd(file.fd).then(
        () => {
          // Interrupted: removeTempFiles has deleted the temp file and the run is exiting.
          if (stopping) return;
          try {
            closeSync(file.fd);
            renameSync(file.temp, file.real);
            liveTempFiles.delete(file.temp);
            renamedInto.add(path.dirname(file.real));
            resolve();
          } catch (error) {
            discardSync(undefined, file.temp);
            reject(error);
          }
        },
        (error: unknown) => {
          discardSync(file.fd, file.temp);
          reject(error);
        },
      );
    }
  }
}

const groupCommit = new GroupCommit();
const fsyncFd = promisify(fs.fsync);

/** Close (when still open) and delete a temp file that will not be renamed into place. */
function discardSync(fd: number | undefined, temp: string): void {
  try {
    if (fd !== undefined) closeSync(fd);
  } catch {
    // Already closed.
  }
  try {
    unlinkSync(temp);
  } catch {
    // Never made, or already gone.
  }
  liveTempFiles.delete(temp);
}

/** The file a write replaces (a symbolic link followed), and what is there now; refuses folders and devices. */
function targetOf(target: string): { real: string; existing: fs.Stats | undefined } {
  let real = target;
  try {
    real = realpathSync.native(target);
  } catch {
    // Not there yet (or a dangling link): the name itself.
  }
  let existing: fs.Stats | undefined;
  try {
    existing = statSync(real);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw errnoError('EISDIR', 'is a directory');
  if (existing && !existing.isFile()) throw errnoError('EFTYPE', 'not a regular file');
  return { real, existing };
}

/** Create a temp file exclusively, registered first so that an interruption removes it. */
function createTempFileSync(temp: string, mode: number): number {
  // The run is being interrupted and its temp files removed: a file made now could be missed.
  if (stopping) throw errnoError('EINTR', 'the run was interrupted');
  liveTempFiles.add(temp);
  try {
    return openSync(temp, 'wx', mode);
  } catch (error) {
    liveTempFiles.delete(temp);
    throw error;
  }
}

/** Write every byte: a write may be short (a disk filling up), and the next one then says ENOSPC. */
function writeAllSync(fd: number, bytes: Buffer): void {
  let rest = bytes;
  while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
}

/** The mode and owner of the file a write replaces. */
type FileOwnership = Pick<fs.Stats, 'mode' | 'uid' | 'gid'>;

/**
 * Give the temp file the replaced file's mode (the umask may have trimmed it) and, if allowed,
 * its owner. Blocking calls, microseconds each on a descriptor already open.
 */
function keepModeAndOwnerSync(fd: number, existing: FileOwnership): void {
  fchmodSync(fd, existing.mode & 0o7777);
  const mine = fstatSync(fd);
  if (mine.uid === existing.uid && mine.gid === existing.gid) return;
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // Only root may give a file away; anyone else keeps the file as their own, as editors do.
  }
}

export interface OutDirPlan {
  /** Input absolute path → output absolute path. */
  targets: Map<string, string>;
  /** One sentence per clash; any clash stops the run before a single file is written. */
  problems: string[];
}

/**
 * Map every file input below `outDir`, mirroring its path under the folder or glob that found
 * it (a file named directly keeps just its name). Checked as a whole before anything is
 * written: two inputs landing on the same output, or an output landing on an input.
 */
export function planOutDir(entries: readonly InputEntry[], outDir: string, cwd: string): OutDirPlan {
  const root = path.resolve(cwd, outDir);
  const inputs = new Set(entries.flatMap((entry) => (entry.kind === 'file' ? [entry.absolute] : [])));
  const targets = new Map<string, string>();
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    const target = path.resolve(root, entry.relative);
    const shown = path.join(outDir, entry.relative);
    const owner = owners.get(target);
    if (!isInside(target, root)) problems.push(`${entry.display}: would be written outside ${outDir}`);
    else if (inputs.has(target))
      problems.push(`${entry.display}: its output ${shown} is an input; use --in-place to rewrite inputs`);
    else if (owner) problems.push(`${owner} and ${entry.display} would both be written to ${shown}`);
    owners.set(target, owner ?? entry.display);
    targets.set(entry.absolute, target);
  }
  return { targets, problems };
}

/** Do two paths name the same existing file (through symlinks, `..` or hard links)? */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
