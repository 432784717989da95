/**
 * What `bin/clean-article.js` loads: the CLI's `main` and the temp-file clean-up its signal
 * handlers call. The build (scripts/bundle.js) bundles this module and everything it imports
 * into one script (dist/cli/entry.bundle.cjs) with a code cache beside it (see boot.ts),
 * because resolving and compiling some ninety small modules was a third of a one-file run's
 * start-up. Both come from the same bundle so that the clean-up
 * sees the temp files the CLI registered.
 */
export { removeTempFiles } from '../io/outputs.js';
export { main } from './main.js';
