import { type SourceLine, splitLines } from './text/lines.js';
import type { ClassifyOptions, LineDecision } from './types.js';

export interface DocumentClassification {
  decisions: LineDecision[];
  language: string;
  truncated: boolean;
}

/** Placeholder until the scorer and decoder land: every line is body. */
export function classifyDocument(source: readonly SourceLine[], _options: ClassifyOptions = {}): DocumentClassification {
  const decisions: LineDecision[] = source.map((line, index) => ({
    line: index + 1,
    text: line.text,
    label: 'body',
    ruleId: 'feature/prose',
    reason: 'prose line',
    confidence: 0.5,
  }));
  return { decisions, language: 'en', truncated: false };
}

/** One decision per input line, in order. */
export function classifyLines(text: string, options: ClassifyOptions = {}): LineDecision[] {
  return classifyDocument(splitLines(text), options).decisions;
}
