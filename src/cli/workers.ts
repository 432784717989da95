/**
 * All cores, output order kept. A Cleaner takes tasks and returns promises of their results;
 * the run loops keep a bounded window of them in flight and consume them strictly in the
 * order they were started (p-map's pMapIterable, on node:worker_threads). Small runs never
 * pay for threads: the first tasks are cleaned inline, and the pool starts only when a run
 * turns out to be large.
 */
import { Worker } from 'node:worker_threads';
import { type CleanerSetup, CleanService, type Task, type TaskResult } from './tasks.js';

export type WorkerRequest =
  | { type: 'repeated'; group: string; keys: readonly string[] }
  | { type: 'task'; id: number; task: Task };

export type WorkerReply = { id: number; result: TaskResult } | { id: number; error: string };

export interface Cleaner {
  /** Resolves to the result; rejects only if the task itself threw (or its worker died). */
  run(task: Task): Promise<TaskResult>;
  /** Register a group's learned boilerplate before any task of the group is run. */
  setRepeated(group: string, keys: readonly string[]): void;
  /** How many tasks may usefully be in flight at once. */
  readonly window: number;
  /**
   * The run is known to be large: start the threads now and clean nothing inline, so that the
   * main thread (which reads and writes) never loads the classifier's working set as well.
   */
  expectLarge(): void;
  close(): Promise<void>;
}

/** Longest an inline cleaner goes on before it lets the event loop take a turn. */
const TURN_EVERY_MS = 10;

/** Tasks cleaned inline before a pool is started: a handful of documents is not worth a thread. */
export const INLINE_TASKS = 32;
/** Tasks in flight per worker: enough to keep every thread busy, few enough to keep memory flat. */
const PER_WORKER = 8;
/**
 * Each thread is a V8 isolate with its own heap, and V8 lets a heap fill with garbage before it
 * collects. Capping the young and old generations makes a thread collect early, so that a run
 * with two threads stays under 200 MB resident however long it runs. A document too big for
 * the cap is not lost: it is cleaned again in the main thread, whose heap has no such cap.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/** One worker thread per job beyond the first INLINE_TASKS tasks; with one job, everything inline. */
export function createCleaner(setup: CleanerSetup, jobs: number): Cleaner {
  return jobs <= 1 ? new InlineCleaner(setup) : new AdaptiveCleaner(setup, jobs);
}

class InlineCleaner implements Cleaner {
  /** A few documents ahead: their files are read while this one is cleaned. */
  readonly window = 4;
  private readonly service: CleanService;
  private lastTurn = Date.now();

  constructor(setup: CleanerSetup) {
    this.service = new CleanService(setup);
  }

  async run(task: Task): Promise<TaskResult> {
    // Files are read with blocking calls, so a batch cleaned inline could run for seconds without
    // the event loop getting a turn: Ctrl-C, finished writes and the progress bar would all wait.
    if (Date.now() - this.lastTurn > TURN_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.lastTurn = Date.now();
    }
    return this.service.run(task);
  }

  setRepeated(group: string, keys: readonly string[]): void {
    this.service.setRepeated(group, keys);
  }

  expectLarge(): void {}

  async close(): Promise<void> {}
}

/** Inline for the first tasks, then a pool of `jobs` worker threads. */
class AdaptiveCleaner implements Cleaner {
  private readonly inline: InlineCleaner;
  private pool: WorkerPool | undefined;
  private readonly learned: [string, readonly string[]][] = [];
  private started = 0;

  constructor(
    private readonly setup: CleanerSetup,
    private readonly jobs: number,
  ) {
    this.inline = new InlineCleaner(setup);
  }

  get window(): number {
    return this.pool ? this.jobs * PER_WORKER : 1;
  }

  run(task: Task): Promise<TaskResult> {
    this.started++;
    if (!this.pool && this.started <= INLINE_TASKS) return this.inline.run(task);
    return this.startPool()
      .run(task)
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return this.inline.run(task);
        throw error;
      });
  }

  expectLarge(): void {
    this.startPool();
  }

  private startPool(): WorkerPool {
    if (!this.pool) {
      this.pool = new WorkerPool(this.setup, this.jobs);
      for (const [group, keys] of this.learned) this.pool.setRepeated(group, keys);
    }
    return this.pool;
  }

  setRepeated(group: string, keys: readonly string[]): void {
    this.learned.push([group, keys]);
    this.inline.setRepeated(group, keys);
    this.pool?.setRepeated(group, keys);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

interface Pending {
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

/** A fixed set of worker threads; each task goes to the worker with the fewest in flight. */
class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private readonly learned: WorkerRequest[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly setup: CleanerSetup,
    jobs: number,
  ) {
    for (let i = 0; i < jobs; i++) this.workers.push(this.spawn());
  }

  run(task: Task): Promise<TaskResult> {
    const slot = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ type: 'task', id, task } satisfies WorkerRequest);
    });
  }

  setRepeated(group: string, keys: readonly string[]): void {
    const message: WorkerRequest = { type: 'repeated', group, keys };
    this.learned.push(message);
    for (const { worker } of this.workers) worker.postMessage(message);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private spawn(): { worker: Worker; pending: Map<number, Pending> } {
    // Two levels up from both src/cli/ and dist/cli/: tests run from src/, the worker is built and bundled.
    const worker = new Worker(new URL('../../dist/cli/worker.bundle.js', import.meta.url), {
      workerData: this.setup,
      resourceLimits: WORKER_LIMITS,
    });
    const slot = { worker, pending: new Map<number, Pending>() };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    worker.on('error', (error) => this.lost(slot, error));
    worker.on('exit', (code) => this.lost(slot, new Error(`worker thread stopped (exit code ${code})`)));
    for (const message of this.learned) worker.postMessage(message);
    return slot;
  }

  /** A worker died: its tasks fail (each costs one document) and a fresh worker takes its place. */
  private lost(slot: { worker: Worker; pending: Map<number, Pending> }, error: Error): void {
    const index = this.workers.indexOf(slot);
    if (index === -1) return;
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    if (this.closing) return;
    this.workers[index] = this.spawn();
  }
}

/**
 * Start items in order, at most `window()` at a time, and finish each in the order it was
 * started. Items are started without waiting for the ones before them: a file's read is then
 * under way while the files before it are cleaned, instead of the loop idling on every read.
 * `start` must not reject for one item's failure (it returns the failure as data); if the
 * source itself fails, what was started is still finished before the error goes on.
 */
export async function forEachOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  window: () => number,
  start: (item: T) => Promise<R>,
  finish: (started: R) => Promise<void>,
): Promise<void> {
  const queue: Promise<R>[] = [];
  const finishNext = async () => finish(await (queue.shift() as Promise<R>));
  try {
    for await (const item of source) {
      queue.push(start(item));
      while (queue.length >= window()) await finishNext();
    }
  } finally {
    while (queue.length > 0) await finishNext();
  }
}
