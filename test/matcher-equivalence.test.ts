/**
 * The fast matcher (literal indexes, alternation prefilters) must say exactly what trying
 * every rule one by one says: the strongest matching rule of each label, ties to the rule
 * listed first. Checked on every rule's examples (as written and in other cases) and on every
 * fixture line, in every language, so that a rule added later whose fragments are derived
 * wrongly, or a prefilter that skips a line it should not, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type LineFeatures, lineFeatures } from '../src/features.js';
import { builtinRuleSpecs, ruleMatcher, selectRules } from '../src/rules/index.js';
import { anchoredAtStart, RuleMatcher } from '../src/rules/matcher.js';
import { ruleLiterals } from '../src/rules/required-literals.js';
import { type ClassifyOptions, LABELS, type Rule, type RuleSpec } from '../src/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'hi', 'und'];

/** Title case of each word, a case the examples rarely show. */
function titleCase(line: string): string {
  return line.replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

function fixtureLines(): string[] {
  const golden = join(FIXTURES, 'golden');
  return readdirSync(golden).flatMap((name) => {
    try {
      return readFileSync(join(golden, name, 'input.txt'), 'utf8').split(/\r\n|\n|\r/);
    } catch {
      return [];
    }
  });
}

const examples = builtinRuleSpecs().flatMap((spec) => [
  ...(spec.examples?.match ?? []),
  ...(spec.examples?.noMatch ?? []),
]);
const LINES = [
  ...new Set([
    ...examples.flatMap((line) => [line, line.toUpperCase(), line.toLowerCase(), titleCase(line)]),
    ...fixtureLines(),
  ]),
];

/** The reference: every rule tried on its own, in order. */
function naiveMatch(rules: readonly Rule[], f: LineFeatures): (string | undefined)[] {
  const best: (Rule | undefined)[] = [undefined, undefined, undefined, undefined];
  for (const rule of rules) {
    if (f.chars > rule.maxLength || !rule.testLine(f.text, f.lower)) continue;
    const index = LABELS.indexOf(rule.label);
    const current = best[index];
    if (!current || rule.weight > current.weight) best[index] = rule;
  }
  return best.map((rule) => rule?.id);
}

/**
 * Lines on which the matcher and the reference disagree, with both answers. `indexAfterChars`
 * 0 checks the automaton, Infinity the quick index alone; undefined checks the matcher the
 * classifier uses.
 */
function disagreements(language: string, options: ClassifyOptions, indexAfterChars?: number): string[] {
  const rules = selectRules(language, options);
  const matcher =
    indexAfterChars === undefined
      ? ruleMatcher(language, options)
      : new RuleMatcher(rules, new Set(rules.filter((rule) => rule.id.startsWith('user/'))), indexAfterChars);
  const found: string[] = [];
  for (const line of LINES) {
    const f = lineFeatures(line, language);
    if (f.blank) continue;
    const fast = matcher.match(f).map((rule) => rule?.id);
    const slow = naiveMatch(rules, f);
    if (fast.join() !== slow.join()) found.push(`${JSON.stringify(line)}: fast ${fast} reference ${slow}`);
  }
  return found;
}

/** Rules as a user pack would bring them: joined to no alternation, some with fragments. */
const USER_RULES: RuleSpec[] = [
  { id: 'user/sub', label: 'chrome', pattern: 'subscri(?:be|ption)', weight: 5, reason: 'u' },
  { id: 'user/case', label: 'byline', pattern: '^By [A-Z]', flags: 'u', weight: 4, reason: 'u' },
  { id: 'user/none', label: 'chrome', pattern: '^\\W+$', weight: 2, reason: 'u' },
  { id: 'user/tie', label: 'chrome', pattern: 'newsletter', weight: 5, reason: 'u' },
];

describe.each(LANGUAGES)('matcher for %s', (language) => {
  test.each([
    ['with the automaton', 0],
    ['with the quick index alone', Number.POSITIVE_INFINITY],
    ['as the classifier builds it', undefined],
  ])('agrees with trying every rule one by one, %s', (_how, indexAfterChars) => {
    expect(disagreements(language, {}, indexAfterChars)).toEqual([]);
  });

  test('agrees with user rules and a disabled family', () => {
    for (const indexAfterChars of [0, Number.POSITIVE_INFINITY]) {
      expect(disagreements(language, { rules: USER_RULES, disable: ['share/'] }, indexAfterChars)).toEqual(
        [],
      );
    }
  });
});

test('every rule with literal fragments matches some checked line', () => {
  // Otherwise a wrong fragment list for that rule could not show up as a disagreement.
  const unchecked = LANGUAGES.flatMap((language) =>
    selectRules(language, {}).filter(
      (rule) =>
        ruleLiterals(rule) &&
        !LINES.some((line) => {
          const f = lineFeatures(line, language);
          return !f.blank && f.chars <= rule.maxLength && rule.testLine(f.text, f.lower);
        }),
    ),
  );
  expect(unchecked.map((rule) => rule.id)).toEqual([]);
});

test('a rule that needs a digit never matches a line without one', () => {
  // The matcher skips such rules on digit-free lines (RuleSpec.needsDigit); the reference
  // above tries them anyway, and so do these lines with their digits written as letters
  // or as other numerals.
  const needing = LANGUAGES.flatMap((language) =>
    selectRules(language, {}).filter((rule) => rule.needsDigit),
  );
  expect(needing.length).toBeGreaterThan(0);
  const digitFree = LINES.filter((line) => /[0-9]/.test(line)).flatMap((line) => [
    line.replace(/[0-9]/g, 'x'),
    line.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0966 + Number(digit))),
    line.replace(/[0-9]/g, ''),
  ]);
  const wrong = needing.flatMap((rule) =>
    digitFree.filter((line) => rule.test(line.trim())).map((line) => `${rule.id}: ${JSON.stringify(line)}`),
  );
  expect(wrong).toEqual([]);
});

describe('anchoredAtStart', () => {
  test.each([
    ['^sign in$', true],
    ['^(?:sign in|log in)$', true],
    ['^sign in$|^log in$', true],
    ['^sign in$|log in', false],
    ['sign in', false],
    ['(?:^a|^b)', false],
    ['^[|]$', true],
    ['^a\\|b', true],
    ['^(?:a|b)|c', false],
  ])('%s → %s', (source, anchored) => {
    expect(anchoredAtStart(source)).toBe(anchored);
  });
});

test('a run with user rules or disabled ids builds its matcher once, not once a document', () => {
  const options: ClassifyOptions = { rules: USER_RULES, disable: ['share/'] };
  const first = ruleMatcher('en', options);
  expect(ruleMatcher('en', { ...options })).toBe(first);
  expect(ruleMatcher('en', { rules: USER_RULES, disable: ['share/', 'share/'] })).toBe(first);
  // Another language, another disabled set or another rule list is another matcher.
  expect(ruleMatcher('de', options)).not.toBe(first);
  expect(ruleMatcher('en', { rules: USER_RULES, disable: ['ads/'] })).not.toBe(first);
  expect(ruleMatcher('en', { rules: [...USER_RULES], disable: ['share/'] })).not.toBe(first);
});
