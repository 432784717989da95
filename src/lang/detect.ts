import { wordScanner } from '../text/words.js';
import { STOP_WORDS, SUPPORTED_LANGUAGES } from './stopwords.js';

/** Words for detection: what /[\p{L}\p{M}'’]+/gu finds. */
const WORDS = wordScanner('\\p{L}\\p{M}', { asciiDigits: false, extra: "'’" });
/** Only the start of a document is read: enough words to tell, and a bounded cost. */
const SAMPLE_CHARS = 20_000;

/** For each stop word, the indexes (in SUPPORTED_LANGUAGES) of the languages that use it. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((language, k) => {
    for (const word of STOP_WORDS[language] ?? []) index.set(word, [...(index.get(word) ?? []), k]);
  });
  return index;
})();

/** Stop-word hits per supported language, then the number of words, in one piece of text. */
export type LanguageCounts = Int32Array;

/** Count the stop words of every supported language in a piece of text (a line, say). */
export function languageCounts(text: string): LanguageCounts {
  const counts = new Int32Array(SUPPORTED_LANGUAGES.length + 1);
  const lower = text.toLowerCase();
  WORDS.forEachWord(lower, (start, end) => {
    counts[SUPPORTED_LANGUAGES.length] = (counts[SUPPORTED_LANGUAGES.length] as number) + 1;
    let word = lower.slice(start, end);
    if (word.includes('’')) word = word.replaceAll('’', "'");
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) for (const k of languages) counts[k] = (counts[k] as number) + 1;
  });
  return counts;
}

/**
 * Guess the language of text given as lines from stop-word hits in the first 20,000
 * characters of its non-blank lines (`und`, undetermined, when no supported language stands
 * out, so only the language-independent rules and features apply). Each whole line's counts
 * come from `countsOf`, which may remember them: cleaning classifies the same lines again.
 */
export function detectLanguageOfLines(
  lines: readonly string[],
  countsOf: (line: string) => LanguageCounts = languageCounts,
): string {
  const total = new Int32Array(SUPPORTED_LANGUAGES.length + 1);
  let used = 0;
  for (const line of lines) {
    if (used >= SAMPLE_CHARS) break;
    // Blank lines say nothing, and skipping them makes the guess depend on the text alone:
    // cleaning, which drops blank runs at the edges, then sees the same language again.
    if (line.trim() === '') continue;
    // A word never spans lines, so the sample is the sum of its lines, the last one cut short.
    const counts =
      used + line.length <= SAMPLE_CHARS
        ? countsOf(line)
        : languageCounts(line.slice(0, SAMPLE_CHARS - used));
    for (let k = 0; k < total.length; k++) total[k] = (total[k] as number) + (counts[k] as number);
    used += line.length + 1;
  }
  return pickLanguage(total);
}

/** The language with the most hits (the first listed on a tie), if it stands out. */
function pickLanguage(counts: LanguageCounts): string {
  let best = 'und';
  let bestHits = 0;
  SUPPORTED_LANGUAGES.forEach((language, k) => {
    const hits = counts[k] as number;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  });
  const words = counts[SUPPORTED_LANGUAGES.length] as number;
  // Fewer than one word in eight being a stop word means a language we do not know.
  return bestHits >= 3 && bestHits >= words / 8 ? best : 'und';
}
