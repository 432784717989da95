/**
 * End-to-end runs of the BUILT binary (`node bin/clean-article.js`), for what only a real
 * process shows: real stdin pipes, EPIPE from `| head`, exit codes, files on disk, the
 * environment. `npm test` builds first; run `npm run build` before `vitest run` by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type Options } from 'execa';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANSI, KEEP_ALL, makeTree, PROSE, removeTree } from './helpers.js';

const BIN = fileURLToPath(new URL('../../bin/clean-article.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** A clean environment, so the caller's FORCE_COLOR or NO_COLOR cannot leak into a test. */
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

let root: string;

function cli(args: string[], options: Options & { env?: Record<string, string> } = {}) {
  return execa('node', [BIN, ...args], {
    cwd: root,
    reject: false,
    stripFinalNewline: false,
    extendEnv: false,
    ...options,
    env: { ...ENV, ...options.env },
  });
}

const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
const SECOND = 'A second story about the harbour, where the ferries were delayed by fog.\n';
const LONG_LINE =
  'The committee heard evidence from residents, engineers and the regional transport authority.';

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  root = makeTree({
    'a.txt': PROSE,
    'b.txt': SECOND,
    'news/sub/c.txt': PROSE,
    'image.txt': Buffer.from('GIF89a\0\0binary'),
    'broken.txt': Buffer.concat([
      Buffer.from('line one\nbad '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' here\n'),
    ]),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Zürich ${PROSE}`, 'utf16le')]),
    'legacy.txt': Buffer.from([
      ...Buffer.from('Caf'),
      0xe9,
      0x20,
      0x93,
      ...Buffer.from('quoted'),
      0x94,
      0x0a,
    ]),
    'big.txt': `${Array.from({ length: 8000 }, (_, i) => `${i + 1}. ${LONG_LINE}`).join('\n')}\n`,
  });
});
afterAll(() => removeTree(root));

describe('the built binary', () => {
  test('reads piped stdin when no paths are given', async () => {
    const result = await cli(KEEP_ALL, { input: PROSE });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, PROSE, '']);
  });

  test('- reads stdin', async () => {
    const result = await cli(['-', ...KEEP_ALL], { input: PROSE });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, PROSE, '']);
  });

  test('several files with --out-dir', async () => {
    const result = await cli(['a.txt', 'b.txt', 'news', '--out-dir', 'out-many', ...KEEP_ALL]);
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, '', '']);
    expect(read('out-many/a.txt')).toBe(PROSE);
    expect(read('out-many/b.txt')).toBe(SECOND);
    expect(read('out-many/sub/c.txt')).toBe(PROSE);
  });

  test('a missing file next to a good one: exit 2, and the good one is still written', async () => {
    const result = await cli(['nope.txt', 'a.txt', '--out-dir', 'out-missing', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('clean-article: nope.txt: no such file or directory\n');
    expect(read('out-missing/a.txt')).toBe(PROSE);
  });

  test('a binary file named explicitly is an error', async () => {
    const result = await cli(['image.txt']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^clean-article: image\.txt: binary file \(NUL byte at offset 6\)/);
  });

  test('invalid UTF-8 names the byte offset and suggests --encoding', async () => {
    const result = await cli(['broken.txt']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^clean-article: broken\.txt: invalid UTF-8 at byte offset 13 \(line 2, byte 0xC3\);.*--encoding/,
    );
  });

  test('UTF-16 LE with a byte order mark is decoded (output is UTF-8)', async () => {
    const result = await cli(['utf16.txt', ...KEEP_ALL]);
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, `Zürich ${PROSE}`, '']);
  });

  test('windows-1252 needs --encoding, then decodes curly quotes too', async () => {
    expect((await cli(['legacy.txt'])).exitCode).toBe(2);
    const result = await cli(['legacy.txt', '--encoding', 'windows-1252', ...KEEP_ALL]);
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, 'Café “quoted”\n', '']);
  });

  test('--in-place leaves every file complete and no temp file behind', async () => {
    const names = ['p1.txt', 'p2.txt', 'p3.txt'];
    mkdirSync(path.join(root, 'inplace'), { recursive: true });
    for (const name of names) writeFileSync(path.join(root, 'inplace', name), PROSE.trimEnd());
    const result = await cli(['inplace', '--in-place', ...KEEP_ALL]);
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, '', '']);
    for (const name of names) expect(read(`inplace/${name}`)).toBe(PROSE);
    expect(readdirSync(path.join(root, 'inplace')).sort()).toEqual(names);
  });

  test('`| head -1` on a large input exits 0 with nothing on stderr', async () => {
    // Plain sh has no pipefail, so the brace group saves clean-article's own exit code.
    const command = `{ node '${BIN}' big.txt ${KEEP_ALL.join(' ')}; echo $? > head-status.txt; } | head -1`;
    const result = await execa(command, {
      shell: true,
      cwd: root,
      reject: false,
      extendEnv: false,
      env: ENV,
    });
    expect(result.stdout).toBe(`1. ${LONG_LINE}`);
    expect(result.stderr).toBe('');
    expect(read('head-status.txt')).toBe('0\n');
  });

  test('NO_COLOR turns colour off, --color always still wins, --color never beats FORCE_COLOR', async () => {
    const explain = ['a.txt', '--format', 'explain'];
    expect((await cli(explain, { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli([...explain, '--color', 'always'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    // chalk's default instance would read the bare `--color` token and colour this (STYLE.md §8).
    expect((await cli([...explain, '--color', 'never'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    );
    expect((await cli(explain, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  test('a usage error exits 2', async () => {
    const result = await cli(['--bogus']);
    expect([result.exitCode, result.stderr]).toEqual([
      2,
      "clean-article: unknown option '--bogus' (see clean-article --help)\n",
    ]);
  });
});
