/**
 * Where cleaned text and reports go: a stream (stdout) written with backpressure, a file
 * replaced atomically (`-o`), or one file per input (`--out-dir`, `--in-place`) written with
 * write-file-atomic. Every file write goes to a temp file in the same folder and is renamed
 * over the target, so a crash or a full disk never leaves a half-written article behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import writeFileAtomic from 'write-file-atomic';
import { type InputEntry, isInside } from './inputs.js';

/** A destination for a stream of chunks (cleaned text, JSON Lines or the explain view). */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** Everything went out: make it visible (a no-op for stdout, the rename for a file). */
  close(): Promise<void>;
  /** Give up: leave whatever was there before untouched. */
  abort(): Promise<void>;
}

/**
 * Write one chunk and wait while the stream's buffer is full. Without this, a big batch piped
 * into a slow reader would pile up in memory; with it, `| head` stops us as soon as it exits.
 */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
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

/**
 * A sink that streams into a temp file next to `target` and renames it over `target` on close,
 * keeping the mode of the file it replaces. Used for `-o`, where a JSON Lines report of a large
 * batch should not have to sit in memory first.
 */
export async function openAtomicFile(target: string): Promise<Sink> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const mode = await existingMode(target);
  const handle = await open(temp, 'wx', mode ?? 0o666);
  const discard = async () => {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
  };
  return {
    async write(chunk) {
      let bytes = Buffer.from(chunk);
      // A file write may be short; keep going until the whole chunk is on disk.
      while (bytes.length > 0) {
        const { bytesWritten } = await handle.write(bytes);
        bytes = bytes.subarray(bytesWritten);
      }
    },
    async close() {
      try {
        if (mode !== undefined) await handle.chmod(mode);
        await handle.sync();
        await handle.close();
        await rename(temp, target);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    abort: discard,
  };
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Replace (or create) one output file atomically, creating its folder for `--out-dir`. */
export async function writeFileAtomically(target: string, text: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
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
