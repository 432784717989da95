import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { CHROME, hasNoRule, type MatchedRules, withChromeRule } from '../scoring.js';
import type { Rule } from '../types.js';
import { isStrongProse } from './context-features.js';

/**
 * Reader comments under an article: each comment starts with its author line ("jo_b says:",
 * which `comments/author-says` knows, or WordPress's "Jo B on May 2, 2020 at 4:10 pm said:") and its text runs to the next one. The text reads like
 * prose, so only its place tells it from the article: between two author lines, or right
 * under the last one.
 */
export const COMMENT_THREAD: Rule = contextRule({
  id: 'comments/thread',
  label: 'chrome',
  weight: 3,
  reason: 'the text of a reader comment (between two commenter lines)',
});

/**
 * The header of a comment in a thread that a dateline rule took for a byline ("Mira O. ·
 * April 4, 2023 at 8:12 AM"): in a thread it is the comment's, so it goes with the comments.
 */
export const COMMENT_AUTHOR: Rule = contextRule({
  id: 'comments/author-line',
  label: 'chrome',
  weight: 5,
  reason: 'the name and posting time over a reader comment in a thread',
});

/** The author lines that open a comment: "jo_b says:", "Jo B on May 2, 2020 at 4:10 pm said:". */
const AUTHOR_LINES: ReadonlySet<string> = new Set(['comments/author-says', 'comments/author-dated']);
/**
 * A posting time with the date, perhaps after the name ("Sallie G. · March 10, 2017 at 12:20
 * AM", or "August 8, 2018 at 3:17 pm" under a name line): the header of a comment, but also
 * the shape of an article's own byline or of a live blog's entries, so it only opens a comment
 * below a line that opens the comments ("13 Comments", "10 thoughts on …", "Leave a reply").
 */
const DATED_AUTHOR =
  /^(?:[\p{L}\p{N}._'’ ()-]{1,40}\s[·•|—–-]\s)?[\p{L}\p{N}.,/ -]{4,30}?\sat\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/iu;
/** The rules of lines that open a comment section. */
const SECTION_OPENERS: ReadonlySet<string> = new Set(['comments/widget', 'comments/thread-heading']);
/** A thread needs this many comments. */
const MIN_COMMENTS = 2;
/** Most lines from one author line to the next (date, text, reply buttons, a long reply). */
const MAX_COMMENT_LINES = 16;
/** Most lines of the last comment taken after its author line. */
const LAST_COMMENT_LINES = 4;

/** The rules of each line with the comment-thread rule added to the text of every comment. */
export function withCommentThreads(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const authors: number[] = [];
  // A comment button above the story (a live blog's "Comments") opens nothing: only an opener
  // once the article has started does.
  let articleStarted = false;
  let opened = false;
  matched.forEach((rules, k) => {
    const f = lines[k] as LineFeatures;
    const id = rules[CHROME]?.id ?? '';
    if (AUTHOR_LINES.has(id) || (opened && DATED_AUTHOR.test(f.text))) authors.push(k);
    if (articleStarted && SECTION_OPENERS.has(id)) opened = true;
    articleStarted ||= isStrongProse(f);
  });
  if (authors.length < MIN_COMMENTS) return [...matched];
  const marked = new Set<number>();
  const headers = new Set<number>();
  authors.forEach((author, i) => {
    const next = authors[i + 1];
    if (next !== undefined && next - author <= MAX_COMMENT_LINES) {
      for (let k = author + 1; k < next; k++) marked.add(k);
      headers.add(author).add(next);
      return;
    }
    if (i === 0 || author - (authors[i - 1] as number) > MAX_COMMENT_LINES) return;
    // The last comment: its text, up to the next line a rule knows.
    for (let k = author + 1; k < Math.min(lines.length, author + 1 + LAST_COMMENT_LINES); k++) {
      if ((matched[k] as MatchedRules).some((rule) => rule !== undefined) && k > author + 1) break;
      marked.add(k);
    }
  });
  return matched.map((rules, k) => {
    if (marked.has(k) && hasNoRule(rules)) return withChromeRule(rules, COMMENT_THREAD);
    if (headers.has(k) && rules[CHROME] === undefined) return withChromeRule(rules, COMMENT_AUTHOR);
    return rules;
  });
}
