import { DEFAULT_WEIGHTS, type DecodedLine, decode, MAIN, PRE } from './decode.js';
import { type LineFeatures, lineFeatures } from './features.js';
import { detectLanguageOfLines, type LanguageCounts, lowerLanguageCounts } from './lang/detect.js';
import { SUPPORTED_LANGUAGES } from './lang/stopwords.js';
import { AUTHOR_BIO, withAuthorBios } from './model/author-bio.js';
import { contextFeatures, FEATURE_NAMES, isMarker, sameHeading } from './model/context-features.js';
import { INITIALS_UNDER_TAG, withInitialsUnderTag } from './model/desk-initials.js';
import { HEADLINE_RUN, withHeadlineRuns } from './model/headline-run.js';
import { BARE_NAME, withBareNames } from './model/names.js';
import { OFFER_BENEFITS, withOfferBenefits } from './model/offers.js';
import {
  BREADCRUMB_TITLE,
  PAGE_ADDRESS,
  PAGE_TITLE,
  withBreadcrumbTitles,
  withPageAddress,
  withPageTitle,
} from './model/page-title.js';
import { proseLogit } from './model/prose-model.js';
import { READER_LETTER, withReaderLetters } from './model/reader-letter.js';
import { firstOfSameText } from './model/same-text.js';
import { TEASER_META, teaserMetaAsChrome } from './model/teaser-meta.js';
import {
  BYLINED_TEASERS,
  EXPANDER_LIST,
  RELATED_LIST,
  TEASER_BOX,
  TITLE_OVER_READ_MORE,
  TRUNCATED_TEASERS,
  withBylinedTeasers,
  withListsAboveExpander,
  withRelatedLists,
  withTeaserBoxes,
  withTitlesOverReadMore,
  withTruncatedTeasers,
} from './model/teasers.js';
import { COMMENT_THREAD, withCommentThreads } from './model/threads.js';
import {
  DOUBLED_LINE,
  REPEATED_MENU,
  REPEATED_TEXT,
  REPEATED_WIDGET,
  withDoubledLines,
  withRepeatedMenus,
  withRepeatedText,
  withRepeatedWidgets,
} from './model/widgets.js';
import { repeatKey } from './repeat.js';
import { contextRule } from './rules/compile.js';
import { isDisabled, ruleMatcher } from './rules/index.js';
import {
  BODY,
  BYLINE,
  CHROME,
  hasNoRule,
  type LineScores,
  type MatchedRules,
  scoreLine,
  withChromeRule,
} from './scoring.js';
import { type LineScan, scanLine } from './text/line-scan.js';
import { type SourceLine, splitLines } from './text/lines.js';
import { readingForm } from './text/spacing.js';
import { type ClassifyOptions, LABELS, type Label, type LineDecision, type Rule } from './types.js';

export interface DocumentClassification {
  decisions: LineDecision[];
  language: string;
  truncated: boolean;
}

/** One decision per input line, in order. */
export function classifyLines(text: string, options: ClassifyOptions = {}): LineDecision[] {
  return classifyDocument(splitLines(text), options).decisions;
}

/**
 * What a line is on its own (features and matching rules), remembered per text while one
 * document is cleaned: re-classifying the kept lines then only redoes the context. One entry
 * per text holds all of it, so that each pass looks a line up once.
 */
export interface LineMemo {
  lines: Map<string, MemoLine>;
}

interface MemoLine {
  /** The trimmed line as the rules read it (text/spacing.ts). */
  read: string;
  /**
   * The trimmed line in lower case, made once for the language guess and the features (the
   * two lowercasings were a sixth of their time).
   */
  lower: string;
  /** Stop-word counts, whatever the language. */
  counts?: LanguageCounts;
  /**
   * The one-pass scan of the trimmed line (both the counts and the features read it); null
   * when scanLine does not take the line.
   */
  scan?: LineScan | null;
  /** Features and rules for `language`. */
  own?: { f: LineFeatures; matched: MatchedRules };
  language?: string;
}

export function newLineMemo(): LineMemo {
  return { lines: new Map() };
}

