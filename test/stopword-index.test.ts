/**
 * The in-place stop-word lookup (src/lang/stopword-index.ts) against what it replaced:
 * slicing each word out, reading ’ as ' and asking the language's Set.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { lineFeatures } from '../src/features.js';
import { languageCounts, lowerLanguageCounts } from '../src/lang/detect.js';
import { STOP_WORDS, SUPPORTED_LANGUAGES } from '../src/lang/stopwords.js';

/** languageCounts as it was: a Set lookup of every sliced word. */
function slicedLanguageCounts(text: string): number[] {
  const counts = new Array<number>(SUPPORTED_LANGUAGES.length + 1).fill(0);
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/[\p{L}\p{M}'’]+/gu)) {
    counts[SUPPORTED_LANGUAGES.length] = (counts[SUPPORTED_LANGUAGES.length] as number) + 1;
    const word = match[0].replaceAll('’', "'");
    SUPPORTED_LANGUAGES.forEach((language, k) => {
      if (STOP_WORDS[language]?.has(word)) counts[k] = (counts[k] as number) + 1;
    });
  }
  return counts;
}

/** The stop words of a line's features as they were counted: a Set lookup of every sliced word. */
function slicedStopWords(raw: string, language: string): number {
  const text = raw.trim();
  const stop = STOP_WORDS[language];
  if (!stop) return 0;
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu))
    if (stop.has(match[0].toLowerCase().replaceAll('’', "'"))) count++;
  return count;
}

const stopWords = SUPPORTED_LANGUAGES.flatMap((language) => [...(STOP_WORDS[language] ?? [])]);
/** Text built from stop words (some capitalised, some with ’), near misses and separators. */
const wordyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...stopWords),
      fc.constantFrom(...stopWords).map((word) => word.toUpperCase()),
      fc.constantFrom(...stopWords).map((word) => word.replaceAll("'", '’')),
      fc.constantFrom(...stopWords).map((word) => `${word}s`),
      fc.constantFrom(' ', '  ', '-', ', ', '’', "'", '9', 'İ', 'ß', '\u0130x'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(wordyText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('in-place stop-word lookup', () => {
  test.prop([anyText], { numRuns: 2000 })('language counts equal the sliced lookup', (text) => {
    expect([...languageCounts(text)]).toEqual(slicedLanguageCounts(text));
  });

  // The classifier counts the trimmed, lowercased line it also gives the features.
  const padding = fc.constantFrom('', ' ', '\t', '\u00a0', '\ufeff', '\u3000', ' \ufeff ');
  const sigmaText = fc
    .array(fc.constantFrom('Σ', 'ΑΣ', 'σ', 'ΟΔΟΣ', ' ', '\ufeff', '\u0301', 'a', "'"), { maxLength: 12 })
    .map((parts) => parts.join(''));
  test.prop([padding, fc.oneof(anyText, sigmaText), padding], { numRuns: 2000 })(
    'counts of the trimmed lowercased line equal those of the line',
    (before, text, after) => {
      const line = before + text + after;
      expect([...lowerLanguageCounts(line.trim().toLowerCase())]).toEqual([...languageCounts(line)]);
    },
  );

  test.prop([anyText, fc.constantFrom(...SUPPORTED_LANGUAGES, 'und')], { numRuns: 2000 })(
    'line features count the stop words the sliced lookup counts',
    (text, language) => {
      const f = lineFeatures(text, language);
      expect(f.stopWords).toBe(f.blank ? 0 : slicedStopWords(text, language));
    },
  );
});
