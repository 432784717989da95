import type { LineFeatures } from '../features.js';
import { BYLINE, CHROME, DISCLAIMER, hasNoRule, type MatchedRules, ruleWeight } from '../scoring.js';
import { firstOfSameText } from './same-text.js';

/**
 * The inputs of the prose model for every non-blank line of a document: the line's own shape
 * plus its neighbourhood and its place relative to the document's main run of prose. Names
 * are listed once so that the trained weights can be checked against them.
 */
export const FEATURE_NAMES = [
  'bias',
  'log-words',
  'words>=4',
  'words>=10',
  'words>=20',
  'ends-sentence',
  'ends-sentence*log-words',
  'stop-ratio',
  'capitalised',
  'all-caps',
  'url',
  'separators',
  'digit-share',
  'starts-lower',
  'ends-colon',
  'starts-quote',
  'repeated',
  'prev-ends-sentence',
  'prev-log-words',
  'next-ends-sentence',
  'next-log-words',
  'window-ends-sentence',
  'window-log-words',
  'relative-position',
  'first-lines',
  'last-lines',
  'inside-prose-span',
  'inside-span*ends-sentence',
  'log-lines-before-span',
  'log-lines-after-span',
  'doc-prose-share',
  'headline-candidate',
  'log-unpunctuated-run',
  'log-distance-to-strong-prose',
  'prev2-ends-sentence',
  'next2-ends-sentence',
  'log-words-vs-median',
  'short-ends-colon',
  'cjk-share',
  'rule-byline',
  'rule-disclaimer',
  'rule-chrome',
  'rule-section-marker',
  'prev-rule-boilerplate',
  'next-rule-boilerplate',
  'window-rule-share',
  'log-lines-after-opener',
  'prose-after-opener-vs-median',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

const STRONG_PROSE_WORDS = 15;
const WINDOW = 3;
/** How far above the first paragraph a headline may sit (bylines, dates and credits between). */
const HEADLINE_REACH = 12;
/** Characters of a headline in a script written without spaces (Chinese, Japanese). */
const MIN_CJK_HEADLINE = 8;
/** How far below a headline its author or date line may be. */
const BYLINE_GAP = 3;
/** Sentences under the headline that are read as its standfirst. */
const STANDFIRST_LINES = 2;

/** A line of running text that clearly belongs to some article. */
export function isStrongProse(f: LineFeatures): boolean {
  return f.words >= STRONG_PROSE_WORDS && f.endsSentence;
}

/**
 * Index of the article's first paragraph: the first strong prose that no rule knows (an
 * affiliate disclosure or a cookie note above the masthead reads as prose too), or -1.
 */
export function firstParagraphIndex(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): number {
  return lines.findIndex((f, k) => isStrongProse(f) && hasNoRule(matched[k] as MatchedRules));
}

function logWords(f: LineFeatures | undefined): number {
  return f ? Math.log1p(f.words) : 0;
}

function endsSentence(f: LineFeatures | undefined): number {
  return f?.endsSentence ? 1 : 0;
}

/**
 * Feature vectors, one per line in `lines` (which holds only non-blank lines). `sameText`: see
 * firstOfSameText, when the caller has it already.
 */
export function contextFeatures(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  knownLanguage: boolean,
  sameText: Int32Array = firstOfSameText(lines),
): Float64Array[] {
  const boilerplate = matched.map(strongestBoilerplate);
  const n = lines.length;
  // Lines of each text, counted at the text's first line.
  const copies = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const first = sameText[k] as number;
    copies[first] = (copies[first] as number) + 1;
  }
  let firstStrong = -1;
  let lastStrong = -1;
  let proseLines = 0;
  lines.forEach((f, k) => {
    if (f.endsSentence && f.words >= 6) proseLines++;
    if (isStrongProse(f)) {
      if (firstStrong < 0) firstStrong = k;
      lastStrong = k;
    }
  });
  const docProseShare = n > 0 ? proseLines / n : 0;
  // The headline stands over the article's first paragraph, not over a notice that a rule knows.
  const firstParagraph = firstParagraphIndex(lines, matched);
  const headline = findHeadline(lines, matched, firstParagraph);
  const runs = unpunctuatedRuns(lines);
  const nearestStrong = distanceToStrongProse(lines);
  const medianWords = median(lines.map((f) => f.words));
  // Each line's log word count, computed once: every line reads its own and six neighbours'.
  const logs = lines.map(logWords);
  const logAt = (j: number) => logs[j] ?? 0;
  const afterOpener = belowOpener(lines, matched);
  // One buffer for the document, each line's vector a view of its own stretch: a typed array
  // of 48 doubles allocated on its own gets a backing store of its own, which took ten times
  // as long as filling it (a third of this function).
  const buffer = new ArrayBuffer(n * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT);
  return lines.map((f, k) => {
    let windowEnds = 0;
    let windowWords = 0;
    let windowSize = 0;
    let windowRules = 0;
    for (let j = Math.max(0, k - WINDOW); j <= Math.min(n - 1, k + WINDOW); j++) {
      if (j === k) continue;
      if ((boilerplate[j] as number) > 0) windowRules++;
      windowEnds += endsSentence(lines[j]);
      windowWords += logAt(j);
      windowSize++;
    }
    const inside = firstStrong >= 0 && k >= firstStrong && k <= lastStrong ? 1 : 0;
    const ends = f.endsSentence ? 1 : 0;
    // Written in place, in FEATURE_NAMES order: building an array literal and copying it into
    // the typed array took a fifth longer.
    const vector = new Float64Array(
      buffer,
      k * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT,
      FEATURE_COUNT,
    );
    let i = 0;
    vector[i++] = 1;
    vector[i++] = logAt(k);
    vector[i++] = f.words >= 4 ? 1 : 0;
    vector[i++] = f.words >= 10 ? 1 : 0;
    vector[i++] = f.words >= 20 ? 1 : 0;
    vector[i++] = ends;
    vector[i++] = ends * logAt(k);
    vector[i++] = knownLanguage && f.words > 0 ? f.stopWords / f.words : 0;
    vector[i++] = f.capitalised;
    vector[i++] = f.allCaps ? 1 : 0;
    vector[i++] = f.hasUrl ? 1 : 0;
    vector[i++] = f.separators > 0 ? 1 : 0;
    vector[i++] = f.chars > 0 ? f.digitUnits / f.chars : 0;
    vector[i++] = f.startsLower ? 1 : 0;
    vector[i++] = f.text.endsWith(':') ? 1 : 0;
    vector[i++] = f.startsQuote ? 1 : 0;
    vector[i++] = (copies[sameText[k] as number] as number) > 1 && f.words >= 2 ? 1 : 0;
    vector[i++] = endsSentence(lines[k - 1]);
    vector[i++] = logAt(k - 1);
    vector[i++] = endsSentence(lines[k + 1]);
    vector[i++] = logAt(k + 1);
    vector[i++] = windowSize > 0 ? windowEnds / windowSize : 0;
    vector[i++] = windowSize > 0 ? windowWords / windowSize : 0;
    vector[i++] = n > 1 ? k / (n - 1) : 0;
    vector[i++] = k < 3 ? 1 : 0;
    vector[i++] = n - k <= 3 ? 1 : 0;
    vector[i++] = inside;
    vector[i++] = inside * ends;
    vector[i++] = firstStrong >= 0 && k < firstStrong ? Math.log1p(firstStrong - k) : 0;
    vector[i++] = lastStrong >= 0 && k > lastStrong ? Math.log1p(k - lastStrong) : 0;
    vector[i++] = docProseShare;
    vector[i++] = headline.has(k) ? 1 : 0;
    vector[i++] = Math.log1p(runs[k] as number);
    vector[i++] = Math.log1p(nearestStrong[k] as number);
    vector[i++] = endsSentence(lines[k - 2]);
    vector[i++] = endsSentence(lines[k + 2]);
    vector[i++] = Math.log((f.words + 1) / (medianWords + 1));
    vector[i++] = f.text.endsWith(':') && f.words <= 4 ? 1 : 0;
    vector[i++] = f.chars > 0 ? f.cjk / f.chars : 0;
    vector[i++] = ruleWeight(matched[k] as MatchedRules, BYLINE);
    vector[i++] = ruleWeight(matched[k] as MatchedRules, DISCLAIMER);
    vector[i++] = ruleWeight(matched[k] as MatchedRules, CHROME);
    vector[i++] = isMarker(matched[k] as MatchedRules) ? 1 : 0;
    vector[i++] = boilerplate[k - 1] ?? 0;
    vector[i++] = boilerplate[k + 1] ?? 0;
    vector[i++] = windowSize > 0 ? windowRules / windowSize : 0;
    vector[i++] = (afterOpener.distance[k] as number) > 0 ? Math.log1p(afterOpener.distance[k] as number) : 0;
    vector[i++] = afterOpener.prose[k] as number;
    return vector;
  });
}

