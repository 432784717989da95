/**
 * One pass over a line for everything read from its code units: the language guess's words and
 * stop-word hits, the features' words, stop words and capitals, and the units the features
 * count. Each was a pass of its own (two word scans, each hashing every word again for its
 * stop-word lookup, and a unit scan), and together they were a fifth of the classifier's time.
 *
 * The two word scans keep their own definitions: the language guess reads the lowercased line's
 * runs of /[\p{L}\p{M}'’]+/u, the features the line's runs of /[\p{L}\p{M}\p{N}'’-]+/u. Each
 * run's stop-word bits are those of its span of the lowercased line, looked up once when both
 * scans find the same span (most words hold no digit or hyphen). The pass only runs where that
 * reading is the old one: where lowercasing kept every offset, and on lines without surrogate
 * pairs (which the old scans read as one character); `scanLine` gives undefined otherwise.
 */
import { wordHash } from '../lang/stopword-index.js';
import { STOP_WORD_INDEX, SUPPORTED_LANGUAGES } from '../lang/stopwords.js';
import { classWidth } from './char-class.js';

export interface LineScan {
  /** Stop-word hits per supported language, then the number of words, as the language guess counts them. */
  counts: Int32Array;
  /** Words as the features count them. */
  tokens: number;
  /** Of those, the ones that start with a capital letter. */
  capitalised: number;
  /** Of those, the stop words of each supported language. */
  stopWords: Int32Array;
  /** Menu separators, what /[|•·›»]/g finds. */
  separators: number;
  /** Like `text.replace(/[^\p{N}]/gu, '').length`, without building the string. */
  digitUnits: number;
  /** Some code unit is an ASCII small letter. */
  asciiLower: boolean;
  /** Some code unit lies in the blocks where CJK scripts live (a cheap test before the exact one). */
  maybeCjk: boolean;
}

const LANGUAGES = SUPPORTED_LANGUAGES.length;

/** Membership of ASCII code units: bit 1 a word character of the guess, bit 2 of the features. */
const GUESS = 1;
const FEATURE = 2;
const ASCII = asciiClasses();

function asciiClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const digit = c >= 48 && c <= 57;
    classes[c] = (letter ? GUESS | FEATURE : 0) | (digit ? FEATURE : 0);
  }
  classes[0x27] = GUESS | FEATURE; // '
  classes[0x2d] = FEATURE; // -
  return classes;
}

const RIGHT_QUOTE = 0x2019;
const APOSTROPHE = 0x27;
const guessLetter = classWidth('\\p{L}\\p{M}');
const featureLetter = classWidth('\\p{L}\\p{M}\\p{N}');
const UPPER_AT = /\p{Lu}/uy;
const SEPARATORS: ReadonlySet<number> = new Set([...'|•·›»'].map((ch) => ch.charCodeAt(0)));
const numeralUnitsAt = classWidth('\\p{N}');

/**
 * The scan of a trimmed line, given its lowercase form; undefined when lowercasing moved
 * offsets or the line holds a surrogate code unit (the callers then scan as before).
 */
export function scanLine(text: string, lower: string): LineScan | undefined {
  const n = text.length;
  if (lower.length !== n) return undefined;
  const counts = new Int32Array(LANGUAGES + 1);
  const stopWords = new Int32Array(LANGUAGES);
  let tokens = 0;
  let capitalised = 0;
  let separators = 0;
  let digitUnits = 0;
  let asciiLower = false;
  let maybeCjk = false;
  // The open run of each scan (-1: none) and the hash of its units in the lowercased line.
  let guessStart = -1;
  let guessHash = 0;
  let featureStart = -1;
  let featureHash = 0;
  // The last run of the guess, and its stop-word bits, for the feature run with the same span.
  let lastGuessStart = -1;
  let lastGuessEnd = -1;
  let lastGuessBits = 0;
  for (let i = 0; i <= n; i++) {
    let inGuess = false;
    let inFeature = false;
    let unit = 0;
    if (i < n) {
      const c = text.charCodeAt(i);
      const l = lower.charCodeAt(i);
      if ((c >= 0xd800 && c <= 0xdfff) || (l >= 0xd800 && l <= 0xdfff)) return undefined;
      if (c < 0x80) {
        if (c >= 48 && c <= 57) digitUnits++;
        else if (c >= 97 && c <= 122) asciiLower = true;
        else if (c === 0x7c) separators++;
        inFeature = ((ASCII[c] as number) & FEATURE) !== 0;
      } else {
        if (SEPARATORS.has(c)) separators++;
        if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x2e80 && c <= 0xffef)) maybeCjk = true;
        digitUnits += numeralUnitsAt(text, i, c);
        inFeature = c === RIGHT_QUOTE || featureLetter(text, i, c) === 1;
      }
      inGuess =
        l < 0x80 ? ((ASCII[l] as number) & GUESS) !== 0 : l === RIGHT_QUOTE || guessLetter(lower, i, l) === 1;
      unit = l === RIGHT_QUOTE ? APOSTROPHE : l;
    }
    if (inGuess) {
      if (guessStart < 0) {
        guessStart = i;
        guessHash = 0;
      }
      guessHash = wordHash(guessHash, unit);
    } else if (guessStart >= 0) {
      const bits = STOP_WORD_INDEX.languagesOfHashed(lower, guessStart, i, guessHash);
      counts[LANGUAGES] = (counts[LANGUAGES] as number) + 1;
      for (let rest = bits; rest !== 0; rest &= rest - 1) {
        const k = 31 - Math.clz32(rest & -rest);
        counts[k] = (counts[k] as number) + 1;
      }
      lastGuessStart = guessStart;
      lastGuessEnd = i;
      lastGuessBits = bits;
      guessStart = -1;
    }
    if (inFeature) {
      if (featureStart < 0) {
        featureStart = i;
        featureHash = 0;
        tokens++;
        if (startsUpper(text, i)) capitalised++;
      }
      featureHash = wordHash(featureHash, unit);
    } else if (featureStart >= 0) {
      const bits =
        featureStart === lastGuessStart && i === lastGuessEnd
          ? lastGuessBits
          : STOP_WORD_INDEX.languagesOfHashed(lower, featureStart, i, featureHash);
      for (let rest = bits; rest !== 0; rest &= rest - 1) {
        const k = 31 - Math.clz32(rest & -rest);
        stopWords[k] = (stopWords[k] as number) + 1;
      }
      featureStart = -1;
    }
  }
  return { counts, tokens, capitalised, stopWords, separators, digitUnits, asciiLower, maybeCjk };
}

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_AT.lastIndex = at;
  return UPPER_AT.test(text);
}
