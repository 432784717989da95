/**
 * Clean one JSON Lines record: parse it, clean its text field, and splice the cleaned text
 * (and, with --annotate, a `clean_article` object) back into the raw line. Runs in the worker
 * threads as well as inline, so it gets plain data in and gives plain data back.
 */
import { cleanArticle } from '../index.js';
import { parseRecord, spliceRecord } from '../io/json-record.js';
import type { CleanOptions, CleanStats } from '../types.js';

const UTF8 = new TextEncoder();

/** How records are read: what --text-key, --group-key and --annotate say. */
export interface RecordSettings {
  textKey: string;
  groupKey: string | undefined;
  annotate: boolean;
}

export type RecordOutcome =
  | {
      ok: true;
      /**
       * The record to write, UTF-8, without its line ending. Bytes rather than a string: a
       * worker hands the buffer over without a copy, and the main thread's heap never holds
       * the records waiting to be written.
       */
      out: Uint8Array;
      stats: CleanStats;
      truncated: boolean;
      /** UTF-8 bytes of the text field before and after cleaning. */
      bytesIn: number;
      bytesOut: number;
      /** The text had words in it, and none of them were kept. */
      emptied: boolean;
    }
  | { ok: false; message: string };

/** The learned boilerplate of a group, if its group was learned. */
export type RepeatedFor = (group: string | undefined) => ReadonlySet<string> | undefined;

/** Clean the record in `raw`; a record that cannot be cleaned says why and is written as it is. */
export function cleanRecord(
  raw: string,
  settings: RecordSettings,
  clean: CleanOptions,
  repeatedFor: RepeatedFor,
): RecordOutcome {
  const parsed = parseRecord(raw, settings.textKey, settings.groupKey);
  if (!parsed.ok) return parsed;
  const repeated = repeatedFor(parsed.group);
  const result = cleanArticle(parsed.text, repeated ? { ...clean, repeated } : clean);
  const extra: Record<string, string> = {};
  if (settings.annotate) {
    extra.clean_article = JSON.stringify({
      labels: result.lines.map((line) => line.label),
      rules: result.lines.map((line) => line.ruleId),
      stats: result.stats,
      truncated: result.truncated,
    });
  }
  return {
    ok: true,
    out: UTF8.encode(spliceRecord(raw, settings.textKey, JSON.stringify(result.text), extra)),
    stats: result.stats,
    truncated: result.truncated,
    bytesIn: Buffer.byteLength(parsed.text),
    bytesOut: Buffer.byteLength(result.text),
    emptied: result.text.trim() === '' && parsed.text.trim() !== '',
  };
}
