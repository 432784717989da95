/**
 * The work a cleaner does, as plain data, so the same code runs inline and in a worker thread:
 * a document to clean (files) or a raw JSON Lines record. Learned boilerplate is registered
 * once per group, and tasks only name their group.
 */
import { cleanArticle } from '../index.js';
import type { CleanOptions, CleanResult } from '../types.js';
import { cleanRecord, type RecordOutcome, type RecordSettings } from './record.js';

/** What every cleaner is set up with. Rule packs are JSON data, so they cross to workers as they are. */
export interface CleanerSetup {
  clean: CleanOptions;
  record: RecordSettings;
}

/**
 * `full` returns every line decision (json and explain need them); `text` leaves `lines`
 * empty, which saves copying them between threads when only the text is written.
 */
export type Detail = 'full' | 'text';

export type Task =
  | { kind: 'doc'; text: string; group: string | undefined; detail: Detail }
  | { kind: 'record'; raw: string; input: number };

export type TaskResult = CleanResult | RecordOutcome;

/** The id of a JSON Lines group: groups of different inputs are learned apart. */
export function recordGroupId(input: number, group: string | undefined): string {
  return `${input}\u0000${group ?? ''}`;
}

/** Runs tasks with one setup; the learned sets are kept as Sets, keyed by group id. */
export class CleanService {
  private readonly repeated = new Map<string, ReadonlySet<string>>();

  constructor(private readonly setup: CleanerSetup) {}

  setRepeated(group: string, keys: readonly string[]): void {
    this.repeated.set(group, new Set(keys));
  }

  run(task: Task): TaskResult {
    if (task.kind === 'record') {
      return cleanRecord(task.raw, this.setup.record, this.setup.clean, (group) =>
        this.repeated.get(recordGroupId(task.input, group)),
      );
    }
    const repeated = task.group === undefined ? undefined : this.repeated.get(task.group);
    const result = cleanArticle(task.text, repeated ? { ...this.setup.clean, repeated } : this.setup.clean);
    return task.detail === 'full' ? result : { ...result, lines: [] };
  }
}
