import type { CompiledModel } from './prose-model.js';

/**
 * The built-in prose model (trees.ts) compiled to code at build time, so that neither the
 * library nor the CLI builds and compiles that function's source on every start. Here, in the
 * sources, there is none: the model is compiled on first use. The build (scripts/bundle.js)
 * replaces this module's output, dist/model/prose-precompiled.js, with the function, written
 * from the trees that tsc has just compiled, so the two always come from the same trees.
 */
export const PRECOMPILED_PROSE_MODEL: CompiledModel | undefined = undefined;
