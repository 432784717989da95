/**
 * `--format json`: one JSON object per input per line (JSON Lines), so a batch can be
 * streamed into jq or a data pipeline one article at a time. Never coloured.
 */
import type { CleanResult } from '../types.js';

/** The record of a cleaned input; `lines` are the decisions exactly as classifyLines returns them. */
export function jsonRecord(path: string, result: CleanResult): string {
  const { lines, text, stats, truncated } = result;
  return `${JSON.stringify({ path, lines, text, stats, truncated })}\n`;
}

/** The record of an input that failed; the same problem also goes to stderr. */
export function jsonErrorRecord(path: string, error: { code: string; message: string }): string {
  return `${JSON.stringify({ path, error: { code: error.code, message: error.message } })}\n`;
}
