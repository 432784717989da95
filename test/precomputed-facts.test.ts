/**
 * The facts the build wrote out for the built-in patterns (dist/rules/precomputed-facts.js,
 * see src/rules/precomputed-facts.ts) are the ones the patterns give when read at run time.
 * `npm test` builds first, so this checks the build that the CLI and the library run.
 */
import { expect, test } from 'vitest';
import { PRECOMPUTED_PATTERN_FACTS } from '../dist/rules/precomputed-facts.js';
import { builtinRules } from '../src/rules/index.js';
import { derivePatternFacts, patternKey } from '../src/rules/required-literals.js';
import type { Rule } from '../src/types.js';

const patterned = builtinRules().filter(
  (rule): rule is Rule & { pattern: RegExp } => rule.pattern !== undefined,
);

test('the build wrote the facts of every built-in pattern, as the pattern gives them', () => {
  const facts = PRECOMPUTED_PATTERN_FACTS as NonNullable<typeof PRECOMPUTED_PATTERN_FACTS>;
  expect(facts).toBeDefined();
  const wrong = patterned.filter(
    (rule) =>
      JSON.stringify(facts.get(patternKey(rule.pattern))) !== JSON.stringify(derivePatternFacts(rule)),
  );
  expect(wrong.map((rule) => rule.id)).toEqual([]);
});

test('no two built-in patterns share a key', () => {
  const patterns = new Set(patterned.map((rule) => `${rule.pattern.flags}/${rule.pattern.source}`));
  const keys = new Set(patterned.map((rule) => patternKey(rule.pattern)));
  expect(keys.size).toBe(patterns.size);
});

test('a pattern the build never saw gets no facts', () => {
  expect(
    PRECOMPUTED_PATTERN_FACTS?.get(patternKey(/no built-in rule is written like this/iu)),
  ).toBeUndefined();
});
