/**
 * Issue 4, part 1: big inputs, generated in a temp folder at test time and deleted after
 * (never committed). A single 50 MB line is cleaned like any other line; a 500 MB file is
 * over the --max-size limit (64 MiB by default) and is refused before it is read, while the
 * rest of the batch goes on. Both run the built binary, so the test runner's memory is spared.
 */

import { once } from 'node:events';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KEEP_ALL, makeTree, PROSE, removeTree } from '../cli/helpers.js';
import { assertBuilt, cli, listFiles } from './spawn.js';

const MiB = 1024 * 1024;
const SENTENCE = 'The harbour authority said the ferries would run again once the fog lifted, ';

let root: string;
beforeAll(() => {
  assertBuilt();
  root = makeTree({ 'a.txt': PROSE });
});
afterAll(() => removeTree(root));

/** Write `size` bytes of `unit` repeated (cut to fit) plus `end` to `file`, in 1 MiB chunks. */
async function generate(file: string, size: number, unit: string, end: string): Promise<void> {
  const stream = createWriteStream(file);
  const chunk = Buffer.from(unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB));
  let left = size - end.length;
  while (left > 0) {
    const piece = left >= MiB ? chunk : chunk.subarray(0, left);
    left -= piece.length;
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  stream.end(end);
  await once(stream, 'finish');
}

describe('a single 50 MB line', () => {
  test('is cleaned like any other line: exit 0, output complete', async () => {
    const file = path.join(root, 'line.txt');
    await generate(file, 50 * MiB, SENTENCE, 'and that was the end of it.\n');
    const result = await cli(root, ['line.txt', '-o', 'line.out.txt', ...KEEP_ALL]);
    expect({ exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr }).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
    expect(readFileSync(path.join(root, 'line.out.txt')).equals(readFileSync(file))).toBe(true);
  }, 300_000);
});

describe('a 500 MB file', () => {
  const big = () => path.join(root, 'big.txt');
  beforeAll(async () => {
    await generate(big(), 500 * MiB, `${SENTENCE.trim()}\n`, '');
  }, 120_000);

  test('is refused before it is read (exit 2); the rest of the batch is written', async () => {
    const result = await cli(root, ['big.txt', 'a.txt', '--out-dir', 'out', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'clean-article: big.txt: too large (500 MiB; the limit is 64 MiB, raise it with --max-size)\n',
    );
    expect(listFiles(path.join(root, 'out'))).toEqual(['a.txt']);
  }, 60_000);

  test('--in-place leaves it untouched', async () => {
    const before = statSync(big());
    const result = await cli(root, ['big.txt', '--in-place']);
    expect(result.exitCode).toBe(2);
    const after = statSync(big());
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
  }, 60_000);
});
