import { pageF1, recall, summarizePages } from './scores.js';
import { type Counts, compareTexts, textBags } from './tokens.js';

/** One page of one extractor: the gold, the extractor's text and that text after cleaning. */
export interface ExtractorPage {
  id: string;
  gold: string;
  raw: string;
  cleaned: string;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** sh4: Scrapinghub's P, R and 2PR/(P+R); tok: mean P, mean R and mean per-page F1. */
export interface SideScores {
  sh4: Prf;
  tok: Prf;
}

export interface ExtractorPageScore {
  id: string;
  rawRecall: number;
  cleanedRecall: number;
  rawF1: number;
  cleanedF1: number;
}

export interface ExtractorScores {
  pages: number;
  raw: SideScores;
  cleaned: SideScores;
  /** cleaned minus raw. */
  delta: SideScores;
  /** Pages where cleaning lowered the page's token recall by more than 0.02. */
  overDeleted: number;
  perPage: ExtractorPageScore[];
}

/** How much a cleaned page's token recall may fall below the raw one before it counts as over-deletion. */
export const OVER_DELETION = 0.02;

/** Score one extractor's raw and cleaned outputs against the gold. */
export function scoreExtractor(pages: readonly ExtractorPage[]): ExtractorScores {
  const compared = pages.map((page) => {
    const gold = textBags(page.gold);
    return { id: page.id, raw: compareTexts(gold, page.raw), cleaned: compareTexts(gold, page.cleaned) };
  });
  const perPage = compared.map(({ id, raw, cleaned }) => ({
    id,
    rawRecall: recall(raw.tokens),
    cleanedRecall: recall(cleaned.tokens),
    rawF1: pageF1(raw.tokens),
    cleanedF1: pageF1(cleaned.tokens),
  }));
  const raw = side(compared.map((page) => page.raw));
  const cleaned = side(compared.map((page) => page.cleaned));
  return {
    pages: pages.length,
    raw,
    cleaned,
    delta: { sh4: minus(cleaned.sh4, raw.sh4), tok: minus(cleaned.tok, raw.tok) },
    overDeleted: perPage.filter((page) => page.rawRecall - page.cleanedRecall > OVER_DELETION).length,
    perPage,
  };
}

function side(pages: readonly { tokens: Counts; sh4: Counts }[]): SideScores {
  const sh4 = summarizePages(pages.map((page) => page.sh4));
  const tok = summarizePages(pages.map((page) => page.tokens));
  return { sh4: { p: sh4.p, r: sh4.r, f1: sh4.f1sh }, tok: { p: tok.p, r: tok.r, f1: tok.f1 } };
}

function minus(a: Prf, b: Prf): Prf {
  return { p: a.p - b.p, r: a.r - b.r, f1: a.f1 - b.f1 };
}
