/**
 * Issue 4, part 1: the bad-input matrix, in-process (main() with fake streams). Each describe
 * is one row of the README's "Bad input" table; the rows that need a real process (file size
 * limits, other users, signals, huge files) are in the other files of this folder.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cleanArticle } from '../../src/index.js';
import { Capture, KEEP_ALL, makeTree, PROSE, removeTree, runMain } from '../cli/helpers.js';

const SECOND = 'A second story about the harbour, where the ferries were delayed by fog.\n';
const ALL_CHROME = readFileSync(
  fileURLToPath(new URL('../../fixtures/golden/only-chrome-empty-output/input.txt', import.meta.url)),
  'utf8',
);
const LATE_NUL = `${PROSE.repeat(100)}Bell\u0000character in the middle of a sentence, far into the file.\n`;
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

let root: string;
let socket: Server;
beforeAll(async () => {
  root = makeTree({
    'a.txt': PROSE,
    'b.txt': SECOND,
    'empty.txt': '',
    'blank.txt': ' \t\n\n   \r\n\t\r\n',
    'binary.txt': bytes('GIF89a', [0, 0, 1, 2], 'binary'),
    'late-nul.txt': LATE_NUL,
    'walk/good.txt': PROSE,
    'walk/binary.txt': bytes('GIF89a', [0, 0, 1, 2], 'binary'),
    'bad-start.txt': bytes([0xff], ' starts badly\n', PROSE),
    'bad-middle.txt': bytes('line one\nline two has ', [0xc3, 0x28], ' in it\n'),
    'bad-end.txt': bytes(PROSE, 'ends in the middle of a euro sign ', [0xe2, 0x82]),
    'utf16le.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`Zürich “quoted” ${PROSE}`, 'utf16le'),
    ]),
    'utf16be.txt': Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(`Zürich “quoted” ${PROSE}`, 'utf16le').swap16(),
    ]),
    'cp1252.txt': bytes(
      'Caf',
      [0xe9],
      ' ',
      [0x93],
      'quoted',
      [0x94],
      ' costs ',
      [0x80],
      '5 ',
      [0x96],
      ' a lot.\n',
    ),
    'mixed.txt': `${PROSE.trimEnd().split('\n').join('\r\n')}\rA fourth line after a lone CR.\n`,
    'chrome.txt': ALL_CHROME,
    'dir/inside.txt': PROSE,
    'packs/dir/.keep': '',
    'clash/a/x.txt': PROSE,
    'clash/b/x.txt': SECOND,
  });
  mkdirSync(path.join(root, 'loop/real'), { recursive: true });
  writeFileSync(path.join(root, 'loop/a.txt'), PROSE);
  writeFileSync(path.join(root, 'loop/real/r.txt'), SECOND);
  symlinkSync('..', path.join(root, 'loop/real/up')); // a folder loop: loop/real/up/real/up/…
  symlinkSync('self.txt', path.join(root, 'loop/self.txt')); // a link to itself
  symlinkSync('ping.txt', path.join(root, 'loop/pong.txt')); // two links to each other
  symlinkSync('pong.txt', path.join(root, 'loop/ping.txt'));
  symlinkSync('missing.txt', path.join(root, 'loop/broken.txt'));
  symlinkSync('a.txt', path.join(root, 'loop/link.txt')); // a link to a file is read
  symlinkSync('real', path.join(root, 'loop/folder-link')); // a link to a folder is not followed
  symlinkSync('a.txt', path.join(root, 'a-link.txt'));
  // A socket cannot be opened for reading, by root or anyone (ENXIO).
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(path.join(root, 'sock.txt'), resolve));
  symlinkSync('../sock.txt', path.join(root, 'walk/sock.txt'));
});
afterAll(async () => {
  await new Promise((resolve) => socket.close(resolve));
  removeTree(root);
});

const run = (argv: string[], stdin?: string | Buffer) => runMain({ argv, stdin, cwd: root });
const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('empty file', () => {
  test('no output, a warning, exit 0', async () => {
    expect(await run(['empty.txt'])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'clean-article: empty.txt: nothing left after cleaning (the input has no text)\n',
    });
  });

  test('--fail-on-empty makes it exit 1; --out-dir writes an empty file; --in-place leaves it', async () => {
    expect((await run(['empty.txt', '--fail-on-empty'])).exitCode).toBe(1);
    expect((await run(['empty.txt', 'a.txt', '--out-dir', 'out-empty', '-q'])).exitCode).toBe(0);
    expect(read('out-empty/empty.txt')).toBe('');
    const before = statSync(path.join(root, 'empty.txt')).mtimeMs;
    expect((await run(['empty.txt', '--in-place', '-q'])).exitCode).toBe(0);
    expect(statSync(path.join(root, 'empty.txt')).mtimeMs).toBe(before);
  });
});

describe('whitespace only', () => {
  test('no output, the same warning as an empty file, exit 0', async () => {
    expect(await run(['blank.txt', ...KEEP_ALL])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'clean-article: blank.txt: nothing left after cleaning (the input has no text)\n',
    });
  });

  test('every line still gets a decision', async () => {
    const [record] = records((await run(['blank.txt', '--format', 'json'])).stdout);
    expect(record.lines).toHaveLength(4);
    expect(record.text).toBe('');
  });
});

describe('NUL bytes', () => {
  test('a file named explicitly with a NUL in its first 8 KiB is an error (exit 2)', async () => {
    const result = await run(['binary.txt']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^clean-article: binary\.txt: binary file \(NUL byte at offset 6\)/);
  });

  test('one found in a folder is skipped with a warning, the rest is cleaned, exit 0', async () => {
    const result = await run(['walk', '--format', 'json', ...KEEP_ALL]);
    expect(result.exitCode).toBe(0);
    expect(records(result.stdout).map((record) => record.path)).toEqual(['walk/good.txt']);
    expect(result.stderr).toContain(
      'clean-article: walk/binary.txt: skipped binary file (NUL byte at offset 6)\n',
    );
  });

  test('a NUL after the first 8 KiB is text: kept as it is, shown as \\x00 in explain', async () => {
    const text = await run(['late-nul.txt', ...KEEP_ALL]);
    expect(text).toEqual({ exitCode: 0, stdout: LATE_NUL, stderr: '' });
    const explain = await run(['late-nul.txt', '--format', 'explain']);
    expect(explain.stdout).toContain('Bell\\x00character');
    expect(explain.stdout).not.toContain('\u0000');
  });
});

describe('invalid UTF-8', () => {
  test.each([
    ['bad-start.txt', 0, 1, 'FF'],
    ['bad-middle.txt', 22, 2, 'C3'],
    ['bad-end.txt', 317, 4, 'E2'],
  ])('%s: an error naming byte offset %i, line %i and the byte; exit 2', async (name, offset, line, byte) => {
    const result = await run([name]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `clean-article: ${name}: invalid UTF-8 at byte offset ${offset} (line ${line}, byte 0x${byte}); ` +
        'if the file uses another encoding, pass it with --encoding (for example --encoding windows-1252)\n',
    );
  });

  test('in a batch, the other inputs are still cleaned and nothing is written for the bad ones', async () => {
    const result = await run([
      'bad-start.txt',
      'a.txt',
      'bad-end.txt',
      'b.txt',
      '--out-dir',
      'out-utf8',
      ...KEEP_ALL,
    ]);
    expect(result.exitCode).toBe(2);
    expect(readdirSync(path.join(root, 'out-utf8')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(read('out-utf8/a.txt')).toBe(PROSE);
  });

  test('--in-place never touches an undecodable file', async () => {
    const before = readFileSync(path.join(root, 'bad-middle.txt'));
    expect((await run(['bad-middle.txt', '--in-place'])).exitCode).toBe(2);
    expect(readFileSync(path.join(root, 'bad-middle.txt'))).toEqual(before);
  });
});

describe('UTF-16 with a byte order mark', () => {
  test.each(['utf16le.txt', 'utf16be.txt'])(
    '%s is decoded; the output is UTF-8 without a BOM',
    async (name) => {
      const result = await run([name, ...KEEP_ALL]);
      expect(result).toEqual({ exitCode: 0, stdout: `Zürich “quoted” ${PROSE}`, stderr: '' });
    },
  );

  test('--in-place leaves a file whose text does not change byte for byte as it was', async () => {
    const before = readFileSync(path.join(root, 'utf16be.txt'));
    expect((await run(['utf16be.txt', '--in-place', ...KEEP_ALL])).exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'utf16be.txt'))).toEqual(before);
  });
});

describe('windows-1252', () => {
  test('without --encoding it is invalid UTF-8 (exit 2); with it, € and curly quotes decode', async () => {
    expect((await run(['cp1252.txt'])).stderr).toMatch(
      /invalid UTF-8 at byte offset 3 \(line 1, byte 0xE9\)/,
    );
    expect(await run(['cp1252.txt', '--encoding', 'windows-1252', ...KEEP_ALL])).toEqual({
      exitCode: 0,
      stdout: 'Café “quoted” costs €5 – a lot.\n',
      stderr: '',
    });
    expect((await run(['cp1252.txt', '--encoding', 'latin1', ...KEEP_ALL])).stdout).toContain('“quoted”');
  });
});

describe('mixed CR, LF and CRLF', () => {
  test('every kept line keeps its own ending, byte for byte', async () => {
    expect(await run(['mixed.txt', ...KEEP_ALL])).toEqual({
      exitCode: 0,
      stdout: read('mixed.txt'),
      stderr: '',
    });
  });

  test('the labels are those of the same text with LF endings', async () => {
    const [mixed] = records((await run(['mixed.txt', '--format', 'json'])).stdout);
    const lf = cleanArticle(read('mixed.txt').replace(/\r\n?/g, '\n'));
    expect(mixed.lines.map((line: { label: string }) => line.label)).toEqual(
      lf.lines.map((line) => line.label),
    );
    expect(mixed.lines).toHaveLength(4);
  });
});

describe('a 1 MB word', () => {
  test('is one line like any other: cleaned, exit 0', async () => {
    const word = `${'x'.repeat(1 << 20)}\n`;
    expect(await run(['-', ...KEEP_ALL], word)).toEqual({ exitCode: 0, stdout: word, stderr: '' });
    const [record] = records((await run(['--format', 'json'], `${PROSE}${word}`)).stdout);
    expect(record.lines).toHaveLength(4);
  });
});

describe('a document that is all chrome', () => {
  test('empty output, a warning, exit 0', async () => {
    expect(cleanArticle(ALL_CHROME).text).toBe('');
    expect(await run(['chrome.txt'])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'clean-article: chrome.txt: nothing left after cleaning (all lines were boilerplate)\n',
    });
  });

  test('--fail-on-empty exits 1; --in-place leaves the file as it was', async () => {
    expect((await run(['chrome.txt', '--fail-on-empty'])).exitCode).toBe(1);
    const result = await run(['chrome.txt', '--in-place']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/all lines were boilerplate\); file left unchanged/);
    expect(read('chrome.txt')).toBe(ALL_CHROME);
  });
});

describe('a folder named where a file is expected', () => {
  test('-o DIR: an error before any input is read, exit 2', async () => {
    expect(await run(['a.txt', '-o', 'dir'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'clean-article: dir: cannot write: is a directory\n',
    });
    expect(readdirSync(path.join(root, 'dir'))).toEqual(['inside.txt']);
  });

  test('--rules DIR: exit 2', async () => {
    expect(await run(['a.txt', '--rules', 'packs/dir'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'clean-article: packs/dir: is a directory\n',
    });
  });

  test('--out-dir naming a file: a usage error, nothing written, exit 2', async () => {
    expect(await run(['a.txt', 'b.txt', '--out-dir', 'a.txt'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'clean-article: --out-dir a.txt: not a folder\n',
    });
    expect(read('a.txt')).toBe(PROSE);
  });
});

describe('a missing path', () => {
  test('an error naming it, exit 2, and the other inputs are still cleaned', async () => {
    const result = await run(['nope.txt', 'a.txt', '--out-dir', 'out-missing', ...KEEP_ALL]);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'clean-article: nope.txt: no such file or directory\n',
    });
    expect(read('out-missing/a.txt')).toBe(PROSE);
  });
});

describe('an unreadable file', () => {
  test('a socket (cannot be opened, even by root): an error, exit 2, the others are cleaned', async () => {
    const result = await run(['sock.txt', 'a.txt', '--format', 'json', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'clean-article: sock.txt: no such device or address (a socket or a device that cannot be read)\n',
    );
    expect(records(result.stdout)).toMatchObject([
      { path: 'a.txt' },
      { path: 'sock.txt', error: { code: 'ENXIO' } },
    ]);
  });

  test('one found in a folder (here a link to the socket) is skipped with a warning, never hangs', async () => {
    const result = await run(['walk', '--format', 'json', '-q']);
    expect(result.exitCode).toBe(0);
    expect(records(result.stdout).map((record) => record.path)).toEqual(['walk/good.txt']);
    const loud = await run(['walk', '--format', 'json']);
    expect(loud.stderr).toContain('clean-article: walk/sock.txt: skipped: not a regular file\n');
  });
  // Permissions (mode 000, and a folder that cannot be written) need another user than root:
  // see write-failures.test.ts, which runs the CLI as `nobody`.
});

describe('a symlink loop inside a folder', () => {
  test('links are not followed into folders; loops and broken links are skipped with a warning', async () => {
    const result = await run(['loop', '--format', 'json', ...KEEP_ALL]);
    expect(result.exitCode).toBe(0);
    // Each real file once, plus the link to a file; nothing under loop/real/up/… or folder-link/.
    expect(records(result.stdout).map((record) => record.path)).toEqual([
      'loop/a.txt',
      'loop/link.txt',
      'loop/real/r.txt',
    ]);
    expect(result.stderr).toBe(
      [
        'clean-article: loop/broken.txt: skipped: broken symbolic link',
        'clean-article: loop/ping.txt: skipped: symbolic link loop',
        'clean-article: loop/pong.txt: skipped: symbolic link loop',
        'clean-article: loop/self.txt: skipped: symbolic link loop',
        '',
      ].join('\n'),
    );
  });

  test('a link named on the command line is followed', async () => {
    expect(await run(['a-link.txt', ...KEEP_ALL])).toEqual({ exitCode: 0, stdout: PROSE, stderr: '' });
  });
});

describe('two inputs that map to the same --out-dir path', () => {
  test('a usage error before anything is written, exit 2', async () => {
    const result = await run(['clash/a', 'clash/b', 'a.txt', '--out-dir', 'out-clash']);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'clean-article: clash/a/x.txt and clash/b/x.txt would both be written to out-clash/x.txt\n',
    });
    expect(() => statSync(path.join(root, 'out-clash'))).toThrow(/ENOENT/);
  });
});

describe('an --out-dir inside the input folder', () => {
  test('outputs are never read back as inputs, however often the command runs', async () => {
    const argv = ['clash/a', '--out-dir', 'clash/a/clean', ...KEEP_ALL];
    for (let i = 0; i < 3; i++) expect(await run(argv)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(readdirSync(path.join(root, 'clash/a/clean'))).toEqual(['x.txt']);
  });
});

describe('-o naming the input without --in-place', () => {
  test.each(['a.txt', './dir/../a.txt', 'a-link.txt'])(
    '-o %s is refused and the input is untouched (exit 2)',
    async (output) => {
      const result = await run(['a.txt', '-o', output]);
      expect(result).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: `clean-article: -o ${output} is also an input; add --in-place to rewrite it\n`,
      });
      expect(read('a.txt')).toBe(PROSE);
    },
  );
});

describe('inputs over --max-size (the 500 MB file is in big-inputs.test.ts)', () => {
  test('a file over the limit is refused without being read, and the batch goes on', async () => {
    const result = await run(['a.txt', 'b.txt', '--max-size', '100', '--format', 'json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'clean-article: a.txt: too large (283 bytes; the limit is 100 bytes, raise it with --max-size)\n',
    );
    expect(records(result.stdout).map((record) => record.path)).toEqual(['a.txt', 'b.txt']);
    expect(records(result.stdout)[0].error.code).toBe('ETOOLARGE');
  });

  test('500 MB on stdin: reading stops at the limit, exit 2', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(1 << 20, 'All work and no play makes Jack a dull boy.\n');
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < 500; i++) {
          pulled += chunk.length;
          yield chunk;
        }
      })(),
    );
    const stderr = new Capture();
    const exitCode = await main({
      argv: ['-'],
      stdin: Object.assign(stdin, { isTTY: false }),
      stdout: new Capture(),
      stderr,
      env: {},
      cwd: root,
    });
    expect(exitCode).toBe(2);
    expect(stderr.text()).toBe(
      'clean-article: <stdin>: too large (more than 64 MiB; the limit is 64 MiB, raise it with --max-size)\n',
    );
    expect(pulled).toBeLessThanOrEqual(66 << 20);
  });

  test('--max-size wants a size', async () => {
    expect(await run(['a.txt', '--max-size', '10x'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "clean-article: --max-size: expected a size such as 64M, 500K or 1G, not '10x'\n",
    });
    expect((await run(['a.txt', '--max-size', '1K', ...KEEP_ALL])).stdout).toBe(PROSE);
  });
});
