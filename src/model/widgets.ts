import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BYLINE, hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';
import { firstParagraphIndex, isStrongProse } from './context-features.js';
import { firstOfSameText } from './same-text.js';

/**
 * Widgets found by their shape in one document rather than by their words. A photo gallery or
 * slide show rendered to text repeats its title before every slide (title, caption, a
 * paragraph, then the title again); an article does not say the same line of several words
 * three times. The run from the first copy to the end of the last slide is the widget.
 */
export const REPEATED_WIDGET: Rule = contextRule({
  id: 'repeat/in-document',
  label: 'chrome',
  weight: 4,
  reason: 'inside a widget whose title repeats before every item (a gallery or slide show)',
});

/** Words of the paragraph a slide carries (a list of quantities is shorter). */
const SLIDE_TEXT_WORDS = 25;

function isSlideText(f: LineFeatures): boolean {
  return f.endsSentence && f.words >= SLIDE_TEXT_WORDS;
}

/** Some line in [from, to) has a byline rule (an author, a time). */
function hasByline(matched: readonly MatchedRules[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((matched[k] as MatchedRules)[BYLINE] !== undefined) return true;
  return false;
}

/** A line must recur this often in the document for its run to be a widget. */
const MIN_COPIES = 3;
/** Shortest repeated line, in words: single words ("Advertisement", "Share") are the rules' business. */
const MIN_WORDS = 2;
/** Longest repeated line, in words: a long paragraph said again is a quote, not a widget title. */
const MAX_WORDS = 30;
/** Widest gap between two copies: a slide is a few lines. */
const MAX_GAP = 8;

/**
 * The rules of each line with the in-document widget rule added where a line sits in such a
 * run and no rule names it already (a rule's own verdict stays). `sameText`: see
 * firstOfSameText, when the caller has it already.
 */
export function withRepeatedWidgets(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText?: Int32Array,
): MatchedRules[] {
  const inWidget = repeatedWidgetLines(lines, matched, sameText);
  return matched.map((rules, k) =>
    inWidget[k] && hasNoRule(rules) ? withChromeRule(rules, REPEATED_WIDGET) : rules,
  );
}

/** For each line, whether it lies in a run of items that each start with the same repeated line. */
export function repeatedWidgetLines(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText: Int32Array = firstOfSameText(lines),
): boolean[] {
  const n = lines.length;
  const inWidget = new Array<boolean>(n).fill(false);
  // The copies of each text, by the index of its first line.
  const copies = new Map<number, number[]>();
  lines.forEach((f, k) => {
    if (f.words < MIN_WORDS || f.words > MAX_WORDS) return;
    if ((matched[k] as MatchedRules).some((rule) => rule !== undefined)) return;
    // The same text exactly: table rows and lists differ in their numbers, a widget title does not.
    if (f.digitUnits * 4 > f.chars) return;
    const key = sameText[k] as number;
    const at = copies.get(key);
    if (at) at.push(k);
    else copies.set(key, [k]);
  });
  for (const at of copies.values()) {
    // Copies far apart are separate runs (a gallery, and the same title again in a list below).
    let start = 0;
    for (let i = 1; i <= at.length; i++) {
      if (i < at.length && (at[i] as number) - (at[i - 1] as number) <= MAX_GAP) continue;
      if (i - start >= MIN_COPIES) markRun(lines, matched, at.slice(start, i), inWidget);
      start = i;
    }
  }
  return inWidget;
}

/**
 * Mark the run from the first copy to the end of the last item (as long as the usual item)
 * when it reads as a widget inside an article: the items are all as long, most items carry a
 * paragraph (a slide's text) and the document has at least as much running prose outside the
 * run, so the run is
 * a digression from an article rather than the article itself (a blog post whose every photo
 * has the same caption, a meal plan whose every meal starts with the same instruction). A
 * line said three times in a row is marked whatever surrounds it, and so is a list of teasers
 * that name the same source in every item beside an author or a time.
 */
function markRun(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  at: readonly number[],
  inWidget: boolean[],
): void {
  const gaps = at.slice(1).map((k, i) => k - (at[i] as number));
  const item = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] as number;
  const first = at[0] as number;
  const end = Math.min(lines.length - 1, (at[at.length - 1] as number) + item - 1);
  // Slides are alike: a title every `item` lines. Pictures in a blog post come at uneven gaps.
  if (gaps.some((gap) => gap !== item)) return;
  if (item > 1) {
    let itemsWithProse = 0;
    for (let c = 0; c < at.length; c++) {
      const to = c + 1 < at.length ? (at[c + 1] as number) : end + 1;
      for (let k = (at[c] as number) + 1; k < to; k++) {
        if (isSlideText(lines[k] as LineFeatures)) {
          itemsWithProse++;
          break;
        }
      }
    }
    let proseInside = 0;
    let proseOutside = 0;
    lines.forEach((f, k) => {
      if (!isStrongProse(f)) return;
      if (k >= first && k <= end) proseInside++;
      else proseOutside++;
    });
    if (proseOutside < proseInside) return;
    if (itemsWithProse * 2 < at.length) {
      // A list of teasers: the same source line in every item, and an author or time between
      // every two copies. Where an item starts is not known, so only the lines between the
      // first and the last copy are marked.
      if (at.slice(1).every((k, c) => hasByline(matched, (at[c] as number) + 1, k))) {
        for (let k = first; k <= (at[at.length - 1] as number); k++) inWidget[k] = true;
      }
      return;
    }
  }
  for (let k = first; k <= end; k++) inWidget[k] = true;
}

