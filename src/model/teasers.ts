import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';
import { isStrongProse } from './context-features.js';

/**
 * Teasers for other stories set into an article without a heading over them, found by their
 * shape: a section word or two (the teaser's kicker, "Digital Life", "Sur de la Florida"),
 * the other story's headline right under it, and perhaps its one-paragraph summary. An
 * article's own subheading stands alone over its paragraph; a kicker over a headline, twice
 * or more between the paragraphs of one page, is a run of teasers.
 */
export const TEASER_BOX: Rule = contextRule({
  id: 'teaser/kicker-headline',
  label: 'chrome',
  weight: 3,
  reason: 'a teaser for another story (kicker, headline, summary) set between the paragraphs',
});

/** A page needs this many kicker-headline pairs inside its article for them to be teasers. */
const MIN_PAIRS = 2;
/** Most words of a kicker. */
const KICKER_WORDS = 3;
/** Fewest and most words of a teaser's headline. */
const TITLE_MIN_WORDS = 3;
const TITLE_MAX_WORDS = 20;
/** Most words of the summary under a teaser's headline (an article paragraph runs longer). */
const SUMMARY_WORDS = 45;

const unexplained = (rules: MatchedRules) => rules.every((rule) => rule === undefined);

function isKicker(f: LineFeatures): boolean {
  return (
    f.words >= 1 &&
    f.words <= KICKER_WORDS &&
    !f.endsSentence &&
    f.digitUnits * 2 < f.chars &&
    !f.text.endsWith(':')
  );
}

function isTitle(f: LineFeatures): boolean {
  return f.words >= TITLE_MIN_WORDS && f.words <= TITLE_MAX_WORDS && !f.endsSentence;
}

/**
 * The rules of each line with the teaser rule added to the kicker, the headline and the short
 * summary of every kicker-headline pair inside the article, when the page has enough of them.
 */
export function withTeaserBoxes(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  let firstStrong = -1;
  for (let k = 0; k < lines.length && firstStrong < 0; k++)
    if (isStrongProse(lines[k] as LineFeatures)) firstStrong = k;
  if (firstStrong < 0) return [...matched];
  const marked = new Set<number>();
  let pairs = 0;
  for (let k = firstStrong + 1; k + 1 < lines.length; k++) {
    const kicker = lines[k] as LineFeatures;
    const title = lines[k + 1] as LineFeatures;
    if (!isKicker(kicker) || !isTitle(title)) continue;
    if (!unexplained(matched[k] as MatchedRules) || !unexplained(matched[k + 1] as MatchedRules)) continue;
    // Set between paragraphs: right under running text, or under the teaser before it. A
    // list of labelled items ("Pre-workout meal" / "Eat an hour before") follows its own
    // introduction, not a paragraph.
    if (!isStrongProse(lines[k - 1] as LineFeatures) && !marked.has(k - 1)) continue;
    // Under a teaser's headline: its short summary, its date, other boilerplate or nothing; a
    // paragraph of the article's length under it makes the pair a subheading.
    const next = lines[k + 2];
    const nextRules = matched[k + 2];
    const summary =
      next?.endsSentence === true && next.words <= SUMMARY_WORDS && unexplained(nextRules as MatchedRules);
    const boilerplate = nextRules !== undefined && !unexplained(nextRules);
    if (next !== undefined && !summary && !boilerplate) continue;
    pairs++;
    marked.add(k);
    marked.add(k + 1);
    if (summary) marked.add(k + 2);
    k++;
  }
  if (pairs < MIN_PAIRS) return [...matched];
  return matched.map((rules, k) =>
    marked.has(k) && rules[CHROME] === undefined ? [rules[0], rules[1], rules[2], TEASER_BOX] : rules,
  );
}