function strongestBoilerplate(matched: MatchedRules): number {
  return Math.max(ruleWeight(matched, BYLINE), ruleWeight(matched, DISCLAIMER), ruleWeight(matched, CHROME));
}

/** Families whose headings open what follows an article: comments, related stories. */
const MARKER_FAMILIES: ReadonlySet<string> = new Set(['related', 'comments']);

/** The line opens a section that follows articles ("Comments", "Related stories"). */
export function isMarker(matched: MatchedRules): boolean {
  const rule = matched[CHROME];
  return rule !== undefined && MARKER_FAMILIES.has(rule.family);
}

/** Most words of a heading over other stories ("Related stories", "DW recommends"). */
const HEADING_WORDS = 6;

/**
 * A line that opens what follows an article: a short heading over other stories. Comment
 * buttons ("Reply", "Flag") and inline promos sit inside articles too; so do paywall prompts,
 * which a page may show before its first paragraph is over.
 */
function isOpener(f: LineFeatures, matched: MatchedRules): boolean {
  return matched[CHROME]?.family === 'related' && f.words <= HEADING_WORDS;
}

/**
 * Where each line stands to the nearest line above it that opens what follows an article
 * (see isOpener), once the article has started. `distance`: lines since that opener (0
 * when there is none above). `prose`: the longest sentence-ending line from the opener to the
 * document's end, against the median of the document's strong prose lines: teasers under "Related stories" are shorter
 * than the article's paragraphs, while a related box inside an article is followed by more of
 * them (-1 when there is no opener above).
 */