function memoLine(memo: LineMemo, text: string): MemoLine {
  let entry = memo.lines.get(text);
  if (!entry) {
    const read = readingForm(text);
    entry = { read, lower: read.toLowerCase() };
    memo.lines.set(text, entry);
  }
  return entry;
}

function scanOf(entry: MemoLine): LineScan | undefined {
  if (entry.scan === undefined) entry.scan = scanLine(entry.read, entry.lower) ?? null;
  return entry.scan ?? undefined;
}

/** Classify the lines of one document together, so that boilerplate is found as blocks. */
export function classifyDocument(
  source: readonly SourceLine[],
  options: ClassifyOptions = {},
  memo: LineMemo = newLineMemo(),
): DocumentClassification {
  // The language is judged on the lines being classified, as a fresh run on them would.
  const language = chooseLanguage(source, options.language, memo);
  const knownLanguage = SUPPORTED_LANGUAGES.includes(language);
  const matcher = ruleMatcher(language, options);
  const { contentIndexes, content, matched, vectors } = analyseLines(
    source,
    knownLanguage,
    (text) => {
      const entry = memoLine(memo, text);
      if (!entry.own || entry.language !== language) {
        const f = lineFeatures(entry.read, language, entry.lower, scanOf(entry));
        entry.own = { f, matched: f.blank ? NO_RULES : withRepeated(matcher.match(f), f, options.repeated) };
        entry.language = language;
      }
      return entry.own;
    },
    (pass) => !isDisabled(pass, options.disable),
  );
  const scored = matched.map((lineRules, k) => {
    const vector = vectors[k] as Float64Array;
    const prose = DEFAULT_WEIGHTS.proseScale * proseLogit(vector) + headlineEvidence(vector, lineRules);
    return scoreLine(lineRules, prose, DEFAULT_WEIGHTS.ruleExplainsProse);
  });
  const headlines = headerLines(content, matched, vectors);
  const aboveSignOff = linesAboveSignOff(content, matched);
  const decoded = decodeWithArticle(scored, content, headlines, aboveSignOff);
  if (!isDisabled(TEASER_META, options.disable)) teaserMetaAsChrome(content, scored, decoded);
  const decisions = new Array<LineDecision>(source.length);
  contentIndexes.forEach((lineIndex, k) => {
    const text = (source[lineIndex] as SourceLine).text;
    decisions[lineIndex] = explain(lineIndex, text, scored[k] as LineScores, decoded[k] as DecodedLine);
  });
  labelBlankLines(source, decisions);
  return { decisions, language, truncated: isTruncated(contentIndexes, scored, decoded) };
}

/** The line is a paywall prompt that says the story is cut short there. */
function cutsArticle(matched: MatchedRules): boolean {
  return matched[CHROME]?.truncates === true;
}

/**
 * Decode the document; when that finds no body at all but some line is clearly article prose
 * that no rule explains (a wire brief: a byline, then one paragraph), decode again with the
 * most body-like such line held as body. A document with prose in it has an article: an empty
 * result there is the costliest mistake there is.
 */
function decodeWithArticle(
  scored: readonly LineScores[],
  content: readonly LineFeatures[],
  headlines: readonly boolean[],
  aboveSignOff: readonly boolean[],
): DecodedLine[] {
  const lines = scored.map((s, k) => ({
    scores: s.scores,
    // A paywall prompt that cuts the story ends the visible article as a "Comments" heading
    // does: leaving the article there costs nothing, so a teaser of a headline, a standfirst
    // and one cut paragraph keeps that paragraph as body.
    marker: isMarker(s.rules) || cutsArticle(s.rules),
    headline: headlines[k] === true,
    aboveSignOff: aboveSignOff[k] === true,
  }));
  const decoded = decode(lines, DEFAULT_WEIGHTS);
  if (decoded.some((line) => line.label === BODY)) return decoded;
  let anchor = -1;
  scored.forEach((s, k) => {
    const unexplained = hasNoRule(s.rules);
    if (!unexplained || !isArticleSentence(content[k] as LineFeatures)) return;
    if (anchor < 0 || (s.scores[BODY] as number) > ((scored[anchor] as LineScores).scores[BODY] as number))
      anchor = k;
  });
  if (anchor < 0) return decoded;
  const held = lines.map((line, k) =>
    k === anchor
      ? {
          ...line,
          scores: line.scores.map((score, label) => (label === BODY ? score : Number.NEGATIVE_INFINITY)),
        }
      : line,
  );
  return decode(held, DEFAULT_WEIGHTS);
}

