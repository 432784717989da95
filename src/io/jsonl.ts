/**
 * JSON Lines in: bytes from a file or stdin, gunzipped when they start with the gzip magic
 * number, split into raw lines that keep their bytes exactly (datatrove's JsonlReader, minus
 * the parsing, which happens where the record is cleaned). Lines are streamed one chunk at a
 * time, so memory stays flat whatever the size of the input.
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** One line of a JSON Lines input, as bytes, without its `\n`. */
export interface RawLine {
  /** 1-based line number in the (decompressed) input. */
  line: number;
  bytes: Buffer;
}

/** The input stopped in the middle (a truncated `.gz`, a read error), after `line - 1` whole lines. */
export class JsonlReadError extends Error {
  override name = 'JsonlReadError';
  constructor(
    readonly line: number,
    /** The bytes of the incomplete last line, if any; they are written through as they are. */
    readonly partial: Buffer | undefined,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];
const CHUNK = 1 << 20;

/** The raw chunks of a file, or of stdin when `file` is undefined. */
export function readChunks(file: string | undefined, stdin: () => Readable): AsyncIterable<Buffer> {
  return file === undefined ? stdin() : createReadStream(file, { highWaterMark: CHUNK });
}

/** Call `counted` with the size of every chunk that goes by (progress over compressed bytes). */
export async function* countBytes(
  source: AsyncIterable<Buffer | string>,
  counted: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    counted(bytes.length);
    yield bytes;
  }
}

/** The decompressed chunks: gzip is recognised by its magic number, not by the file name. */
export async function* gunzipIfNeeded(
  source: AsyncIterable<Buffer>,
  onFormat: (gzip: boolean) => void = () => {},
): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const gzip = head[0] === GZIP_MAGIC[0] && (head.length < 2 || head[1] === GZIP_MAGIC[1]);
  onFormat(gzip);
  const all = prepend(head, iterator);
  if (!gzip) {
    yield* all;
    return;
  }
  // pipeline() forwards a read error into the gunzip stream, and its iterator rethrows it.
  const gunzip = pipeline(Readable.from(all, { objectMode: false }), createGunzip(), () => {});
  yield* gunzip as AsyncIterable<Buffer>;
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Split a byte stream at `\n`. A `\r` before it stays part of the line, so lines written back
 * unchanged are byte for byte what came in. A last line without `\n` is a line too. If the
 * source fails, the lines before the failure are yielded first, then a JsonlReadError is
 * thrown carrying the incomplete last line.
 */
export async function* splitJsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  let line = 1;
  let pending: Buffer[] = [];
  try {
    for await (const chunk of chunks) {
      let start = 0;
      for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, end);
        const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        pending = [];
        yield { line: line++, bytes: stripBom(bytes, line) };
        start = end + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (error) {
    const partial = pending.length > 0 ? Buffer.concat(pending) : undefined;
    throw new JsonlReadError(line, partial, error);
  }
  if (pending.length > 0) yield { line, bytes: stripBom(Buffer.concat(pending), line + 1) };
}

/** A UTF-8 byte order mark before the first record is an encoding mark, not part of the JSON. */
function stripBom(bytes: Buffer, nextLine: number): Buffer {
  if (nextLine !== 2 || bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) return bytes;
  return bytes.subarray(3);
}

/** Whitespace only (or nothing): not a record, written through without a word. */
export function isBlankLine(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}
