import { LABELS, type Label } from '../types.js';
import { harmonic } from './scores.js';

/** One labelled document and the labels a run gave it (`null`: the run crashed on it). */
export interface CorpusDoc {
  id: string;
  gold: readonly Label[];
  pred: readonly (Label | null)[];
}

export interface LabelScores {
  p: number;
  r: number;
  f1: number;
  /** Lines with this gold label. */
  gold: number;
  /** Lines predicted with this label. */
  pred: number;
}

export interface DocScore {
  id: string;
  lines: number;
  /** Lines kept or dropped wrongly: (gold == body) != (pred == body). */
  keepErrors: number;
  /** Lines with any wrong label. */
  labelErrors: number;
  /** Body lines that were dropped. */
  bodyDropped: number;
  /** Non-body lines that were kept. */
  otherKept: number;
}

export interface CorpusScores {
  documents: number;
  lines: number;
  labels: Record<Label, LabelScores>;
  /** Mean F1 over the four labels; a label never predicted has F1 0. */
  macroF1: number;
  /** Share of all lines whose keep/drop decision is right. */
  bodyKeep: number;
  /** Recall of the body label. */
  bodyRecall: number;
  docsWithoutKeepErrors: number;
  docsWithoutLabelErrors: number;
  docs: DocScore[];
}

/** Per-label P/R/F1 pooled over all lines, macro-F1, body-keep accuracy and per-document errors. */
export function scoreCorpus(docs: readonly CorpusDoc[]): CorpusScores {
  const tp = zeroes();
  const goldCount = zeroes();
  const predCount = zeroes();
  let lines = 0;
  let keepRight = 0;
  const perDoc = docs.map((doc) => {
    const score: DocScore = {
      id: doc.id,
      lines: doc.gold.length,
      keepErrors: 0,
      labelErrors: 0,
      bodyDropped: 0,
      otherKept: 0,
    };
    doc.gold.forEach((gold, i) => {
      const pred = doc.pred[i] ?? null;
      goldCount[gold]++;
      if (pred !== null) predCount[pred]++;
      if (pred === gold) tp[gold]++;
      else score.labelErrors++;
      const goldKeep = gold === 'body';
      const predKeep = pred === 'body';
      if (goldKeep === predKeep) keepRight++;
      else if (goldKeep) score.bodyDropped++;
      else score.otherKept++;
    });
    score.keepErrors = score.bodyDropped + score.otherKept;
    lines += doc.gold.length;
    return score;
  });
  const labels = Object.fromEntries(
    LABELS.map((label) => [label, labelScores(tp[label], goldCount[label], predCount[label])]),
  ) as Record<Label, LabelScores>;
  return {
    documents: docs.length,
    lines,
    labels,
    macroF1: LABELS.reduce((sum, label) => sum + labels[label].f1, 0) / LABELS.length,
    bodyKeep: lines === 0 ? 0 : keepRight / lines,
    bodyRecall: labels.body.r,
    docsWithoutKeepErrors: perDoc.filter((doc) => doc.keepErrors === 0).length,
    docsWithoutLabelErrors: perDoc.filter((doc) => doc.labelErrors === 0).length,
    docs: perDoc,
  };
}

function labelScores(tp: number, gold: number, pred: number): LabelScores {
  const p = pred === 0 ? 0 : tp / pred;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: harmonic(p, r), gold, pred };
}

function zeroes(): Record<Label, number> {
  return Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
}
