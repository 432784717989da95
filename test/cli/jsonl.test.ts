/**
 * `--jsonl` (issue 3): records in, records out, in order; only the text field changes; bad
 * lines are written through unchanged and reported as `PATH:LINE: message` with exit 2.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { KEEP_ALL, makeTree, PROSE, removeTree, runMain } from './helpers.js';

const CHROME = 'Share this article on Facebook';
const ARTICLE = `${PROSE}${CHROME}\n`;
const record = (fields: Record<string, unknown>) => JSON.stringify(fields);

/** Some records, with fields whose bytes JSON.parse + JSON.stringify would not keep. */
const GOOD = [
  `{"id": 12345678901234567890, "text": ${JSON.stringify(ARTICLE)}, "score": 1.0, "name": "Caf\\u00e9"}`,
  record({ id: 2, text: PROSE, url: 'https://example.com/2' }),
];
const GOOD_JSONL = `${GOOD.join('\n')}\n`;
/** Records that do not compress to nothing, so that cutting the .gz loses some of them. */
const MANY = Array.from({ length: 2000 }, (_, id) => record({ id, text: `${id} ${PROSE}` }));

let root: string;
beforeAll(() => {
  root = makeTree({
    'corpus.jsonl': GOOD_JSONL,
    'corpus.jsonl.gz': gzipSync(GOOD_JSONL),
    'set/a.jsonl': `${record({ id: 'a' })}\n`,
    'set/b.jsonl.gz': gzipSync(`${record({ id: 'b', text: PROSE })}\n`),
    'set/sub/c.jsonl': `${record({ id: 'c', text: PROSE })}\n`,
    'set/notes.txt': PROSE,
    'cut.jsonl.gz': gzipSync(`${MANY.join('\n')}\n`).subarray(0, 6000),
  });
});
afterAll(() => removeTree(root));

const run = (argv: string[], stdin?: string | Buffer) => runMain({ argv, stdin, cwd: root });
const lines = (text: string) => text.split('\n').slice(0, -1);

