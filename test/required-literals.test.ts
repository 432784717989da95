import { describe, expect, test } from 'vitest';
import { LineStart } from '../src/rules/line-start.js';
import { LiteralIndex } from '../src/rules/literal-index.js';
import { QuickLiteralIndex } from '../src/rules/quick-literal-index.js';
import { requiredLiterals, requiredPrefixes } from '../src/rules/required-literals.js';

describe('requiredLiterals', () => {
  test.each([
    ['subscri(?:be|ption)', 'u', ['subscribe', 'subscription']],
    ['^(?:you|we) (?:have|had)\\b', 'u', ['you have', 'you had', 'we have', 'we had']],
    ['sign ?in', 'u', ['signin', 'sign in']],
    ['\\b(?:log ?in|register)\\b.{0,40}\\bto read', 'u', ['to read']],
    ['(?:a|b)[xy]z', 'u', ['axz', 'ayz', 'bxz', 'byz']],
    ['(?<=foo)bar(?!baz)', 'u', ['bar']],
    ['x+yz', 'u', ['yz']],
    ['\\d+ free articles', 'u', [' free articles']],
  ])('%s needs one of its literals', (source, flags, expected) => {
    expect(requiredLiterals(source, flags)?.sort()).toEqual([...expected].sort());
  });

  test.each([
    ['(?:subscribe)?\\w+', 'u'], // the literal is optional
    ['^\\p{Lu}\\w+$', 'u'], // no literal at all
    ['subscribe|\\d+', 'u'], // one alternative has none
    ['subscribe', 'iu'], // `i`: any case matches
    ['\\p{Lu}ab', ''], // without `u`, `\p` means something else
    ['(?i:ab)c', 'u'], // a construct the analysis does not know
    ['a|', 'u'], // matches the empty string
  ])('%s (%s) derives nothing', (source, flags) => {
    expect(requiredLiterals(source, flags)).toBeUndefined();
  });
});

describe('requiredLiterals past the fragment limit', () => {
  // Thirteen phrasings of twenty wordings each: 260 fragments, more than a rule is filed under.
  const words = Array.from({ length: 20 }, (_, k) => `w${String(k).padStart(2, '0')}`).join('|');
  const openings = ['by', 'in', 'on', 'at', 'for', 'via', 'with'];
  const phrasings = [
    ...openings.map((word) => `published ${word}`),
    ...openings.slice(0, 6).map((word) => `reprinted ${word}`),
  ];
  const source = phrasings.map((phrasing) => `${phrasing} (?:${words})`).join('|');

  test('an overflowing alternation is cut to the fragments the matcher searches for', () => {
    expect(requiredLiterals(source, 'u')?.sort()).toEqual(['publishe', 'reprinte']);
  });

  test('every match still holds one of them', () => {
    for (const line of ['it was published with w03 today', 'first reprinted via w19 here']) {
      expect(new RegExp(source, 'u').test(line)).toBe(true);
      expect(requiredLiterals(source, 'u')?.some((fragment) => line.includes(fragment))).toBe(true);
    }
  });
});

