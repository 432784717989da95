import type { ClassifyOptions, Rule, RuleSpec } from '../types.js';
import { accountRules } from './account.js';
import { adRules } from './ads.js';
import { agencyRules } from './agency.js';
import { bylineRules } from './byline.js';
import { commentRules } from './comments.js';
import { appliesTo, compileRule, compileRuleWithFacts } from './compile.js';
import { consentRules } from './consent.js';
import { copyrightRules } from './copyright.js';
import { creditRules } from './credits.js';
import { datelineRules } from './dateline.js';
import { disclaimerRules } from './disclaimer.js';
import { languagePackRules, PACK_LANGUAGES } from './languages.js';
import { marketRules } from './markets.js';
import { RuleMatcher } from './matcher.js';
import { navigationRules } from './navigation.js';
import { newsletterRules } from './newsletter.js';
import { paywallRules } from './paywall.js';
import { placeholderRules } from './placeholders.js';
import { planRules } from './plans.js';
import { PRECOMPUTED_PATTERN_FACTS } from './precomputed-facts.js';
import { relatedRules } from './related.js';
import { socialRules } from './social.js';

/** The language-independent families (and their entries for English), family by family. */
const FAMILY_RULE_SPECS: readonly RuleSpec[] = [
  ...paywallRules,
  ...planRules,
  ...accountRules,
  ...newsletterRules,
  ...socialRules,
  ...adRules,
  ...marketRules,
  ...relatedRules,
  ...consentRules,
  ...commentRules,
  ...navigationRules,
  ...placeholderRules,
  ...bylineRules,
  ...agencyRules,
  ...datelineRules,
  ...creditRules,
  ...disclaimerRules,
  ...copyrightRules,
];

/** Every built-in rule as written: the families, then each language pack (built on this call). */
export function builtinRuleSpecs(): readonly RuleSpec[] {
  return [...FAMILY_RULE_SPECS, ...PACK_LANGUAGES.flatMap((language) => languagePackRules(language))];
}

/**
 * Built-in rules are compiled when first needed: a run on English text never pays for the
 * German pack. Each spec is compiled once and the same Rule object is returned after that.
 */
const COMPILED = new Map<RuleSpec, Rule>();

function compiledBuiltin(spec: RuleSpec): Rule {
  let rule = COMPILED.get(spec);
  if (!rule) {
    rule = compileRuleWithFacts(spec, PRECOMPUTED_PATTERN_FACTS?.get(spec.id));
    COMPILED.set(spec, rule);
  }
  return rule;
}

/** The built-in rules, compiled once. */
export function builtinRules(): readonly Rule[] {
  return builtinRuleSpecs().map(compiledBuiltin);
}

function specAppliesTo(spec: RuleSpec, language: string): boolean {
  return (
    !spec.languages ||
    spec.languages.length === 0 ||
    spec.languages.includes('*') ||
    spec.languages.includes(language)
  );
}

/**
 * The rules that apply to a document: built-in and user rules for its language, minus the
 * disabled ids (an entry ending in `/` disables a whole family).
 */
export function selectRules(language: string, options: ClassifyOptions): Rule[] {
  const specs = [...FAMILY_RULE_SPECS, ...languagePackRules(language)];
  const builtin = specs.filter((spec) => specAppliesTo(spec, language)).map(compiledBuiltin);
  const extra = (options.rules ?? []).map(compileRule).filter((rule) => appliesTo(rule, language));
  return [...builtin, ...extra].filter((rule) => !isDisabled(rule, options.disable));
}

/** The rule is named in `disable`: by its id, its family, or a prefix ending in `/`. */
export function isDisabled(rule: Pick<Rule, 'id' | 'family'>, disable: readonly string[] = []): boolean {
  return disable.some(
    (id) => rule.id === id || (id.endsWith('/') && rule.id.startsWith(id)) || rule.family === id,
  );
}

const BUILTIN_MATCHERS = new Map<string, RuleMatcher>();

/** Languages that have built-in entries of their own: a pack, or entries in the families. */
const OWN_LANGUAGES: ReadonlySet<string> = new Set([
  ...PACK_LANGUAGES,
  ...FAMILY_RULE_SPECS.flatMap((spec) => spec.languages ?? []).filter((language) => language !== '*'),
]);

/**
 * A matcher for the rules that apply to a document. With only the built-in rules (the usual
 * case) it is built once per language and reused.
 */
export function ruleMatcher(language: string, options: ClassifyOptions): RuleMatcher {
  const builtinOnly = (options.rules ?? []).length === 0 && (options.disable ?? []).length === 0;
  if (builtinOnly) {
    // Languages without entries of their own share the language-independent set.
    const key = OWN_LANGUAGES.has(language) ? language : '*';
    let matcher = BUILTIN_MATCHERS.get(key);
    if (!matcher) {
      matcher = new RuleMatcher(selectRules(key, options));
      BUILTIN_MATCHERS.set(key, matcher);
    }
    return matcher;
  }
  // With user rules or disabled ids: one matcher per rule list, language and disabled set, so
  // that a batch run with `--rules` or `--disable` compiles them once, not once a document.
  const byList = userMatchers(options.rules ?? NO_USER_RULES);
  const key = `${language}\u0000${[...new Set(options.disable ?? [])].sort().join('\u0000')}`;
  let matcher = byList.get(key);
  if (!matcher) {
    const rules = selectRules(language, options);
    const builtin = new Set(COMPILED.values());
    matcher = new RuleMatcher(rules, new Set(rules.filter((rule) => !builtin.has(rule))));
    byList.set(key, matcher);
  }
  return matcher;
}

const NO_USER_RULES: readonly RuleSpec[] = [];
/** By the list of user rules (the same array for every document of a run; freed with it). */
const USER_MATCHERS = new WeakMap<readonly RuleSpec[], Map<string, RuleMatcher>>();

function userMatchers(rules: readonly RuleSpec[]): Map<string, RuleMatcher> {
  let byKey = USER_MATCHERS.get(rules);
  if (!byKey) {
    byKey = new Map();
    USER_MATCHERS.set(rules, byKey);
  }
  return byKey;
}
