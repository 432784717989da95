/**
 * What the build read from each built-in pattern: whether it folds, whether it is anchored,
 * its literal fragments and line starts (required-literals.ts). Reading them from the sources
 * takes longer than a one-file run spends on everything else (about 70 ms for the English
 * set), and they are the same on every run. Here, in the sources, there are none: each is
 * derived on first use. The build (scripts/bundle.js) replaces this module's output,
 * dist/rules/precomputed-facts.js, with the facts of every built-in rule, derived from the
 * rules tsc has just compiled, so the two always come from the same patterns.
 */
export interface PatternFacts {
  /** The pattern has `i` and may run without it on the lowercased line (case-fold.ts). */
  readonly foldable: boolean;
  /** Every top-level alternative starts with `^`. */
  readonly anchored: boolean;
  /** The fragments one of which the lowercased line holds whenever it matches; null: none known. */
  readonly literals: readonly string[] | null;
  /** The strings one of which a line it matches starts with; null: none known. */
  readonly prefixes: readonly string[] | null;
}

/** By rule id (the built-in ids are unique). */
export const PRECOMPUTED_PATTERN_FACTS: ReadonlyMap<string, PatternFacts> | undefined = undefined;
