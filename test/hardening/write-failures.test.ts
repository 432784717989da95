/**
 * Issue 4, part 1: a failing write leaves the previous file intact, leaves no temp file, is
 * reported (exit 2) and does not stop the rest of the batch. These run the built binary,
 * because the failures are set up on the process:
 *
 * - A full disk: RLIMIT_FSIZE (`ulimit -f`), which applies to root too. Past the limit a
 *   write is cut short and the next one fails with EFBIG, exactly like ENOSPC on a disk that
 *   fills up mid-write. (Node does not ignore SIGXFSZ, so the test preloads a handler for it,
 *   as `trap '' XFSZ` would for a C program.) This found the bug where write-file-atomic took a
 *   short write for success and renamed a truncated article over the original.
 * - A read-only folder and an unreadable file: root ignores file modes, so as root the CLI is
 *   run as the user `nobody`; as any other user, modes are enough.
 * - /dev/full and /dev/null as `-o`: private copies made with mknod (root only), so a bug
 *   could never replace the machine's own device nodes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { KEEP_ALL, makeTree, PROSE, removeTree } from '../cli/helpers.js';
import { assertBuilt, BIN, cli, ENV, isRoot, listFiles, TEMP_FILE } from './spawn.js';

/** ~64 KB of prose without a final newline, so that cleaning (which adds one) must rewrite it. */
const BIG = Array.from({ length: 700 }, (_, i) => `${i + 1}. ${PROSE.split('\n')[0]}`).join('\n');
const SMALL = PROSE.trimEnd();
const IGNORE_XFSZ = `data:text/javascript,process.on('SIGXFSZ',()=>{})`;

let root: string;
beforeAll(() => assertBuilt());
beforeEach(() => {
  root = makeTree({ 'small1.txt': SMALL, 'big.txt': BIG, 'small2.txt': SMALL });
  return () => removeTree(root);
});

/** The CLI under a file size limit of `kib` KiB, through sh's ulimit (POSIX: 512-byte blocks). */
function withFileSizeLimit(kib: number, args: readonly string[]) {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  return execa(
    'sh',
    ['-c', `ulimit -f ${kib * 2} && exec node --import "${IGNORE_XFSZ}" '${BIN}' ${quoted}`],
    {
      cwd: root,
      reject: false,
      stripFinalNewline: false,
      extendEnv: false,
      env: ENV,
    },
  );
}

const read = (name: string) => readFileSync(path.join(root, name), 'utf8');

