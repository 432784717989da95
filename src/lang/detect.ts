import { STOP_WORDS, SUPPORTED_LANGUAGES } from './stopwords.js';

const WORD = /[\p{L}\p{M}'’]+/gu;
const SAMPLE_CHARS = 20_000;

/** For each stop word, the indexes (in SUPPORTED_LANGUAGES) of the languages that use it. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((language, k) => {
    for (const word of STOP_WORDS[language] ?? []) index.set(word, [...(index.get(word) ?? []), k]);
  });
  return index;
})();

/**
 * Guess the language from stop-word hits in the first 20,000 characters. Returns `und`
 * (undetermined) when no supported language stands out, so only the language-independent
 * rules and features apply.
 */
export function detectLanguage(text: string): string {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const hits = new Array<number>(SUPPORTED_LANGUAGES.length).fill(0);
  let total = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match !== null; match = WORD.exec(sample)) {
    total++;
    let word = match[0];
    if (word.includes('’')) word = word.replaceAll('’', "'");
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) for (const k of languages) hits[k] = (hits[k] as number) + 1;
  }
  // On a tie the language listed first wins.
  let best = 'und';
  let bestHits = 0;
  hits.forEach((count, k) => {
    if (count > bestHits) {
      best = SUPPORTED_LANGUAGES[k] as string;
      bestHits = count;
    }
  });
  // Fewer than one word in eight being a stop word means a language we do not know.
  return bestHits >= 3 && bestHits >= total / 8 ? best : 'und';
}
