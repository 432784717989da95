/**
 * Repeated-boilerplate learning in the CLI (issue 3): fixtures/site-batch/millbrook-ledger holds
 * 22 articles of one invented local paper that share a promo, a tip-line appeal, an ownership
 * notice and an edition tagline (its number changes from article to article). No built-in rule
 * knows these lines, and the prose model takes them for body; learned from the folder, they go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { makeTree, removeTree, runMain } from './helpers.js';

const SITE = fileURLToPath(new URL('../../fixtures/site-batch', import.meta.url));
const FOLDER = 'millbrook-ledger';
const FILES = readdirSync(path.join(SITE, FOLDER)).sort();

/** The site's own lines, as they appear in the articles (the tagline's number varies). */
const SHARED = [
  /^Harbour Lights Festival tickets are on sale now/,
  /^Got a story the Ledger should chase\?/,
  /^The Ledger is owned by its readers/,
  /^Millbrook Ledger edition \d+: independent local reporting/,
];
const isShared = (line: string) => SHARED.some((pattern) => pattern.test(line));

interface JsonRecord {
  path: string;
  text: string;
  lines: { text: string; label: string; ruleId: string }[];
}
const records = (stdout: string): JsonRecord[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

const article = (file: string) => readFileSync(path.join(SITE, FOLDER, file), 'utf8');

let root: string;
beforeAll(() => {
  const site = FILES.map((file) => JSON.stringify({ site: 'millbrook', text: article(file) }));
  // Only 19 documents: below the 20 a group needs to be learned from.
  const small = FILES.slice(0, 19).map((file) => JSON.stringify({ site: 'small', text: article(file) }));
  // The site twice over, all mixed: 63 records, enough for the worker pool to start.
  const corpus = [...site, ...small, ...site].sort((a, b) => a.length - b.length);
  root = makeTree({
    ...Object.fromEntries(FILES.slice(0, 19).map((file) => [`small/${file}`, article(file)])),
    'corpus.jsonl': `${corpus.join('\n')}\n`,
  });
});
afterAll(() => removeTree(root));

describe('learning repeated boilerplate', () => {
  test('no built-in rule catches the shared lines', () => {
    const text = readFileSync(path.join(SITE, FOLDER, FILES[0] as string), 'utf8');
    const shared = text.split('\n').filter(isShared);
    expect(shared).toHaveLength(4);
    for (const line of shared) expect(builtinRules().filter((rule) => rule.test(line.trim()))).toEqual([]);
  });

  test('learned from the folder, exactly the shared lines are removed, as repeat/site', async () => {
    const learned = await runMain({ argv: [FOLDER, '-f', 'json'], cwd: SITE });
    const plain = await runMain({ argv: [FOLDER, '-f', 'json', '--no-learn'], cwd: SITE });
    expect(learned.exitCode).toBe(0);
    const withLearning = records(learned.stdout);
    const without = records(plain.stdout);
    expect(withLearning).toHaveLength(FILES.length);
    withLearning.forEach((record, i) => {
      const before = without[i] as JsonRecord;
      // Without learning they survive as body: that is the point of the fixture.
      expect(before.lines.filter((line) => isShared(line.text)).map((line) => line.label)).toEqual(
        Array(4).fill('body'),
      );
      const shared = record.lines.filter((line) => isShared(line.text));
      expect(shared.map((line) => [line.label, line.ruleId])).toEqual(
        Array(4).fill(['chrome', 'repeat/site']),
      );
      const keptBefore = before.text.split('\n').filter((line) => !isShared(line));
      expect(record.text.split('\n').filter((line) => line !== '')).toEqual(
        keptBefore.filter((line) => line !== ''),
      );
    });
  });

  test('a folder of fewer than 20 documents is not learned from', async () => {
    const { stdout } = await runMain({ argv: ['small', '-f', 'json'], cwd: root });
    const ruleIds = records(stdout).flatMap((record) => record.lines.map((line) => line.ruleId));
    expect(ruleIds).not.toContain('repeat/site');
  });

  test('--repeat-min-docs and --repeat-min-share are thresholds', async () => {
    const strict = await runMain({ argv: [FOLDER, '-f', 'json', '--repeat-min-docs', '23'], cwd: SITE });
    const share = await runMain({ argv: [FOLDER, '-f', 'json', '--repeat-min-share', '1'], cwd: SITE });
    const ruleIds = (stdout: string) => records(stdout).flatMap((r) => r.lines.map((line) => line.ruleId));
    expect(ruleIds(strict.stdout)).not.toContain('repeat/site');
    expect(ruleIds(share.stdout)).toContain('repeat/site');
  });

  test('JSON Lines: groups come from --group-key; worker threads get the learned lines too', async () => {
    const argv = ['--jsonl', 'corpus.jsonl', '--group-key', 'site', '--annotate'];
    const one = await runMain({ argv: [...argv, '-j', '1'], cwd: root });
    const two = await runMain({ argv: [...argv, '-j', '2'], cwd: root });
    expect(one.exitCode).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(63);
    for (const record of out) {
      const repeated = record.clean_article.rules.filter((rule: string) => rule === 'repeat/site').length;
      // The big group learns its four lines; the small one (19 records) learns nothing.
      expect(repeated).toBe(record.site === 'millbrook' ? 4 : 0);
    }
  });

  test('JSON Lines on stdin: the sample is learned from, then replayed, with the same result', async () => {
    const argv = ['--jsonl', '--group-key', 'site', '-j', '1'];
    const corpus = readFileSync(path.join(root, 'corpus.jsonl'));
    const fromFile = await runMain({ argv: [...argv, 'corpus.jsonl'], cwd: root });
    const fromStdin = await runMain({ argv, stdin: corpus, cwd: root });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    // A sample smaller than the group learns nothing, and every record still comes out once.
    const small = await runMain({
      argv: [...argv, '--learn-sample', '10', '--annotate'],
      stdin: corpus,
      cwd: root,
    });
    expect(small.stdout).not.toContain('repeat/site');
    expect(small.stdout.trim().split('\n')).toHaveLength(63);
  });

  test('--no-learn and bad thresholds', async () => {
    const off = await runMain({
      argv: ['--jsonl', 'corpus.jsonl', '--group-key', 'site', '--no-learn', '--annotate'],
      cwd: root,
    });
    expect(off.stdout).not.toContain('repeat/site');
    const bad = await runMain({ argv: [FOLDER, '--repeat-min-share', '1.5'], cwd: SITE });
    expect(bad).toMatchObject({ exitCode: 2, stdout: '' });
    expect(bad.stderr).toContain('--repeat-min-share: expected a share from 0 to 1');
  });
});
