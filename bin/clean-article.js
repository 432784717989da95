#!/usr/bin/env node
// Thin entry: all behaviour lives in dist/cli/main.js, which returns the exit code.
import { main } from '../dist/cli/main.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    // A closed pipe (`clean-article big.txt | head -1`) is success, not a crash.
    if (error.code === 'EPIPE') process.exit(0);
    // Any other failure (a full disk behind `> out.txt`) is a write error: exit 2, no stack.
    if (stream === process.stdout)
      process.stderr.write(`clean-article: <stdout>: cannot write: ${error.message}\n`);
    process.exit(2);
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
