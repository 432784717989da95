/**
 * Running the BUILT binary for the hardening tests that need a real process: file size limits,
 * another user, signals, inputs too large to hold in the test runner. `npm test` builds first.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';

export const BIN = fileURLToPath(new URL('../../bin/clean-article.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** A clean environment, so the caller's FORCE_COLOR or NO_COLOR cannot leak into a test. */
export const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

export function assertBuilt(): void {
  if (!existsSync(BUILT)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
}

type CliOptions = { reject: false; stripFinalNewline: false };

/** Start `node bin/clean-article.js ARGS` in `cwd` (as another user with `uid`/`gid`); never rejects. */
export function cli(
  cwd: string,
  args: readonly string[],
  user: { uid?: number; gid?: number } = {},
): ResultPromise<CliOptions> {
  return execa('node', [BIN, ...args], {
    cwd,
    reject: false,
    stripFinalNewline: false,
    extendEnv: false,
    env: ENV,
    ...user,
  });
}

/** Every file under `folder` (relative paths, sorted), hidden ones included. */
export function listFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(folder, full));
    }
  };
  walk(folder);
  return out.sort();
}

/** Temp files of our atomic writes (`.name.<time>-<count>-<random>.tmp`): they must never outlive a clean exit. */
export const TEMP_FILE = /(^|\/)\.[^/]+\.[0-9a-z]+-[0-9a-z]+-[0-9a-z]+\.tmp$/;

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