function belowOpener(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): { distance: number[]; prose: number[] } {
  const n = lines.length;
  const distance = new Array<number>(n).fill(0);
  const prose = new Array<number>(n).fill(-1);
  const strongWords = lines.filter(isStrongProse).map((f) => f.words);
  const typical = Math.max(1, median(strongWords));
  // Longest sentence-ending line at or after each line.
  const longestFrom = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    const f = lines[k] as LineFeatures;
    longestFrom[k] = Math.max(longestFrom[k + 1] as number, f.endsSentence ? f.words : 0);
  }
  let opener = -1;
  let articleStarted = false;
  for (let k = 0; k < n; k++) {
    if (opener >= 0) {
      distance[k] = k - opener;
      prose[k] = (longestFrom[opener + 1] as number) / typical;
    }
    // Openers in the menus above the article open nothing.
    if (articleStarted && isOpener(lines[k] as LineFeatures, matched[k] as MatchedRules)) opener = k;
    articleStarted ||= isStrongProse(lines[k] as LineFeatures);
  }
  return { distance, prose };
}

/** For each line, the length of the run of lines without sentence punctuation it sits in (0 if it has some). */
function unpunctuatedRuns(lines: readonly LineFeatures[]): number[] {
  const runs = new Array<number>(lines.length).fill(0);
  let start = 0;
  for (let k = 0; k <= lines.length; k++) {
    if (k < lines.length && !(lines[k] as LineFeatures).endsSentence) continue;
    for (let j = start; j < k; j++) runs[j] = k - start;
    start = k + 1;
  }
  return runs;
}

