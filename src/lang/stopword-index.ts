/**
 * Stop-word lookup on a word read in place: every line's words are looked up (for the
 * language guess and for the line's features), and slicing each word out to ask a Set made
 * a string per word. A word's code units are hashed where they lie, and a hit is confirmed
 * by comparing them with the stop word, so the answer is exactly that of `set.has(word)`
 * with ’ read as ' (as the callers normalised the word before).
 */
export class StopWordIndex {
  private readonly words: string[] = [];
  /** Bit k of entry n: word n is a stop word of language k. */
  private readonly masks: number[] = [];
  /** Open addressing: word number + 1 in the slot of its hash (0 for an empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly longest: number;

  /** `sets[k]`: the stop words of language k (at most 31 languages). */
  constructor(sets: readonly ReadonlySet<string>[]) {
    const numbers = new Map<string, number>();
    sets.forEach((set, k) => {
      for (const word of set) {
        let n = numbers.get(word);
        if (n === undefined) {
          n = this.words.length;
          numbers.set(word, n);
          this.words.push(word);
          this.masks.push(0);
        }
        this.masks[n] = (this.masks[n] as number) | (1 << k);
      }
    });
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.longest = Math.max(0, ...this.words.map((word) => word.length));
    this.words.forEach((word, n) => {
      let slot = hashOf(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = n + 1;
    });
  }

  /** The languages (as bits) whose stop word is text[start, end) with ’ read as '; 0 if none. */
  languagesOf(text: string, start: number, end: number): number {
    if (end - start > this.longest) return 0;
    return this.languagesOfHashed(text, start, end, hashOf(text, start, end));
  }

  /**
   * languagesOf, given the hash of the word (see `wordHash`): a scanner that reads the word's
   * units anyway hashes them as it goes, and the lookup need not read them again to hash.
   */
  languagesOfHashed(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (length > this.longest) return 0;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return 0;
      if (sameWord(this.words[entry - 1] as string, text, start, length))
        return this.masks[entry - 1] as number;
      slot = (slot + 1) & this.mask;
    }
  }
}

const RIGHT_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

function unitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === RIGHT_QUOTE ? APOSTROPHE : c;
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = wordHash(h, unitAt(text, i));
  return h;
}

/**
 * The hash of a word so far, `h`, extended by its next code unit (’ given as '); a word's
 * hash starts at 0.
 */
export function wordHash(h: number, unit: number): number {
  return (Math.imul(h, 31) + unit) | 0;
}

function sameWord(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== unitAt(text, start + i)) return false;
  return true;
}
