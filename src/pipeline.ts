import { classifyDocument, type LineMemo, newLineMemo } from './classify.js';
import { dominantEol, isBlank, type SourceLine, splitLines } from './text/lines.js';
import {
  type CleanOptions,
  type CleanResult,
  type CleanStats,
  LABELS,
  type Label,
  type LineDecision,
} from './types.js';

/**
 * Classify every line of an article and keep the body (plus the `keep` labels).
 * Kept lines are never rewritten: each keeps its own text and line ending.
 *
 * Lines are judged in context, so removing a block can change how its former neighbours
 * look. The kept lines are therefore classified again, on their own, until nothing more is
 * dropped: the labels are a fixed point for the kept set, and cleaning the output again (with
 * the same `keep`) changes nothing. So a line's label can depend on `keep`: a byline kept
 * between paragraphs is judged beside them, as it will be when the output is cleaned again.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): CleanResult {
  const source = splitLines(text);
  const memo = newLineMemo();
  const first = classifyDocument(source, options, memo);
  const keep = new Set<Label>(['body', ...(options.keep ?? [])]);
  const { decisions, truncated } = settleLabels(
    source,
    first.decisions,
    first.truncated,
    keep,
    options,
    memo,
  );
  const keptIndexes = selectKeptLines(source, decisions, keep);
  return {
    text: joinKept(source, keptIndexes),
    lines: decisions,
    stats: countStats(decisions, keptIndexes.length, first.language),
    truncated,
  };
}

/** Re-classify the kept lines on their own until none of them is dropped. */
function settleLabels(
  source: readonly SourceLine[],
  decisions: LineDecision[],
  firstTruncated: boolean,
  keep: ReadonlySet<Label>,
  options: CleanOptions,
  memo: LineMemo,
): { decisions: LineDecision[]; truncated: boolean } {
  let truncated = firstTruncated;
  let keptIndexes = selectKeptLines(source, decisions, keep);
  // Nothing but blank lines dropped: the kept lines are the same text to the classifier (it
  // ignores blank lines), so classifying them again would change nothing.
  if (countNonBlank(keptIndexes.map((index) => source[index] as SourceLine)) === countNonBlank(source)) {
    return { decisions, truncated };
  }
  for (;;) {
    const keptSource = keptIndexes.map((index) => source[index] as SourceLine);
    const again = classifyDocument(keptSource, options, memo);
    let dropped = 0;
    keptIndexes.forEach((index, k) => {
      const decision = again.decisions[k] as LineDecision;
      if (isBlank(decision.text) || keep.has(decision.label)) return;
      decisions[index] = { ...decision, line: index + 1 };
      dropped++;
    });
    if (dropped === 0) break;
    truncated ||= again.truncated;
    keptIndexes = selectKeptLines(source, decisions, keep);
  }
  return { decisions, truncated };
}

function countNonBlank(lines: readonly SourceLine[]): number {
  let count = 0;
  for (const line of lines) if (!isBlank(line.text)) count++;
  return count;
}

/**
 * Indexes of the lines to write: every non-blank line whose label is kept, and between two
 * kept lines the first run of blank lines of the gap, so paragraphs stay apart when the
 * chrome between them goes. Blank runs at the cut edges are dropped.
 */
export function selectKeptLines(
  source: readonly SourceLine[],
  decisions: readonly LineDecision[],
  keep: ReadonlySet<Label>,
): number[] {
  const kept: number[] = [];
  let pendingBlanks: number[] = [];
  let blankRunClosed = false;
  let sawKept = false;
  for (let i = 0; i < source.length; i++) {
    const line = source[i] as SourceLine;
    if (isBlank(line.text)) {
      if (sawKept && !blankRunClosed) pendingBlanks.push(i);
      continue;
    }
    if (pendingBlanks.length > 0) blankRunClosed = true;
    if (!keep.has((decisions[i] as LineDecision).label)) continue;
    kept.push(...pendingBlanks, i);
    pendingBlanks = [];
    blankRunClosed = false;
    sawKept = true;
  }
  return kept;
}

/** Join the kept lines with their own endings; the last one always gets an ending. */
function joinKept(source: readonly SourceLine[], keptIndexes: readonly number[]): string {
  if (keptIndexes.length === 0) return '';
  const fallbackEol = dominantEol(source);
  let out = '';
  for (const index of keptIndexes) {
    const line = source[index] as SourceLine;
    out += line.text + (line.eol || fallbackEol);
  }
  return out;
}

function countStats(decisions: readonly LineDecision[], keptLines: number, language: string): CleanStats {
  const labels = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  const rules: Record<string, number> = {};
  for (const decision of decisions) {
    labels[decision.label]++;
    rules[decision.ruleId] = (rules[decision.ruleId] ?? 0) + 1;
  }
  return { lines: decisions.length, keptLines, labels, rules, language };
}
