/**
 * Repeated-boilerplate learning. In a batch, a line that recurs in many documents of the same
 * group (a site, a folder) is site boilerplate that no built-in rule may know: a footer, a
 * promo, a house disclaimer. Lines are compared after normalising case, digits, whitespace and
 * punctuation, so "Read 3 more stories" and "Read 12 more stories!" are the same line.
 */
import { readingForm } from './text/spacing.js';

export interface RepeatOptions {
  /** A line must occur in at least this many documents of the group (default 5). */
  minDocs?: number;
  /** …and in at least this share of the group's documents (default 0.2). */
  minShare?: number;
  /** Distinct lines remembered per group; the rarest are forgotten first (default 50,000). */
  maxLinesPerGroup?: number;
}

const DEFAULTS = { minDocs: 5, minShare: 0.2, maxLinesPerGroup: 50_000 };

/** Shortest normalised line worth learning: single words ("Share") are the rules' business. */
const MIN_KEY_LENGTH = 8;
/** Longest line considered: long paragraphs that repeat are quotes or syndicated body. */
const MAX_LINE_LENGTH = 400;

/**
 * The comparison key of a line: lower case, each run of numerals as 0, every other run of
 * characters that are neither letters nor numerals as one space, trimmed. The same as
 * `.toLowerCase().replace(/\p{N}+/gu, '0').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, in one
 * pass: it runs on every line of a batch twice (learning, then classifying).
 */
export function repeatKey(line: string): string {
  const lower = line.toLowerCase();
  let key = '';
  let previous = OTHER;
  let runStart = -1; // start of the current run of letters, copied in one slice
  for (let i = 0; i < lower.length; ) {
    const width = (lower.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const kind = charKind(lower, i, width);
    if (kind === LETTER) {
      if (runStart < 0) {
        if (previous === OTHER && key.length > 0) key += ' ';
        runStart = i;
      }
    } else {
      if (runStart >= 0) key += lower.slice(runStart, i);
      runStart = -1;
      if (kind === NUMERAL && previous !== NUMERAL) {
        if (previous === OTHER && key.length > 0) key += ' ';
        key += '0';
      }
    }
    previous = kind;
    i += width;
  }
  if (runStart >= 0) key += lower.slice(runStart);
  return key;
}

const LETTER = 1;
const NUMERAL = 2;
const OTHER = 3;
/** The kind of each BMP character, filled in as met: 0 not yet known. */
const BMP_KIND = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMERAL = /^\p{N}$/u;

function charKind(text: string, at: number, width: number): number {
  if (width === 2) return classify(text.slice(at, at + 2));
  const code = text.charCodeAt(at);
  let kind = BMP_KIND[code] as number;
  if (kind === 0) {
    kind = classify(text[at] as string);
    BMP_KIND[code] = kind;
  }
  return kind;
}

function classify(char: string): number {
  if (IS_LETTER.test(char)) return LETTER;
  return IS_NUMERAL.test(char) ? NUMERAL : OTHER;
}

/** Counts, per group, how many documents contain each line; bounded in memory. */
export class RepeatLearner {
  private readonly groups = new Map<string, { docs: number; lines: Map<string, number> }>();
  private readonly options: Required<RepeatOptions>;

  constructor(options: RepeatOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Count the distinct lines of one document of a group. */
  addDocument(group: string, text: string): void {
    let entry = this.groups.get(group);
    if (!entry) {
      entry = { docs: 0, lines: new Map() };
      this.groups.set(group, entry);
    }
    entry.docs++;
    const seen = new Set<string>();
    for (const line of text.split(/\r\n|\n|\r/u)) {
      if (line.length > MAX_LINE_LENGTH) continue;
      // Read as the classifier reads it, so that a key learned here is the key it looks up.
      const key = repeatKey(readingForm(line));
      if (key.length < MIN_KEY_LENGTH || seen.has(key)) continue;
      seen.add(key);
      entry.lines.set(key, (entry.lines.get(key) ?? 0) + 1);
    }
    if (entry.lines.size > this.options.maxLinesPerGroup)
      forgetRarest(entry.lines, this.options.maxLinesPerGroup);
  }

  /** Documents counted in a group. */
  documents(group: string): number {
    return this.groups.get(group)?.docs ?? 0;
  }

  /** The keys of the lines that recur often enough in a group to count as its boilerplate. */
  repeatedLines(group: string): string[] {
    const entry = this.groups.get(group);
    if (!entry) return [];
    const needed = Math.max(this.options.minDocs, Math.ceil(this.options.minShare * entry.docs));
    const keys: string[] = [];
    for (const [key, count] of entry.lines) if (count >= needed) keys.push(key);
    return keys.sort();
  }
}

/** Keep the `limit` lines seen in most documents: rare lines cannot become boilerplate anyway. */
function forgetRarest(lines: Map<string, number>, limit: number): void {
  const sorted = [...lines.entries()].sort((a, b) => b[1] - a[1]);
  lines.clear();
  for (const [key, count] of sorted.slice(0, Math.floor(limit / 2))) lines.set(key, count);
}
