import type { LineFeatures } from '../features.js';

/**
 * For each line of a document, the index of the first line with the same text. The passes that
 * look for repeated lines (the widget pass, the `repeated` context feature) then count and group
 * by number, and the document's lines are looked up by text once instead of once per pass.
 */
export function firstOfSameText(lines: readonly LineFeatures[]): Int32Array {
  const first = new Int32Array(lines.length);
  const seen = new Map<string, number>();
  lines.forEach((f, k) => {
    const earlier = seen.get(f.text);
    if (earlier === undefined) {
      seen.set(f.text, k);
      first[k] = k;
    } else first[k] = earlier;
  });
  return first;
}
