import type { RuleSpec } from '../types.js';
import { germanRules } from './packs/de.js';
import { spanishRules } from './packs/es.js';
import { frenchRules } from './packs/fr.js';
import { hindiRules } from './packs/hi.js';
import { italianRules } from './packs/it.js';
import { portugueseRules } from './packs/pt.js';

/**
 * Rule entries for German, French, Spanish, Portuguese, Italian and Hindi, one pack per
 * language (src/rules/packs). Each entry applies only to its own language. A pack is built
 * the first time its language is met: building one parses its patterns, which cost a run on
 * English text a tenth of a second at start-up when all six were built on loading.
 */
const PACKS: Readonly<Record<string, () => RuleSpec[]>> = {
  de: germanRules,
  fr: frenchRules,
  es: spanishRules,
  pt: portugueseRules,
  it: italianRules,
  hi: hindiRules,
};

/** Languages with a pack of their own. */
export const PACK_LANGUAGES: readonly string[] = Object.keys(PACKS);

const BUILT = new Map<string, readonly RuleSpec[]>();

/** The pack of one language (empty for a language without one), built once. */
export function languagePackRules(language: string): readonly RuleSpec[] {
  let pack = BUILT.get(language);
  if (!pack) {
    pack = PACKS[language]?.() ?? [];
    BUILT.set(language, pack);
  }
  return pack;
}
