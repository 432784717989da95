/**
 * Which of many literal fragments occur in a text, found in one pass over it: an Aho–Corasick
 * automaton compiled to a table, so that each character of the text costs two array reads.
 * Each fragment is filed with ids (the matcher's rule numbers); `collect` lists the ids of
 * the fragments the text contains, each once.
 *
 * The index may list more ids than the text strictly holds, never fewer: the matcher then
 * runs the rule's own test, which decides. Two approximations keep the table small (a table
 * of every character of every fragment would take megabytes and milliseconds to build):
 *
 * - a fragment is filed under its first few characters (a text holding it holds them);
 * - characters that few fragments use share one column, so a fragment holding one of them is
 *   found in a text holding another one of them at that place.
 */

/** Characters of a fragment that are filed: a longer prefix is rarely more selective. */
const PREFIX = 6;
/**
 * Columns of the table: the most used characters get their own, the rest share the last. A
 * power of two, so that a row starts at `state << COLUMN_BITS`.
 */
const COLUMN_BITS = 7;
const MAX_COLUMNS = 1 << COLUMN_BITS;
/** Fragments this short get columns of their own for all their characters. */
const SHORT = 3;

/** What the matcher asks of a literal index (this automaton, or quick-literal-index.ts). */
export interface FragmentIndex {
  /** Write into `out` the ids filed under fragments the text may hold, each once; returns how many. */
  collect(text: string, out: Int32Array): number;
}

/**
 * The number of an index's next `collect` call, which marks the ids it lists (`listed[id]`) so
 * that each is listed once without clearing the marks between calls; when the numbers wrap
 * round, the marks are cleared.
 */
export function nextCallNumber(call: number, listed: Uint32Array): number {
  if (call + 1 < 0xffffffff) return call + 1;
  listed.fill(0);
  return 1;
}

export class LiteralIndex implements FragmentIndex {
  /** The column of each UTF-16 code unit; 0 for one that no fragment holds. */
  private readonly columnOf = new Uint8Array(0x10000);
  /**
   * The next state for each state and column, row by row. Held in 16 bits when the states
   * fit: the table is read once per character of every line, and between two lines the rest
   * of the classifier pushes it out of the cache; at half the size more of it stays.
   */
  private readonly table: Uint16Array | Int32Array;
  /** Ids of the fragments found on reaching each state (those of its suffixes included). */
  private readonly outputs: (readonly number[] | undefined)[];
  /**
   * States are numbered so that those with ids come last, from this number on: most
   * characters of a text lead to a state without ids, and the comparison tells so without
   * reading `outputs`.
   */
  private readonly firstOutput: number;
  /** The call during which each id was last listed, so that `collect` lists it once. */
  private readonly listed: Uint32Array;
  private call = 0;

  /** `entries`: each fragment with the ids filed under it. Ids are small non-negative integers. */
  constructor(entries: readonly { fragment: string; ids: readonly number[] }[]) {
    const filed = entries.map(({ fragment, ids }) => {
      if (fragment.length === 0) throw new Error('an empty fragment would be found in every text');
      return { key: fragment.slice(0, PREFIX), ids };
    });
    this.assignColumns(filed.map((entry) => entry.key));
    const trie = new Trie();
    let maxId = -1;
    for (const { key, ids } of filed) {
      const columns: number[] = [];
      for (let i = 0; i < key.length; i++) columns.push(this.columnOf[key.charCodeAt(i)] as number);
      trie.insert(columns, ids);
      for (const id of ids) maxId = Math.max(maxId, id);
    }
    ({
      table: this.table,
      outputs: this.outputs,
      firstOutput: this.firstOutput,
    } = outputStatesLast(trie.compile()));
    this.listed = new Uint32Array(maxId + 1);
  }