describe('requiredPrefixes', () => {
  test.each([
    ['^(?:you|we) (?:have|had)\\b', 'u', ['you have', 'you had', 'we have', 'we had']],
    ['^by\\s\\p{Lu}', 'u', ['by']],
    ['^(?:read|see) (?:more|also)\\b.{0,40}$', 'u', ['read more', 'read also', 'see more', 'see also']],
    ['^(?:share|send)\\w*:?$', 'u', ['share', 'send']],
    ['^(?:[©@]|copyright)\\s?\\d{4}', 'u', ['©', '@', 'copyright']],
    ['^a?b', 'u', ['ab', 'b']],
    ['^(?:x+|y)z', 'u', ['x', 'y']],
    ['^(?:(?:only|just)\\s+)?(?:[$€]|rs\\.?)\\d', 'u', ['only', 'just', '$', '€', 'rs']], // past an optional part
    ['^(?:x\\d)*y', 'u', ['x', 'y']], // a starred part may be absent
  ])('%s starts with one of its prefixes', (source, flags, expected) => {
    expect(requiredPrefixes(source, flags)?.sort()).toEqual([...expected].sort());
  });

  test.each([
    ['^\\w+ news$', 'u'], // the first character is unknown
    ['^(?:subscribe)?\\d+', 'u'], // the literal is optional
    ['^(?:ab|\\d)', 'u'], // one alternative starts with anything
    ['^(?:ab)?\\w', 'u'], // past the optional part, anything
    ['^(?:a\\d)?', 'u'], // may match the empty string
    ['^only \\d+|^\\d+ free', 'u'], // so does one top-level alternative
    ['^subscribe', 'iu'], // `i`: any case matches
  ])('%s (%s) derives nothing', (source, flags) => {
    expect(requiredPrefixes(source, flags)).toBeUndefined();
  });

  test('a shorter prefix stands for the longer ones it starts', () => {
    expect(requiredPrefixes('^(?:read|read more|reader)\\b', 'u')).toEqual(['read']);
  });
});

describe('LineStart', () => {
  const start = new LineStart(['by', 'read more', '©']);
  test.each([
    ['by Jane Doe', true],
    ['read more stories', true],
    ['© 2024', true],
    ['read this', false],
    ['bye', true],
    ['', false],
    ['the story by Jane Doe', false],
  ])('%s', (text, expected) => {
    expect(start.opens(text)).toBe(expected);
  });
});

describe('LiteralIndex', () => {
  const index = new LiteralIndex([
    { fragment: 'subscribe', ids: [0] },
    { fragment: 'scribe', ids: [1] },
    { fragment: '©', ids: [2] },
    { fragment: 'a very long fragment indeed', ids: [3, 0] },
  ]);
  const found = (text: string) => {
    const out = new Int32Array(4);
    return [...out.subarray(0, index.collect(text, out))].sort();
  };

  test('finds every fragment, suffixes included, each id once', () => {
    expect(found('please subscribe, subscribe © now')).toEqual([0, 1, 2]);
    expect(found('a very long fragment indeed')).toEqual([0, 3]);
    expect(found('nothing here')).toEqual([]);
  });

  test('may list more than the text holds, never fewer', () => {
    // Filed under its first characters: a longer fragment's prefix alone is found.
    expect(found('a very long')).toEqual([0, 3]);
    expect(found('sub scribble')).toEqual([]);
  });
});

describe('QuickLiteralIndex', () => {
  const index = new QuickLiteralIndex([
    { fragment: 'subscribe', ids: [0] },
    { fragment: 'scribe', ids: [1] },
    { fragment: '©', ids: [2] },
    { fragment: 'a very long fragment indeed', ids: [3, 0] },
    { fragment: 'pm', ids: [4] },
  ]);
  const found = (text: string) => {
    const out = new Int32Array(5);
    return [...out.subarray(0, index.collect(text, out))].sort();
  };

  test('finds every fragment, suffixes included, each id once', () => {
    expect(found('please subscribe, subscribe © now')).toEqual([0, 1, 2]);
    expect(found('a very long fragment indeed')).toEqual([0, 3]);
    expect(found('at 5pm')).toEqual([4]);
    expect(found('nothing here')).toEqual([]);
  });

  test('lists exactly what the text holds, at its very ends too', () => {
    expect(found('a very long')).toEqual([]);
    expect(found('©')).toEqual([2]);
    expect(found('pm')).toEqual([4]);
    expect(found('scribe')).toEqual([1]);
    expect(found('p')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  test('a fragment whose three-character hash another shares is still checked whole', () => {
    // Same bucket (the hash wraps), different text: only the one the text holds is listed.
    const crowded = new QuickLiteralIndex(
      Array.from({ length: 3000 }, (_, k) => ({ fragment: `x${k}y`, ids: [k] })),
    );
    const out = new Int32Array(3000);
    expect([...out.subarray(0, crowded.collect('a x1234y b', out))]).toEqual([1234]);
  });
});
