/**
 * The facts the build wrote out for the built-in patterns (dist/rules/precomputed-facts.js,
 * see src/rules/precomputed-facts.ts) are the ones the patterns give when read at run time.
 * `npm test` builds first, so this checks the build that the CLI and the library run.
 */
import { expect, test } from 'vitest';
import { PRECOMPUTED_PATTERN_FACTS } from '../dist/rules/precomputed-facts.js';
import { compileRuleWithFacts } from '../src/rules/compile.js';
import { builtinRuleSpecs, builtinRules } from '../src/rules/index.js';
import type { PatternFacts } from '../src/rules/precomputed-facts.js';
import { derivePatternFacts, precomputedFacts, ruleLiterals } from '../src/rules/required-literals.js';
import type { Rule } from '../src/types.js';

const written = PRECOMPUTED_PATTERN_FACTS as ReadonlyMap<string, PatternFacts>;
const patterned = builtinRules().filter(
  (rule): rule is Rule & { pattern: RegExp } => rule.pattern !== undefined,
);

test('the build wrote the facts of every built-in pattern, as the pattern gives them', () => {
  expect(written).toBeDefined();
  const wrong = patterned.filter(
    (rule) => JSON.stringify(written.get(rule.id)) !== JSON.stringify(derivePatternFacts(rule)),
  );
  expect(wrong.map((rule) => rule.id)).toEqual([]);
  expect(written.size).toBe(patterned.length);
});

test('the built-in rule ids, which the facts are filed under, are unique', () => {
  const ids = builtinRuleSpecs().map((spec) => spec.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('facts are taken only for the pattern they were read from', () => {
  const spec = builtinRuleSpecs().find((candidate) => written.get(candidate.id)?.literals);
  if (!spec) throw new Error('no built-in rule with literal fragments');
  const facts = written.get(spec.id);
  const fitting = compileRuleWithFacts(spec, facts);
  expect(precomputedFacts(fitting)).toBe(facts);
  expect(ruleLiterals(fitting)).toBe(facts?.literals);
  // A user rule that took a built-in id but has another pattern: its own facts are read.
  const other = compileRuleWithFacts({ ...spec, pattern: 'zz(?:yy)', flags: 'u' }, facts);
  expect(precomputedFacts(other)).toBeUndefined();
  expect(ruleLiterals(other)).toEqual(['zzyy']);
});
