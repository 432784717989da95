/**
 * Which of many literal fragments occur in a text, from an index that is quick to build: each
 * fragment is filed under a hash of its first three characters (of all it has, when it is
 * shorter), and a text is read position by position, each fragment filed under the
 * characters found there checked in place. It builds in a few milliseconds, a tenth of the
 * time LiteralIndex's automaton takes, and reads a line several times slower, so the matcher
 * starts with it and builds the automaton once it has seen enough text to pay for it.
 *
 * Same contract as LiteralIndex: `collect` lists, each once, the ids filed under fragments
 * the text holds; here exactly those (fragments are checked whole, not by a prefix).
 */
import { type FragmentIndex, nextCallNumber } from './literal-index.js';

/** Buckets of each table: powers of two, so that a hash is cut with a mask. */
const TRIGRAM_BUCKETS = 1 << 14;
const BIGRAM_BUCKETS = 1 << 12;

/** The fragments filed under one hash, each with one id (a fragment with several ids is filed once for each). */
interface Bucket {
  fragments: string[];
  ids: number[];
}

export class QuickLiteralIndex implements FragmentIndex {
  /** Ids of the fragments of one code unit, by that unit. */
  private readonly single = new Map<number, number[]>();
  /** A lookup that spares the map a call for the units no one-unit fragment is. */
  private readonly isSingle = new Uint8Array(0x10000);
  private readonly bigrams: (Bucket | undefined)[] = new Array(BIGRAM_BUCKETS);
  private readonly trigrams: (Bucket | undefined)[] = new Array(TRIGRAM_BUCKETS);
  /** The call during which each id was last listed, so that `collect` lists it once. */
  private listed = new Uint32Array(0);
  private call = 0;

  /** `entries`: each fragment with the ids filed under it. Ids are small non-negative integers. */
  constructor(entries: readonly { fragment: string; ids: readonly number[] }[] = []) {
    for (const { fragment, ids } of entries) for (const id of ids) this.file(fragment, id);
  }

  /** File one more fragment under an id (the matcher files each rule's straight from its list). */
  file(fragment: string, id: number): void {
    if (fragment.length === 0) throw new Error('an empty fragment would be found in every text');
    if (id >= this.listed.length) this.listed = new Uint32Array(Math.max(64, 2 * (id + 1)));
    if (fragment.length === 1) {
      const unit = fragment.charCodeAt(0);
      const ids = this.single.get(unit);
      if (ids) ids.push(id);
      else this.single.set(unit, [id]);
      this.isSingle[unit] = 1;
      return;
    }
    const short = fragment.length === 2;
    const table = short ? this.bigrams : this.trigrams;
    const a = fragment.charCodeAt(0);
    const b = fragment.charCodeAt(1);
    const hash = short ? bigram(a, b) : trigram(a, b, fragment.charCodeAt(2));
    const bucket = table[hash];
    if (bucket) {
      bucket.fragments.push(fragment);
      bucket.ids.push(id);
    } else table[hash] = { fragments: [fragment], ids: [id] };
  }

  /** Write into `out` the ids filed under the fragments `text` holds; returns how many. */
  collect(text: string, out: Int32Array): number {
    const call = this.nextCall();
    const listed = this.listed;
    let count = 0;
    const list = (id: number) => {
      if (listed[id] === call) return;
      listed[id] = call;
      out[count++] = id;
    };
    const check = (bucket: Bucket | undefined, at: number) => {
      if (bucket === undefined) return;
      const { fragments, ids } = bucket;
      for (let k = 0; k < fragments.length; k++) {
        if (listed[ids[k] as number] !== call && text.startsWith(fragments[k] as string, at))
          list(ids[k] as number);
      }
    };
    const length = text.length;
    let next = length > 0 ? text.charCodeAt(0) : 0;
    let afterNext = length > 1 ? text.charCodeAt(1) : 0;
    for (let i = 0; i < length; i++) {
      const unit = next;
      next = afterNext;
      afterNext = i + 2 < length ? text.charCodeAt(i + 2) : 0;
      if (this.isSingle[unit] === 1) for (const id of this.single.get(unit) as number[]) list(id);
      if (i + 1 >= length) break;
      check(this.bigrams[bigram(unit, next)], i);
      if (i + 2 < length) check(this.trigrams[trigram(unit, next, afterNext)], i);
    }
    return count;
  }

  private nextCall(): number {
    this.call = nextCallNumber(this.call, this.listed);
    return this.call;
  }
}

function bigram(a: number, b: number): number {
  return (a * 31 + b) & (BIGRAM_BUCKETS - 1);
}

function trigram(a: number, b: number, c: number): number {
  return (a * 961 + b * 31 + c) & (TRIGRAM_BUCKETS - 1);
}
