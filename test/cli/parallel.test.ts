/**
 * Beyond one machine (issue 3): `--jsonl` is a plain stdin → stdout filter, so GNU parallel can
 * split a corpus into blocks of whole lines, clean them in separate processes (or on other
 * hosts with --sshlogin) and put the output back in order. Its output must be the
 * single-process output, byte for byte. Skipped when `parallel` is not installed (.ci/run
 * installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTree, PROSE, removeTree } from './helpers.js';

const BIN = fileURLToPath(new URL('../../bin/clean-article.js', import.meta.url));
const GOLDEN = fileURLToPath(new URL('../../fixtures/golden', import.meta.url));
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

let root: string;
let corpus: string;

beforeAll(() => {
  // Every golden input, twice over, with a few bad lines among them: about 130 KB.
  const texts = readdirSync(GOLDEN)
    .filter((name) => existsSync(`${GOLDEN}/${name}/input.txt`))
    .map((name) => readFileSync(`${GOLDEN}/${name}/input.txt`, 'utf8'));
  const records: string[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [i, text] of texts.entries()) {
      records.push(JSON.stringify({ id: `${round}-${i}`, site: `s${i % 4}`, text }));
    }
    records.push(`{"id":"bad-${round}"`, JSON.stringify({ id: `prose-${round}`, text: PROSE }));
  }
  corpus = `${records.join('\n')}\n`;
  root = makeTree({ 'corpus.jsonl': corpus });
});
afterAll(() => removeTree(root));

const shell = (command: string) =>
  execa('bash', ['-c', command], { cwd: root, reject: false, stripFinalNewline: false, env: { BIN } });

describe.skipIf(!hasParallel)('GNU parallel', () => {
  // --no-learn: each block would otherwise learn from itself, and blocks are cut anywhere.
  let single: Awaited<ReturnType<typeof shell>>;
  beforeAll(async () => {
    single = await shell('node "$BIN" --jsonl --no-learn < corpus.jsonl');
  }, 120_000);

  test('parallel --pipe --keep-order gives the single-process output, byte for byte', async () => {
    const split = await shell(
      'parallel --pipe --keep-order --block 30k -j 2 node "$BIN" --jsonl --no-learn -j 1 < corpus.jsonl',
    );
    expect(single.stdout.length).toBeGreaterThan(50_000);
    expect(split.stdout).toBe(single.stdout);
    // Bad lines are still reported (per block, as <stdin>:LINE) and fail their job.
    expect(single.exitCode).toBe(2);
    expect(split.exitCode).not.toBe(0);
    expect(split.stderr).toMatch(/^clean-article: <stdin>:\d+: invalid JSON/m);
  }, 120_000);

  test('--sshlogin takes the same command (here the local host, `:`)', async () => {
    const hosts = await shell(
      'parallel --pipe --keep-order --block 30k --sshlogin 2/: node "$BIN" --jsonl --no-learn -j 1 < corpus.jsonl',
    );
    expect(hosts.stdout).toBe(single.stdout);
  }, 120_000);
});
