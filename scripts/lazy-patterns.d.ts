// Types for scripts/lazy-patterns.js, which test/build-output.test.ts imports.
export function makeRulePatternsLazy(dir: string): number;
export function lazyPatterns(source: string, fileName: string): { text: string; rewritten: number };
