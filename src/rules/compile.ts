import type { Rule, RuleSpec } from '../types.js';
import { foldable } from './case-fold.js';
import type { PatternFacts } from './precomputed-facts.js';
import { rememberPrecomputedFacts } from './required-literals.js';

/** Longest line a rule looks at, unless it says otherwise: boilerplate lines are short. */
export const DEFAULT_MAX_LENGTH = 200;

/** Turn a rule as written (builtin or from a pack) into a compiled rule. */
export function compileRule(spec: RuleSpec): Rule {
  return compileRuleWithFacts(spec, undefined);
}

/**
 * The same, given what the build read from a built-in rule's pattern (precomputed-facts.ts).
 * With those facts nothing here needs the pattern itself, so it is made on first use: V8
 * parses a regex when it is made (about 0.1 ms for one with Unicode classes), and most rules
 * never meet a line the literal index lets them try (the build makes the built-in patterns
 * lazy in their modules too: scripts/lazy-patterns.js). Without facts it is made at once, so
 * that a user rule's bad pattern fails here.
 */
export function compileRuleWithFacts(spec: RuleSpec, precomputed: PatternFacts | undefined): Rule {
  let made = false;
  let pattern: RegExp | undefined;
  const patternOf = () => {
    if (!made) {
      pattern = compilePattern(spec);
      made = true;
    }
    return pattern;
  };
  if (!precomputed) patternOf();
  const { test, testLine, folded } = testers(spec, patternOf, precomputed?.foldable);
  const rule: Rule = {
    id: spec.id,
    family: familyOf(spec.id),
    label: spec.label,
    languages: spec.languages && spec.languages.length > 0 ? spec.languages : ['*'],
    get pattern() {
      return patternOf();
    },
    folded,
    testLine,
    test,
    weight: spec.weight,
    reason: spec.reason,
    truncates: spec.truncates ?? false,
    signsOff: spec.signsOff ?? false,
    maxLength: spec.maxLength ?? DEFAULT_MAX_LENGTH,
    needsDigit: spec.needsDigit ?? false,
    examples: { match: spec.examples?.match ?? [], noMatch: spec.examples?.noMatch ?? [] },
  };
  if (precomputed) rememberPrecomputedFacts(rule, precomputed);
  return rule;
}

/**
 * A rule that no line matches on its own: a pass over the whole document (the batch learner,
 * the widget, name, teaser and comment-thread passes) decides which lines it names, so that
 * those lines carry a rule id, a label and a reason like any other.
 */
export function contextRule(spec: Pick<RuleSpec, 'id' | 'label' | 'weight' | 'reason'>): Rule {
  return compileRule({ ...spec, predicate: () => false });
}

/**
 * How the rule tests a line on its own (`test`) and given the line's lowercase form, which
 * the classifier computes once per line (`testLine`). Only a folded pattern lowercases.
 */
function testers(
  spec: RuleSpec,
  patternOf: () => RegExp | undefined,
  knownFoldable: boolean | undefined,
): Pick<Rule, 'test' | 'testLine' | 'folded'> {
  const predicate = spec.predicate;
  if (predicate) return { test: predicate, testLine: (text) => predicate(text), folded: false };
  const pattern = () => {
    const made = patternOf();
    if (!made) throw new Error(`rule ${spec.id} has neither a pattern nor a predicate`);
    return made;
  };
  if (knownFoldable === undefined) pattern();
  if (knownFoldable ?? foldable(pattern())) {
    // Built on first use: most rules are never tried on a line (see compileRuleWithFacts).
    let folded: RegExp | undefined;
    const lowerPattern = () => {
      folded ??= new RegExp(pattern().source, pattern().flags.replace('i', ''));
      return folded;
    };
    return {
      test: (text) => lowerPattern().test(text.toLowerCase()),
      testLine: (_text, lower) => lowerPattern().test(lower),
      folded: true,
    };
  }
  // Held here once made: every test of the rule goes through this closure.
  let regex: RegExp | undefined;
  const test = (text: string) => {
    regex ??= pattern();
    return regex.test(text);
  };
  return { test, testLine: test, folded: false };
}

function compilePattern(spec: RuleSpec): RegExp | undefined {
  // Read once: a built-in rule's pattern is a getter that makes it (scripts/lazy-patterns.js).
  const pattern = spec.pattern;
  if (pattern === undefined) return undefined;
  if (typeof pattern === 'string') return new RegExp(pattern, spec.flags ?? 'iu');
  return withoutState(pattern);
}

/** `paywall/limit-reached` belongs to the family `paywall`. */
export function familyOf(id: string): string {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : id;
}

/** A global or sticky regex keeps `lastIndex` between calls; rules must be stateless. */
function withoutState(pattern: RegExp): RegExp {
  if (!pattern.global && !pattern.sticky) return pattern;
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

/** Does the rule apply to text in this language? */
export function appliesTo(rule: Rule, language: string): boolean {
  return rule.languages.includes('*') || rule.languages.includes(language);
}
