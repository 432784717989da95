import { STOP_WORDS } from './lang/stopwords.js';

/** What the scorer knows about one line, computed once. */
export interface LineFeatures {
  blank: boolean;
  /** Trimmed text. */
  text: string;
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
}

const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SENTENCE_END = /[.!?…。！？।॥:;]["'”’»)\]]*$/u;
const URL = /\bhttps?:\/\/|\bwww\.[\w-]+\.\w/iu;
const SEPARATOR = /[|•·›»]/gu;
const UPPER_START = /^\p{Lu}/u;

/** Features of one line for the given language's stop words. */
export function lineFeatures(raw: string, language: string): LineFeatures {
  const text = raw.trim();
  if (text.length === 0) return BLANK;
  const tokens = text.match(WORD) ?? [];
  const cjk = text.match(CJK)?.length ?? 0;
  const stop = STOP_WORDS[language];
  let stopWords = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (stop?.has(token.toLowerCase().replace(/’/gu, "'"))) stopWords++;
    if (UPPER_START.test(token)) capitalised++;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    blank: false,
    text,
    chars: text.length,
    words: tokens.length + (cjk > 0 ? Math.ceil(cjk / 2) - 1 : 0),
    stopWords,
    endsSentence: SENTENCE_END.test(text),
    capitalised: tokens.length > 0 ? capitalised / tokens.length : 0,
    allCaps: letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    hasUrl: URL.test(text),
    separators: text.match(SEPARATOR)?.length ?? 0,
  };
}

const BLANK: LineFeatures = {
  blank: true,
  text: '',
  chars: 0,
  words: 0,
  stopWords: 0,
  endsSentence: false,
  capitalised: 0,
  allCaps: false,
  hasUrl: false,
  separators: 0,
};
