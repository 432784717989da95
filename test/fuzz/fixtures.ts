/**
 * Shrunk counterexamples found by `npm run fuzz`, kept in fixtures/fuzz/ as regression cases:
 * one JSON file each, `{property, seed, path, args, error, found}`, replayed by
 * test/properties.test.ts on every test run. Arguments go through JSON, so `undefined` (an
 * omitted option) is written as `{"$undefined": true}`; lone surrogates survive as `\udXXX`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FUZZ_DIR = fileURLToPath(new URL('../../fixtures/fuzz/', import.meta.url));

export interface FuzzFixture {
  file: string;
  property: string;
  seed: number;
  path: string;
  args: unknown[];
  error: string;
  found: string;
}

const UNDEFINED = { $undefined: true };

export function encodeArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg) => (arg === undefined ? UNDEFINED : arg));
}

export function decodeArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg) =>
    typeof arg === 'object' && arg !== null && (arg as { $undefined?: unknown }).$undefined === true
      ? undefined
      : arg,
  );
}

/** Every saved counterexample, sorted by file name. */
export const FUZZ_FIXTURES: readonly FuzzFixture[] = readdirSync(FUZZ_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(path.join(FUZZ_DIR, file), 'utf8')) }));

/** Save one counterexample; returns the file written. */
export function saveFixture(fixture: Omit<FuzzFixture, 'file'>): string {
  mkdirSync(FUZZ_DIR, { recursive: true });
  const slug = fixture.property
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const file = path.join(FUZZ_DIR, `${slug}-seed${fixture.seed}.json`);
  writeFileSync(file, `${JSON.stringify({ ...fixture, args: encodeArgs(fixture.args) }, null, 2)}\n`);
  return file;
}
