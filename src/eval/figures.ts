import { LABELS } from '../types.js';
import type { CorpusRun, ExtractorRun, VariantRun } from './evaluate.js';

/** Every headline figure of a run by the name `--min` uses, plus the pairs `no-drop` compares. */
export interface FigureSet {
  figures: Record<string, number>;
  /** Extractors only: raw and cleaned sh4-F1 per extractor. */
  noDrop?: { name: string; raw: number; cleaned: number }[];
}

/** `macro-f1`, `body-keep`, `body-recall`, `docs-ok` (share without keep errors), `<label>-p|r|f1`. */
export function corpusFigures({ scores }: CorpusRun): FigureSet {
  const figures: Record<string, number> = {
    'macro-f1': scores.macroF1,
    'body-keep': scores.bodyKeep,
    'body-recall': scores.bodyRecall,
    'docs-ok': scores.documents === 0 ? 0 : scores.docsWithoutKeepErrors / scores.documents,
  };
  for (const label of LABELS) {
    const { p, r, f1 } = scores.labels[label];
    Object.assign(figures, { [`${label}-p`]: p, [`${label}-r`]: r, [`${label}-f1`]: f1 });
  }
  return { figures };
}

/** `<variant>-` + `p`, `r`, `f1`, `f1sh`, `micro-p|r|f1`, `f1-90`, `sh4`, `line-acc`, `body-kept`, `chrome-drop`. */
export function benchFigures(runs: readonly VariantRun[]): FigureSet {
  const figures: Record<string, number> = {};
  for (const { variant, scores: s } of runs) {
    const named = {
      p: s.p,
      r: s.r,
      f1: s.f1,
      f1sh: s.f1sh,
      'micro-p': s.microP,
      'micro-r': s.microR,
      'micro-f1': s.microF1,
      'f1-90': s.f1Share90,
      sh4: s.sh4.f1,
      'line-acc': s.lineAcc,
      'body-kept': s.bodyKept,
      'chrome-drop': s.chromeDrop,
    };
    for (const [name, value] of Object.entries(named)) figures[`${variant}-${name}`] = value;
  }
  return { figures };
}

/** `<extractor>-sh4` (cleaned sh4-F1), `-sh4-p`, `-sh4-r`, `-tok-p|r|f1`, and `-raw-sh4`. */
export function extractorFigures(runs: readonly ExtractorRun[]): FigureSet {
  const figures: Record<string, number> = {};
  for (const { name, scores } of runs) {
    const { sh4, tok } = scores.cleaned;
    Object.assign(figures, {
      [`${name}-sh4`]: sh4.f1,
      [`${name}-sh4-p`]: sh4.p,
      [`${name}-sh4-r`]: sh4.r,
      [`${name}-tok-p`]: tok.p,
      [`${name}-tok-r`]: tok.r,
      [`${name}-tok-f1`]: tok.f1,
      [`${name}-raw-sh4`]: scores.raw.sh4.f1,
    });
  }
  const noDrop = runs.map(({ name, scores }) => ({
    name,
    raw: scores.raw.sh4.f1,
    cleaned: scores.cleaned.sh4.f1,
  }));
  return { figures, noDrop };
}
