import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * A page's title bar: the first line, saying the headline and the site's name ("Ferry pier to
 * be rebuilt - Valley Post", "… | Sport | The Courier"), over a page that gives the headline on
 * a line of its own further down. The headline line is the article's; the title bar is the
 * browser's. A first line with a separator but no such copy below (a headline with a dash in
 * it) is left to the other rules.
 */
export const PAGE_TITLE: Rule = contextRule({
  id: 'nav/page-title',
  label: 'chrome',
  weight: 3,
  reason: "the page's title bar: the headline below it, with the site's name",
});

/** The separators sites put between a headline and their name. */
const TITLE_SEPARATOR = /\s+[-–—|·:]\s+|\s?[_|｜]\s?/gu;
/** Fewest characters and words of the part said again below (a headline, not "Local news"). */
const MIN_PART_CHARS = 12;
const MIN_PART_WORDS = 3;
/** Longest title bar looked at: a browser title is a line, not a paragraph. */
const MAX_TITLE_CHARS = 300;
/** How far down the headline may be said again. */
const HEADLINE_REACH = 400;

/** The rules of each line with the page-title rule added to a title bar on the first line. */
export function withPageTitle(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const rules = [...matched];
  const first = lines[0];
  const firstRules = matched[0];
  if (first === undefined || firstRules === undefined || firstRules[CHROME] !== undefined) return rules;
  if (first.chars > MAX_TITLE_CHARS) return rules;
  const parts = new Set(titleParts(first.lower).filter(isHeadlineSized));
  if (parts.size === 0) return rules;
  let saidBelow = false;
  for (let k = 1; k < Math.min(lines.length, HEADLINE_REACH) && !saidBelow; k++)
    saidBelow = parts.has((lines[k] as LineFeatures).lower);
  if (saidBelow) rules[0] = [firstRules[0], firstRules[1], firstRules[2], PAGE_TITLE];
  return rules;
}

function isHeadlineSized(part: string): boolean {
  return part.length >= MIN_PART_CHARS && part.split(/\s+/u).length >= MIN_PART_WORDS;
}

/** The text on either side of each separator of a title ("a - b | c": "a", "b | c", "a - b", "c"). */
function titleParts(title: string): string[] {
  const parts: string[] = [];
  for (const separator of title.matchAll(TITLE_SEPARATOR)) {
    const at = separator.index;
    parts.push(title.slice(0, at).trim(), title.slice(at + separator[0].length).trim());
  }
  return parts;
}
