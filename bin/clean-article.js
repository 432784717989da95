#!/usr/bin/env node
// Thin entry: all behaviour lives in dist/cli/main.js, which returns the exit code.
import { main } from '../dist/cli/main.js';

// A closed pipe (`clean-article big.txt | head -1`) is success, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
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
