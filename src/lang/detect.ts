import { STOP_WORDS, SUPPORTED_LANGUAGES } from './stopwords.js';

const WORD = /[\p{L}\p{M}'’]+/gu;
const SAMPLE_CHARS = 20_000;

/**
 * Guess the language from stop-word hits in the first 20,000 characters. Returns `und`
 * (undetermined) when no supported language stands out, so only the language-independent
 * rules and features apply.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const hits = new Map<string, number>();
  let total = 0;
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/gu, "'");
    total++;
    for (const language of SUPPORTED_LANGUAGES) {
      if (STOP_WORDS[language]?.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  let best = 'und';
  let bestHits = 0;
  for (const [language, count] of hits) {
    if (count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  // Fewer than one word in eight being a stop word means a language we do not know.
  return bestHits >= 3 && bestHits >= total / 8 ? best : 'und';
}
