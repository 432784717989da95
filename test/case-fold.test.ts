import { describe, expect, test } from 'vitest';
import { foldable, foldSafe } from '../src/rules/case-fold.js';
import { compileRule } from '../src/rules/compile.js';
import { builtinRuleSpecs } from '../src/rules/index.js';

describe('foldSafe', () => {
  test.each([
    ['^subscribe (?:now|today)$', true],
    ['\\bnewsletter\\b.{0,40}\\binbox\\b', true],
    ['[a-z]{2,6}', true],
    ['[\\p{L}\\p{M}]+', true],
    ['straße', true],
    ['(?<year>\\d{4}) \\k<year>', true],
    ['(?<=via )reuters', true],
  ])('%s can run on lowercased text', (source, safe) => {
    expect(foldSafe(source)).toBe(safe);
  });

  test.each([
    ['iStock', 'a capital letter'],
    ['[A-Z]{2,6}', 'a range of capitals'],
    ['^\\p{Lu}\\w+', 'a property that names a case'],
    ['\\p{Lowercase}', 'a property that names a case'],
    ['\\u0041BC', 'an escaped capital'],
    ['ſ', 'the long s, whose capital lowercases to s'],
    ['ς', 'the final sigma'],
    ['[!-~]', 'a range holding capitals whose lowercase it also holds is fine, but this one'],
  ])('%s keeps its i flag (%s)', (source) => {
    // `[!-~]` holds A-Z and a-z, so it is safe; every other entry is not.
    expect(foldSafe(source)).toBe(source === '[!-~]');
  });
});

describe('foldable', () => {
  test('only a case-insensitive pattern with a fold-safe source', () => {
    expect(foldable(/^sign in$/iu)).toBe(true);
    expect(foldable(/^sign in$/u)).toBe(false);
    expect(foldable(/^Sign in$/iu)).toBe(false);
  });
});

/** Case variants of a line: as written, upper case, title case, lower case. */
function variants(line: string): string[] {
  const title = line.replace(
    /\p{L}+/gu,
    (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
  );
  return [line, line.toUpperCase(), title, line.toLowerCase()];
}

describe('folded rules match what their case-insensitive pattern matches', () => {
  const folded = builtinRuleSpecs()
    .map(compileRule)
    .filter((rule) => rule.folded);

  test('most built-in patterns are folded', () => {
    expect(folded.length).toBeGreaterThan(250);
  });

  const cases = folded.flatMap((rule) =>
    [...rule.examples.match, ...rule.examples.noMatch].flatMap((line) =>
      variants(line.trim()).map((text) => [rule.id, text, rule] as const),
    ),
  );
  test.each(cases)('%s on %j', (_id, text, rule) => {
    expect(rule.test(text)).toBe((rule.pattern as RegExp).test(text));
  });
});
