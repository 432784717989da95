import { STOP_WORD_INDEX, STOP_WORDS, SUPPORTED_LANGUAGES } from './lang/stopwords.js';
import { classWidth } from './text/char-class.js';
import { type LineScan, scanLine } from './text/line-scan.js';
import { wordScanner } from './text/words.js';

/** What the scorer knows about one line, computed once. */
export interface LineFeatures {
  blank: boolean;
  /** Trimmed text. */
  text: string;
  /** The trimmed text in lower case, for case-insensitive rules. */
  lower: string;
  chars: number;
  /** Word count, an integer: the line's CJK characters count as half a word each, rounded up. */
  words: number;
  stopWords: number;
  /** Ends like a sentence: . ! ? … 。 । and closing quotes or brackets after them. */
  endsSentence: boolean;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Every letter is a capital (and there are at least three). */
  allCaps: boolean;
  hasUrl: boolean;
  /** Menu separators such as | • · › in the line. */
  separators: number;
  /** UTF-16 code units that are numerals (\p{N}). */
  digitUnits: number;
  /** Characters of CJK scripts. */
  cjk: number;
  /** The first character is a lowercase letter. */
  startsLower: boolean;
  /** The first character is a quotation mark. */
  startsQuote: boolean;
}

/** Words for counting: what /[\p{L}\p{M}\p{N}'’-]+/gu finds. */
const WORDS = wordScanner('\\p{L}\\p{M}\\p{N}', { asciiDigits: true, extra: "'’-" });
const UPPER_AT = /\p{Lu}/uy;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const URL = /\bhttps?:\/\/|\bwww\.[\w-]+\.\w/;
const NOT_LETTER = /[^\p{L}]/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * Features of one line for the given language's stop words. `lower`: the trimmed line in lower
 * case, and `scan` its scanLine, when the caller has them already.
 */
export function lineFeatures(raw: string, language: string, lower?: string, scan?: LineScan): LineFeatures {
  const text = raw.trim();
  if (text.length === 0) return BLANK;
  const lowered = lower ?? text.toLowerCase();
  return textFeatures(text, lowered, language, scan ?? scanLine(text, lowered));
}

/** Features of a trimmed, non-empty line, given its lowercase form and its scan when there is one. */
function textFeatures(
  text: string,
  lower: string,
  language: string,
  scan: LineScan | undefined,
): LineFeatures {
  const words = scan ? scannedWords(scan, language) : wordsOf(text, lower, language);
  const units = scan ?? scanUnits(text);
  const cjk = units.maybeCjk ? (text.match(CJK)?.length ?? 0) : 0;
  return {
    blank: false,
    text,
    lower,
    chars: text.length,
    words: words.tokens + (cjk > 0 ? Math.ceil(cjk / 2) - 1 : 0),
    stopWords: words.stopWords,
    endsSentence: endsSentence(text),
    capitalised: words.tokens > 0 ? words.capitalised / words.tokens : 0,
    allCaps: isAllCaps(text, lower, units.asciiLower),
    hasUrl: hasUrl(lower),
    separators: units.separators,
    digitUnits: units.digitUnits,
    cjk,
    startsLower: startsLower(text),
    startsQuote: QUOTE_START.has(text.charCodeAt(0)),
  };
}

interface WordCounts {
  tokens: number;
  stopWords: number;
  capitalised: number;
}

/** The word counts of a scanned line, with the stop words of `language` (none for a language without a list). */
function scannedWords(scan: LineScan, language: string): WordCounts {
  const k = SUPPORTED_LANGUAGES.indexOf(language);
  const stopWords = k >= 0 ? (scan.stopWords[k] as number) : 0;
  return { tokens: scan.tokens, stopWords, capitalised: scan.capitalised };
}

/** The word counts read word by word, for the lines scanLine does not take. */
function wordsOf(text: string, lower: string, language: string): WordCounts {
  // Lowercasing keeps offsets for almost every text; when it does not, tokens are lowercased one by one.
  const sameOffsets = lower.length === text.length;
  const stop = STOP_WORDS[language];
  const isStopWord = stop ? stopWordTest(language, stop, text, lower, sameOffsets) : undefined;
  let tokens = 0;
  let stopWords = 0;
  let capitalised = 0;
  WORDS.forEachWord(text, (start, end) => {
    tokens++;
    if (isStopWord?.(start, end)) stopWords++;
    if (startsUpper(text, start)) capitalised++;
  });
  return { tokens, stopWords, capitalised };
}

