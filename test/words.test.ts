import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { wordScanner } from '../src/text/words.js';

/** Word bounds as the regex the scanner stands in for finds them. */
function regexWords(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

function scannedWords(scanner: ReturnType<typeof wordScanner>, text: string): [number, number][] {
  const words: [number, number][] = [];
  scanner.forEachWord(text, (start, end) => words.push([start, end]));
  return words;
}

const counting = wordScanner('\\p{L}\\p{M}\\p{N}', { asciiDigits: true, extra: "'’-" });
const detecting = wordScanner('\\p{L}\\p{M}', { asciiDigits: false, extra: "'’" });
const mixedText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '9',
      "'",
      '’',
      '-',
      ' ',
      'é',
      '\u0301',
      'ß',
      '٣',
      '日',
      '😀',
      '𝟘',
      '\ud800',
    ),
  }),
);

describe('wordScanner finds what its regex finds', () => {
  test.prop([mixedText])('letters, marks, numerals, apostrophes and hyphens', (text) => {
    expect(scannedWords(counting, text)).toEqual(regexWords(/[\p{L}\p{M}\p{N}'’-]+/gu, text));
  });

  test.prop([mixedText])('letters, marks and apostrophes', (text) => {
    expect(scannedWords(detecting, text)).toEqual(regexWords(/[\p{L}\p{M}'’]+/gu, text));
  });

  test('a sentence', () => {
    expect(scannedWords(counting, "It's 20-year-old news, n'est-ce pas?")).toEqual([
      [0, 4],
      [5, 16],
      [17, 21],
      [23, 31],
      [32, 35],
    ]);
  });
});
