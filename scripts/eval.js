#!/usr/bin/env node
// Thin entry for `npm run eval -- DIR`: all behaviour lives in dist/eval/main.js, which returns the exit code.
import { main } from '../dist/eval/main.js';

// A closed pipe (`npm run eval -- DIR | head`) is success, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
});
