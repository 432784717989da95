import { FEATURE_COUNT } from './context-features.js';
import { PROSE_MODEL_WEIGHTS } from './weights.js';

if (PROSE_MODEL_WEIGHTS.length !== FEATURE_COUNT) {
  throw new Error(`prose model has ${PROSE_MODEL_WEIGHTS.length} weights for ${FEATURE_COUNT} features`);
}

/**
 * Log-odds that a line is article body rather than boilerplate, from its shape and context
 * (a logistic model whose weights `npm run train` fits on the labelled dev data).
 */
export function proseLogit(vector: Float64Array, weights: readonly number[] = PROSE_MODEL_WEIGHTS): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += (vector[i] as number) * (weights[i] as number);
  return sum;
}