/**
 * Fewest words of a line that can stand for the article when nothing else does. Lower than the
 * strong-prose bar of the features: a feed snippet is often one sentence of ten words or so, and
 * this only decides between that sentence and an empty result.
 */
const ARTICLE_SENTENCE_WORDS = 8;

function isArticleSentence(f: LineFeatures): boolean {
  return f.endsSentence && f.words >= ARTICLE_SENTENCE_WORDS;
}

const HEADLINE = FEATURE_NAMES.indexOf('headline-candidate');

/**
 * The dev pages that trained the prose model mostly leave headlines out of their gold text,
 * but a headline is body here: the line that reads as one gets its own evidence, unless a
 * boilerplate rule knows it.
 */
function headlineEvidence(vector: Float64Array, matched: MatchedRules): number {
  return isHeadline(vector, matched) ? DEFAULT_WEIGHTS.headlineBonus : 0;
}

/** How far below the headline a standfirst paragraph may sit (author, date, share row between). */
const STANDFIRST_REACH = 8;
/** Lines of a headline stack above the line taken for the headline (kicker, title). */
const STACK_ABOVE = 2;

/**
 * The lines that may be body before the article starts: the headline (with its standfirst)
 * and a paragraph under it that a share row or bylines separate from the running text. The
 * bylines, dates and buttons between them need not then be paid for as boilerplate inside
 * the article.
 */
function headerLines(
  content: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  vectors: readonly Float64Array[],
): boolean[] {
  const flags = vectors.map((vector, k) => isHeadline(vector, matched[k] as MatchedRules));
  const headline = flags.indexOf(true);
  if (headline < 0) return flags;
  // A kicker or a title over the line taken for the headline (the headline stack).
  for (let k = headline - 1; k >= Math.max(0, headline - STACK_ABOVE); k--) {
    const f = content[k] as LineFeatures;
    const shaped = f.words >= 4 && f.words <= 30 && !f.text.endsWith('.') && f.text.split(' ').length >= 4;
    if (!shaped || (matched[k] as MatchedRules).some((rule) => rule !== undefined)) break;
    // A line said again under it, or the headline said before it, is the page's title bar.
    const below = content[k + 1] as LineFeatures;
    if (below.text === f.text || sameHeading(f, content[headline] as LineFeatures)) break;
    flags[k] = true;
  }
  for (let k = headline + 1; k < Math.min(content.length, headline + 1 + STANDFIRST_REACH); k++) {
    const f = content[k] as LineFeatures;
    if (!f.endsSentence || f.words < ARTICLE_SENTENCE_WORDS) continue;
    if ((matched[k] as MatchedRules).some((rule) => rule !== undefined)) break;
    // One paragraph, set off from the running text by the boilerplate under it (a share
    // row): a paragraph followed by more prose is where the article starts.
    const next = content[k + 1];
    flags[k] = next !== undefined && !(next.endsSentence && next.words >= ARTICLE_SENTENCE_WORDS);
    break;
  }
  return flags;
}

/** How many lines above a wire's sign-off are taken to be the story it closes. */
const SIGN_OFF_REACH = 12;
/** A sign-off closes a story only when a paragraph sits this close above it. */
const SIGN_OFF_PARAGRAPH_GAP = 2;

/**
 * The lines just above the last wire sign-off ("--IANS", "(Reporting by …)") that closes a
 * paragraph. Wire copy ends where its agency signs off, so an "Also read" line or an ad
 * between its last paragraphs does not end the article there: the paragraphs after it are
 * still the story's. A sign-off with no prose above it (an agency name in a teaser list)
 * marks nothing.
 */
function linesAboveSignOff(content: readonly LineFeatures[], matched: readonly MatchedRules[]): boolean[] {
  const flags = new Array<boolean>(content.length).fill(false);
  for (let k = content.length - 1; k > 0; k--) {
    if (!(matched[k] as MatchedRules)[BYLINE]?.signsOff) continue;
    const closesParagraph = content
      .slice(Math.max(0, k - SIGN_OFF_PARAGRAPH_GAP), k)
      .some((above) => isArticleSentence(above));
    if (!closesParagraph) continue;
    for (let j = Math.max(0, k - SIGN_OFF_REACH); j < k; j++) flags[j] = true;
    break;
  }
  return flags;
}

