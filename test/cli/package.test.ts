/**
 * The package as a user installs it: `npm pack`, then `npm install` of the tarball into an
 * empty project. Only what the `files` allow-list ships is there, so this catches a build
 * output the bin needs but the tarball leaves out (the bundled CLI, the worker bundle, the
 * type declarations).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTree, PROSE, removeTree } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = path.join(ROOT, 'fixtures/golden/seed-ians-business-standard');

let project: string;
let installed: string;

beforeAll(async () => {
  project = makeTree({ 'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }) });
  const packed = await execa('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT });
  const tarball = path.join(project, packed.stdout.trim().split('\n').at(-1) as string);
  await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project });
  installed = path.join(project, 'node_modules/clean-article');
}, 120_000);

afterAll(() => removeTree(project));

describe('installed from npm pack', () => {
  test('ships the bin, both bundles and the type declarations, and no tests or sources', () => {
    for (const file of [
      'bin/clean-article.js',
      // Without it the bin would be an ES module, which does not `require` its loader.
      'bin/package.json',
      'dist/cli/boot.cjs',
      'dist/cli/entry.bundle.cjs',
      'dist/cli/entry.bundle.cjs.cache',
      'dist/cli/worker.bundle.js',
    ]) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    expect(existsSync(path.join(installed, 'dist/index.d.ts'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'test'))).toBe(false);
  });

  test('the installed command cleans the seed story exactly as the fixture expects', async () => {
    const bin = path.join(project, 'node_modules/.bin/clean-article');
    const result = await execa(bin, [path.join(SEED, 'input.txt')], { stripFinalNewline: false });
    expect(result.stdout).toBe(readFileSync(path.join(SEED, 'expected.txt'), 'utf8'));
  });

  test('the installed command runs worker threads (-j 2) over several files', async () => {
    const files = ['a.txt', 'b.txt', 'c.txt'];
    for (const name of files) writeFileSync(path.join(project, name), PROSE);
    const bin = path.join(project, 'node_modules/.bin/clean-article');
    const result = await execa(bin, ['-j', '2', '--format', 'json', ...files], { cwd: project });
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.path)).toEqual(files);
    expect(records.every((record) => record.text === PROSE)).toBe(true);
  });

  test('the library imports by package name and cleans text', async () => {
    const script = [
      "import { cleanArticle } from 'clean-article';",
      'const input = process.argv[1];',
      'process.stdout.write(JSON.stringify(cleanArticle(input)));',
    ].join('\n');
    const result = await execa('node', ['--input-type=module', '-e', script, PROSE], { cwd: project });
    expect(JSON.parse(result.stdout).text).toBe(PROSE);
  });
});
