import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BODY, BYLINE, CHROME, hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
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

function isKicker(f: LineFeatures): boolean {
  return (
    f.words >= 1 &&
    f.words <= KICKER_WORDS &&
    !f.endsSentence &&
    f.digitUnits * 2 < f.chars &&
    !f.text.endsWith(':')
  );
}

/**
 * A teaser's summary may close with the other story's authors after its last sentence ("…
 * bringen, fordert er. Von Anna Berg und Jan Ott", "… next year. By Lena Ruiz"): an article's
 * paragraph does not end on a credit line of its own.
 */
const CREDIT_TAIL =
  /[.!?…]["'“”»«’)]?\s+(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v)\s+\p{Lu}[\p{L}'’.-]*(?:(?:,?\s+(?:and|und|et|y|e|en|och|og)\s+|,\s*|\s+)\p{Lu}[\p{L}'’.-]*){0,9}$/u;

function isSummary(f: LineFeatures): boolean {
  return f.words <= SUMMARY_WORDS && (f.endsSentence || CREDIT_TAIL.test(f.text));
}

function isTitle(f: LineFeatures): boolean {
  return f.words >= TITLE_MIN_WORDS && f.words <= TITLE_MAX_WORDS && !f.endsSentence;
}

/** Most words of a teaser's line of source and tags. */
const TAG_WORDS = 6;

/**
 * A short unpunctuated line of source and tags under a teaser's headline, over its summary. A
 * table's header said twice ("Pos Player Stats") is not one.
 */
function isTagLine(
  f: LineFeatures | undefined,
  title: LineFeatures,
  below: LineFeatures | undefined,
  belowRules: MatchedRules | undefined,
): boolean {
  if (f === undefined || below === undefined || belowRules === undefined) return false;
  return (
    f.words >= 1 &&
    f.words <= TAG_WORDS &&
    f.text !== title.text &&
    !f.endsSentence &&
    !f.text.endsWith(':') &&
    isSummary(below) &&
    hasNoRule(belowRules)
  );
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
    if (!hasNoRule(matched[k] as MatchedRules) || !hasNoRule(matched[k + 1] as MatchedRules)) continue;
    // Set between paragraphs: right under running text, or under the teaser before it. A
    // list of labelled items ("Pre-workout meal" / "Eat an hour before") follows its own
    // introduction, not a paragraph.
    if (!isStrongProse(lines[k - 1] as LineFeatures) && !marked.has(k - 1)) continue;
    // Under a teaser's headline: its short summary, its date, other boilerplate or nothing; a
    // paragraph of the article's length under it makes the pair a subheading.
    // A line of the other story's source and tags ("cnn.com News") may come first.
    const tags = isTagLine(lines[k + 2], title, lines[k + 3], matched[k + 3]) ? 1 : 0;
    const next = lines[k + 2 + tags];
    const nextRules = matched[k + 2 + tags];
    const summary = next !== undefined && isSummary(next) && hasNoRule(nextRules as MatchedRules);
    const boilerplate = nextRules !== undefined && !hasNoRule(nextRules);
    if (next !== undefined && !summary && !boilerplate) continue;
    pairs++;
    for (let j = k; j <= k + 1 + tags; j++) marked.add(j);
    if (summary) marked.add(k + 2 + tags);
    k += 1 + tags;
  }
  if (pairs < MIN_PAIRS) return [...matched];
  return matched.map((rules, k) =>
    marked.has(k) && rules[CHROME] === undefined ? withChromeRule(rules, TEASER_BOX) : rules,
  );
}

/**
 * Headlines of other stories listed under a related-stories heading ("Related Coverage",
 * "Further Reading", "Mehr zum Thema") set between the paragraphs: the decoder takes short
 * lines between two runs of prose for the article's own, so the heading alone does not drop
 * the list under it.
 */
export const RELATED_LIST: Rule = contextRule({
  id: 'teaser/related-list',
  label: 'chrome',
  weight: 3,
  reason: 'a headline of another story listed under a related-stories heading',
});

/**
 * The rules that name a heading over a list of other stories (not a one-line link such as
 * "Read more: …", which carries its story on the same line).
 */
const RELATED_HEADING =
  /^related\/(?:[a-z]{2}-)?(?:heading|section-heading|picked-for-you|other-languages-heading)$/;
/** Most lines taken for a related list under one heading. */
const LIST_LINES = 8;
/** Most words of a listed headline. */
const LISTED_TITLE_WORDS = 20;

