import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * The benefit list of a subscription offer: short lines ("New stock picks each month",
 * "Model portfolios", "And much more") between two lines of the offer itself, one of them a
 * paywall prompt ("Join our members" above, "Get started" or a price below). On their own
 * they read as a list inside the article; between two lines of the offer they are its own.
 */
export const OFFER_BENEFITS: Rule = contextRule({
  id: 'plans/benefit-list',
  label: 'chrome',
  weight: 3,
  reason: 'a benefit of a subscription offer, between the lines of the offer',
});

/** Most lines between the two offer lines. */
const MAX_BENEFITS = 10;
/** Most words of a benefit line. */
const BENEFIT_WORDS = 8;

function isOfferLine(rules: MatchedRules): boolean {
  const family = rules[CHROME]?.family;
  return family === 'paywall' || family === 'plans';
}

function isPrompt(rules: MatchedRules): boolean {
  return rules[CHROME]?.family === 'paywall';
}

/** A benefit is words, not figures: a chart's axis between two dollar amounts is no offer. */
function isBenefit(f: LineFeatures, rules: MatchedRules): boolean {
  return (
    f.words >= 1 && f.words <= BENEFIT_WORDS && !f.endsSentence && f.digitUnits === 0 && hasNoRule(rules)
  );
}

/** The rules of each line with the benefit rule added to the short lines between two offer lines. */
export function withOfferBenefits(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  let offer = -1;
  for (let k = 0; k < lines.length; k++) {
    const rules = matched[k] as MatchedRules;
    if (isOfferLine(rules)) {
      // One side at least is a prompt of the offer ("Join our members"), not two prices.
      const prompted = offer >= 0 && (isPrompt(matched[offer] as MatchedRules) || isPrompt(rules));
      if (prompted && k - offer > 1 && k - offer - 1 <= MAX_BENEFITS) {
        for (let j = offer + 1; j < k; j++) {
          const between = matched[j] as MatchedRules;
          out[j] = withChromeRule(between, OFFER_BENEFITS);
        }
      }
      offer = k;
      continue;
    }
    if (offer >= 0 && !isBenefit(lines[k] as LineFeatures, rules)) offer = -1;
  }
  return out;
}
