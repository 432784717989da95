/**
 * Shared helpers for the CLI tests: fake streams for in-process runs of main(), and
 * throwaway folders under the OS temp dir (never under the repository or /work/shared).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { type CliIo, main } from '../../src/cli/main.js';

/** A Writable that remembers everything written to it. */
export class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface RunSpec {
  argv: string[];
  env?: Record<string, string>;
  /** Text piped into stdin; `'tty'` for a terminal that never sends anything. */
  stdin?: string | Buffer | 'tty';
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  cwd: string;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Run main() in-process with fake streams. */
export async function runMain(spec: RunSpec): Promise<RunResult> {
  const stdout = new Capture(spec.stdoutTTY ?? false);
  const stderr = new Capture(spec.stderrTTY ?? false);
  const io: CliIo = {
    argv: spec.argv,
    stdin: makeStdin(spec.stdin),
    stdout,
    stderr,
    env: spec.env ?? {},
    cwd: spec.cwd,
  };
  const exitCode = await main(io);
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

function makeStdin(stdin: RunSpec['stdin']): CliIo['stdin'] {
  if (stdin === 'tty') {
    // A terminal nobody types into: reading it would hang the test, which is the point.
    return Object.assign(new Readable({ read() {} }), { isTTY: true });
  }
  return Object.assign(Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]), { isTTY: false });
}

/** Create a temp folder holding `files` (path → content); returns its path. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clean-article-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Every label, so the output is the input whatever the classifier decides. */
export const KEEP_ALL = ['--keep', 'body,byline,disclaimer,chrome'];

/** A few lines of ordinary article prose. */
export const PROSE = [
  'The city council voted on Tuesday to expand the bus network across the northern districts.',
  'Officials said the new routes would start running in the spring, after a short consultation.',
  'Residents who spoke at the meeting welcomed the plan but asked for more frequent evening services.',
  '',
].join('\n');

/** ESC, the start of every ANSI colour sequence. */
export const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[`);
