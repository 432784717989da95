/**
 * Golden cases: every folder in fixtures/golden holds an article (`input.txt`), the label of
 * each of its lines (`expected.labels`), the text `cleanArticle` must print with default
 * options (`expected.txt`) and an optional `meta.json` ({truncated, options, note}).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type CleanOptions, cleanArticle, LABELS } from '../src/index.js';

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const MIN_CASES = 40;

interface CaseMeta {
  truncated?: boolean;
  options?: CleanOptions;
  note?: string;
}

interface GoldenCase {
  name: string;
  input: string;
  expectedText: string;
  expectedLabels: string[];
  meta: CaseMeta;
}

/** Lines as the pipeline counts them: CRLF, LF and CR all end a line; a final ending does not start one. */
function countLines(text: string): number {
  if (text === '') return 0;
  const parts = text.split(/\r\n|\n|\r/);
  return parts.at(-1) === '' ? parts.length - 1 : parts.length;
}

function readLabels(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  if (raw === '') return [];
  const rows = raw.split('\n');
  if (rows.at(-1) === '') rows.pop();
  return rows;
}

function loadCase(name: string): GoldenCase {
  const dir = join(GOLDEN_DIR, name);
  const metaPath = join(dir, 'meta.json');
  return {
    name,
    input: readFileSync(join(dir, 'input.txt'), 'utf8'),
    expectedText: readFileSync(join(dir, 'expected.txt'), 'utf8'),
    expectedLabels: readLabels(join(dir, 'expected.labels')),
    meta: existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as CaseMeta) : {},
  };
}

const caseNames = existsSync(GOLDEN_DIR)
  ? readdirSync(GOLDEN_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];
const cases = caseNames.map(loadCase);

describe('golden fixtures are well formed', () => {
  test(`there are at least ${MIN_CASES} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  test('every case has one known label per input line and a valid meta.json', () => {
    const problems: string[] = [];
    for (const c of cases) {
      const lines = countLines(c.input);
      if (c.expectedLabels.length !== lines) {
        problems.push(`${c.name}: ${c.expectedLabels.length} labels for ${lines} input lines`);
      }
      c.expectedLabels.forEach((label, i) => {
        if (!(LABELS as readonly string[]).includes(label)) {
          problems.push(`${c.name}: line ${i + 1} has unknown label ${JSON.stringify(label)}`);
        }
      });
      if (c.meta.truncated !== undefined && typeof c.meta.truncated !== 'boolean') {
        problems.push(`${c.name}: meta.truncated must be a boolean`);
      }
      for (const label of c.meta.options?.keep ?? []) {
        if (!(LABELS as readonly string[]).includes(label))
          problems.push(`${c.name}: bad keep label ${label}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Cases the classifier does not pass yet, listed in fixtures/golden/known-failures.json with
 * `test.fails`: such a test fails as soon as the case starts passing, so the list can only
 * shrink. Every other case must pass.
 */
const KNOWN_FAILURES = JSON.parse(readFileSync(join(GOLDEN_DIR, 'known-failures.json'), 'utf8')) as {
  text: string[];
  labels: string[];
};

describe('golden cases: output text', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const check = () => {
      const result = cleanArticle(c.input, c.meta.options);
      expect(result.text).toBe(c.expectedText);
      if (c.meta.truncated !== undefined) expect(result.truncated).toBe(c.meta.truncated);
    };
    if (KNOWN_FAILURES.text.includes(name)) expect(check).toThrow();
    else check();
  });
});

describe('golden cases: labels', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const check = () => {
      const result = cleanArticle(c.input, c.meta.options);
      expect(result.lines.length).toBe(c.expectedLabels.length);
      expect(result.lines.map((d) => d.label)).toEqual(c.expectedLabels);
    };
    if (KNOWN_FAILURES.labels.includes(name)) expect(check).toThrow();
    else check();
  });
});
