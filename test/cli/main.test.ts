/**
 * In-process tests of main() with fake streams: a table of argv/env/stdin →
 * {exitCode, stdout, stderr} (cspell's app.test.ts, markdownlint-cli2's testCase), then a
 * few tests of what lands on disk. Inputs that need an exact output keep every label, so
 * these tests hold whatever the classifier decides.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classifyLines } from '../../src/index.js';
import { ANSI, KEEP_ALL, makeTree, PROSE, type RunSpec, removeTree, runMain } from './helpers.js';

const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
const SECOND = 'A second story about the harbour, where the ferries were delayed by fog.\n';
const BINARY = Buffer.from('GIF89a\0\0\u0001\u0002binary');
const ALL_CHROME = JSON.stringify([
  { id: 'test/everything', label: 'chrome', pattern: '.', weight: 50, reason: 'test' },
]);

const FILES = {
  'a.txt': PROSE,
  'b.txt': SECOND,
  'empty.txt': '',
  'news/one.txt': PROSE,
  'news/sub/two.txt': SECOND,
  'news/image.txt': BINARY,
  'news/node_modules/dep/readme.txt': PROSE,
  'notes/readme.md': PROSE,
  'clash/a/x.txt': PROSE,
  'clash/b/x.txt': SECOND,
  'packs/bad-label.json': JSON.stringify([
    { id: 'ok', label: 'chrome', pattern: 'x', weight: 1 },
    { id: 'x', label: 'sidebar', pattern: 'x', weight: 1 },
  ]),
  'packs/bad-json.json': '{ "rules": [',
  'packs/all-chrome.json': ALL_CHROME,
};

let root: string;
beforeAll(() => {
  root = makeTree(FILES);
});
afterAll(() => removeTree(root));

const run = (spec: Omit<RunSpec, 'cwd'>, cwd = root) => runMain({ ...spec, cwd });

type Matcher = string | RegExp | ((text: string) => void);

interface Case extends Omit<RunSpec, 'cwd'> {
  name: string;
  exitCode: number;
  stdout?: Matcher;
  stderr?: Matcher;
}

function check(actual: string, expected: Matcher | undefined): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else if (expected instanceof RegExp) expect(actual).toMatch(expected);
  else expected(actual);
}

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

const paths = (expected: string[]) => (stdout: string) =>
  expect(records(stdout).map((r) => r.path)).toEqual(expected);
const noAnsi = (text: string) => expect(text).not.toMatch(ANSI);
const hasAnsi = (text: string) => expect(text).toMatch(ANSI);
const EXPLAIN = ['a.txt', '--format', 'explain'];

const CASES: Case[] = [
  // Usage errors: exit 2, one line on stderr, nothing on stdout.
  {
    name: 'no paths and a terminal on stdin is a usage error, never a hang',
    argv: [],
    stdin: 'tty',
    exitCode: 2,
    stdout: '',
    stderr: /^clean-article: no input: name files or folders, or pipe text in/,
  },
  {
    name: "commander's unknown option maps to exit 2 in our format",
    argv: ['--bogus', 'a.txt'],
    exitCode: 2,
    stdout: '',
    stderr: "clean-article: unknown option '--bogus' (see clean-article --help)\n",
  },
  {
    name: 'a missing option argument is exit 2',
    argv: ['a.txt', '--out-dir'],
    exitCode: 2,
    stderr: /argument missing/,
  },
  {
    name: 'an unknown --format is exit 2',
    argv: ['a.txt', '--format', 'xml'],
    exitCode: 2,
    stderr: /'xml' is invalid/,
  },
  {
    name: '--keep is checked against the four labels',
    argv: ['a.txt', '--keep', 'byline,ads'],
    exitCode: 2,
    stdout: '',
    stderr: "clean-article: --keep: unknown label 'ads' (use body, byline, disclaimer, chrome)\n",
  },
  {
    name: '--keep needs at least one label',
    argv: ['a.txt', '--keep', ','],
    exitCode: 2,
    stderr: /--keep: expected/,
  },
  {
    name: '--keep takes all four labels, spaces allowed',
    argv: ['a.txt', '--keep', 'chrome, byline,disclaimer,body'],
    exitCode: 0,
    stdout: PROSE,
    stderr: '',
  },
  {
    name: '--lang wants a two-letter code',
    argv: ['a.txt', '--lang', 'english'],
    exitCode: 2,
    stderr: /--lang: 'english'/,
  },
  {
    name: '--encoding wants a known label',
    argv: ['a.txt', '--encoding', 'klingon'],
    exitCode: 2,
    stderr: /unknown encoding 'klingon'/,
  },
  {
    name: '--ext refuses wildcards',
    argv: ['news', '--ext', '*', '--format', 'json'],
    exitCode: 2,
    stderr: /--ext: '\*'/,
  },
  {
    name: 'several inputs without --out-dir say which option to add',
    argv: ['a.txt', 'b.txt'],
    exitCode: 2,
    stdout: '',
    stderr: /^clean-article: several inputs: add --out-dir DIR .* or --in-place .*--format json/,
  },
  {
    name: 'a folder is a batch even when it holds one file',
    argv: ['notes', '--ext', 'md'],
    exitCode: 2,
    stderr: /several inputs/,
  },
  {
    name: '--out-dir and --in-place clash',
    argv: ['a.txt', '--out-dir', 'o', '--in-place'],
    exitCode: 2,
    stderr: 'clean-article: --out-dir and --in-place cannot be used together\n',
  },
  {
    name: '--in-place writes text, not json',
    argv: ['a.txt', '--in-place', '--format', 'json'],
    exitCode: 2,
    stderr: /--in-place writes cleaned text/,
  },
  {
    name: 'stdin cannot be rewritten in place',
    argv: ['-', '--in-place'],
    stdin: PROSE,
    exitCode: 2,
    stderr: /stdin is not a file/,
  },
  {
    name: 'only exclusions is a usage error',
    argv: ['!news/**'],
    stdin: PROSE,
    exitCode: 2,
    stderr: /only exclusions/,
  },
  {
    name: 'stdin has no name to mirror under --out-dir',
    argv: ['--out-dir', 'o'],
    stdin: PROSE,
    exitCode: 2,
    stderr: /stdin has no file name/,
  },
  {
    name: '-o naming the input is refused',
    argv: ['a.txt', '-o', 'a.txt'],
    exitCode: 2,
    stderr: 'clean-article: -o a.txt is also an input; add --in-place to rewrite it\n',
  },
  {
    name: '-o naming the input by another spelling is refused',
    argv: ['a.txt', '-o', './news/../a.txt'],
    exitCode: 2,
    stderr: /is also an input/,
  },
  {
    name: 'two inputs mapping to one output is a usage error',
    argv: ['clash/a', 'clash/b', '--out-dir', 'out-clash'],
    exitCode: 2,
    stdout: '',
    stderr: 'clean-article: clash/a/x.txt and clash/b/x.txt would both be written to out-clash/x.txt\n',
  },
  {
    name: 'a bad rule pack names the file and the entry',
    argv: ['a.txt', '--rules', 'packs/bad-label.json'],
    exitCode: 2,
    stderr: /^clean-article: packs\/bad-label\.json: rule 2 \(x\): unknown label "sidebar"/,
  },
  {
    name: 'a rule pack that is not JSON',
    argv: ['a.txt', '--rules', 'packs/bad-json.json'],
    exitCode: 2,
    stderr: /packs\/bad-json\.json: invalid JSON/,
  },
  {
    name: 'a missing rule pack',
    argv: ['a.txt', '--rules', 'packs/none.json'],
    exitCode: 2,
    stderr: 'clean-article: packs/none.json: no such file or directory\n',
  },

  // --help and --version go to stdout and exit 0.
  {
    name: '--help shows usage and examples (pipe, folder, json)',
    argv: ['--help'],
    exitCode: 0,
    stderr: '',
    stdout: (text) => {
      expect(text).toContain('Usage: clean-article [options] [paths...]');
      expect(text).toMatch(/\| clean-article/);
      expect(text).toContain('clean-article news/ --out-dir clean/');
      expect(text).toContain('--format json');
    },
  },
  {
    name: '--version prints the package version',
    argv: ['--version'],
    exitCode: 0,
    stdout: `${VERSION}\n`,
    stderr: '',
  },

  // Inputs.
  {
    name: 'piped stdin is read when no paths are given',
    argv: KEEP_ALL,
    stdin: PROSE,
    exitCode: 0,
    stdout: PROSE,
    stderr: '',
  },
  { name: '- reads stdin', argv: ['-', ...KEEP_ALL], stdin: PROSE, exitCode: 0, stdout: PROSE, stderr: '' },
  {
    name: 'a missing file is exit 2 with the path in the message',
    argv: ['nope.txt'],
    exitCode: 2,
    stdout: '',
    stderr: 'clean-article: nope.txt: no such file or directory\n',
  },
  {
    name: 'folders skip node_modules and binary files, with a message',
    argv: ['news', '--format', 'json', ...KEEP_ALL],
    exitCode: 0,
    stdout: paths(['news/one.txt', 'news/sub/two.txt']),
    stderr: 'clean-article: news/image.txt: skipped binary file (NUL byte at offset 6)\n',
  },
  {
    name: '--quiet hides the skipped-binary message',
    argv: ['news', '--format', 'json', '-q'],
    exitCode: 0,
    stderr: '',
  },
  {
    name: 'a binary file named explicitly is an error',
    argv: ['news/image.txt'],
    exitCode: 2,
    stderr: /^clean-article: news\/image\.txt: binary file \(NUL byte at offset 6\)/,
  },
  {
    name: 'globs expand, ! excludes, results are sorted',
    argv: ['news/**/*.txt', '!news/sub/**', '!news/image.txt', '--format', 'json'],
    exitCode: 0,
    stdout: paths(['news/one.txt']),
  },
  {
    name: 'inputs are deduplicated and sorted',
    argv: ['b.txt', 'a.txt', './a.txt', '--format', 'json'],
    exitCode: 0,
    stdout: paths(['a.txt', 'b.txt']),
  },
  {
    name: 'a glob matching nothing is an error',
    argv: ['zzz/*.txt'],
    exitCode: 2,
    stderr: 'clean-article: zzz/*.txt: no files matched this pattern\n',
  },
  {
    name: '--ext changes what folders yield',
    argv: ['notes', '--ext', '.md', '--format', 'json'],
    exitCode: 0,
    stdout: paths(['notes/readme.md']),
  },

  // --format json.
  {
    name: 'json: one object per input per line, failures included',
    argv: ['a.txt', 'b.txt', 'nope.txt', '--format', 'json', ...KEEP_ALL],
    exitCode: 2,
    stderr: 'clean-article: nope.txt: no such file or directory\n',
    stdout: (text) => {
      const [a, b, missing] = records(text);
      for (const record of [a, b]) {
        expect(Object.keys(record).sort()).toEqual(['lines', 'path', 'stats', 'text', 'truncated']);
        expect(typeof record.text).toBe('string');
        expect(typeof record.truncated).toBe('boolean');
        expect(record.stats.lines).toBe(record.lines.length);
      }
      expect(a.lines).toHaveLength(3);
      expect(missing).toEqual({
        path: 'nope.txt',
        error: { code: 'ENOENT', message: 'no such file or directory' },
      });
    },
  },
  {
    name: 'json on stdin is named <stdin>',
    argv: ['--format', 'json'],
    stdin: PROSE,
    exitCode: 0,
    stdout: paths(['<stdin>']),
  },

  // Colour: only the explain view and diagnostics, flag > FORCE_COLOR > NO_COLOR > TERM=dumb > isTTY.
  {
    name: 'explain --color always colours even into a pipe',
    argv: [...EXPLAIN, '--color', 'always'],
    exitCode: 0,
    stdout: hasAnsi,
  },
  {
    name: 'explain --color never beats FORCE_COLOR and a terminal',
    argv: [...EXPLAIN, '--color', 'never'],
    env: { FORCE_COLOR: '3' },
    stdoutTTY: true,
    exitCode: 0,
    stdout: noAnsi,
  },
  {
    name: '--no-color is --color never',
    argv: [...EXPLAIN, '--no-color'],
    stdoutTTY: true,
    exitCode: 0,
    stdout: noAnsi,
  },
  { name: 'explain on a terminal is coloured', argv: EXPLAIN, stdoutTTY: true, exitCode: 0, stdout: hasAnsi },
  { name: 'explain into a pipe is plain', argv: EXPLAIN, exitCode: 0, stdout: noAnsi },
  {
    name: 'NO_COLOR turns colour off on a terminal',
    argv: EXPLAIN,
    env: { NO_COLOR: '1' },
    stdoutTTY: true,
    exitCode: 0,
    stdout: noAnsi,
  },
  {
    name: 'an empty NO_COLOR is ignored',
    argv: EXPLAIN,
    env: { NO_COLOR: '' },
    stdoutTTY: true,
    exitCode: 0,
    stdout: hasAnsi,
  },
  {
    name: 'FORCE_COLOR turns colour on into a pipe',
    argv: EXPLAIN,
    env: { FORCE_COLOR: '1' },
    exitCode: 0,
    stdout: hasAnsi,
  },
  {
    name: 'FORCE_COLOR beats NO_COLOR',
    argv: EXPLAIN,
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    exitCode: 0,
    stdout: hasAnsi,
  },
  {
    name: 'FORCE_COLOR=0 turns colour off',
    argv: EXPLAIN,
    env: { FORCE_COLOR: '0' },
    stdoutTTY: true,
    exitCode: 0,
    stdout: noAnsi,
  },
  {
    name: 'TERM=dumb turns colour off',
    argv: EXPLAIN,
    env: { TERM: 'dumb' },
    stdoutTTY: true,
    exitCode: 0,
    stdout: noAnsi,
  },
  {
    name: 'cleaned text is never coloured',
    argv: ['a.txt', '--color', 'always', ...KEEP_ALL],
    stdoutTTY: true,
    exitCode: 0,
    stdout: PROSE,
  },
  {
    name: 'json is never coloured',
    argv: ['a.txt', '--format', 'json', '--color', 'always'],
    exitCode: 0,
    stdout: noAnsi,
  },
  {
    name: 'explain lines are aligned: number, label, rule, confidence, bar, text',
    argv: EXPLAIN,
    exitCode: 0,
    stdout: (text) => {
      const lines = text.split('\n').filter((line) => line !== '');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        /^ {3}1 (body|byline|disclaimer|chrome) +\S+ +[01]\.\d\d │ The city council voted/,
      );
      expect(new Set(lines.map((line) => line.indexOf('│'))).size).toBe(1);
    },
  },
  {
    name: 'explain with several inputs heads each one with its path',
    argv: ['a.txt', 'b.txt', '--format', 'explain'],
    exitCode: 0,
    stdout: (text) => {
      expect(text.startsWith('a.txt\n')).toBe(true);
      expect(text).toContain('\n\nb.txt\n');
      expect(text.split('\n').filter((line) => line.includes('│'))).toHaveLength(4);
    },
  },
  {
    name: 'diagnostics are coloured on a terminal',
    argv: ['nope.txt'],
    stderrTTY: true,
    exitCode: 2,
    stderr: hasAnsi,
  },
  {
    name: 'diagnostics follow NO_COLOR',
    argv: ['nope.txt'],
    env: { NO_COLOR: '1' },
    stderrTTY: true,
    exitCode: 2,
    stderr: noAnsi,
  },

  // --stats: summed over inputs, on stderr.
  {
    name: '--stats sums label and rule counts over inputs',
    argv: ['a.txt', 'b.txt', 'nope.txt', '--format', 'json', '--stats'],
    exitCode: 2,
    stderr: (text) => {
      expect(text).toMatch(/^clean-article: stats: 3 inputs, 1 failed, 4 lines, \d+ kept$/m);
      const labelRows = [...text.matchAll(/^ {2}(body|byline|disclaimer|chrome) +(\d+)$/gm)];
      expect(labelRows.map((row) => row[1])).toEqual(['body', 'byline', 'disclaimer', 'chrome']);
      expect(labelRows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(4);
    },
  },

  // Empty results and the opt-in checks.
  {
    name: 'an empty result warns and exits 0',
    argv: ['empty.txt'],
    exitCode: 0,
    stdout: '',
    stderr: 'clean-article: empty.txt: nothing left after cleaning (the input has no text)\n',
  },
  {
    name: 'an all-boilerplate article warns and exits 0',
    argv: ['a.txt', '--rules', 'packs/all-chrome.json'],
    exitCode: 0,
    stdout: '',
    stderr: 'clean-article: a.txt: nothing left after cleaning (all lines were boilerplate)\n',
  },
  { name: '--quiet hides the empty warning', argv: ['empty.txt', '--quiet'], exitCode: 0, stderr: '' },
  {
    name: '--fail-on-empty exits 1 and says why, even with --quiet',
    argv: ['a.txt', '--rules', 'packs/all-chrome.json', '--fail-on-empty', '--quiet'],
    exitCode: 1,
    stderr: 'clean-article: a.txt: nothing left after cleaning (all lines were boilerplate)\n',
  },
  {
    name: '--fail-on-empty passes when text is left',
    argv: ['a.txt', '--fail-on-empty', ...KEEP_ALL],
    exitCode: 0,
    stderr: '',
  },
  {
    name: 'an error (2) beats a failed check (1)',
    argv: ['empty.txt', 'nope.txt', '--format', 'json', '--fail-on-empty'],
    exitCode: 2,
  },
  {
    name: '--quiet never hides errors',
    argv: ['nope.txt', '--quiet'],
    exitCode: 2,
    stderr: 'clean-article: nope.txt: no such file or directory\n',
  },
  {
    name: '--disable takes rule ids and prefixes',
    argv: ['a.txt', '--disable', 'share/,paywall/subscribe', ...KEEP_ALL],
    exitCode: 0,
    stdout: PROSE,
  },
];

describe('main() table', () => {
  test.each(CASES)('$name', async ({ name: _name, exitCode, stdout, stderr, ...spec }) => {
    const result = await run(spec);
    check(result.stdout, stdout);
    check(result.stderr, stderr);
    expect(result.exitCode).toBe(exitCode);
  });
});

describe('main() and the file system', () => {
  let tree: string;
  beforeAll(() => {
    tree = makeTree(FILES);
  });
  afterAll(() => removeTree(tree));

  const read = (name: string) => readFileSync(path.join(tree, name), 'utf8');

  test('--out-dir mirrors paths below each folder; named files keep their name', async () => {
    const result = await run({ argv: ['news', 'a.txt', '--out-dir', 'mirror', ...KEEP_ALL, '-q'] }, tree);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(read('mirror/one.txt')).toBe(PROSE);
    expect(read('mirror/sub/two.txt')).toBe(SECOND);
    expect(read('mirror/a.txt')).toBe(PROSE);
    expect(existsSync(path.join(tree, 'mirror/image.txt'))).toBe(false);
    expect(existsSync(path.join(tree, 'mirror/node_modules'))).toBe(false);
  });

  test('an --out-dir inside an input folder is never read back', async () => {
    const argv = ['news', '--out-dir', 'news/clean', ...KEEP_ALL, '-q'];
    expect((await run({ argv }, tree)).exitCode).toBe(0);
    const second = await run({ argv }, tree);
    expect(second).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(readdirSync(path.join(tree, 'news/clean')).sort()).toEqual(['one.txt', 'sub']);
  });

  test('a collision stops the run before anything is written', async () => {
    const result = await run({ argv: ['clash/a', 'clash/b', 'a.txt', '--out-dir', 'collide'] }, tree);
    expect(result.exitCode).toBe(2);
    expect(existsSync(path.join(tree, 'collide'))).toBe(false);
  });

  test('a missing file does not stop the others', async () => {
    const result = await run(
      { argv: ['a.txt', 'nope.txt', 'b.txt', '--out-dir', 'partial', ...KEEP_ALL] },
      tree,
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('clean-article: nope.txt: no such file or directory\n');
    expect(read('partial/a.txt')).toBe(PROSE);
    expect(read('partial/b.txt')).toBe(SECOND);
  });

  test('-o naming the input leaves it untouched', async () => {
    await run({ argv: ['a.txt', '-o', 'a.txt'] }, tree);
    expect(read('a.txt')).toBe(PROSE);
  });

  test('-o writes the file and leaves no temp file behind', async () => {
    const result = await run({ argv: ['a.txt', '-o', 'single.txt', ...KEEP_ALL] }, tree);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(read('single.txt')).toBe(PROSE);
    expect(readdirSync(tree).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  test('-o is left as it was when the one input fails', async () => {
    writeFileSync(path.join(tree, 'previous.txt'), 'previous\n');
    const result = await run({ argv: ['nope.txt', '-o', 'previous.txt'] }, tree);
    expect(result.exitCode).toBe(2);
    expect(read('previous.txt')).toBe('previous\n');
  });

  test('json with several inputs can go to -o', async () => {
    const result = await run({ argv: ['a.txt', 'b.txt', '--format', 'json', '-o', 'report.jsonl'] }, tree);
    expect(result.exitCode).toBe(0);
    expect(records(read('report.jsonl')).map((record) => record.path)).toEqual(['a.txt', 'b.txt']);
  });

  test('json lines are the decisions exactly as classifyLines returns them', async () => {
    const result = await run({ argv: ['a.txt', '--format', 'json'] }, tree);
    expect(records(result.stdout)[0].lines).toEqual(classifyLines(PROSE));
  });

  test('--in-place rewrites only files that change, and never blanks an article', async () => {
    writeFileSync(path.join(tree, 'inplace-same.txt'), PROSE);
    writeFileSync(path.join(tree, 'inplace-open.txt'), PROSE.trimEnd()); // no final newline: gets one
    const before = statSync(path.join(tree, 'inplace-same.txt')).ino;
    const result = await run({ argv: ['inplace-*.txt', '--in-place', ...KEEP_ALL] }, tree);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(statSync(path.join(tree, 'inplace-same.txt')).ino).toBe(before);
    expect(read('inplace-open.txt')).toBe(PROSE);

    const blank = await run(
      { argv: ['inplace-same.txt', '--in-place', '--rules', 'packs/all-chrome.json'] },
      tree,
    );
    expect(blank.exitCode).toBe(0);
    expect(blank.stderr).toMatch(/all lines were boilerplate\); file left unchanged/);
    expect(read('inplace-same.txt')).toBe(PROSE);
  });

  test('--fail-on-truncated exits 1 exactly when the result says truncated', async () => {
    writeFileSync(
      path.join(tree, 'paywall.txt'),
      `${PROSE}Subscribe to continue reading. Already a subscriber? Log in.\n`,
    );
    const json = await run({ argv: ['paywall.txt', '--format', 'json'] }, tree);
    const { truncated } = records(json.stdout)[0];
    const result = await run({ argv: ['paywall.txt', '--fail-on-truncated'] }, tree);
    expect(result.exitCode).toBe(truncated ? 1 : 0);
    if (truncated) expect(result.stderr).toMatch(/^clean-article: paywall\.txt: truncated/);
  });
});
