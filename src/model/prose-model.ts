import { FEATURE_NAMES } from './context-features.js';
import { PROSE_MODEL } from './trees.js';

/**
 * A boosted ensemble of small decision trees over the context features. Each tree is a flat
 * node list: `[feature, threshold, left, right]` splits (go left when the value is at most the
 * threshold) and `[-1, value]` leaves. `npm run train` fits it on the labelled dev data.
 */
export interface ProseModel {
  features: readonly string[];
  base: number;
  trees: readonly (readonly (readonly number[])[])[];
}

if (PROSE_MODEL.features.join(',') !== FEATURE_NAMES.join(',')) {
  throw new Error('the prose model was trained on other features: run `npm run train`');
}

/** Log-odds that a line is article body rather than boilerplate, from its shape and context. */
export function proseLogit(vector: Float64Array, model: ProseModel = PROSE_MODEL): number {
  let sum = model.base;
  for (const tree of model.trees) {
    let node = tree[0] as readonly number[];
    while ((node[0] as number) >= 0) {
      const value = vector[node[0] as number] as number;
      node = tree[
        value <= (node[1] as number) ? (node[2] as number) : (node[3] as number)
      ] as readonly number[];
    }
    sum += node[1] as number;
  }
  return sum;
}
