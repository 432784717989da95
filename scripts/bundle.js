#!/usr/bin/env node
/**
 * The second half of `npm run build` (after tsc): bundles the CLI and its worker, then gives the
 * CLI bundle its code cache (see src/cli/boot.ts).
 *
 * - dist/cli/entry.bundle.cjs: the CLI with everything it imports, dependencies included, as one
 *   CommonJS script, because Node 20 can only cache compiled code for a script it compiles
 *   through node:vm. Its last line is a build id (a hash of the rest) that the cache names.
 * - dist/cli/entry.bundle.cjs.cache: V8's compiled code after one run on the seed fixture.
 * - dist/cli/boot.cjs: src/cli/boot.ts as CommonJS, which bin/clean-article.js requires.
 * - dist/cli/worker.bundle.js: the worker thread's entry, one ESM file.
 *
 * First it writes the built-in prose model out as code (see src/model/prose-precompiled.ts),
 * so that the library and both bundles start with it compiled, and the facts of the built-in
 * patterns out as data (see src/rules/precomputed-facts.ts), so that none of them reads the
 * patterns' sources at start-up; then it makes the built-in patterns lazy (lazy-patterns.js).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { makeRulePatternsLazy } from './lazy-patterns.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/cli/`;

const { compiledBody } = await import('../dist/model/prose-model.js');
const { PROSE_MODEL } = await import('../dist/model/trees.js');
const precompiled = `${root}dist/model/prose-precompiled.js`;
writeFileSync(
  precompiled,
  [
    '// Written by scripts/bundle.js from dist/model/trees.js: the built-in prose model as code.',
    'export const PRECOMPILED_PROSE_MODEL = function proseModel(v) {',
    compiledBody(PROSE_MODEL),
    '};',
    '',
  ].join('\n'),
);
rmSync(`${precompiled}.map`, { force: true });

const { builtinRules } = await import('../dist/rules/index.js');
const { derivePatternFacts } = await import('../dist/rules/required-literals.js');
const patternFacts = new Map();
for (const rule of builtinRules()) {
  if (!rule.pattern) continue;
  if (patternFacts.has(rule.id)) throw new Error(`two built-in rules are called ${rule.id}`);
  const { foldable, anchored, literals, prefixes } = derivePatternFacts(rule);
  patternFacts.set(rule.id, [+foldable, +anchored, literals, prefixes]);
}
const factsModule = `${root}dist/rules/precomputed-facts.js`;
writeFileSync(
  factsModule,
  [
    '// Written by scripts/bundle.js from dist/rules/: what the built-in patterns say of themselves.',
    // JSON.parse reads a large literal faster than the JavaScript parser would.
    `const entries = JSON.parse(${JSON.stringify(JSON.stringify([...patternFacts].map(([id, facts]) => [id, ...facts])))});`,
    'export const PRECOMPUTED_PATTERN_FACTS = new Map(',
    '  entries.map(([id, foldable, anchored, literals, prefixes]) => [',
    '    id,',
    '    { foldable: foldable === 1, anchored: anchored === 1, literals, prefixes },',
    '  ]),',
    ');',
    '',
  ].join('\n'),
);
rmSync(`${factsModule}.map`, { force: true });

// Patterns are made on first read in the compiled rules (see scripts/lazy-patterns.js). After
// the facts above, which were read from the same patterns.
makeRulePatternsLazy(`${root}dist/rules`);

await esbuild.build({
  entryPoints: [`${dist}worker.js`],
  outfile: `${dist}worker.bundle.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});

/**
 * Node modules that most runs never use, loaded on first use instead of when the bundle starts:
 * worker threads (only big batches), zlib (only .gz), child processes (commander's external
 * subcommands, which this CLI has none of). Loading the three was a tenth of a one-file run.
 * Each import gets a stand-in whose exports, listed here at build time, load the real module
 * when first read.
 */
const LAZY_BUILTINS = ['node:child_process', 'node:worker_threads', 'node:zlib'];

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(?:${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const names = Object.keys(createRequire(import.meta.url)(args.path));
      const contents = [
        'let loaded;',
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        `for (const name of ${JSON.stringify(names)})`,
        '  Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });',
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

const bundle = `${dist}entry.bundle.cjs`;
await esbuild.build({
  entryPoints: [`${dist}entry.js`],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // The sources find package.json and the worker bundle from import.meta.url, which a
  // CommonJS script does not have: it is the bundle's own address.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyBuiltins],
  logLevel: 'warning',
});
const buildId = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32);
appendFileSync(bundle, `//# build-id=${buildId}\n`);

// The loader as CommonJS too, for bin/ (a CommonJS script): an ES module entry would make Node
// start its ES module loader, a few milliseconds of every run.
await esbuild.build({
  entryPoints: [`${dist}boot.js`],
  outfile: `${dist}boot.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  define: { 'import.meta.url': '__bootUrl' },
  banner: { js: "var __bootUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

const { loadCli } = await import('../dist/cli/boot.js');
const loaded = loadCli(bundle);
const discard = () =>
  new Writable({
    write: (_chunk, _encoding, done) => done(),
  });
const code = await loaded.cli.main({
  argv: [`${root}fixtures/golden/seed-ians-business-standard/input.txt`],
  stdin: Readable.from([]),
  stdout: discard(),
  stderr: discard(),
  env: {},
  cwd: root,
});
if (code !== 0) throw new Error(`the warm-up run of the bundle exited ${code}`);
loaded.saveCache();
