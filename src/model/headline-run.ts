import type { LineFeatures } from '../features.js';
import { STOP_WORDS } from '../lang/stopwords.js';
import { contextRule } from '../rules/compile.js';
import { hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';
import { firstParagraphIndex, wordsOfLower } from './context-features.js';

/**
 * Other stories' headlines stacked over the article ("Most popular", a video playlist, a row
 * of related links whose heading the text lost): five or more headline-shaped lines in a row
 * right above the first paragraph. An article's own top holds one headline, perhaps a
 * standfirst and a byline; a stack of titles there is a list of other stories. A title that
 * shares words with the first paragraph may be the article's own and is left to the decoder.
 */
export const HEADLINE_RUN: Rule = contextRule({
  id: 'teaser/headline-run',
  label: 'chrome',
  weight: 3,
  reason: "one of a stack of other stories' headlines above the article",
});

/**
 * Fewest titles in a stack: a headline, a standfirst, a caption and a subhead are not a list
 * (and once the chrome between them is gone, such a top can look like four titles in a row).
 */
const MIN_TITLES = 5;
/** Fewest and most words of a title. */
const TITLE_WORDS = { min: 3, max: 18 };
/** A teaser title may be two short sentences; more words than this is a standfirst. */
const SENTENCE_TITLE_WORDS = 15;
/** Shared words of this length or more (and no stop word) tie a title to the first paragraph. */
const CONTENT_WORD_LENGTH = 4;
const ANY_STOP_WORD: ReadonlySet<string> = new Set(Object.values(STOP_WORDS).flatMap((words) => [...words]));
/** Accents aside: a caption writes "Sofia" where the paragraph writes "Sofía". */
const MARKS = /\p{M}/gu;
/** Shared content words that make a title the article's own (its headline, a subhead). */
const OWN_TITLE_SHARED = 2;
/** List items (bullets, numbers) are the article's summary points, not teasers. */
const LIST_MARK = /^(?:[•●▪■◆*·–—-]|\d{1,2}[.)])\s/u;
/**
 * A headline opens with a capital, a digit or a quote; code does not. Scripts without case
 * (Japanese, Hindi) give no such sign, and their stacks are left alone.
 */
const TITLE_START = /^(?:["'“‘«¿¡]?\p{Lu}|\d)/u;

function isTitleShaped(f: LineFeatures, rules: MatchedRules): boolean {
  return (
    f.words >= TITLE_WORDS.min &&
    f.words <= TITLE_WORDS.max &&
    !f.text.endsWith(':') &&
    f.digitUnits * 3 < f.chars &&
    !LIST_MARK.test(f.text) &&
    TITLE_START.test(f.text) &&
    hasNoRule(rules)
  );
}

function contentWords(f: LineFeatures): Set<string> {
  const words = wordsOfLower(f.lower.normalize('NFD').replace(MARKS, ''));
  return new Set(words.filter((word) => word.length >= CONTENT_WORD_LENGTH && !ANY_STOP_WORD.has(word)));
}

function sharesWords(f: LineFeatures, lead: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of contentWords(f)) if (lead.has(word) && ++shared >= OWN_TITLE_SHARED) return true;
  return false;
}

/**
 * The titles stacked right above `paragraph`, nearest first. A title ending like a sentence
 * counts only between two that do not: a teaser may say "Taxes rise. See the maps." but a
 * standfirst ends the stack.
 */
function stackAbove(
  paragraph: number,
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): number[] {
  const stack: number[] = [];
  for (let k = paragraph - 1; k >= 0; k--) {
    const f = lines[k] as LineFeatures;
    if (!isTitleShaped(f, matched[k] as MatchedRules)) break;
    if (f.endsSentence) {
      const above = lines[k - 1];
      const between =
        stack.length > 0 &&
        f.words <= SENTENCE_TITLE_WORDS &&
        above !== undefined &&
        !above.endsSentence &&
        isTitleShaped(above, matched[k - 1] as MatchedRules);
      if (!between) break;
    }
    stack.push(k);
  }
  return stack;
}

/** The rules of each line with the stack rule added to each title of a stack above the article. */
export function withHeadlineRuns(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const paragraph = firstParagraphIndex(lines, matched);
  if (paragraph < MIN_TITLES) return matched as MatchedRules[];
  const stack = stackAbove(paragraph, lines, matched);
  if (stack.length < MIN_TITLES) return matched as MatchedRules[];
  const lead = contentWords(lines[paragraph] as LineFeatures);
  const out = [...matched];
  for (const k of stack) {
    if (!sharesWords(lines[k] as LineFeatures, lead))
      out[k] = withChromeRule(matched[k] as MatchedRules, HEADLINE_RUN);
  }
  return out;
}
