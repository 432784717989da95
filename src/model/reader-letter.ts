import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * The letter a subscription page writes to its reader: "Dear Reader," then paragraphs of the
 * publisher's case (who we are, what we need, why you should pay) and a closing appeal to
 * subscribe. Paragraph by paragraph it reads as prose, and as long as the story above it; only
 * its frame tells it apart: the greeting a rule knows (paywall/reader-letter) and, within a
 * few paragraphs, an appeal a paywall rule knows. Between the two, every line is the letter.
 */
export const READER_LETTER: Rule = contextRule({
  id: 'paywall/reader-letter-text',
  label: 'chrome',
  weight: 4,
  reason: "a paragraph of a subscription page's letter, between its greeting and its appeal",
});

/** Most lines between the greeting and the appeal. */
const MAX_LETTER_LINES = 16;
/** A greeting is a salutation on its own line, not a paragraph that thanks the reader. */
const GREETING_WORDS = 5;

function isGreeting(f: LineFeatures, rules: MatchedRules): boolean {
  return rules[CHROME]?.id === 'paywall/reader-letter' && f.words <= GREETING_WORDS;
}

function isAppeal(rules: MatchedRules): boolean {
  return rules[CHROME]?.family === 'paywall' && rules[CHROME]?.id !== 'paywall/reader-letter';
}

/** The rules of each line, with READER_LETTER on the lines between a letter's greeting and its appeal. */
export function withReaderLetters(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  for (let k = 0; k < lines.length; k++) {
    if (!isGreeting(lines[k] as LineFeatures, matched[k] as MatchedRules)) continue;
    const end = Math.min(lines.length, k + 2 + MAX_LETTER_LINES);
    let appeal = -1;
    for (let j = k + 1; j < end; j++) {
      const rules = matched[j] as MatchedRules;
      if (isAppeal(rules)) {
        appeal = j;
        break;
      }
      // A line another rule names (a byline, a heading over other stories) ends the search:
      // the letter is prose from greeting to appeal.
      if (!hasNoRule(rules)) break;
    }
    if (appeal <= k + 1) continue;
    for (let j = k + 1; j < appeal; j++) out[j] = withChromeRule(matched[j] as MatchedRules, READER_LETTER);
    k = appeal;
  }
  return out;
}
