/**
 * Where the records of one JSON Lines input go: the shared stream (stdout or `-o`), or their
 * own file under `--out-dir`, written atomically and gzipped again when the input was gzip.
 * Records are gathered into chunks of about 256 KiB, so a million small records are not a
 * million writes.
 */
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import type { InputEntry } from '../io/inputs.js';
import { openAtomicFile, type Sink } from '../io/outputs.js';
import type { Destination } from './run.js';

const FLUSH_AT = 256 * 1024;
const NEWLINE = Buffer.from('\n');

export class JsonlOutput {
  /** The output's name in messages. */
  readonly name: string;
  /**
   * Bytes, not a growing string: a string of FLUSH_AT characters would survive many
   * young-generation collections, and V8 answers that by growing the young generation of the
   * main thread by tens of megabytes.
   */
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private sink: Sink | undefined;
  private readonly target: string | undefined;
  private discarded = false;

  constructor(
    entry: InputEntry,
    private readonly destination: Destination,
    /** Whether the input turned out to be gzip; asked when the file is opened. */
    private readonly gzip: () => boolean,
  ) {
    if (destination.kind === 'outDir' && entry.kind === 'file') {
      this.target = destination.targets.get(entry.absolute);
      this.name = destination.shown(this.target as string);
    } else {
      this.name = destination.kind === 'sink' ? destination.name : entry.display;
    }
  }

  /** One record, without its line ending. */
  async writeLine(record: Uint8Array): Promise<void> {
    this.buffer.push(record, NEWLINE);
    this.buffered += record.length + 1;
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  /** A line copied byte for byte (it may not even be UTF-8). */
  async writeRaw(bytes: Uint8Array): Promise<void> {
    await this.flush();
    const sink = await this.open();
    await sink.write(bytes);
    await sink.write('\n');
  }

  /** Nothing could be read: do not leave an empty output file behind. */
  discard(): void {
    this.discarded = true;
  }

  async close(): Promise<void> {
    if (this.discarded) {
      if (this.destination.kind !== 'sink') await this.sink?.abort();
      return;
    }
    await this.flush();
    const sink = await this.open();
    // The shared stream belongs to the whole run; main closes it at the end.
    if (this.destination.kind !== 'sink') await sink.close();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.concat(this.buffer, this.buffered);
    this.buffer = [];
    this.buffered = 0;
    await (await this.open()).write(chunk);
  }

  private async open(): Promise<Sink> {
    if (this.sink) return this.sink;
    if (this.destination.kind === 'sink') this.sink = this.destination.sink;
    else {
      const target = this.target as string;
      await mkdir(path.dirname(target), { recursive: true });
      const file = await openAtomicFile(target, { special: 'refuse' });
      this.sink = this.gzip() ? gzipSink(file) : file;
    }
    return this.sink;
  }
}

/** Compress on the way into `inner`; closing ends the gzip stream and then closes `inner`. */
function gzipSink(inner: Sink): Sink {
  const gzip = createGzip();
  const pumped = (async () => {
    for await (const chunk of gzip) await inner.write(chunk as Buffer);
  })();
  // Until close() or abort() awaits it, a failure is only remembered here.
  pumped.catch(() => {});
  return {
    async write(chunk) {
      if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), pumped]);
    },
    async close() {
      gzip.end();
      await pumped;
      await inner.close();
    },
    async abort() {
      gzip.destroy();
      await pumped.catch(() => {});
      await inner.abort();
    },
  };
}
