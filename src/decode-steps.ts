/**
 * The forward and backward steps of the decoder (decode.ts) compiled, per transition table, to
 * straight-line JavaScript: every state pair the table allows becomes one addition and one
 * comparison with the transition score written in as a constant. The loops over state pairs
 * with the scores read from the table were most of the decoding time, and the decoder runs on
 * every line of every pass. The generated code does the same additions and comparisons in the
 * same order as those loops did, so every score, tie and back-pointer is the same.
 */

/** Best score of a path ending in each state at line t (t ≥ 1), and the state it came from. */
export type ForwardStep = (
  forward: Float64Array,
  backPointer: Int8Array,
  emit: Float64Array,
  t: number,
) => void;
/** Best score of the rest of a path from each state at line t (t ≤ n - 2). */
export type BackwardStep = (backward: Float64Array, emit: Float64Array, t: number) => void;

/**
 * `trans`: transition scores from state i to state j at [i * states + j]; only the pairs inside
 * the bounds (the first and last state each state is reached from, or goes to) are tried.
 */
export function compileSteps(
  trans: Float64Array,
  states: number,
  bounds: { fromLow: Int8Array; fromHigh: Int8Array; toLow: Int8Array; toHigh: Int8Array },
): { forward: ForwardStep; backward: BackwardStep } {
  const score = (i: number, j: number) => literal(trans[i * states + j] as number);
  const forward: string[] = [
    `const p = (t - 1) * ${states};`,
    `const c = t * ${states};`,
    'let best, arg, value;',
  ];
  for (let j = 0; j < states; j++) {
    forward.push('best = -Infinity;', 'arg = 0;');
    for (let i = bounds.fromLow[j] as number; i <= (bounds.fromHigh[j] as number); i++) {
      forward.push(
        `value = forward[p + ${i}] + ${score(i, j)};`,
        `if (value > best) { best = value; arg = ${i}; }`,
      );
    }
    forward.push(`forward[c + ${j}] = best + emit[c + ${j}];`, `backPointer[c + ${j}] = arg;`);
  }
  const backward: string[] = [
    `const c = t * ${states};`,
    `const n = (t + 1) * ${states};`,
    'let best, value;',
  ];
  for (let i = 0; i < states; i++) {
    backward.push('best = -Infinity;');
    for (let j = bounds.toLow[i] as number; j <= (bounds.toHigh[i] as number); j++) {
      backward.push(
        `value = ${score(i, j)} + emit[n + ${j}] + backward[n + ${j}];`,
        'if (value > best) best = value;',
      );
    }
    backward.push(`backward[c + ${i}] = best;`);
  }
  return {
    forward: new Function('forward', 'backPointer', 'emit', 't', forward.join('\n')) as ForwardStep,
    backward: new Function('backward', 'emit', 't', backward.join('\n')) as BackwardStep,
  };
}

/** A number as source text that reads back as the same double (-0 and -Infinity included). */
function literal(value: number): string {
  if (Number.isNaN(value)) throw new Error('a transition score is NaN');
  if (Object.is(value, -0)) return '(-0)';
  return `(${String(value)})`;
}
