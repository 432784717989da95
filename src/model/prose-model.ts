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

/**
 * The ensemble laid out as parallel typed arrays (one entry per node, trees one after another)
 * for a tight loop: this runs for every line of every pass. A leaf has feature -1 and keeps
 * its value where a split keeps its threshold.
 */
interface FlatModel {
  base: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
}

function flatten(model: ProseModel): FlatModel {
  const size = model.trees.reduce((total, tree) => total + tree.length, 0);
  const flat: FlatModel = {
    base: model.base,
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
  };
  let offset = 0;
  model.trees.forEach((tree, t) => {
    flat.roots[t] = offset;
    tree.forEach((node, k) => {
      const at = offset + k;
      const feature = node[0] as number;
      flat.feature[at] = feature;
      flat.threshold[at] = node[1] as number;
      if (feature >= 0) {
        flat.left[at] = offset + (node[2] as number);
        flat.right[at] = offset + (node[3] as number);
      }
    });
    offset += tree.length;
  });
  return flat;
}

const FLAT_MODELS = new WeakMap<ProseModel, FlatModel>();

function flatModel(model: ProseModel): FlatModel {
  let flat = FLAT_MODELS.get(model);
  if (!flat) {
    flat = flatten(model);
    FLAT_MODELS.set(model, flat);
  }
  return flat;
}

/** Log-odds that a line is article body rather than boilerplate, from its shape and context. */
export function proseLogit(vector: Float64Array, model: ProseModel = PROSE_MODEL): number {
  const { base, roots, feature, threshold, left, right } = flatModel(model);
  let sum = base;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t] as number;
    for (let f = feature[node] as number; f >= 0; f = feature[node] as number) {
      node =
        (vector[f] as number) <= (threshold[node] as number)
          ? (left[node] as number)
          : (right[node] as number);
    }
    sum += threshold[node] as number;
  }
  return sum;
}