/**
 * An ad label over a list ("Sponsored stories", "Promoted links"), not over one ad slot
 * ("Advertisement"): a recommendation widget's teasers follow it as a related box's do.
 */
const SPONSORED_LIST = /(?:stories|links|articles|posts|content|picks|offers)[.:]?$/u;

function isRelatedHeading(rules: MatchedRules, f: LineFeatures): boolean {
  const chrome = rules[CHROME];
  if (chrome === undefined) return false;
  return RELATED_HEADING.test(chrome.id) || (chrome.id === 'ads/label' && SPONSORED_LIST.test(f.lower));
}

/** Most words of a subheading of the article right under a related list. */
const SUBHEADING_WORDS = 4;
/** A line opening with a dash is a turn of an interview or dialogue, not a headline. */
const DIALOGUE_DASH = /^[-–—]/;

/** A line that reads as another story's headline: short, not a sentence with a full stop. */
function isListedTitle(f: LineFeatures): boolean {
  return (
    f.words >= 1 && f.words <= LISTED_TITLE_WORDS && !f.text.endsWith('.') && !DIALOGUE_DASH.test(f.text)
  );
}

/**
 * The article goes on right under the list: its last line, if it is as short as a subheading
 * and the paragraph under it is prose, is the article's subheading ("Watch What You Say").
 */
function isSubheadingAfterList(lines: readonly LineFeatures[], j: number): boolean {
  const next = lines[j + 1];
  return (lines[j] as LineFeatures).words <= SUBHEADING_WORDS && next !== undefined && isStrongProse(next);
}

/** Paragraphs of prose the article must go on with under a list for the list to be marked. */
const PROSE_AFTER_LIST = 3;
/** Lines under a list looked at for them. */
const PROSE_WINDOW = 8;

/**
 * The article goes on under the list: a box of other stories set between its paragraphs. A
 * list with little prose under it may be where the article ends, and there marking the list
 * could make the decoder end the article above it and lose what follows.
 */
function articleGoesOn(lines: readonly LineFeatures[], from: number): boolean {
  let prose = 0;
  for (let j = from; j < Math.min(lines.length, from + PROSE_WINDOW); j++)
    if (isStrongProse(lines[j] as LineFeatures)) prose++;
  return prose >= PROSE_AFTER_LIST;
}

/**
 * The rules of each line with the related-list rule added to the headlines listed under each
 * related-stories heading after the article has started. The list ends at the first line of
 * prose, or at a line that is neither a headline nor known boilerplate.
 */
export function withRelatedLists(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  let started = false;
  for (let k = 0; k < lines.length; k++) {
    const f = lines[k] as LineFeatures;
    if (!started) {
      started = isStrongProse(f);
      continue;
    }
    if (!isRelatedHeading(matched[k] as MatchedRules, f)) continue;
    const listed: number[] = [];
    let j = k + 1;
    for (; j < Math.min(lines.length, k + 1 + LIST_LINES); j++) {
      const line = lines[j] as LineFeatures;
      const rules = matched[j] as MatchedRules;
      if (isStrongProse(line) || rules[BODY] !== undefined) break;
      if (!hasNoRule(rules)) continue;
      if (!isListedTitle(line) || isSubheadingAfterList(lines, j)) break;
      listed.push(j);
    }
    if (!articleGoesOn(lines, j)) continue;
    for (const n of listed) {
      const rules = matched[n] as MatchedRules;
      out[n] = withChromeRule(rules, RELATED_LIST);
    }
  }
  return out;
}

/**
 * Headlines of other stories in a list that a show-more button closes ("Show more", "mehr
 * anzeigen", "Voir plus"): the button expands a list of links, so the short lines right above
 * it are that list, wherever it stands on the page.
 */
export const EXPANDER_LIST: Rule = contextRule({
  id: 'teaser/list-above-more',
  label: 'chrome',
  weight: 3,
  reason: 'a headline of another story in a list that a show-more button closes',
});

/**
 * A button that shows more of a list. Not "Read more", which may open the rest of the
 * article itself.
 */
const EXPANDER =
  /^(?:(?:show|see|view|load) (?:more|all)|(?:mehr|alle|weitere) (?:anzeigen|laden)|(?:voir|afficher) (?:plus|tout)|(?:ver|mostrar|cargar) (?:más|todo|todos)|(?:ver|mostrar|carregar) (?:mais|tudo|todos)|(?:mostra|vedi|carica) (?:altro|altri|tutti|tutto))\s*(?:[.>»›→▸▶+]|\.\.\.|…)?$/iu;
