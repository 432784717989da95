/**
 * Issue 4, part 1: the JSON Lines rows of the bad-input matrix (`--jsonl`, issue 3). A bad
 * record is never dropped: it is written through unchanged, reported as `PATH:LINE: message`,
 * and the run exits 2; every other record is cleaned, in order.
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTree, PROSE, removeTree, runMain } from '../cli/helpers.js';
import { assertBuilt, cli } from './spawn.js';

const GOOD = (id: number) => JSON.stringify({ id, text: `${PROSE}Share this article on Facebook\n` });
const lines = (text: string) => text.split('\n').slice(0, -1);

let root: string;
beforeAll(() => {
  root = makeTree({});
});
afterAll(() => removeTree(root));

const run = (argv: string[], stdin: string | Buffer) =>
  runMain({ argv: ['--jsonl', ...argv], stdin, cwd: root });

describe.each([
  [
    'a malformed line',
    '{"id": 2, "text": "cut off',
    /^clean-article: <stdin>:2: invalid JSON \(.*\); the line was written unchanged$/,
  ],
  [
    'a missing field',
    '{"id": 2, "body": "no text here"}',
    /^clean-article: <stdin>:2: no "text" field; the line was written unchanged$/,
  ],
  [
    'a non-string field',
    '{"id": 2, "text": ["not", "a", "string"]}',
    /^clean-article: <stdin>:2: field "text" is an array, not a string; the line was written unchanged$/,
  ],
])('JSONL with %s', (_name, bad, message) => {
  test('is written through unchanged and reported with its line number; the others are cleaned; exit 2', async () => {
    const input = `${GOOD(1)}\n${bad}\n${GOOD(3)}\n`;
    const result = await run(['-q'], input);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trimEnd()).toMatch(message);
    const out = lines(result.stdout);
    expect(out).toHaveLength(3);
    expect(out[1]).toBe(bad);
    for (const index of [0, 2]) {
      const record = JSON.parse(out[index] as string);
      expect(record.text).toBe(PROSE);
    }
  });
});

describe('JSONL in a truncated .gz', () => {
  test('the records before the cut are written, the cut line as it was; exit 2', async () => {
    const records = Array.from({ length: 2000 }, (_, id) => JSON.stringify({ id, text: `${id} ${PROSE}` }));
    const gz = gzipSync(`${records.join('\n')}\n`);
    const result = await run(['-', '-q'], gz.subarray(0, Math.floor(gz.length / 2)));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^clean-article: <stdin>:(\d+): the gzip data ends early \(truncated file\); the incomplete line was written as it was\n$/,
    );
    const cutAt = Number(/<stdin>:(\d+):/.exec(result.stderr)?.[1]);
    const out = lines(result.stdout);
    expect(out).toHaveLength(cutAt);
    expect(out.slice(0, -1).map((line) => JSON.parse(line).id)).toEqual(
      records.slice(0, cutAt - 1).map((_, id) => id),
    );
    expect(records[cutAt - 1]?.startsWith(out.at(-1) as string)).toBe(true);
  });
});

describe('a 100 MB record', () => {
  test('is over --max-size: written through byte for byte and reported; the others are cleaned; exit 2', async () => {
    assertBuilt();
    const file = path.join(root, 'big.jsonl');
    const stream = createWriteStream(file);
    stream.write(`${GOOD(1)}\n{"id": 2, "text": "`);
    const chunk = 'The harbour authority said the ferries would run again once the fog lifted.\\n'.repeat(
      13_500,
    );
    for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end(`"}\n${GOOD(3)}\n`);
    await once(stream, 'finish');
    const result = await cli(root, ['--jsonl', 'big.jsonl', '-o', 'big.out.jsonl', '-q']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^clean-article: big\.jsonl:2: record too large \(100\.\d MiB; the limit is 64 MiB, raise it with --max-size\); the line was written unchanged\n$/,
    );
    const input = readFileSync(file);
    const output = readFileSync(path.join(root, 'big.out.jsonl'));
    const second = (bytes: Buffer) =>
      bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10, bytes.indexOf(10) + 1));
    expect(second(output).equals(second(input))).toBe(true);
    const [first, , third] = output.toString('utf8').split('\n');
    expect(JSON.parse(first as string).text).toBe(PROSE);
    expect(JSON.parse(third as string).text).toBe(PROSE);
  }, 120_000);

  test('--max-size sets the limit for records too', async () => {
    const small = await run(['--max-size', '100', '-q'], `${GOOD(1)}\n`);
    expect(small.exitCode).toBe(2);
    expect(small.stderr).toMatch(/<stdin>:1: record too large \(\d+ bytes; the limit is 100 bytes/);
    expect(small.stdout).toBe(`${GOOD(1)}\n`);
  });
});
