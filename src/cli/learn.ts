/**
 * The first pass of repeated-boilerplate learning. For files, a group is the folder a file
 * sits in, and every folder with at least LEARN_MIN_DOCS files is read once before cleaning
 * (at most `sample` files each). For JSON Lines, a group is the value of --group-key (or the
 * whole input), learned from the first `sample` records. Lines that recur in enough documents
 * of a group become its boilerplate (src/repeat.ts); the second pass cleans with them.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import { RepeatLearner } from '../index.js';
import { decodeBytes } from '../io/decode.js';
import { type InputEntry, readInput } from '../io/inputs.js';
import { parseRecord } from '../io/json-record.js';
import { isBlankLine, type RawLine } from '../io/jsonl.js';

/** Learning needs this many documents in a group; fewer say too little about the site. */
export const LEARN_MIN_DOCS = 20;

export interface LearnSettings {
  enabled: boolean;
  minDocs: number;
  minShare: number;
  /** Documents per folder, records per JSON Lines input, read by the first pass. */
  sample: number;
}

/** The group of a file: the folder it sits in. */
export function folderGroup(entry: InputEntry): string | undefined {
  return entry.kind === 'file' ? path.dirname(entry.absolute) : undefined;
}

/** Learn each large enough folder's boilerplate; unreadable files are left to the second pass to report. */
export async function learnFolders(
  entries: readonly InputEntry[],
  settings: LearnSettings,
  stdin: () => Readable,
  encoding: string | undefined,
): Promise<Map<string, string[]>> {
  const byFolder = new Map<string, InputEntry[]>();
  for (const entry of entries) {
    const group = folderGroup(entry);
    if (group === undefined) continue;
    const files = byFolder.get(group);
    if (files) files.push(entry);
    else byFolder.set(group, [entry]);
  }
  const learner = new RepeatLearner({ minDocs: settings.minDocs, minShare: settings.minShare });
  const learned = new Map<string, string[]>();
  for (const [group, files] of byFolder) {
    if (files.length < LEARN_MIN_DOCS) continue;
    for (const entry of files.slice(0, settings.sample)) {
      const text = await readText(entry, stdin, encoding);
      if (text !== undefined) learner.addDocument(group, text);
    }
    keep(learned, group, learner);
  }
  return learned;
}

async function readText(entry: InputEntry, stdin: () => Readable, encoding: string | undefined) {
  try {
    const decoded = decodeBytes(await readInput(entry, stdin), encoding);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

function keep(learned: Map<string, string[]>, group: string, learner: RepeatLearner): void {
  if (learner.documents(group) < LEARN_MIN_DOCS) return;
  const keys = learner.repeatedLines(group);
  if (keys.length > 0) learned.set(group, keys);
}

/**
 * Learns from JSON Lines records one at a time, so that a file's sample is never held in
 * memory. The keys of the result are the --group-key values; records without one (or all of
 * them, without --group-key) form the group ''. Bad records are skipped here and reported by
 * the second pass.
 */
export class RecordLearner {
  private readonly learner: RepeatLearner;
  private readonly groups = new Set<string>();

  constructor(
    settings: LearnSettings,
    private readonly textKey: string,
    private readonly groupKey: string | undefined,
  ) {
    this.learner = new RepeatLearner({ minDocs: settings.minDocs, minShare: settings.minShare });
  }

  add({ bytes }: RawLine): void {
    if (isBlankLine(bytes)) return;
    const parsed = parseRecord(bytes.toString('utf8'), this.textKey, this.groupKey);
    if (!parsed.ok) return;
    this.groups.add(parsed.group ?? '');
    this.learner.addDocument(parsed.group ?? '', parsed.text);
  }

  /** Each learned group's boilerplate keys. */
  learned(): Map<string, string[]> {
    const learned = new Map<string, string[]>();
    for (const group of this.groups) keep(learned, group, this.learner);
    return learned;
  }
}
