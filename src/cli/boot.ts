/**
 * Loads the bundled CLI (dist/cli/entry.bundle.cjs) with V8's code cache, so a one-file run
 * does not parse and compile half a megabyte of JavaScript before it reads its input.
 *
 * Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22), and it
 * can only reuse compiled code for a script compiled through node:vm. So the CLI is bundled as
 * one CommonJS script, and the build (scripts/code-cache.js) runs it once on a fixture and
 * saves what V8 compiled beside it. The saved cache names the bundle it was made from (a build
 * id the build appends to the bundle): a cache from another build, a truncated file, or one
 * from another Node version (V8 rejects it) only means compiling from source as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

/** What the bundle exports (src/cli/entry.ts). */
export type CliBundle = typeof import('./entry.js');

/** The last line of a bundle the build has stamped: `//# build-id=<hex>`. */
const BUILD_ID_PREFIX = '//# build-id=';

export const BUNDLE_FILE = fileURLToPath(new URL('./entry.bundle.cjs', import.meta.url));

/**
 * Compile each rule pattern straight to machine code. By default V8 first compiles a pattern to
 * bytecode and compiles it again natively once it has run: with hundreds of patterns that all
 * run on the first line, the double compilation costs a short run about 60 ms. Set before the
 * bundle compiles: V8 only accepts a code cache made under the same flags.
 */
function useNativeRegexes(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

export interface LoadedBundle {
  cli: CliBundle;
  /** The cache was there, was made from this bundle, and V8 took it. */
  cacheUsed: boolean;
  /** Save what V8 has compiled so far as the bundle's cache (the build calls this). */
  saveCache(): void;
}

export function loadCli(bundleFile: string = BUNDLE_FILE): LoadedBundle {
  useNativeRegexes();
  const source = readFileSync(bundleFile, 'utf8');
  const buildId = buildIdOf(source);
  const cacheFile = `${bundleFile}.cache`;
  const cachedData = buildId ? readCache(cacheFile, buildId) : undefined;
  // The same wrapper Node gives a CommonJS module, so the bundle sees require, module and
  // __filename as if Node had loaded it.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  const module = { exports: {} as CliBundle };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  return {
    cli: module.exports,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => {
      if (!buildId) throw new Error(`${bundleFile}: no build id: the build stamps one`);
      writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${buildId}\n`), script.createCachedData()]));
    },
  };
}

function buildIdOf(source: string): string | undefined {
  const lastLine = source.slice(source.lastIndexOf('\n', source.length - 2) + 1).trim();
  return lastLine.startsWith(BUILD_ID_PREFIX) ? lastLine.slice(BUILD_ID_PREFIX.length) : undefined;
}

/** The cached code, if the cache exists and names this build. */
function readCache(cacheFile: string, buildId: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${buildId}\n`);
  return bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
}
