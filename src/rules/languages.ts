import type { RuleSpec } from '../types.js';
import { germanRules } from './packs/de.js';
import { spanishRules } from './packs/es.js';
import { frenchRules } from './packs/fr.js';
import { hindiRules } from './packs/hi.js';
import { italianRules } from './packs/it.js';
import { portugueseRules } from './packs/pt.js';

/**
 * Rule entries for German, French, Spanish, Portuguese, Italian and Hindi, one pack per
 * language (src/rules/packs). Each entry applies only to its own language.
 */
export const languagePackRules: RuleSpec[] = [
  ...germanRules,
  ...frenchRules,
  ...spanishRules,
  ...portugueseRules,
  ...italianRules,
  ...hindiRules,
];
