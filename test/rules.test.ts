import { describe, expect, test } from 'vitest';
import { compileRule } from '../src/rules/compile.js';
import { builtinRuleSpecs } from '../src/rules/index.js';
import type { Rule } from '../src/types.js';

const rules: Rule[] = builtinRuleSpecs().map(compileRule);
const families = [...new Set(rules.map((rule) => rule.family))];

/** What the classifier asks of a rule: the trimmed line fits its length limit and matches. */
function catches(rule: Rule, line: string): boolean {
  const text = line.trim();
  return text.length <= rule.maxLength && rule.test(text);
}

describe.each(families)('rule family %s', (family) => {
  const members = rules.filter((rule) => rule.family === family);

  test.each(members.map((rule) => [rule.id, rule] as const))(
    '%s has lines it must catch and must not',
    (_id, rule) => {
      expect(rule.examples.match.length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    },
  );

  const positives = members.flatMap((rule) =>
    rule.examples.match.map((line) => [rule.id, line, rule] as const),
  );
  test.each(positives)('%s catches %j', (_id, line, rule) => {
    expect(catches(rule, line)).toBe(true);
  });

  const negatives = members.flatMap((rule) =>
    rule.examples.noMatch.map((line) => [rule.id, line, rule] as const),
  );
  test.each(negatives)('%s leaves %j alone', (_id, line, rule) => {
    expect(catches(rule, line)).toBe(false);
  });
});

test('rule ids are unique and name their family', () => {
  const ids = rules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
});
