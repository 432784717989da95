import { STOP_WORD_INDEX, STOP_WORDS, SUPPORTED_LANGUAGES } from './lang/stopwords.js';
import { wordScanner } from './text/words.js';

/** What the scorer knows about one line, computed once. */
export interface LineFeatures {
  blank: boolean;
  /** Trimmed text. */
  text: string;
  /** The trimmed text in lower case, for case-insensitive rules. */
  lower: string;
  chars: number;
  /** Word count; a CJK character counts as half a word. */
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
/** Any code unit in the blocks where CJK scripts live (a cheap test before the exact one). */
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\uffef]/;
const SENTENCE_END = /[.!?…。！？।॥:;]["'”’»)\]]*$/u;
const URL = /\bhttps?:\/\/|\bwww\.[\w-]+\.\w/;
const SEPARATOR = /[|•·›»]/g;
const NOT_LETTER = /[^\p{L}]/gu;
const NUMERAL_AT = /\p{N}/uy;
const LOWER_START = /^\p{Ll}/u;
const QUOTE_START = /^["“„«‘'']/u;

/** Features of one line for the given language's stop words. */
export function lineFeatures(raw: string, language: string): LineFeatures {
  const text = raw.trim();
  if (text.length === 0) return BLANK;
  const lower = text.toLowerCase();
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
  const cjk = MAYBE_CJK.test(text) ? (text.match(CJK)?.length ?? 0) : 0;
  return {
    blank: false,
    text,
    lower,
    chars: text.length,
    words: tokens + (cjk > 0 ? Math.ceil(cjk / 2) - 1 : 0),
    stopWords,
    endsSentence: SENTENCE_END.test(text),
    capitalised: tokens > 0 ? capitalised / tokens : 0,
    allCaps: isAllCaps(text, lower),
    hasUrl: URL.test(lower),
    separators: countSeparators(text),
    digitUnits: countNumeralUnits(text),
    cjk,
    startsLower: LOWER_START.test(text),
    startsQuote: QUOTE_START.test(text),
  };
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

/** Like `text.replace(/[^\p{N}]/gu, '').length`, without building the string. */
function countNumeralUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) units++;
      continue;
    }
    NUMERAL_AT.lastIndex = i;
    if (NUMERAL_AT.test(text)) units += NUMERAL_AT.lastIndex - i;
  }
  return units;
}

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_AT.lastIndex = at;
  return UPPER_AT.test(text);
}

/** Every letter is a capital, and there are at least three. */
function isAllCaps(text: string, lower: string): boolean {
  // Without a capital there is nothing to check; with a small letter it cannot be all capitals.
  if (lower === text || hasAsciiLowercase(text) || text.toUpperCase() !== text) return false;
  const letters = text.replace(NOT_LETTER, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function hasAsciiLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function countSeparators(text: string): number {
  SEPARATOR.lastIndex = 0;
  let count = 0;
  while (SEPARATOR.test(text)) count++;
  return count;
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
