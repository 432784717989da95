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

/**
 * A breadcrumb trail run into the headline ("Home News Business <headline>", "HomeSPORT
 * NEWS<headline>": the trail's separators were lost with the page's markup), with the
 * headline on the next line on its own. The next line is the article's; this one is chrome.
 */
export const BREADCRUMB_TITLE: Rule = contextRule({
  id: 'nav/breadcrumb-title',
  label: 'chrome',
  weight: 3,
  reason: 'a breadcrumb trail run into the headline, which the next line gives on its own',
});

/**
 * How a breadcrumb trail starts: the link to the front page (in the packs' languages and
 * Russian), then a space, a separator or, where the scrape glued the trail together, a capital
 * ("HomeSPORT"); "Homeowners" is no trail. Case-sensitive for that capital.
 */
const HOME_LINK =
  /^(?:Home(?:page)?|HOME(?:PAGE)?|home|Startseite|STARTSEITE|Start|Accueil|ACCUEIL|Inicio|INICIO|Início|INÍCIO|Página inicial|Pagina iniziale|होम|Главная|ГЛАВНАЯ)(?=[\s›>»|/:·•-]|\p{Lu})/u;
/** Longest trail before the headline: a few section names, not a sentence. */
const MAX_TRAIL_CHARS = 80;
const MAX_TRAIL_WORDS = 10;

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

/** The rules of each line with the breadcrumb rule added to a trail run into the next line's headline. */
export function withBreadcrumbTitles(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const rules = [...matched];
  for (let k = 0; k + 1 < lines.length; k++) {
    const own = rules[k] as MatchedRules;
    if (own[CHROME] !== undefined || !isTrailBefore(lines[k] as LineFeatures, lines[k + 1] as LineFeatures))
      continue;
    rules[k] = [own[0], own[1], own[2], BREADCRUMB_TITLE];
  }
  return rules;
}

/** `line` is a short trail from the front page followed by exactly `next`, a headline. */
function isTrailBefore(line: LineFeatures, next: LineFeatures): boolean {
  const [text, headline] = [line.lower, next.lower];
  if (text.length <= headline.length || !isHeadlineSized(headline) || !text.endsWith(headline)) return false;
  const trail = text.slice(0, text.length - headline.length).trim();
  return (
    trail.length <= MAX_TRAIL_CHARS &&
    trail.split(/\s+/u).length <= MAX_TRAIL_WORDS &&
    HOME_LINK.test(line.text)
  );
}
