/**
 * Repeated-boilerplate learning. In a batch, a line that recurs in many documents of the same
 * group (a site, a folder) is site boilerplate that no built-in rule may know: a footer, a
 * promo, a house disclaimer. Lines are compared after normalising case, digits, whitespace and
 * punctuation, so "Read 3 more stories" and "Read 12 more stories!" are the same line.
 */

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

/** The comparison key of a line: lower case, digits as 0, letters and digits only, single spaces. */
export function repeatKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
      const key = repeatKey(line);
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
