/**
 * Line features read in one pass over the code units (src/features.ts) against the regexes
 * they stand in for, on arbitrary strings.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { lineFeatures } from '../src/features.js';

/**
 * Numeral code units as they were counted: a sticky \p{N} test at every non-ASCII code unit.
 * V8 reads a sticky /u regex set on the second half of a surrogate pair from the pair's
 * start, so an astral numeral counts 3, not 2; the one-pass scan keeps that.
 */
function numeralUnitsAsCounted(text: string): number {
  const at = /\p{N}/uy;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) units++;
      continue;
    }
    at.lastIndex = i;
    if (at.test(text)) units += at.lastIndex - i;
  }
  return units;
}

/** The fields as the regexes found them. */
function regexFields(raw: string) {
  const text = raw.trim();
  const lower = text.toLowerCase();
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    endsSentence: /[.!?…。！？।॥:;]["'”’»)\]]*$/u.test(text),
    hasUrl: /\bhttps?:\/\/|\bwww\.[\w-]+\.\w/.test(lower),
    separators: text.match(/[|•·›»]/g)?.length ?? 0,
    digitUnits: numeralUnitsAsCounted(text),
    cjk: text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0,
    startsLower: /^\p{Ll}/u.test(text),
    startsQuote: /^["“„«‘'']/u.test(text),
    allCaps:
      text.toUpperCase() === text &&
      letters.length >= 3 &&
      letters === letters.toUpperCase() &&
      letters !== letters.toLowerCase(),
  };
}

const lineText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      ...'aZ9 .!?…。！？।॥:;"\'”’»)]|•·›“„«‘٣²ⅫHTTP://wWw.x-y漢字かなカナ한ΣÉé'.split(''),
      '\u{1d7d8}',
      '\u{1d400}',
      '\ud800',
      'http://',
      'www.a.b',
    ),
  }),
);

describe('line features in one pass', () => {
  test.prop([lineText], { numRuns: 3000 })('equal what the regexes find', (raw) => {
    const f = lineFeatures(raw, 'en');
    if (f.blank) return;
    const { endsSentence, hasUrl, separators, digitUnits, cjk, startsLower, startsQuote, allCaps } = f;
    expect({ endsSentence, hasUrl, separators, digitUnits, cjk, startsLower, startsQuote, allCaps }).toEqual(
      regexFields(raw),
    );
  });
});