/** Fewest listed headlines above the button: a line or two may be the article's own. */
const MIN_LISTED = 3;
/** Most lines taken for the list above one button. */
const EXPANDER_LIST_LINES = 10;

/**
 * The rules of each line with the expander-list rule added to the unexplained headline-shaped
 * lines right above each show-more button. The list ends, going up, at the first line of
 * prose or any line a rule knows.
 */
export function withListsAboveExpander(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  for (let k = 1; k < lines.length; k++) {
    if (!EXPANDER.test((lines[k] as LineFeatures).text)) continue;
    const listed: number[] = [];
    for (let j = k - 1; j >= Math.max(0, k - EXPANDER_LIST_LINES); j--) {
      const line = lines[j] as LineFeatures;
      if (isStrongProse(line) || !hasNoRule(matched[j] as MatchedRules) || !isListedTitle(line)) break;
      listed.push(j);
    }
    if (listed.length < MIN_LISTED) continue;
    for (const n of listed) {
      const rules = matched[n] as MatchedRules;
      out[n] = withChromeRule(rules, EXPANDER_LIST);
    }
  }
  return out;
}

/**
 * Other stories listed below or beside the article, each a headline over its own author or
 * date ("Ferry fares frozen for another year" / "By Harbour Desk" / "11/20/2019 01:14 PM"), perhaps
 * with a one-paragraph summary under them, with nothing between the items. The article's own
 * headline has its byline too, but it stands over the article's paragraphs, not over another
 * headline with a byline of its own.
 */
export const BYLINED_TEASERS: Rule = contextRule({
  id: 'teaser/bylined-list',
  label: 'chrome',
  weight: 3,
  reason: 'a list of other stories, each headline over its own author or date',
});

/** Fewest headlines in a row, each over its byline, for them to be a list of teasers. */
const MIN_BYLINED_TEASERS = 2;
/**
 * Fewest such teasers when they carry summaries, each then naming its author: a few entries
 * of a live blog, each a heading, a time and a paragraph, have nearly the same shape.
 */
const MIN_SUMMARISED_TEASERS = 4;
/** Most author and date lines under one teaser's headline. */
const TEASER_BYLINES = 3;
/** Fewest and most words of a teaser's headline. */
const BYLINED_TITLE_WORDS = { min: 4, max: 20 };

function isBylinedTitle(f: LineFeatures, rules: MatchedRules): boolean {
  return (
    f.words >= BYLINED_TITLE_WORDS.min &&
    f.words <= BYLINED_TITLE_WORDS.max &&
    !f.endsSentence &&
    hasNoRule(rules)
  );
}

interface BylinedTeaser {
  title: number;
  /** Some line under the headline names an author (not only a date or time). */
  authored: boolean;
  /** The summary paragraph under the bylines, when there is one. */
  summary?: number;
  /** The line after the teaser. */
  end: number;
}

/** The teaser that starts at line k, if one does. */
function bylinedTeaserAt(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  k: number,
): BylinedTeaser | undefined {
  if (k >= lines.length || !isBylinedTitle(lines[k] as LineFeatures, matched[k] as MatchedRules))
    return undefined;
  let j = k + 1;
  let authored = false;
  for (; j < lines.length && j - k <= TEASER_BYLINES; j++) {
    const byline = (matched[j] as MatchedRules)[BYLINE];
    if (byline === undefined) break;
    authored ||= byline.family !== 'dateline';
  }
  if (j === k + 1) return undefined;
  const next = lines[j];
  if (next !== undefined && isStrongProse(next) && hasNoRule(matched[j] as MatchedRules))
    return { title: k, authored, summary: j, end: j + 1 };
  return { title: k, authored, end: j };
}

/**
 * The rules of each line with the bylined-teaser rule added to the headlines (and summaries)
 * of every run of such teasers after the article's first paragraph: at least
 * MIN_BYLINED_TEASERS of them, or MIN_SUMMARISED_TEASERS when some carry a summary.
 */
export function withBylinedTeasers(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  const firstProse = lines.findIndex(isStrongProse);
  if (firstProse < 0) return out;
  for (let k = firstProse + 1; k < lines.length; k++) {
    const run: BylinedTeaser[] = [];
    for (
      let teaser = bylinedTeaserAt(lines, matched, k);
      teaser;
      teaser = bylinedTeaserAt(lines, matched, teaser.end)
    )
      run.push(teaser);
    const summarised = run.some((teaser) => teaser.summary !== undefined);
    if (run.length < (summarised ? MIN_SUMMARISED_TEASERS : MIN_BYLINED_TEASERS)) continue;
    if (summarised && !run.every((teaser) => teaser.authored)) continue;
    for (const { title, summary } of run) {
      for (const n of summary === undefined ? [title] : [title, summary]) {
        const rules = matched[n] as MatchedRules;
        out[n] = withChromeRule(rules, BYLINED_TEASERS);
      }
    }
    k = (run[run.length - 1] as BylinedTeaser).end - 1;
  }
  return out;
}

