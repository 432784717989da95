/**
 * Worker thread entry (bundled as dist/cli/worker.bundle.js): runs the tasks the pool in workers.ts sends, in
 * the order they come, and answers each with its id. Nothing here writes to stdout or stderr.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CleanerSetup, CleanService } from './tasks.js';
import type { WorkerReply, WorkerRequest } from './workers.js';

const service = new CleanService(workerData as CleanerSetup);
const port = parentPort;

port?.on('message', (message: WorkerRequest) => {
  if (message.type === 'repeated') {
    service.setRepeated(message.group, message.keys);
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { id: message.id, result: service.run(message.task) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, transferable(reply));
});

/** A record's output bytes change hands instead of being copied. */
function transferable(reply: WorkerReply): ArrayBuffer[] {
  if (!('result' in reply) || !('out' in reply.result)) return [];
  const { out } = reply.result;
  return out instanceof Uint8Array && out.buffer instanceof ArrayBuffer ? [out.buffer] : [];
}
