import type { Counts } from './tokens.js';

/** Precision of one page; Scrapinghub's `precision_score` (a perfect empty match is 1). */
export function precision({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

/** Recall of one page; Scrapinghub's `recall_score`. */
export function recall({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

/** Harmonic mean; 0 when both are 0. */
export function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** F1 of one page; an empty output (no tp, no fp) against a non-empty gold scores 0. */
export function pageF1(counts: Counts): number {
  return harmonic(precision(counts), recall(counts));
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Scores over a set of pages, as the bench README defines them. */
export interface PageSetScores {
  /** Mean per-page precision over pages whose output is not empty. */
  p: number;
  /** Mean per-page recall over pages whose gold is not empty. */
  r: number;
  /** Mean of per-page F1 (empty output scores 0). */
  f1: number;
  /** 2PR/(P+R) of the averaged P and R: how Scrapinghub reports F1. */
  f1sh: number;
  microP: number;
  microR: number;
  microF1: number;
  /** Share of pages with per-page F1 >= 0.9. */
  f1Share90: number;
}

/** Aggregate per-page tp/fp/fn (Scrapinghub's `metrics_from_tp_fp_fns` plus mean F1 and micro). */
export function summarizePages(pages: readonly Counts[]): PageSetScores {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  const f1s = pages.map(pageF1);
  const sum = pages.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const microP = sum.tp + sum.fp === 0 ? 0 : sum.tp / (sum.tp + sum.fp);
  const microR = sum.tp + sum.fn === 0 ? 0 : sum.tp / (sum.tp + sum.fn);
  return {
    p,
    r,
    f1: mean(f1s),
    f1sh: harmonic(p, r),
    microP,
    microR,
    microF1: harmonic(microP, microR),
    f1Share90: pages.length === 0 ? 0 : f1s.filter((f1) => f1 >= 0.9).length / pages.length,
  };
}