function isHeadline(vector: Float64Array, matched: MatchedRules): boolean {
  return vector[HEADLINE] === 1 && hasNoRule(matched);
}

const NO_RULES: MatchedRules = [undefined, undefined, undefined, undefined];

export interface LineAnalysis {
  /** Input index of each non-blank line. */
  contentIndexes: number[];
  /** Features of the non-blank lines. */
  content: LineFeatures[];
  /** The strongest rule of each label on each non-blank line. */
  matched: MatchedRules[];
  /** Prose-model inputs of the non-blank lines. */
  vectors: Float64Array[];
}

/**
 * A document-wide pass: the rules of every line, with its context rule added where it
 * applies. `sameText` (firstOfSameText) is made once for the passes that look for repeats.
 */
type DocumentPass = (
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
  sameText: Int32Array,
) => MatchedRules[];

/**
 * The document-wide passes in the order they run, each under the context rule it adds (which
 * `disable` can name). Order matters: a pass leaves alone the lines an earlier one named.
 */
const DOCUMENT_PASSES: readonly (readonly [Rule, DocumentPass])[] = [
  [REPEATED_WIDGET, withRepeatedWidgets],
  [REPEATED_TEXT, withRepeatedText],
  [DOUBLED_LINE, withDoubledLines],
  [PAGE_TITLE, withPageTitle],
  [BREADCRUMB_TITLE, withBreadcrumbTitles],
  [PAGE_ADDRESS, withPageAddress],
  [OFFER_BENEFITS, withOfferBenefits],
  [READER_LETTER, withReaderLetters],
  [INITIALS_UNDER_TAG, withInitialsUnderTag],
  [BARE_NAME, withBareNames],
  [AUTHOR_BIO, withAuthorBios],
  [REPEATED_MENU, withRepeatedMenus],
  [TEASER_BOX, withTeaserBoxes],
  [RELATED_LIST, withRelatedLists],
  [EXPANDER_LIST, withListsAboveExpander],
  [BYLINED_TEASERS, withBylinedTeasers],
  [TRUNCATED_TEASERS, withTruncatedTeasers],
  [TITLE_OVER_READ_MORE, withTitlesOverReadMore],
  [HEADLINE_RUN, withHeadlineRuns],
  [COMMENT_THREAD, withCommentThreads],
];

/** Features, rules and prose-model inputs of the non-blank lines (also used to train the model). */
export function analyseLines(
  source: readonly SourceLine[],
  knownLanguage: boolean,
  lineOnItsOwn: (text: string) => { f: LineFeatures; matched: MatchedRules },
  /** Whether a document-wide pass runs (each is a context rule that `disable` can name). */
  runs: (pass: Rule) => boolean = () => true,
): LineAnalysis {
  const contentIndexes: number[] = [];
  const content: LineFeatures[] = [];
  const matched: MatchedRules[] = [];
  source.forEach((line, index) => {
    const entry = lineOnItsOwn(line.text);
    if (entry.f.blank) return;
    contentIndexes.push(index);
    content.push(entry.f);
    matched.push(entry.matched);
  });
  const sameText = firstOfSameText(content);
  let inContext = matched;
  for (const [rule, pass] of DOCUMENT_PASSES) {
    if (runs(rule)) inContext = pass(content, inContext, sameText);
  }
  return {
    contentIndexes,
    content,
    matched: inContext,
    vectors: contextFeatures(content, inContext, knownLanguage, sameText),
  };
}

/** Features and rules of a line on its own, without a memo (for training). */
export function lineOnItsOwn(
  language: string,
  options: ClassifyOptions = {},
): (text: string) => { f: LineFeatures; matched: MatchedRules } {
  const matcher = ruleMatcher(language, options);
  return (text) => {
    const f = lineFeatures(readingForm(text), language);
    return { f, matched: f.blank ? NO_RULES : withRepeated(matcher.match(f), f, options.repeated) };
  };
}

