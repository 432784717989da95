#!/usr/bin/env node
// Thin entry: all behaviour lives in src/cli/main.ts, whose main() returns the exit code.
// CommonJS (see bin/package.json): an ES module entry would start Node's ES module loader,
// which a one-file run would spend a few milliseconds on.

// Ctrl-C or `kill`: remove the temp files of the writes in progress and stop at once. Every
// output file is then its old version or its new one (files are only ever renamed into place),
// and nothing half-written is left behind. Exit 128 + the signal number, as shells do. The
// handlers come before the modules load, so even an early Ctrl-C exits the same way.
let removeTempFiles = async () => {};

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    removeTempFiles().finally(() => process.exit(code));
  });
}
// One bundled script with its compiled code cached (see src/cli/boot.ts): loading it is much
// quicker than compiling ninety modules.
const { loadCli } = require('../dist/cli/boot.cjs');
const { cli } = loadCli();
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

main({
  argv: process.argv.slice(2),
  // Only on first use: making process.stdin loads the modules of its kind of stream (a terminal,
  // a pipe), and a run on named files never reads it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
