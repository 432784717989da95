/**
 * clean-article: strip paywall prompts, agency tails, bylines, disclaimers and site chrome
 * from plain-text news articles.
 */
export { classifyLines } from './classify.js';
export { cleanArticle } from './pipeline.js';
export { RepeatLearner, type RepeatOptions, repeatKey } from './repeat.js';
export { parseRulePack, RulePackError } from './rules/pack.js';
export type {
  ClassifyOptions,
  CleanOptions,
  CleanResult,
  CleanStats,
  Label,
  LineDecision,
  Rule,
  RuleSpec,
} from './types.js';
export { isLabel, LABELS } from './types.js';
