import type { Readable, Writable } from 'node:stream';

/** Everything the CLI touches of the outside world, so tests can pass their own. */
export interface CliIo {
  argv: readonly string[];
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Placeholder: the CLI lands in its own change. */
export async function main(_io: CliIo): Promise<number> {
  return 0;
}
