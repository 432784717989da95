/**
 * Issue 4, part 2: kill safety. A batch is killed in the middle (SIGKILL, and SIGINT as from
 * Ctrl-C), once rewriting files --in-place and once writing an --out-dir. Afterwards every
 * file is complete: the old version or the new one, never a mix or a cut. SIGINT also removes
 * the temp files of writes in progress and exits 130; after SIGKILL nothing can clean up, so
 * a temp file may remain, but it is hidden (`.name.<unique>.tmp`), never read as an input, and
 * running the same command again finishes the job.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTree, removeTree } from '../cli/helpers.js';
import { assertBuilt, cli, listFiles, TEMP_FILE } from './spawn.js';

const GOLDEN = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const COUNT = 32;
const CHROME = readFileSync(path.join(GOLDEN, 'only-chrome-empty-output/input.txt'), 'utf8');

/** Real articles with their chrome, about 40 KB each, different from file to file. */
function articles(): Record<string, string> {
  const inputs = readdirSync(GOLDEN, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(path.join(GOLDEN, entry.name, 'input.txt'), 'utf8'));
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) {
    let text = '';
    for (let k = 0; text.length < 40_000; k++) text += `${inputs[(i * 7 + k) % inputs.length]}\n`;
    // A share line up top and a subscription page at the end: every file has chrome to drop.
    files[`in/${String(i).padStart(2, '0')}.txt`] = `Share this article on Facebook\n${text}${CHROME}`;
  }
  return files;
}

// --no-learn: the files share most of their lines, which learning would rightly take for
// site boilerplate; this test is about writes, not about what is kept.
const MODES = {
  'in-place': {
    args: ['in', '--in-place', '-q', '--no-learn'],
    output: (name: string) => path.join('in', name),
  },
  'out-dir': {
    args: ['in', '--out-dir', 'out', '-q', '--no-learn'],
    output: (name: string) => path.join('out', name),
  },
} as const;
type Mode = keyof typeof MODES;

let originals: Record<string, string>;
const names = () => Object.keys(originals).map((file) => path.basename(file));
/** The outputs of an uninterrupted run, per mode. */
const expected = new Map<Mode, Map<string, string>>();

beforeAll(async () => {
  assertBuilt();
  originals = articles();
  for (const mode of Object.keys(MODES) as Mode[]) {
    const root = makeTree(originals);
    const result = await cli(root, MODES[mode].args);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expected.set(
      mode,
      new Map(names().map((name) => [name, readFileSync(path.join(root, MODES[mode].output(name)), 'utf8')])),
    );
    removeTree(root);
  }
  // The test means nothing unless cleaning changes every file.
  for (const name of names()) expect(expected.get('in-place')?.get(name)).not.toBe(originals[`in/${name}`]);
}, 120_000);

/** How each output looks now: the old version, the new one, absent, or anything else. */
function states(root: string, mode: Mode): Map<string, 'old' | 'new' | 'absent' | 'broken'> {
  const out = new Map<string, 'old' | 'new' | 'absent' | 'broken'>();
  for (const name of names()) {
    const file = path.join(root, MODES[mode].output(name));
    if (!existsSync(file)) {
      out.set(name, 'absent');
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (text === expected.get(mode)?.get(name)) out.set(name, 'new');
    else if (mode === 'in-place' && text === originals[`in/${name}`]) out.set(name, 'old');
    else out.set(name, 'broken');
  }
  return out;
}

const count = (map: Map<string, string>, value: string) =>
  [...map.values()].filter((v) => v === value).length;

describe.each(['in-place', 'out-dir'] as const)('killing an --%s batch', (mode) => {
  let root: string;
  afterAll(() => removeTree(root));

  test.each(['SIGKILL', 'SIGINT'] as const)(
    'with %s: every file is complete, old or new',
    async (signal) => {
      root = makeTree(originals);
      const child = cli(root, MODES[mode].args);
      // Wait until the batch is under way (a first file is done), then kill it.
      for (let waited = 0; count(states(root, mode), 'new') === 0; waited += 5) {
        if (waited > 60_000) throw new Error('the batch never started');
        await sleep(5);
      }
      child.kill(signal);
      const result = await child;
      const after = states(root, mode);
      expect(count(after, 'broken')).toBe(0);
      // Killed in the middle: some files are done, some are not.
      expect(count(after, 'new')).toBeGreaterThan(0);
      expect(count(after, 'new')).toBeLessThan(COUNT);
      const temps = listFiles(root).filter((file) => TEMP_FILE.test(file));
      if (signal === 'SIGINT') {
        expect(result.exitCode).toBe(130);
        expect(temps).toEqual([]);
      } else {
        expect(result.signal).toBe('SIGKILL');
      }
      // Nothing but inputs, outputs and (after SIGKILL) hidden temp files.
      const known = new Set([...Object.keys(originals), ...names().map((name) => MODES[mode].output(name))]);
      expect(listFiles(root).filter((file) => !known.has(file) && !TEMP_FILE.test(file))).toEqual([]);

      // Running the command again finishes the job; leftover temp files are not read as inputs.
      const again = await cli(root, MODES[mode].args);
      expect([again.exitCode, again.stderr]).toEqual([0, '']);
      expect(count(states(root, mode), 'new')).toBe(COUNT);
      removeTree(root);
    },
    120_000,
  );
});

describe('SIGINT while a report streams to -o', () => {
  test('the previous report is kept, no temp file is left, exit 130', async () => {
    const root = makeTree({ ...originals, 'report.jsonl': 'previous report\n' });
    try {
      const child = cli(root, ['in', '--format', 'json', '-o', 'report.jsonl']);
      for (let waited = 0; !listFiles(root).some((file) => TEMP_FILE.test(file)); waited += 5) {
        if (waited > 60_000) throw new Error('the report never started');
        await sleep(5);
      }
      child.kill('SIGINT');
      expect((await child).exitCode).toBe(130);
      expect(readFileSync(path.join(root, 'report.jsonl'), 'utf8')).toBe('previous report\n');
      expect(listFiles(root).filter((file) => TEMP_FILE.test(file))).toEqual([]);
    } finally {
      removeTree(root);
    }
  }, 120_000);
});
