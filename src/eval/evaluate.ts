import { cleanArticle } from '../index.js';
import { splitLines } from '../text/lines.js';
import { isLabel, type Label } from '../types.js';
import {
  type BenchPage,
  type BenchPageScore,
  prepareBenchPage,
  scoreBenchPage,
  summarizeVariant,
  type VariantScores,
} from './bench.js';
import { type CorpusDoc, type CorpusScores, scoreCorpus } from './corpus.js';
import type { BenchData, CorpusData, ExtractorData } from './datasets.js';
import { type ExtractorScores, scoreExtractor } from './extractors.js';
import { type GoldIndex, indexGold } from './line-labels.js';

/** What one in-process run of cleanArticle gave: the kept text and one decision per line. */
export interface Cleaned {
  text: string;
  labels: (Label | null)[];
  ruleIds: string[];
  /** The thrown message when cleanArticle crashed; the output then counts as empty. */
  error: string | null;
}

/** Run cleanArticle; a crash becomes an empty output with no decisions. */
export function cleanSafely(text: string): Cleaned {
  try {
    const result = cleanArticle(text);
    return {
      text: result.text,
      labels: result.lines.map((line) => line.label),
      ruleIds: result.lines.map((line) => line.ruleId),
      error: null,
    };
  } catch (error) {
    return {
      text: '',
      labels: [],
      ruleIds: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

export interface CorpusDocRun extends CorpusDoc {
  lines: string[];
  ruleIds: string[];
}

export interface CorpusRun {
  scores: CorpusScores;
  keepAll: CorpusScores;
  docs: CorpusDocRun[];
  crashes: string[];
  problems: string[];
}

/** Clean every corpus document and score its decisions, beside the keep-all baseline. */
export function evaluateCorpus(data: CorpusData): CorpusRun {
  const docs: CorpusDocRun[] = [];
  const crashes: string[] = [];
  const problems: string[] = [];
  for (const { id, text, labels } of data.docs) {
    const lines = splitLines(text).map((line) => line.text);
    const gold = splitLines(labels).map((line) => line.text.trim());
    if (gold.at(-1) === '') gold.pop();
    const problem = labelProblem(id, gold, lines.length);
    if (problem !== null) {
      problems.push(problem);
      continue;
    }
    const cleaned = cleanSafely(text);
    if (cleaned.error !== null) crashes.push(`${id}: ${cleaned.error}`);
    const pred = lines.map((_, i) => cleaned.labels[i] ?? null);
    docs.push({ id, gold: gold as Label[], pred, lines, ruleIds: cleaned.ruleIds });
  }
  const keepAll = docs.map((doc) => ({ ...doc, pred: doc.gold.map((): Label => 'body') }));
  return { scores: scoreCorpus(docs), keepAll: scoreCorpus(keepAll), docs, crashes, problems };
}

/** Why a label file cannot be scored against its text, or null when it can. */
function labelProblem(id: string, gold: readonly string[], lines: number): string | null {
  const bad = gold.findIndex((label) => !isLabel(label));
  if (bad >= 0) return `${id}.labels:${bad + 1}: unknown label "${gold[bad]}"`;
  return gold.length === lines ? null : `${id}: ${lines} lines but ${gold.length} labels`;
}

export type Variant = 'full' | 'window';

export interface VariantRun {
  variant: Variant;
  pages: BenchPage[];
  clean: BenchPageScore[];
  ruleIds: string[][];
  scores: VariantScores;
  keepAllScores: VariantScores;
  crashes: string[];
}

/** Clean every page of each bench variant and score the output, beside keep-all (output = input). */
export function evaluateBench(data: BenchData, variants: readonly Variant[]): VariantRun[] {
  const golds = new Map(data.pages.map((page) => [page.id, indexGold(page.gold)]));
  return variants.map((variant) => evaluateVariant(data, variant, golds));
}

function evaluateVariant(
  data: BenchData,
  variant: Variant,
  golds: ReadonlyMap<string, GoldIndex>,
): VariantRun {
  const pages: BenchPage[] = [];
  const clean: BenchPageScore[] = [];
  const ruleIds: string[][] = [];
  const crashes: string[] = [];
  for (const { id, full, window } of data.pages) {
    const input = variant === 'full' ? full : window;
    const gold = golds.get(id);
    if (input === null || gold === undefined) continue;
    const page = prepareBenchPage(id, input, gold);
    const cleaned = cleanSafely(input);
    if (cleaned.error !== null) crashes.push(`${id}: ${cleaned.error}`);
    pages.push(page);
    clean.push(scoreBenchPage(page, cleaned.text));
    ruleIds.push(cleaned.ruleIds);
  }
  const keepAll = pages.map((page) => scoreBenchPage(page, page.lines.join('\n')));
  return {
    variant,
    pages,
    clean,
    ruleIds,
    scores: summarizeVariant(clean),
    keepAllScores: summarizeVariant(keepAll),
    crashes,
  };
}

export interface ExtractorRun {
  name: string;
  scores: ExtractorScores;
  crashes: string[];
}

/** Clean every extractor output and score raw and cleaned text against the gold. */
export function evaluateExtractors(data: ExtractorData): ExtractorRun[] {
  return data.extractors.map(({ name, outputs }) => {
    const crashes: string[] = [];
    const pages = data.gold.map(({ id, text }) => {
      const raw = outputs.get(id) ?? '';
      const cleaned = cleanSafely(raw);
      if (cleaned.error !== null) crashes.push(`${name}/${id}: ${cleaned.error}`);
      return { id, gold: text, raw, cleaned: cleaned.text };
    });
    return { name, scores: scoreExtractor(pages), crashes };
  });
}