/**
 * Headlines of other stories cut short by the page ("Council names the new head of its
 * plann…", "Ferry fares frozen as…"): a widget prints each title to a fixed length. One line
 * of prose may trail off with an ellipsis; two or more cut titles close together are a list.
 */
export const TRUNCATED_TEASERS: Rule = contextRule({
  id: 'teaser/truncated-list',
  label: 'chrome',
  weight: 3,
  reason: 'one of several headlines the page cut short with an ellipsis',
});

/** A title cut short: no sentence ends inside it, and the ellipsis follows a letter or digit. */
const CUT_TITLE = /^[^.!?。！？]+[\p{L}\p{N}](?:\.\.\.|…)$/u;
/** Most words and characters of a cut title (a teaser's title, not a paragraph). */
const CUT_TITLE_WORDS = 20;
const CUT_TITLE_CHARS = 160;
/** Most lines from one cut title to the next for them to be one list (a date, a source between). */
const CUT_TITLE_GAP = 3;

function isCutTitle(f: LineFeatures, rules: MatchedRules): boolean {
  return (
    f.words <= CUT_TITLE_WORDS &&
    f.chars <= CUT_TITLE_CHARS &&
    rules[CHROME] === undefined &&
    rules[BODY] === undefined &&
    CUT_TITLE.test(f.text)
  );
}

/** The rules of each line with the truncated-teaser rule added to each cut title near another. */
export function withTruncatedTeasers(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const cut: number[] = [];
  lines.forEach((f, k) => {
    // Only a line ending in an ellipsis can be a cut title: most prose ends in one full stop.
    if (f.text.endsWith('...') || f.text.endsWith('…')) {
      if (isCutTitle(f, matched[k] as MatchedRules)) cut.push(k);
    }
  });
  const out = [...matched];
  cut.forEach((k, i) => {
    const near =
      ((cut[i + 1] ?? Number.POSITIVE_INFINITY) as number) - k <= CUT_TITLE_GAP ||
      k - ((cut[i - 1] ?? Number.NEGATIVE_INFINITY) as number) <= CUT_TITLE_GAP;
    if (!near) return;
    const rules = matched[k] as MatchedRules;
    out[k] = withChromeRule(rules, TRUNCATED_TEASERS);
  });
  return out;
}

/**
 * Another story's headline over a bare "Read more" link ("Leer más", "Weiterlesen", …): a
 * teaser set between the article's paragraphs. When "Read more" opens the rest of the article
 * itself, the line above it is the last paragraph shown, which ends like a sentence.
 */
export const TITLE_OVER_READ_MORE: Rule = contextRule({
  id: 'teaser/title-over-read-more',
  label: 'chrome',
  weight: 3,
  reason: "another story's headline over its read-more link",
});

const READ_MORE_LINK =
  /^(?:read more|read the full story|continue reading|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|leia mais|continue lendo|leggi tutto|continua a leggere|और पढ़ें|आगे पढ़ें)\s?[»›>→…]?$/iu;
/** Fewest and most words of a teaser's headline over the link. */
const READ_MORE_TITLE_WORDS = { min: 4, max: 25 };
/** A line ending like a sentence or a lead-in is the article's own paragraph. */
const SENTENCE_END = /[.!?:;。！？]$/u;

function isTitleOverLink(f: LineFeatures, rules: MatchedRules): boolean {
  return (
    f.words >= READ_MORE_TITLE_WORDS.min &&
    f.words <= READ_MORE_TITLE_WORDS.max &&
    !SENTENCE_END.test(f.text) &&
    hasNoRule(rules)
  );
}

/** The rules of each line with the rule added to a headline right above a bare read-more link. */
export function withTitlesOverReadMore(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  for (let k = 0; k + 1 < lines.length; k++) {
    const below = lines[k + 1] as LineFeatures;
    if (below.words > 4 || !READ_MORE_LINK.test(below.text)) continue;
    const rules = matched[k] as MatchedRules;
    if (isTitleOverLink(lines[k] as LineFeatures, rules))
      out[k] = withChromeRule(rules, TITLE_OVER_READ_MORE);
  }
  return out;
}