describe('--jsonl', () => {
  test('cleans the text field and leaves every other byte of the record as it was', async () => {
    const { exitCode, stdout, stderr } = await run(['--jsonl', 'corpus.jsonl']);
    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
    const out = lines(stdout);
    expect(out).toHaveLength(2);
    const cleaned = cleanArticle(ARTICLE).text;
    expect(cleaned).not.toContain(CHROME);
    expect(out[0]).toBe(GOOD[0]?.replace(JSON.stringify(ARTICLE), JSON.stringify(cleaned)));
    expect(JSON.parse(out[1] as string)).toEqual({ id: 2, text: PROSE, url: 'https://example.com/2' });
  });

  test('reads stdin and gzip (by its magic number), and writes the same records', async () => {
    const plain = await run(['--jsonl', 'corpus.jsonl']);
    expect((await run(['--jsonl'], GOOD_JSONL)).stdout).toBe(plain.stdout);
    expect((await run(['--jsonl', '-'], gzipSync(GOOD_JSONL))).stdout).toBe(plain.stdout);
    expect((await run(['--jsonl', 'corpus.jsonl.gz'])).stdout).toBe(plain.stdout);
  });

  test('a folder is searched for .jsonl and .jsonl.gz; several inputs stream to stdout in order', async () => {
    const { exitCode, stdout, stderr } = await run(['--jsonl', 'set']);
    expect(exitCode).toBe(2);
    expect(lines(stdout).map((line) => JSON.parse(line).id)).toEqual(['a', 'b', 'c']);
    expect(stderr).toBe('clean-article: set/a.jsonl:1: no "text" field; the line was written unchanged\n');
  });

  test('--text-key picks the field; --annotate adds labels and rule ids per line', async () => {
    const input = `${record({ body: ARTICLE, text: 'left alone' })}\n`;
    const { exitCode, stdout } = await run(['--jsonl', '--text-key', 'body', '--annotate'], input);
    expect(exitCode).toBe(0);
    const out = JSON.parse(stdout);
    const result = cleanArticle(ARTICLE);
    expect(out.text).toBe('left alone');
    expect(out.body).toBe(result.text);
    expect(out.clean_article).toEqual({
      labels: result.lines.map((line) => line.label),
      rules: result.lines.map((line) => line.ruleId),
      stats: result.stats,
      truncated: result.truncated,
    });
  });

  test('nothing is dropped: bad lines go through unchanged, each reported with its line', async () => {
    const input = Buffer.concat([
      Buffer.from(`${GOOD[1]}\nnot json\n\n{"id":3}\n{"text":42}\n[1]\n`),
      Buffer.from([0x7b, 0x22, 0x74, 0xff, 0x7d, 0x0a]),
      Buffer.from(`${GOOD[1]}\r\n`),
    ]);
    const { exitCode, stdout, stderr } = await run(['--jsonl', ...KEEP_ALL], input);
    expect(exitCode).toBe(2);
    expect(Buffer.from(stdout, 'utf8').equals(Buffer.from(input.toString('utf8')))).toBe(true);
    expect(stderr.split('\n').slice(0, -1)).toEqual([
      expect.stringMatching(
        /^clean-article: <stdin>:2: invalid JSON \(.*\); the line was written unchanged$/,
      ),
      'clean-article: <stdin>:4: no "text" field; the line was written unchanged',
      'clean-article: <stdin>:5: field "text" is a number, not a string; the line was written unchanged',
      'clean-article: <stdin>:6: not a JSON object but an array; the line was written unchanged',
      'clean-article: <stdin>:7: not valid UTF-8 (JSON Lines must be UTF-8); the line was written unchanged',
    ]);
  });

  test('a truncated .gz: every readable record is written, then PATH:LINE says where it stopped', async () => {
    const { exitCode, stdout, stderr } = await run(['--jsonl', 'cut.jsonl.gz', ...KEEP_ALL]);
    expect(exitCode).toBe(2);
    const out = lines(stdout);
    const whole = out.slice(0, -1);
    expect(whole.length).toBeGreaterThan(10);
    expect(whole).toEqual(MANY.slice(0, whole.length));
    expect(stderr).toMatch(
      new RegExp(`^clean-article: cut.jsonl.gz:${out.length}: the gzip data ends early \\(truncated file\\)`),
    );
  });

  test('--out-dir mirrors inputs, and a .gz input gives a .gz output', async () => {
    const { exitCode } = await run(['--jsonl', 'corpus.jsonl', 'corpus.jsonl.gz', '--out-dir', 'out']);
    expect(exitCode).toBe(0);
    expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['corpus.jsonl', 'corpus.jsonl.gz']);
    const plain = readFileSync(path.join(root, 'out/corpus.jsonl'));
    expect(gunzipSync(readFileSync(path.join(root, 'out/corpus.jsonl.gz'))).equals(plain)).toBe(true);
    expect(plain.toString()).toBe((await run(['--jsonl', 'corpus.jsonl'])).stdout);
  });

  test('--fail-on-empty names the record', async () => {
    const input = `${record({ text: PROSE })}\n${record({ text: `${CHROME}\n` })}\n`;
    const { exitCode, stderr } = await run(['--jsonl', '--fail-on-empty'], input);
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/^clean-article: <stdin>:2: nothing left after cleaning/);
  });

  test('--stats counts records, bytes and throughput', async () => {
    const { stderr } = await run(['--jsonl', 'corpus.jsonl', '--stats']);
    expect(stderr).toMatch(/^clean-article: stats: 2 records, \d+ lines, \d+ kept$/m);
    expect(stderr).toMatch(
      /^clean-article: stats: [\d.]+ MB in, [\d.]+ MB out \(\d+%\), [\d.]+ s, [\d.]+ records\/s, [\d.]+ MB\/s$/m,
    );
  });

  test.each([
    [['--annotate', 'a.txt'], '--annotate works with --jsonl only'],
    [['--text-key', 'body', 'a.txt'], '--text-key works with --jsonl only'],
    [['--jsonl', '--format', 'json'], '--format json does not apply'],
    [['--jsonl', '--in-place', 'corpus.jsonl'], 'cannot rewrite files in place'],
    [['--jsonl', '--encoding', 'latin1'], '--encoding does not apply'],
    [['--jsonl', '--text-key', ''], '--text-key: expected a field name'],
  ])('usage error: %j', async (argv, message) => {
    const { exitCode, stdout, stderr } = await run(argv, '');
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toContain(message);
  });
});
