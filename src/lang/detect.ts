import { wordScanner } from '../text/words.js';
import { STOP_WORD_INDEX, SUPPORTED_LANGUAGES } from './stopwords.js';

/** Words for detection: what /[\p{L}\p{M}'’]+/gu finds. */
const WORDS = wordScanner('\\p{L}\\p{M}', { asciiDigits: false, extra: "'’" });
/** Only the start of a document is read: enough words to tell, and a bounded cost. */
const SAMPLE_CHARS = 20_000;

/** Stop-word hits per supported language, then the number of words, in one piece of text. */
export type LanguageCounts = Int32Array;

/** Count the stop words of every supported language in a piece of text (a line, say). */
export function languageCounts(text: string): LanguageCounts {
  return lowerLanguageCounts(text.toLowerCase());
}

/** languageCounts of a text already in lower case. */
export function lowerLanguageCounts(lower: string): LanguageCounts {
  const counts = new Int32Array(SUPPORTED_LANGUAGES.length + 1);
  const languages = SUPPORTED_LANGUAGES.length;
  WORDS.forEachWord(lower, (start, end) => {
    counts[languages] = (counts[languages] as number) + 1;
    // The bits of the languages that use the word, lowest first.
    for (let bits = STOP_WORD_INDEX.languagesOf(lower, start, end); bits !== 0; bits &= bits - 1) {
      const k = 31 - Math.clz32(bits & -bits);
      counts[k] = (counts[k] as number) + 1;
    }
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
