import { FEATURE_NAMES } from './context-features.js';
import { PRECOMPILED_PROSE_MODEL } from './prose-precompiled.js';
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
 * The ensemble compiled to one JavaScript function of nested conditionals, which V8 turns into
 * straight-line machine code: this runs for every line of every pass, and walking node arrays
 * instead took an eighth of the cleaning time. The sum is taken in tree order, as the trees
 * were fitted, so the result is the same number to the last bit.
 */
export type CompiledModel = (vector: Float64Array) => number;

function compile(model: ProseModel): CompiledModel {
  return new Function('v', compiledBody(model)) as CompiledModel;
}

/** The body of the compiled function of `v`, the feature vector (the build also writes it out). */
export function compiledBody(model: ProseModel): string {
  const terms = model.trees.map((tree) => treeExpression(tree, 0));
  return `let sum = ${numberLiteral(model.base)};\n${terms.map((term) => `sum += ${term};`).join('\n')}\nreturn sum;`;
}

function treeExpression(tree: readonly (readonly number[])[], index: number): string {
  const node = tree[index] as readonly number[];
  const feature = node[0] as number;
  if (feature < 0) return numberLiteral(node[1] as number);
  if (!Number.isInteger(feature) || feature >= FEATURE_NAMES.length)
    throw new Error(`bad feature ${feature}`);
  const left = treeExpression(tree, node[2] as number);
  const right = treeExpression(tree, node[3] as number);
  return `(v[${feature}] <= ${numberLiteral(node[1] as number)} ? ${left} : ${right})`;
}

/** A number as source text that reads back as the same double. */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`the prose model holds a non-finite number: ${value}`);
  return Object.is(value, -0) ? '-0' : `(${String(value)})`;
}

const COMPILED_MODELS = new WeakMap<ProseModel, CompiledModel>(
  PRECOMPILED_PROSE_MODEL ? [[PROSE_MODEL, PRECOMPILED_PROSE_MODEL]] : [],
);

function compiledModel(model: ProseModel): CompiledModel {
  let compiled = COMPILED_MODELS.get(model);
  if (!compiled) {
    compiled = compile(model);
    COMPILED_MODELS.set(model, compiled);
  }
  return compiled;
}

/** Log-odds that a line is article body rather than boilerplate, from its shape and context. */
export function proseLogit(vector: Float64Array, model: ProseModel = PROSE_MODEL): number {
  return compiledModel(model)(vector);
}
