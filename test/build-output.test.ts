/**
 * What the build writes into dist/rules besides tsc's output, checked against the sources:
 * the facts of the built-in patterns (src/rules/precomputed-facts.ts) and the built-in
 * patterns made on first read (scripts/lazy-patterns.js). `npm test` builds first, so this
 * checks the build that the CLI and the library run.
 */
import { expect, test } from 'vitest';
import { builtinRuleSpecs as builtSpecs } from '../dist/rules/index.js';
import { PRECOMPUTED_PATTERN_FACTS } from '../dist/rules/precomputed-facts.js';
import { lazyPatterns } from '../scripts/lazy-patterns.js';
import { compileRuleWithFacts } from '../src/rules/compile.js';
import { builtinRuleSpecs, builtinRules } from '../src/rules/index.js';
import type { PatternFacts } from '../src/rules/precomputed-facts.js';
import { derivePatternFacts, precomputedFacts, ruleLiterals } from '../src/rules/required-literals.js';
import type { Rule, RuleSpec } from '../src/types.js';

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

test('the built rules make their patterns on first read, and each reads as written', () => {
  const sources = builtinRuleSpecs();
  const built = builtSpecs() as readonly RuleSpec[];
  expect(built.map((spec) => spec.id)).toEqual(sources.map((spec) => spec.id));
  const eager = built.filter(
    (spec) =>
      spec.predicate === undefined && Object.getOwnPropertyDescriptor(spec, 'pattern')?.get === undefined,
  );
  expect(eager.map((spec) => spec.id)).toEqual([]);
  const differing = built.filter((spec, k) => String(spec.pattern) !== String(sources[k]?.pattern));
  expect(differing.map((spec) => spec.id)).toEqual([]);
});

test('the rewrite turns only pattern values into getters', () => {
  const module = [
    "const a = [{ id: 'x', pattern: /a|b/iu, weight: 1 }, { id: 'y', pattern: new RegExp(PREFIX + 'c', 'u') }];",
    "const b = { pattern: 'a string stays', other: /kept/ };",
  ].join('\n');
  const { text, rewritten } = lazyPatterns(module, 'm.js');
  expect(rewritten).toBe(2);
  expect(text).toContain('get pattern() { return /a|b/iu; }');
  expect(text).toContain("get pattern() { return new RegExp(PREFIX + 'c', 'u'); }");
  expect(text).toContain("pattern: 'a string stays', other: /kept/");
});

test('with the facts, a rule reads its pattern only when it first tests a line', () => {
  const spec = builtinRuleSpecs().find((candidate) => written.get(candidate.id)?.literals);
  if (!spec) throw new Error('no built-in rule with literal fragments');
  let reads = 0;
  const counted = {
    ...spec,
    get pattern() {
      reads++;
      return spec.pattern;
    },
  };
  const facts = written.get(spec.id);
  const rule = compileRuleWithFacts(counted, facts);
  expect(precomputedFacts(rule)).toBe(facts);
  expect(ruleLiterals(rule)).toBe(facts?.literals);
  expect(reads).toBe(0);
  rule.test('a line');
  rule.test('another line');
  expect(reads).toBe(1);
  // Without facts (a user rule) the pattern is read at once, so that a bad one fails early.
  reads = 0;
  compileRuleWithFacts(counted, undefined);
  expect(reads).toBe(1);
});

/**
 * A pattern with no literal fragment is tried on every line (in an alternation), so one more
 * of them costs every document: a rewrite that hides a rule's fragments from the analysis
 * (`\p{Ll}` under `i` did, once) must be noticed, not found later in the benchmark.
 */
test('only the known few built-in patterns are tried on every line', () => {
  const withoutFragments = patterned
    .filter((rule) => ruleLiterals(rule) === undefined)
    .map((rule) => rule.id);
  expect(withoutFragments.sort()).toEqual(
    [
      'agency/desk-initials',
      'agency/pt-agencias',
      'byline/contact',
      'nav/pagination',
      'nav/symbol-only',
    ].sort(),
  );
});
