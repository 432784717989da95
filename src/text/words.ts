/**
 * Word scanning without a regex call per word: this runs on every line, and most characters
 * are ASCII. A scanner is built from a Unicode character class (for the non-ASCII characters,
 * remembered per BMP character) plus the ASCII punctuation that also belongs to words.
 */
import { classWidth } from './char-class.js';

export type WordVisitor = (start: number, end: number) => void;

export interface WordScanner {
  /** Call `visit` with the bounds of every maximal run of word characters. */
  forEachWord(text: string, visit: WordVisitor): void;
}

/**
 * `unicodeClass` is the body of a character class such as `\p{L}\p{M}`; ASCII letters are
 * always word characters, ASCII digits when `asciiDigits`, and `extra` lists further
 * characters (apostrophes, hyphens). The scanner finds what /[class extra]+/gu finds.
 */
export function wordScanner(
  unicodeClass: string,
  options: { asciiDigits: boolean; extra: string },
): WordScanner {
  const member = classWidth(unicodeClass);
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const digit = c >= 48 && c <= 57;
    ascii[c] = letter || (options.asciiDigits && digit) ? 1 : 0;
  }
  const extra = new Set<number>();
  for (const ch of options.extra) {
    const code = ch.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else extra.add(code);
  }
  /** Code units of the word character at `i` (2 for a surrogate pair), or 0. */
  const width = (text: string, i: number): number => {
    const c = text.charCodeAt(i);
    if (c < 128) return ascii[c] as number;
    if (extra.has(c)) return 1;
    return member(text, i, c);
  };

  return {
    forEachWord(text, visit) {
      let start = -1;
      for (let i = 0; i < text.length; ) {
        const w = width(text, i);
        if (w > 0) {
          if (start < 0) start = i;
          i += w;
          continue;
        }
        if (start >= 0) visit(start, i);
        start = -1;
        i += 1;
      }
      if (start >= 0) visit(start, text.length);
    },
  };
}
