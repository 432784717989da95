/**
 * The bundled CLI and its code cache (src/cli/boot.ts, scripts/bundle.js). Each check loads the
 * bundle in a fresh `node`, as the bin does, so that the V8 flags are the bin's and not the test
 * runner's. A cache that is missing, from another build or damaged must only cost speed: the
 * CLI still loads and cleans.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTree, removeTree } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOOT = pathToFileURL(path.join(ROOT, 'dist/cli/boot.js')).href;
const BUNDLE = path.join(ROOT, 'dist/cli/entry.bundle.cjs');

/** Load a bundle in a fresh node: did it take its cache, and does its main() run? */
async function load(bundle: string): Promise<{ cacheUsed: boolean; exports: string[] }> {
  const script = [
    `const { loadCli } = await import(${JSON.stringify(BOOT)});`,
    `const { cli, cacheUsed } = loadCli(${JSON.stringify(bundle)});`,
    'console.log(JSON.stringify({ cacheUsed, exports: Object.keys(cli).sort() }));',
  ].join('\n');
  const result = await execa('node', ['--input-type=module', '-e', script]);
  return JSON.parse(result.stdout);
}

describe('the built bundle', () => {
  test('ends with the build id its cache names, and loads with the cache', async () => {
    const source = readFileSync(BUNDLE, 'utf8');
    const id = /\/\/# build-id=([0-9a-f]{32})\n$/.exec(source)?.[1];
    expect(id).toBeDefined();
    expect(readFileSync(`${BUNDLE}.cache`).subarray(0, 33).toString()).toBe(`${id}\n`);
    expect(await load(BUNDLE)).toEqual({ cacheUsed: true, exports: ['main', 'removeTempFiles'] });
  });
});

describe('start-up loads only what a run uses', () => {
  test('cleaning one file loads no worker threads, zlib, child processes or crypto', async () => {
    const dir = makeTree({ 'story.txt': 'A short story about a river.\n' });
    const script = [
      `const { loadCli } = await import(${JSON.stringify(BOOT)});`,
      'const { Writable } = await import("node:stream");',
      'const { cli } = loadCli();',
      'const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });',
      `const code = await cli.main({ argv: ['story.txt'], stdin: process.stdin, stdout, stderr: process.stderr, env: {}, cwd: ${JSON.stringify(dir)} });`,
      'const heavy = process.moduleLoadList.filter((name) => /zlib|worker_threads|child_process|crypto/.test(name));',
      'console.log(JSON.stringify({ code, heavy }));',
    ].join('\n');
    try {
      const result = await execa('node', ['--input-type=module', '-e', script]);
      expect(JSON.parse(result.stdout)).toEqual({ code: 0, heavy: [] });
    } finally {
      removeTree(dir);
    }
  });

  test('the bin is CommonJS: a one-file run starts no ES module loader and no perf_hooks', async () => {
    const dir = makeTree({ 'story.txt': 'A short story about a river.\n' });
    const list = path.join(dir, 'modules.json');
    const bin = path.join(ROOT, 'bin/clean-article.js');
    const script = [
      `process.argv = [process.argv[0], ${JSON.stringify(bin)}, 'story.txt'];`,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
      `require(${JSON.stringify(bin)});`,
    ].join('\n');
    try {
      const result = await execa('node', ['-e', script], { cwd: dir });
      expect(result.stdout).toBe('A short story about a river.');
      const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
      const unwanted = loaded.filter((name) => /esm\/(module_job|translators|resolve)|perf_hooks/.test(name));
      expect(unwanted).toEqual([]);
    } finally {
      removeTree(dir);
    }
  });

  test('a .gz input still finds zlib when it needs it', async () => {
    const dir = makeTree({});
    try {
      const file = path.join(dir, 'records.jsonl.gz');
      writeFileSync(file, gzipSync('{"text":"A short story about a river."}\n'));
      const result = await execa('node', [path.join(ROOT, 'bin/clean-article.js'), '--jsonl', file]);
      expect(JSON.parse(result.stdout).text).toBe('A short story about a river.\n');
    } finally {
      removeTree(dir);
    }
  });
});

describe('a bundle whose cache cannot be used still loads', () => {
  let dir: string;
  let copy: string;
  beforeEach(() => {
    dir = makeTree({});
    copy = path.join(dir, 'entry.bundle.cjs');
    copyFileSync(BUNDLE, copy);
  });
  afterEach(() => removeTree(dir));

  test('no cache', async () => {
    expect(await load(copy)).toEqual({ cacheUsed: false, exports: ['main', 'removeTempFiles'] });
  });

  test('a cache made for another build', async () => {
    const cache = readFileSync(`${BUNDLE}.cache`);
    writeFileSync(`${copy}.cache`, Buffer.concat([Buffer.from(`${'0'.repeat(32)}\n`), cache.subarray(33)]));
    expect((await load(copy)).cacheUsed).toBe(false);
  });

  test('a truncated cache', async () => {
    const cache = readFileSync(`${BUNDLE}.cache`);
    writeFileSync(`${copy}.cache`, cache.subarray(0, Math.floor(cache.length / 2)));
    expect(await load(copy)).toEqual({ cacheUsed: false, exports: ['main', 'removeTempFiles'] });
  });

  test('a bundle the build did not stamp', async () => {
    const source = readFileSync(BUNDLE, 'utf8');
    writeFileSync(copy, source.slice(0, source.lastIndexOf('//# build-id=')));
    copyFileSync(`${BUNDLE}.cache`, `${copy}.cache`);
    expect(await load(copy)).toEqual({ cacheUsed: false, exports: ['main', 'removeTempFiles'] });
  });
});
