import { splitLines } from '../text/lines.js';
import { normalizeSpace, shingles, type TextBags, tokenBags, tokenize } from './tokens.js';

/** A page line's gold status for line-acc: body, not body, or ignored (no `\w` token). */
export type LineGold = 'body' | 'other' | 'ignored';

/** The gold text in the forms that line labels and token scores need, built once per page. */
export interface GoldIndex {
  /** Token and 4-shingle bags; the shingle bag's keys are the gold's 4-token runs. */
  bags: TextBags;
  /** All gold tokens as ` a b c `, to find a short line's tokens as a run. */
  tokenText: string;
  /** Each gold line's tokens, space-joined. */
  lineKeys: Set<string>;
}

export function indexGold(gold: string): GoldIndex {
  const tokens = tokenize(gold);
  return {
    bags: tokenBags(tokens),
    tokenText: ` ${tokens.join(' ')} `,
    lineKeys: new Set(splitLines(gold).map((line) => tokenize(line.text).join(' '))),
  };
}

/**
 * Label each input line against the gold, as the bench README defines it:
 * - a line without any `\w` token is ignored;
 * - a line of 4+ tokens is body when over half of its tokens lie in 4-token runs that also
 *   occur in the gold;
 * - a shorter line is body when its tokens equal a gold line's tokens, or when they occur
 *   as a run in the gold and the line sits between two body lines of 4+ tokens.
 * Checked against the bench manifest's `body_lines`: the same count on all dev pages.
 */
export function labelLines(lines: readonly string[], gold: GoldIndex): LineGold[] {
  const lineTokens = lines.map(tokenize);
  const labels = lineTokens.map((tokens): LineGold => {
    if (tokens.length === 0) return 'ignored';
    if (tokens.length >= 4) return mostlyInRuns(tokens, gold.bags.sh4) ? 'body' : 'other';
    return gold.lineKeys.has(tokens.join(' ')) ? 'body' : 'other';
  });
  // A short line found in the gold is body when it sits inside the span of long body lines.
  const isLongBody = (label: LineGold, i: number) => label === 'body' && (lineTokens[i]?.length ?? 0) >= 4;
  const first = labels.findIndex(isLongBody);
  const last = labels.findLastIndex(isLongBody);
  for (let i = first + 1; first >= 0 && i < last; i++) {
    const tokens = lineTokens[i] ?? [];
    if (labels[i] === 'other' && tokens.length < 4 && gold.tokenText.includes(` ${tokens.join(' ')} `)) {
      labels[i] = 'body';
    }
  }
  return labels;
}

/** Over half of the tokens (4 or more) are covered by 4-token windows found in the gold. */
function mostlyInRuns(tokens: readonly string[], goldRuns: ReadonlyMap<string, number>): boolean {
  const covered = new Array<boolean>(tokens.length).fill(false);
  shingles(tokens).forEach((run, i) => {
    if (goldRuns.has(run)) covered.fill(true, i, i + 4);
  });
  return covered.filter(Boolean).length * 2 > tokens.length;
}

/**
 * Which input lines the output kept: a line is kept when its whitespace-normalised text is a
 * line of the output, or (for lines of 4+ tokens) appears inside the normalised output.
 */
export function keptLines(lines: readonly string[], output: string): boolean[] {
  const outputLines = new Set(splitLines(output).map((line) => normalizeSpace(line.text)));
  const outputText = normalizeSpace(output);
  return lines.map((line) => {
    const text = normalizeSpace(line);
    if (outputLines.has(text)) return true;
    return tokenize(line).length >= 4 && outputText.includes(text);
  });
}

/** Per-page line figures: decisions that match the label, and the body/other tallies. */
export interface LineTally {
  lines: number;
  correct: number;
  body: number;
  bodyKept: number;
  other: number;
  otherDropped: number;
}

/** Count keep/drop decisions against the line labels; ignored lines do not count. */
export function tallyLines(labels: readonly LineGold[], kept: readonly boolean[]): LineTally {
  const tally: LineTally = { lines: 0, correct: 0, body: 0, bodyKept: 0, other: 0, otherDropped: 0 };
  labels.forEach((label, i) => {
    if (label === 'ignored') return;
    const isKept = kept[i] === true;
    tally.lines++;
    if (label === 'body') {
      tally.body++;
      if (isKept) tally.bodyKept++;
    } else {
      tally.other++;
      if (!isKept) tally.otherDropped++;
    }
    if (isKept === (label === 'body')) tally.correct++;
  });
  return tally;
}
