import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BYLINE, hasNoRule, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * Desk initials in capitals under an agency's sign-off ("--IANS", then "AKJ"). In lower case
 * initials are a rule's (agency/desk-initials); in capitals they read like an acronym
 * ("USA", "NATO") on their own, so only their place tells them apart: the line right under
 * the wire's tag, where copy desks put their initials.
 */
export const INITIALS_UNDER_TAG: Rule = contextRule({
  id: 'agency/initials-under-tag',
  label: 'byline',
  weight: 4,
  reason: 'desk initials in capitals right under an agency tag',
});

/** One to four groups of two to four capitals, apart by spaces or slashes ("AKJ", "SKL SKL"). */
const CAPITAL_INITIALS = /^[A-Z]{2,4}(?:[ /][A-Z]{2,4}){0,3}$/u;

function isAgencySignOff(rules: MatchedRules | undefined): boolean {
  const rule = rules?.[BYLINE];
  return rule?.signsOff === true && rule.family === 'agency';
}

/** The rules of each line, with INITIALS_UNDER_TAG on capital initials that no rule names, under an agency tag. */
export function withInitialsUnderTag(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const named = [...matched];
  for (let k = 1; k < lines.length; k++) {
    const rules = matched[k] as MatchedRules;
    if (!hasNoRule(rules) || !isAgencySignOff(matched[k - 1])) continue;
    if (!CAPITAL_INITIALS.test((lines[k] as LineFeatures).text)) continue;
    named[k] = [rules[0], INITIALS_UNDER_TAG, rules[2], rules[3]];
  }
  return named;
}