/**
 * Whether the word text[start, end) is one of `stop` (lowercased, ’ read as '). A supported
 * language's words are looked up in place in the lowercased line; otherwise (a custom
 * language value, or lowercasing that moved offsets) the word is sliced out and asked.
 */
function stopWordTest(
  language: string,
  stop: ReadonlySet<string>,
  text: string,
  lower: string,
  sameOffsets: boolean,
): (start: number, end: number) => boolean {
  const k = SUPPORTED_LANGUAGES.indexOf(language);
  if (k >= 0 && sameOffsets)
    return (start, end) => (STOP_WORD_INDEX.languagesOf(lower, start, end) & (1 << k)) !== 0;
  return (start, end) => {
    let word = sameOffsets ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    if (word.includes('’')) word = word.replaceAll('’', "'");
    return stop.has(word);
  };
}

/** What one pass over a line's code units finds (each was a scan of its own, most by regex). */
interface UnitScan {
  /** Menu separators, what /[|•·›»]/g finds. */
  separators: number;
  /** Like `text.replace(/[^\p{N}]/gu, '').length`, without building the string. */
  digitUnits: number;
  /** Some code unit is an ASCII small letter. */
  asciiLower: boolean;
  /** Some code unit lies in the blocks where CJK scripts live (a cheap test before the exact one). */
  maybeCjk: boolean;
}

const SEPARATORS: ReadonlySet<number> = codes('|•·›»');
/** Code units of the numeral (\p{N}) that starts at `i` (2 for a surrogate pair), or 0. */
const numeralUnitsAt = classWidth('\\p{N}');

function scanUnits(text: string): UnitScan {
  let separators = 0;
  let digitUnits = 0;
  let asciiLower = false;
  let maybeCjk = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) digitUnits++;
      else if (c >= 97 && c <= 122) asciiLower = true;
      else if (c === 0x7c) separators++;
      continue;
    }
    if (SEPARATORS.has(c)) separators++;
    if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x2e80 && c <= 0xffef)) maybeCjk = true;
    digitUnits += numeralUnitsAt(text, i, c);
  }
  return { separators, digitUnits, asciiLower, maybeCjk };
}

const SENTENCE_ENDS: ReadonlySet<number> = codes('.!?…。！？।॥:;');
const CLOSERS: ReadonlySet<number> = codes('"\'”’»)]');

/**
 * What /[.!?…。！？।॥:;]["'”’»)\]]*$/u finds, read from the end: the two sets share no
 * character, so the closers at the end are passed over and the one before them decides.
 */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_ENDS.has(text.charCodeAt(i));
}

/** Every match of URL holds `http` or `www.`: most lines hold neither, and are done without the regex. */
function hasUrl(lower: string): boolean {
  return (lower.includes('http') || lower.includes('www.')) && URL.test(lower);
}

function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

/** Quotation marks that open a line: what /^["“„«‘'']/u tests. */
const QUOTE_START: ReadonlySet<number> = codes('"“„«‘\'');

/** The code units of a list of BMP characters. */
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_AT.lastIndex = at;
  return UPPER_AT.test(text);
}

/** Every letter is a capital, and there are at least three. */
function isAllCaps(text: string, lower: string, asciiLower: boolean): boolean {
  // Without a capital there is nothing to check; with a small letter it cannot be all capitals.
  if (lower === text || asciiLower || text.toUpperCase() !== text) return false;
  const letters = text.replace(NOT_LETTER, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const BLANK: LineFeatures = {
  blank: true,
  text: '',
  lower: '',
  chars: 0,
  words: 0,
  stopWords: 0,
  endsSentence: false,
  capitalised: 0,
  allCaps: false,
  hasUrl: false,
  separators: 0,
  digitUnits: 0,
  cjk: 0,
  startsLower: false,
  startsQuote: false,
};