/** Site boilerplate learned from a batch: chrome, unless a rule already names the line. */
const REPEATED_SITE_LINE: Rule = contextRule({
  id: 'repeat/site',
  label: 'chrome',
  weight: 3,
  reason: 'recurs in many documents of the same site or folder',
});

function withRepeated(matched: MatchedRules, f: LineFeatures, repeated?: ReadonlySet<string>): MatchedRules {
  if (!repeated || repeated.size === 0 || matched.some((rule) => rule !== undefined)) return matched;
  if (!repeated.has(repeatKey(f.text))) return matched;
  return withChromeRule(matched, REPEATED_SITE_LINE);
}

export function chooseLanguage(
  source: readonly SourceLine[],
  requested: string | undefined,
  memo: LineMemo = newLineMemo(),
): string {
  if (requested && requested !== 'auto') return requested.toLowerCase();
  return detectLanguageOfLines(
    source.map((line) => line.text),
    (text) => {
      const entry = memoLine(memo, text);
      // Counted on the line's reading form, as its features are: the same words as the line
      // itself, but an entity or a zero-width space no longer splits or hides one.
      entry.counts ??= scanOf(entry)?.counts ?? lowerLanguageCounts(entry.lower);
      return entry.counts;
    },
  );
}

/** Turn a decoded label into a decision that names the rule or feature that decided it. */
function explain(index: number, text: string, scores: LineScores, decoded: DecodedLine): LineDecision {
  const [ruleId, reason] = why(scores, decoded);
  // One literal, keys in the documented order: this runs for every line of every pass.
  return {
    line: index + 1,
    text,
    label: LABELS[decoded.label] as Label,
    confidence: round(decoded.confidence),
    ruleId,
    reason,
  };
}

/** The rule, or else the feature or context, that decided a line's label. */
function why(scores: LineScores, decoded: DecodedLine): readonly [string, string] {
  const rule = scores.rules[decoded.label];
  if (rule) return [rule.id, rule.reason];
  if (decoded.label === BODY) {
    if (decoded.zone === PRE) return ['context/headline', 'the headline above the article'];
    return (scores.scores[BODY] as number) > 0
      ? ['feature/prose', 'reads like article prose']
      : ['context/article', 'a short line inside the article'];
  }
  if (decoded.zone === PRE) return ['context/before-article', 'site chrome before the article starts'];
  if (decoded.zone === MAIN) return ['context/block', 'sits in a block of boilerplate'];
  return ['context/after-article', 'site chrome after the article ends'];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Blank lines take the label of the block they sit in: the previous line's label when both
 * sides agree or nothing follows, otherwise the label of the block that starts after them.
 */
function labelBlankLines(source: readonly SourceLine[], decisions: LineDecision[]): void {
  let previous: LineDecision | undefined;
  for (let i = 0; i < source.length; i++) {
    if (decisions[i]) {
      previous = decisions[i];
      continue;
    }
    let next: LineDecision | undefined;
    for (let j = i + 1; j < source.length && !next; j++) next = decisions[j];
    const owner = next ?? previous;
    const label: Label = owner ? owner.label : 'body';
    decisions[i] = {
      line: i + 1,
      text: (source[i] as SourceLine).text,
      label,
      ruleId: 'blank/separator',
      reason: 'a blank line takes the label of its block',
      confidence: owner ? owner.confidence : 1,
    };
  }
}

/**
 * A paywall prompt right after the body means the article was cut short. Bylines or
 * disclaimers between the body and the prompt show that the story ended first (the seed
 * story closes with its agency tag, so its subscription page does not truncate it).
 */
function isTruncated(
  indexes: readonly number[],
  scored: readonly LineScores[],
  decoded: readonly DecodedLine[],
): boolean {
  let lastBody = -1;
  decoded.forEach((line, k) => {
    if (line.label === BODY) lastBody = k;
  });
  if (lastBody < 0 || indexes.length === 0) return false;
  for (let k = lastBody + 1; k < decoded.length && k <= lastBody + 6; k++) {
    const line = decoded[k] as DecodedLine;
    if (line.label !== CHROME) return false;
    if ((scored[k] as LineScores).rules[CHROME]?.truncates) return true;
  }
  return false;
}
