/**
 * The compiled decoder steps (src/decode-steps.ts) against the loops they replaced: the same
 * scores to the last bit, the same back-pointers on ties, on random tables and inputs.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compileSteps } from '../src/decode-steps.js';

const S = 5;
const score = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, Number.NEGATIVE_INFINITY),
  fc.double({ min: -8, max: 8, noNaN: true }),
);
/** A table whose row i allows the states from i on (zones only move forward), as the decoder's. */
const table = fc
  .array(score, { minLength: S * S, maxLength: S * S })
  .map((values) =>
    Float64Array.from(values, (value, k) => (k % S < Math.floor(k / S) ? Number.NEGATIVE_INFINITY : value)),
  );

function boundsOf(trans: Float64Array) {
  const bounds = {
    fromLow: new Int8Array(S).fill(S),
    fromHigh: new Int8Array(S).fill(-1),
    toLow: new Int8Array(S).fill(S),
    toHigh: new Int8Array(S).fill(-1),
  };
  for (let i = 0; i < S; i++)
    for (let j = 0; j < S; j++) {
      if (trans[i * S + j] === Number.NEGATIVE_INFINITY) continue;
      bounds.fromLow[j] = Math.min(bounds.fromLow[j] as number, i);
      bounds.fromHigh[j] = Math.max(bounds.fromHigh[j] as number, i);
      bounds.toLow[i] = Math.min(bounds.toLow[i] as number, j);
      bounds.toHigh[i] = Math.max(bounds.toHigh[i] as number, j);
    }
  return bounds;
}

describe('compiled decoder steps', () => {
  test.prop([table, fc.array(score, { minLength: 3 * S, maxLength: 3 * S })], { numRuns: 3000 })(
    'give the scores and back-pointers of the loops',
    (trans, values) => {
      const bounds = boundsOf(trans);
      const steps = compileSteps(trans, S, bounds);
      const emit = Float64Array.from(values);
      const forward = Float64Array.from(values, (value) => value / 2);
      const backward = Float64Array.from(values, (value) => value / 3);
      const expected = { forward: forward.slice(), back: new Int8Array(3 * S), backward: backward.slice() };
      for (let j = 0; j < S; j++) {
        let best = Number.NEGATIVE_INFINITY;
        let arg = 0;
        for (let i = bounds.fromLow[j] as number; i <= (bounds.fromHigh[j] as number); i++) {
          const value = (expected.forward[i] as number) + (trans[i * S + j] as number);
          if (value > best) {
            best = value;
            arg = i;
          }
        }
        expected.forward[S + j] = best + (emit[S + j] as number);
        expected.back[S + j] = arg;
      }
      for (let i = 0; i < S; i++) {
        let best = Number.NEGATIVE_INFINITY;
        for (let j = bounds.toLow[i] as number; j <= (bounds.toHigh[i] as number); j++) {
          const value =
            (trans[i * S + j] as number) +
            (emit[2 * S + j] as number) +
            (expected.backward[2 * S + j] as number);
          if (value > best) best = value;
        }
        expected.backward[S + i] = best;
      }
      const back = new Int8Array(3 * S);
      steps.forward(forward, back, emit, 1);
      steps.backward(backward, emit, 1);
      // toEqual tells -0 from 0, as Object.is does.
      expect([...forward]).toEqual([...expected.forward]);
      expect([...back]).toEqual([...expected.back]);
      expect([...backward]).toEqual([...expected.backward]);
    },
  );
});