/** Lines between each line and the nearest strong prose line (the document length when there is none). */
function distanceToStrongProse(lines: readonly LineFeatures[]): number[] {
  const n = lines.length;
  const distance = new Array<number>(n).fill(n);
  let last = -1;
  for (let k = 0; k < n; k++) {
    if (isStrongProse(lines[k] as LineFeatures)) last = k;
    if (last >= 0) distance[k] = k - last;
  }
  last = -1;
  for (let k = n - 1; k >= 0; k--) {
    if (isStrongProse(lines[k] as LineFeatures)) last = k;
    if (last >= 0) distance[k] = Math.min(distance[k] as number, last - k);
  }
  return distance;
}

/** The upper median of word counts, which are integers (see LineFeatures.words). */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers natively, in the order `(a, b) => a - b` gives them, without a
  // call per comparison: the sort was a tenth of this module's time. Integers sort fastest as
  // such (twice as fast as doubles).
  const sorted = Int32Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * The headline is usually the first line of four or more words not ending in a full stop,
 * a few lines above the first paragraph (navigation above it has one to three words). When
 * such a line sits just above an author or date line, that one is taken first: teasers and
 * menus above a headline have no byline under them. One or two sentences right under the
 * headline (the standfirst) count with it.
 */
function findHeadline(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  firstStrong: number,
): Set<number> {
  const found = new Set<number>();
  if (firstStrong < 0) return found;
  const start = Math.max(0, firstStrong - HEADLINE_REACH);
  const shaped = (k: number) => {
    const f = lines[k] as LineFeatures;
    // Four words apart, not glued together ("site.comother.com"), and words rather than
    // figures (a phone number is no headline). Chinese and Japanese put no spaces between
    // words: there, eight characters of the script make a headline's length.
    return (
      f.words >= 4 &&
      f.words <= 30 &&
      !f.text.endsWith('.') &&
      !f.text.endsWith('。') &&
      f.digitUnits * 3 < f.chars &&
      (f.text.split(' ').length >= 4 || f.cjk >= MIN_CJK_HEADLINE)
    );
  };
  const hasRule = (k: number) => (matched[k] as MatchedRules).some((rule) => rule !== undefined);
  /** Lines down to the nearest author or date line under k (0 when none is close). */
  const bylineBelow = (k: number) => {
    for (let j = k + 1; j <= Math.min(k + BYLINE_GAP, lines.length - 1); j++) {
      if ((matched[j] as MatchedRules)[BYLINE] !== undefined) return j - k;
    }
    return 0;
  };
  let headline = -1;
  // The one closest above its byline: a teaser near the headline may have a byline too, a
  // few lines further down.
  let nearest = BYLINE_GAP + 1;
  for (let k = start; k < firstStrong; k++) {
    const gap = shaped(k) && !hasRule(k) ? bylineBelow(k) : 0;
    if (gap > 0 && gap < nearest) {
      headline = k;
      nearest = gap;
    }
  }
  for (let k = start; k < firstStrong && headline < 0; k++) if (shaped(k) && !hasRule(k)) headline = k;
  if (headline < 0) return found;
  // A page often says its headline twice (the page heading, then the article's own): the
  // first copy is the headline, the second a repeat.
  for (let k = start; k < headline; k++) {
    if (shaped(k) && !hasRule(k) && sameHeading(lines[k] as LineFeatures, lines[headline] as LineFeatures)) {
      headline = k;
      break;
    }
  }
  found.add(headline);
  for (let k = headline + 1; k < Math.min(headline + 1 + STANDFIRST_LINES, firstStrong); k++) {
    const f = lines[k] as LineFeatures;
    if (!f.endsSentence || f.words < 5 || f.words > 60 || hasRule(k)) break;
    found.add(k);
  }
  return found;
}

/** The words of a lowercased text: its runs of letters, marks and digits. */
export function wordsOfLower(lower: string): string[] {
  return lower.split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Share of words two headings must have in common to be copies of one another. */
const SAME_HEADING_OVERLAP = 0.6;

/** Two lines say the same heading: most of their words (case and punctuation aside) are shared. */
export function sameHeading(a: LineFeatures, b: LineFeatures): boolean {
  const x = new Set(wordsOfLower(a.lower));
  const y = new Set(wordsOfLower(b.lower));
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  const union = x.size + y.size - shared;
  return union > 0 && shared / union >= SAME_HEADING_OVERLAP;
}