  /** Write into `out` the ids of the fragments found in `text`, each once; returns how many. */
  collect(text: string, out: Int32Array): number {
    const call = this.nextCall();
    const { columnOf, table, outputs, listed, firstOutput } = this;
    let count = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = table[(state << COLUMN_BITS) + (columnOf[text.charCodeAt(i)] as number)] as number;
      if (state < firstOutput) continue;
      for (const id of outputs[state] as readonly number[]) {
        if (listed[id] === call) continue;
        listed[id] = call;
        out[count++] = id;
      }
    }
    return count;
  }

  private nextCall(): number {
    this.call = nextCallNumber(this.call, this.listed);
    return this.call;
  }

  /**
   * Give columns of their own first to the characters of short fragments (a shared column
   * would make a one-character fragment such as `©` be found beside any rare character), then
   * to ASCII, then to the most used.
   */
  private assignColumns(keys: readonly string[]): void {
    const uses = new Map<number, number>();
    const inShort = new Set<number>();
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        uses.set(c, (uses.get(c) ?? 0) + 1);
        if (key.length <= SHORT) inShort.add(c);
      }
    }
    const rank = new Map<number, number>();
    for (const [c, n] of uses) {
      rank.set(c, n + (inShort.has(c) ? 2 * keys.length : 0) + (c < 0x80 ? keys.length : 0));
    }
    const byRank = [...rank].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const own = byRank.length < MAX_COLUMNS ? byRank.length : MAX_COLUMNS - 2;
    byRank.forEach(([c], k) => {
      this.columnOf[c] = k < own ? k + 1 : own + 1;
    });
  }
}

interface Automaton {
  table: Uint16Array | Int32Array;
  outputs: (readonly number[] | undefined)[];
}

/**
 * The same automaton with its states renumbered: the start state first, then the states
 * without ids, then those with ids (from `firstOutput` on).
 */
function outputStatesLast({ table, outputs }: Automaton): Automaton & { firstOutput: number } {
  const states = outputs.length;
  const order = [0];
  for (let state = 1; state < states; state++) if (outputs[state] === undefined) order.push(state);
  const firstOutput = order.length;
  for (let state = 1; state < states; state++) if (outputs[state] !== undefined) order.push(state);
  const renumbered = new Int32Array(states);
  order.forEach((old, next) => {
    renumbered[old] = next;
  });
  const width = MAX_COLUMNS;
  const moved = table instanceof Uint16Array ? new Uint16Array(table.length) : new Int32Array(table.length);
  order.forEach((old, next) => {
    for (let column = 0; column < width; column++) {
      moved[next * width + column] = renumbered[table[old * width + column] as number] as number;
    }
  });
  return { table: moved, outputs: order.map((old) => outputs[old]), firstOutput };
}

/** A trie over column numbers, compiled breadth first into the automaton's table. */
class Trie {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly ids: (number[] | undefined)[] = [undefined];

  insert(columns: readonly number[], ids: readonly number[]): void {
    let state = 0;
    for (const column of columns) {
      const edges = this.children[state] as Map<number, number>;
      let next = edges.get(column);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.ids.push(undefined);
        edges.set(column, next);
      }
      state = next;
    }
    this.ids[state] = [...(this.ids[state] ?? []), ...ids];
  }

  /**
   * Every state's next state on every column: its child, or else where its longest proper
   * suffix state goes (already known, being shallower). Outputs gather the suffixes' ids.
   */
  compile(): { table: Uint16Array | Int32Array; outputs: (readonly number[] | undefined)[] } {
    const width = MAX_COLUMNS;
    const size = this.children.length * width;
    const table = this.children.length <= 0x10000 ? new Uint16Array(size) : new Int32Array(size);
    const fail = new Int32Array(this.children.length);
    const outputs: (readonly number[] | undefined)[] = this.ids.map((ids) => ids && [...new Set(ids)]);
    for (const [column, child] of this.children[0] as Map<number, number>) table[column] = child;
    const queue = [...(this.children[0] as Map<number, number>).values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const suffix = fail[state] as number;
      table.copyWithin(state * width, suffix * width, suffix * width + width);
      for (const [column, child] of this.children[state] as Map<number, number>) {
        table[state * width + column] = child;
        fail[child] = table[suffix * width + column] as number;
        outputs[child] = merged(outputs[child], outputs[fail[child] as number]);
        queue.push(child);
      }
    }
    return { table, outputs };
  }
}

function merged(own: readonly number[] | undefined, inherited: readonly number[] | undefined) {
  if (!inherited) return own;
  if (!own) return inherited;
  return [...new Set([...own, ...inherited])];
}
