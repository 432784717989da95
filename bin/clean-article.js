#!/usr/bin/env node
// Thin entry: all behaviour lives in dist/cli/main.js, which returns the exit code.

// Ctrl-C or `kill`: remove the temp files of the writes in progress and stop at once. Every
// output file is then its old version or its new one (files are only ever renamed into place),
// and nothing half-written is left behind. Exit 128 + the signal number, as shells do. The
// handlers come before the modules load, so even an early Ctrl-C exits the same way.
let removeTempFiles = () => {};

// Compile each rule pattern straight to machine code. By default V8 first compiles a pattern to
// bytecode and compiles it again natively once it has run: with hundreds of patterns that all
// run on the first line, the double compilation costs a short run about 60 ms.
const v8 = await import('node:v8');
v8.setFlagsFromString('--no-regexp-tier-up');
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    removeTempFiles();
    process.exit(code);
  });
}
// One bundled file (see src/cli/entry.ts): loading it is much quicker than ninety modules.
const cli = await import('../dist/cli/entry.bundle.js');
({ removeTempFiles } = cli);
const { main } = cli;

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