/**
 * A block of the article said over again: some pages (and some extractors, which take the
 * text from the page and again from its metadata) carry the whole story twice or more. A run
 * of lines that each repeat an earlier line, most of them paragraphs, is a copy; the first
 * copy is the article.
 */
export const REPEATED_TEXT: Rule = contextRule({
  id: 'repeat/copy-of-text',
  label: 'chrome',
  weight: 4,
  reason: 'a block of paragraphs the document has already said, line for line',
});

/**
 * Fewest paragraphs in a repeated run: a list said twice (a meal plan, a recipe's steps) has a
 * few repeated sentences among short lines; a copy of the story has many.
 */
const MIN_COPIED_PARAGRAPHS = 5;

/**
 * The rules of each line with the repeated-text rule added to the lines of each run of copies
 * that holds at least MIN_COPIED_PARAGRAPHS paragraphs, paragraphs being at least half its
 * lines. A rule's own verdict stays. `sameText`: see firstOfSameText.
 */
export function withRepeatedText(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText: Int32Array = firstOfSameText(lines),
): MatchedRules[] {
  const out = [...matched];
  let start = 0;
  for (let k = 0; k <= lines.length; k++) {
    if (k < lines.length && (sameText[k] as number) < k) continue;
    let paragraphs = 0;
    for (let j = start; j < k; j++) if (isStrongProse(lines[j] as LineFeatures)) paragraphs++;
    if (paragraphs >= MIN_COPIED_PARAGRAPHS && paragraphs * 2 >= k - start) {
      for (let j = start; j < k; j++) {
        const rules = matched[j] as MatchedRules;
        if (hasNoRule(rules)) out[j] = withChromeRule(rules, REPEATED_TEXT);
      }
    }
    start = k + 1;
  }
  return out;
}

/**
 * A line printed twice in a row: a page's title bar over the same headline, an image's alt
 * text over the same caption, a teaser's link over the same title. An article does not say a
 * line of several words twice running, so one copy is chrome: the first, since the second is
 * where the page's own headline and caption sit (three copies or more are a widget, above).
 */
export const DOUBLED_LINE: Rule = contextRule({
  id: 'repeat/doubled-line',
  label: 'chrome',
  weight: 4,
  reason: 'said again on the line after it',
});

/**
 * Fewest words of a doubled line: a short line said twice ("Share", "Read more", a chorus)
 * is left to the rules and the decoder.
 */
const MIN_DOUBLED_WORDS = 6;

/**
 * The rules of each line with the doubled-line rule added to the first of two copies of a
 * line in a row, when no rule names that copy already. `sameText`: see firstOfSameText.
 */
