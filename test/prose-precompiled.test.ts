/**
 * The build writes the built-in prose model out as code (dist/model/prose-precompiled.js).
 * It must give exactly what compiling the trees at run time gives, on vectors that send every
 * split both ways, or the library and the CLI would label differently from the sources.
 */
import { describe, expect, test } from 'vitest';
import { PRECOMPILED_PROSE_MODEL } from '../dist/model/prose-precompiled.js';
import { FEATURE_NAMES } from '../src/model/context-features.js';
import { compiledBody } from '../src/model/prose-model.js';
import { PROSE_MODEL } from '../src/model/trees.js';

/** Each feature's split thresholds, plus values just around them. */
function candidateValues(): number[][] {
  const values = FEATURE_NAMES.map(() => new Set<number>([0, 1]));
  for (const tree of PROSE_MODEL.trees) {
    for (const node of tree) {
      const [feature, threshold] = node as [number, number];
      if (feature < 0) continue;
      for (const value of [threshold, threshold - 1e-9, threshold + 1e-9]) values[feature]?.add(value);
    }
  }
  return values.map((set) => [...set]);
}

describe('the precompiled prose model', () => {
  test('the build wrote it', () => {
    expect(typeof PRECOMPILED_PROSE_MODEL).toBe('function');
  });

  test('scores 5,000 vectors exactly as the trees compiled at run time do', () => {
    const fromTrees = new Function('v', compiledBody(PROSE_MODEL)) as (v: Float64Array) => number;
    const candidates = candidateValues();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let k = 0; k < 5000; k++) {
      const vector = Float64Array.from(
        candidates,
        (values) => values[Math.floor(random() * values.length)] as number,
      );
      expect(Object.is(PRECOMPILED_PROSE_MODEL?.(vector), fromTrees(vector))).toBe(true);
    }
  });
});
