import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';
import { isStrongProse, wordsOfLower } from './context-features.js';

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
  if (saidBelow) rules[0] = withChromeRule(firstRules, PAGE_TITLE);
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
    rules[k] = withChromeRule(own, BREADCRUMB_TITLE);
  }
  return rules;
}

/** `line` is a short trail from the front page followed by exactly `next`, a headline. */
function isTrailBefore(line: LineFeatures, next: LineFeatures): boolean {
  const [text, headline] = [line.lower, next.lower];
  // The cheap tests first: this runs on every pair of lines.
  if (text.length <= headline.length || !text.endsWith(headline) || !isHeadlineSized(headline)) return false;
  const trail = text.slice(0, text.length - headline.length).trim();
  return (
    trail.length <= MAX_TRAIL_CHARS &&
    trail.split(/\s+/u).length <= MAX_TRAIL_WORDS &&
    HOME_LINK.test(line.text)
  );
}

/**
 * The page's own address printed beside its headline: a line that is only a URL whose last
 * path segment spells the headline next to it ("…/Ferry-pier-to-be-rebuilt-before-summer-
 * 1234567.php" over "Ferry pier to be rebuilt before the summer season"), above
 * the article's first paragraph. A URL under a title in a list of sources further down names
 * another page, so it stays.
 */
export const PAGE_ADDRESS: Rule = contextRule({
  id: 'nav/page-address',
  label: 'chrome',
  weight: 3,
  reason: "the page's own address, spelling the headline beside it",
});

const BARE_URL = /^https?:\/\/\S+$/u;
/** How far from its headline the address may be printed. */
const ADDRESS_REACH = 2;
/** Words of the headline the address must spell, and the share of them. */
const MIN_SPELLED_WORDS = 3;
const MIN_SPELLED_SHARE = 0.6;

/** The words of the URL's last path segment that is not empty (its slug). */
function slugWords(url: string): Set<string> {
  const path = url.replace(/^https?:\/\/[^/]*/u, '').replace(/[?#].*$/u, '');
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return new Set(wordsOfLower(segments[segments.length - 1] ?? ''));
}

function spellsHeadline(slug: ReadonlySet<string>, line: LineFeatures): boolean {
  if (line.hasUrl || line.endsSentence) return false;
  const words = wordsOfLower(line.lower);
  const spelled = words.filter((word) => slug.has(word)).length;
  return spelled >= MIN_SPELLED_WORDS && spelled >= MIN_SPELLED_SHARE * words.length;
}

/** The rules of each line with the page-address rule added to an address beside its headline. */
export function withPageAddress(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const rules = [...matched];
  const firstProse = lines.findIndex(isStrongProse);
  lines.forEach((line, k) => {
    const own = matched[k] as MatchedRules;
    if (k > firstProse && firstProse >= 0) return;
    if (!line.hasUrl || own[CHROME] !== undefined || !BARE_URL.test(line.text)) return;
    const slug = slugWords(line.lower);
    for (let j = Math.max(0, k - ADDRESS_REACH); j <= Math.min(lines.length - 1, k + ADDRESS_REACH); j++) {
      if (j === k || !spellsHeadline(slug, lines[j] as LineFeatures)) continue;
      rules[k] = withChromeRule(own, PAGE_ADDRESS);
      return;
    }
  });
  return rules;
}
