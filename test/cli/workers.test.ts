/**
 * All cores, order kept, and what the user sees while and after a batch runs (issue 3):
 * worker threads give the same bytes as one thread, the progress bar shows only on a
 * terminal, and --stats reports bytes, time and throughput.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INLINE_TASKS } from '../../src/cli/workers.js';
import { makeTree, PROSE, removeTree, runMain } from './helpers.js';

const CHROME = ['Share this article on Facebook', 'Subscribe now to keep reading.', 'Advertisement'];
/** More documents than are cleaned inline, so the pool starts; each one a little different. */
const COUNT = INLINE_TASKS + 16;
const docs = Array.from(
  { length: COUNT },
  (_, i) => `Story ${i}: the ferry timetable changes again\n\n${PROSE}${CHROME[i % 3]}\n`,
);

let root: string;
beforeAll(() => {
  root = makeTree({
    ...Object.fromEntries(docs.map((text, i) => [`news/${String(i).padStart(3, '0')}.txt`, text])),
    'few/a.txt': docs[0] as string,
    'few/b.txt': docs[1] as string,
    'few/c.txt': docs[2] as string,
    'corpus.jsonl': `${docs.map((text, id) => JSON.stringify({ id, text })).join('\n')}\n`,
  });
});
afterAll(() => removeTree(root));

const run = (argv: string[], extra: { env?: Record<string, string>; stderrTTY?: boolean } = {}) =>
  runMain({ argv, cwd: root, ...extra });

describe('-j, --jobs', () => {
  test('two worker threads write exactly what one thread writes, in input order', async () => {
    const one = await run(['news', '-f', 'json', '-j', '1']);
    const two = await run(['news', '-f', 'json', '-j', '2']);
    expect(one.exitCode).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const paths = one.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(COUNT);
  });

  test('--out-dir through the pool', async () => {
    expect((await run(['news', '--out-dir', 'out1', '-j', '1'])).exitCode).toBe(0);
    expect((await run(['news', '--out-dir', 'out2', '-j', '2'])).exitCode).toBe(0);
    const files = readdirSync(path.join(root, 'out1')).sort();
    expect(files).toHaveLength(COUNT);
    for (const file of files) {
      const one = readFileSync(path.join(root, 'out1', file), 'utf8');
      expect(readFileSync(path.join(root, 'out2', file), 'utf8')).toBe(one);
      expect(one).not.toMatch(/Share this article|Subscribe now/);
    }
  });

  test('JSON Lines through the pool', async () => {
    const one = await run(['--jsonl', 'corpus.jsonl', '-j', '1']);
    const two = await run(['--jsonl', 'corpus.jsonl', '-j', '3']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(COUNT);
  });

  test.each([['0'], ['x'], ['1.5'], ['-2']])('-j %s is a usage error', async (jobs) => {
    const { exitCode, stderr } = await run(['news', '-f', 'json', '-j', jobs]);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/-j\/--jobs: expected a whole number from 1/);
  });
});

describe('progress bar', () => {
  const TTY = { stderrTTY: true, env: {} };

  test('on a terminal, for several documents: documents done, rate and ETA, then cleared', async () => {
    const { exitCode, stderr } = await run(['few', '--out-dir', 'p1'], TTY);
    expect(exitCode).toBe(0);
    expect(stderr).toMatch(/\d\/3 documents \| [\d.]+\/s \| ETA /);
  });

  test('JSON Lines from a file show records and ETA by bytes read', async () => {
    const { stdout, stderr } = await run(['--jsonl', 'corpus.jsonl', '-j', '1'], TTY);
    expect(stderr).toMatch(/\d+ records \| [\d.]+\/s \| ETA /);
    expect(stdout).not.toMatch(/records \|/);
  });

  test.each([
    ['not a terminal', ['few', '--out-dir', 'p2'], { env: {} }],
    ['--quiet', ['few', '--out-dir', 'p3', '-q'], TTY],
    ['--format json', ['few', '-f', 'json'], TTY],
    ['CI', ['few', '--out-dir', 'p4'], { stderrTTY: true, env: { CI: 'true' } }],
    ['one document', ['few/a.txt'], TTY],
  ])('never with %s', async (_, argv, extra) => {
    const { stderr } = await run(argv, extra);
    expect(stderr).toBe('');
  });
});

describe('--stats', () => {
  test('documents, bytes in and out, time and throughput, labels and rules', async () => {
    const { stderr } = await run(['few', '-f', 'json', '--stats']);
    expect(stderr).toMatch(/^clean-article: stats: 3 inputs(, \d+ truncated)?, \d+ lines, \d+ kept$/m);
    expect(stderr).toMatch(
      /^clean-article: stats: [\d.]+ MB in, [\d.]+ MB out \(\d+%\), [\d.]+ s, [\d.]+ inputs\/s, [\d.]+ MB\/s$/m,
    );
    expect(stderr).toMatch(/^ {2}label +lines$/m);
    expect(stderr).toMatch(/^ {2}share\/click-to-share +1$/m);
  });
});
