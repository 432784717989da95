import { type DecodedLine, POST } from '../decode.js';
import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BYLINE, CHROME, type LineScores, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * Below the article, a byline or a date between two chrome lines belongs to a teaser of
 * another story (its author, its date), so it goes with the teaser block, as chrome. It runs
 * on the decoded labels: only once the decoder has said where the article ends and which
 * lines around a byline are chrome can a byline be told to be another story's.
 */
export const TEASER_META: Rule = contextRule({
  id: 'teaser/story-meta',
  label: 'chrome',
  weight: 0,
  reason: 'the byline or date of another story in a block of teasers',
});

export function teaserMetaAsChrome(
  content: readonly LineFeatures[],
  scored: LineScores[],
  decoded: DecodedLine[],
): void {
  const isMeta = (k: number) => isPostByline(decoded[k]) && isStoryMeta(content[k], scored[k]);
  for (let start = 1; start < decoded.length; start++) {
    if (!isMeta(start) || decoded[start - 1]?.label !== CHROME) continue;
    let end = start;
    while (end - start < TEASER_META_RUN && isMeta(end)) end++;
    if (decoded[end]?.label !== CHROME) continue;
    for (let k = start; k < end; k++) {
      decoded[k] = { ...(decoded[k] as DecodedLine), label: CHROME };
      const own = scored[k] as LineScores;
      const rules = [...own.rules] as MatchedRules;
      rules[CHROME] = TEASER_META;
      scored[k] = { ...own, rules };
    }
    start = end;
  }
}

/** Most lines of a teaser's byline and date (author, date, reading time). */
const TEASER_META_RUN = 3;

function isPostByline(line: DecodedLine | undefined): boolean {
  return line !== undefined && line.zone === POST && line.label === BYLINE;
}

/**
 * What a teaser carries under its title: a short author or date line. An author box (a bio,
 * a contact line) or an agency tag below the article is the article's own.
 */
function isStoryMeta(f: LineFeatures | undefined, scores: LineScores | undefined): boolean {
  const rule = scores?.rules[BYLINE];
  if (!f || f.words > TEASER_META_WORDS) return false;
  return rule === undefined || STORY_META_IDS.test(rule.id);
}

const TEASER_META_WORDS = 10;
const STORY_META_IDS =
  /^(?:dateline\/|byline\/(?:by-author|name-date|date-then-author|bare-name|reading-time)$)/u;