describe('a full disk, simulated with a file size limit', () => {
  test('--in-place: the file that cannot be written keeps its old version; the others are rewritten', async () => {
    const result = await withFileSizeLimit(32, ['.', '--in-place', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'clean-article: big.txt: cannot write big.txt: file too large (the file size limit was reached)\n',
    );
    expect(read('big.txt')).toBe(BIG);
    expect(read('small1.txt')).toBe(PROSE);
    expect(read('small2.txt')).toBe(PROSE);
    expect(listFiles(root)).toEqual(['big.txt', 'small1.txt', 'small2.txt']);
  });

  test('--out-dir: the previous output stays as it was, no temp file is left', async () => {
    mkdirSync(path.join(root, 'out'));
    writeFileSync(path.join(root, 'out/big.txt'), 'previous version\n');
    const result = await withFileSizeLimit(32, ['big.txt', 'small1.txt', '--out-dir', 'out', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^clean-article: big\.txt: cannot write out\/big\.txt: file too large/);
    expect(read('out/big.txt')).toBe('previous version\n');
    expect(read('out/small1.txt')).toBe(PROSE);
    expect(listFiles(path.join(root, 'out'))).toEqual(['big.txt', 'small1.txt']);
  });

  test('-o: the previous report stays as it was', async () => {
    writeFileSync(path.join(root, 'report.jsonl'), 'previous report\n');
    const result = await withFileSizeLimit(32, ['.', '--format', 'json', '-o', 'report.jsonl']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*file too large/);
    expect(read('report.jsonl')).toBe('previous report\n');
    expect(listFiles(root).filter((name) => TEMP_FILE.test(name))).toEqual([]);
  });
});

describe('a folder in the way of an output (a path under a file)', () => {
  test('that one output fails (exit 2), the others are written', async () => {
    mkdirSync(path.join(root, 'in/sub'), { recursive: true });
    writeFileSync(path.join(root, 'in/a.txt'), PROSE);
    writeFileSync(path.join(root, 'in/sub/c.txt'), PROSE);
    mkdirSync(path.join(root, 'out'));
    writeFileSync(path.join(root, 'out/sub'), 'a file where the folder should be\n');
    const result = await cli(root, ['in', '--out-dir', 'out', ...KEEP_ALL]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^clean-article: in\/sub\/c\.txt: cannot write out\/sub\/c\.txt: /);
    expect(read('out/a.txt')).toBe(PROSE);
    expect(read('out/sub')).toBe('a file where the folder should be\n');
  });
});

describe('-o naming something that is not a regular file', () => {
  test.runIf(isRoot)(
    'a private /dev/full: ENOSPC, exit 2, and the device node is still a device',
    async () => {
      execFileSync('mknod', [path.join(root, 'full'), 'c', '1', '7']);
      const result = await cli(root, ['small1.txt', '-o', 'full']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe('clean-article: small1.txt: cannot write full: no space left on device\n');
      expect(statSync(path.join(root, 'full')).isCharacterDevice()).toBe(true);
    },
  );

  test.runIf(isRoot)('a private /dev/null: written into, never replaced by a file', async () => {
    execFileSync('mknod', [path.join(root, 'null'), 'c', '1', '3']);
    const result = await cli(root, ['small1.txt', '-o', 'null']);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(statSync(path.join(root, 'null')).isCharacterDevice()).toBe(true);
  });

  test('a FIFO: the text goes into it, and it stays a FIFO', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const reader = execa('cat', ['pipe'], { cwd: root });
    const result = await cli(root, ['small1.txt', '-o', 'pipe', ...KEEP_ALL]);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect((await reader).stdout).toBe(PROSE.trimEnd());
    expect(statSync(path.join(root, 'pipe')).isFIFO()).toBe(true);
  });
});

/**
 * Permissions. Root can read and write whatever the modes say, so as root the CLI runs as
 * `nobody` (uid 65534), for whom the modes hold; as any other user it runs as that user.
 */
describe('permissions', () => {
  const NOBODY = 65534;
  const asUser = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  let usable = true;

  beforeAll(async () => {
    if (!isRoot) return;
    // The CLI's own files must be readable by nobody (a checkout under /root is not).
    const probe = await execa('node', [BIN, '--version'], {
      reject: false,
      extendEnv: false,
      env: ENV,
      ...asUser,
    });
    usable = probe.exitCode === 0;
    if (!usable) console.warn(`permissions tests skipped: nobody cannot run ${BIN}`);
  });

  function tree(): void {
    chmodSync(root, 0o755);
    mkdirSync(path.join(root, 'ro'));
    writeFileSync(path.join(root, 'ro/a.txt'), SMALL);
    chmodSync(path.join(root, 'ro'), 0o555);
    writeFileSync(path.join(root, 'secret.txt'), PROSE);
    chmodSync(path.join(root, 'secret.txt'), 0o000);
    mkdirSync(path.join(root, 'out'), { mode: 0o777 });
    chmodSync(path.join(root, 'out'), 0o777);
  }

  test('a read-only folder: --in-place fails with "permission denied" (exit 2), the file is intact', async (context) => {
    if (!usable) context.skip();
    tree();
    const result = await cli(root, ['ro/a.txt', '--in-place', ...KEEP_ALL], asUser);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('clean-article: ro/a.txt: cannot write ro/a.txt: permission denied\n');
    expect(read('ro/a.txt')).toBe(SMALL);
    expect(listFiles(path.join(root, 'ro'))).toEqual(['a.txt']);
    chmodSync(path.join(root, 'ro'), 0o755);
  });

  test('an unreadable file: "permission denied" (exit 2), the others are cleaned', async (context) => {
    if (!usable) context.skip();
    tree();
    const result = await cli(root, ['secret.txt', 'small1.txt', '--out-dir', 'out', ...KEEP_ALL], asUser);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('clean-article: secret.txt: permission denied\n');
    expect(listFiles(path.join(root, 'out'))).toEqual(['small1.txt']);
    chmodSync(path.join(root, 'ro'), 0o755);
  });
});
