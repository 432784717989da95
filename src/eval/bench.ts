import { splitLines } from '../text/lines.js';
import {
  type GoldIndex,
  keptLines,
  type LineGold,
  type LineTally,
  labelLines,
  tallyLines,
} from './line-labels.js';
import { mean, type PageSetScores, pageF1, precision, recall, summarizePages } from './scores.js';
import { type Counts, compareTexts } from './tokens.js';

/** A bench page ready to score: its input lines labelled against the gold once. */
export interface BenchPage {
  id: string;
  lines: readonly string[];
  labels: readonly LineGold[];
  gold: GoldIndex;
}

/** Label a page's lines against its gold (once per page and variant, reused for every output). */
export function prepareBenchPage(id: string, input: string, gold: GoldIndex): BenchPage {
  const lines = splitLines(input).map((line) => line.text);
  return { id, lines, labels: labelLines(lines, gold), gold };
}

export interface BenchPageScore {
  id: string;
  tokens: Counts;
  sh4: Counts;
  p: number;
  r: number;
  f1: number;
  /** Share of counted lines decided right; null when the page has no counted line. */
  lineAcc: number | null;
  tally: LineTally;
  kept: boolean[];
}

/** Score one output of one page. */
export function scoreBenchPage(page: BenchPage, output: string): BenchPageScore {
  const { tokens, sh4 } = compareTexts(page.gold.bags, output);
  const kept = keptLines(page.lines, output);
  const tally = tallyLines(page.labels, kept);
  return {
    id: page.id,
    tokens,
    sh4,
    p: precision(tokens),
    r: recall(tokens),
    f1: pageF1(tokens),
    lineAcc: tally.lines === 0 ? null : tally.correct / tally.lines,
    tally,
    kept,
  };
}

export interface VariantScores extends PageSetScores {
  pages: number;
  /** Scrapinghub's metric on 4-token shingles: mean P, mean R and 2PR/(P+R). */
  sh4: { p: number; r: number; f1: number };
  /** Mean over pages of the share of lines kept or dropped right. */
  lineAcc: number;
  /** Overall share of body lines kept. */
  bodyKept: number;
  /** Overall share of non-body lines dropped. */
  chromeDrop: number;
}

/** Aggregate page scores into the bench README's figures. */
export function summarizeVariant(pages: readonly BenchPageScore[]): VariantScores {
  const sh4 = summarizePages(pages.map((page) => page.sh4));
  const accs = pages.flatMap((page) => (page.lineAcc === null ? [] : [page.lineAcc]));
  const body = pages.reduce((sum, page) => sum + page.tally.body, 0);
  const bodyKept = pages.reduce((sum, page) => sum + page.tally.bodyKept, 0);
  const other = pages.reduce((sum, page) => sum + page.tally.other, 0);
  const otherDropped = pages.reduce((sum, page) => sum + page.tally.otherDropped, 0);
  return {
    pages: pages.length,
    ...summarizePages(pages.map((page) => page.tokens)),
    sh4: { p: sh4.p, r: sh4.r, f1: sh4.f1sh },
    lineAcc: mean(accs),
    bodyKept: body === 0 ? 0 : bodyKept / body,
    chromeDrop: other === 0 ? 0 : otherDropped / other,
  };
}