export function withDoubledLines(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText: Int32Array = firstOfSameText(lines),
): MatchedRules[] {
  const out = [...matched];
  for (let k = 0; k + 1 < lines.length; k++) {
    if (sameText[k + 1] !== k || sameText[k] !== k) continue;
    if ((lines[k] as LineFeatures).words < MIN_DOUBLED_WORDS) continue;
    // A third copy makes a widget: that pass decides the run.
    if (sameText[k + 2] === k) continue;
    const rules = matched[k] as MatchedRules;
    if (hasNoRule(rules)) out[k] = withChromeRule(rules, DOUBLED_LINE);
  }
  return out;
}

/**
 * A site menu printed twice above the article (the wide menu and the narrow one, or a menu
 * and its drop-down): short unpunctuated lines ("Gaming", "Reviews", "Tip us"), several of
 * them said twice before the first paragraph. An article's top holds a headline and perhaps
 * a kicker or two; it does not repeat a list of section names.
 */
export const REPEATED_MENU: Rule = contextRule({
  id: 'nav/repeated-menu',
  label: 'chrome',
  weight: 3,
  reason: 'a menu that the page prints twice above the article',
});

/** Most words of a menu entry. */
const MENU_ENTRY_WORDS = 4;
/** Fewest entries said twice, in the same order, for the block to be a doubled menu. */
const MIN_REPEATED_ENTRIES = 4;
/**
 * How far an entry's second copy may sit from where the menu's length puts it: the second
 * menu may add or drop an entry or two ("Reviews", "Forum").
 */
const MENU_OFFSET_SLACK = 2;

function isMenuEntry(f: LineFeatures): boolean {
  return f.words >= 1 && f.words <= MENU_ENTRY_WORDS && !f.endsSentence && !f.text.endsWith(',');
}

/**
 * The rules of each line with the menu rule added to the short lines, from the first entry of
 * the first menu to the last of the second, that no rule names. The second menu repeats the
 * first at about one distance (the first menu's length): a table whose rows repeat a label
 * ("Total", "Per capita") repeats it at scattered distances. `sameText`: see firstOfSameText.
 */
export function withRepeatedMenus(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText: Int32Array = firstOfSameText(lines),
): MatchedRules[] {
  const top = firstParagraphIndex(lines, matched);
  if (top < MIN_REPEATED_ENTRIES * 2) return matched as MatchedRules[];
  const pairs = repeatedEntries(lines, sameText, top);
  const menu = mostCommonOffset(pairs);
  if (menu.length < MIN_REPEATED_ENTRIES) return matched as MatchedRules[];
  const first = Math.min(...menu.map(([original]) => original));
  const last = Math.max(...menu.map(([, copy]) => copy));
  const out = [...matched];
  for (let k = first; k <= last; k++) {
    const rules = matched[k] as MatchedRules;
    if (isMenuEntry(lines[k] as LineFeatures) && hasNoRule(rules))
      out[k] = withChromeRule(rules, REPEATED_MENU);
  }
  return out;
}

/** [first copy, second copy] of each menu-shaped line said again above `top`. */
function repeatedEntries(
  lines: readonly LineFeatures[],
  sameText: Int32Array,
  top: number,
): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let k = 0; k < top; k++) {
    const original = sameText[k] as number;
    if (original === k || seen.has(original) || !isMenuEntry(lines[k] as LineFeatures)) continue;
    seen.add(original);
    pairs.push([original, k]);
  }
  return pairs;
}

/** The pairs whose distance is within the slack of the distance most pairs share. */
function mostCommonOffset(pairs: readonly [number, number][]): [number, number][] {
  let best: [number, number][] = [];
  for (const [original, copy] of pairs) {
    const offset = copy - original;
    if (offset < MIN_REPEATED_ENTRIES) continue;
    const near = pairs.filter(([a, b]) => Math.abs(b - a - offset) <= MENU_OFFSET_SLACK);
    if (near.length > best.length) best = near;
  }
  return best;
}
