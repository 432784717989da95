/**
 * The one-pass line scan (src/text/line-scan.ts) against the scans it stands in for: the
 * language guess's word-by-word counts and the features' words, read by regex.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { lowerLanguageCounts } from '../src/lang/detect.js';
import { STOP_WORDS, SUPPORTED_LANGUAGES } from '../src/lang/stopwords.js';
import { scanLine } from '../src/text/line-scan.js';

/** The features' words as a regex finds them, with their stop words per language and capitals. */
function regexWords(text: string) {
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)].map((match) => match[0]);
  return {
    tokens: words.length,
    capitalised: words.filter((word) => /^\p{Lu}/u.test(word)).length,
    stopWords: SUPPORTED_LANGUAGES.map(
      (language) =>
        words.filter((word) => STOP_WORDS[language]?.has(word.toLowerCase().replaceAll('’', "'"))).length,
    ),
  };
}

const stopWords = SUPPORTED_LANGUAGES.flatMap((language) => [...(STOP_WORDS[language] ?? [])]);
const lineText = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...stopWords),
        fc.constantFrom(...stopWords).map((word) => word.toUpperCase()),
        fc.constantFrom(...stopWords).map((word) => word.replaceAll("'", '’')),
        fc.constantFrom(
          ' ',
          '-',
          ', ',
          '’',
          "'",
          '9',
          '٣',
          'Ⅻ',
          'İ',
          'ß',
          'É',
          '\u0301',
          '|',
          '•',
          '漢',
          '😀',
        ),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

describe('one-pass line scan', () => {
  test.prop([lineText], { numRuns: 3000 })('counts what the separate scans count', (raw) => {
    const text = raw.trim();
    const lower = text.toLowerCase();
    const scan = scanLine(text, lower);
    if (!scan) {
      // Only lines the old scans read differently are left to them.
      expect(lower.length !== text.length || /[\ud800-\udfff]/.test(text + lower)).toBe(true);
      return;
    }
    expect([...scan.counts]).toEqual([...lowerLanguageCounts(lower)]);
    const { tokens, capitalised, stopWords } = regexWords(text);
    expect({ tokens: scan.tokens, capitalised: scan.capitalised, stopWords: [...scan.stopWords] }).toEqual({
      tokens,
      capitalised,
      stopWords,
    });
  });

  test('takes plain lines, leaves lines with surrogate pairs to the old scans', () => {
    expect(scanLine('The cat’s tail', 'the cat’s tail')?.tokens).toBe(3);
    expect(scanLine('Smile 😀', 'smile 😀')).toBeUndefined();
  });
});
