import type { Rule, RuleSpec } from '../types.js';
import { foldable } from './case-fold.js';
import type { PatternFacts } from './precomputed-facts.js';
import { factsFit, rememberPrecomputedFacts } from './required-literals.js';

/** Longest line a rule looks at, unless it says otherwise: boilerplate lines are short. */
export const DEFAULT_MAX_LENGTH = 200;

/** Turn a rule as written (builtin or from a pack) into a compiled rule. */
export function compileRule(spec: RuleSpec): Rule {
  return compileRuleWithFacts(spec, undefined);
}

/**
 * The same, given what the build read from a built-in rule's pattern (precomputed-facts.ts),
 * which is used when it fits the pattern.
 */
export function compileRuleWithFacts(spec: RuleSpec, precomputed: PatternFacts | undefined): Rule {
  const pattern = compilePattern(spec);
  const known = precomputed && pattern && factsFit(precomputed, pattern) ? precomputed : undefined;
  const { test, testLine, folded } = testers(spec, pattern, known?.foldable);
  const rule: Rule = {
    id: spec.id,
    family: familyOf(spec.id),
    label: spec.label,
    languages: spec.languages && spec.languages.length > 0 ? spec.languages : ['*'],
    pattern,
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
  if (known) rememberPrecomputedFacts(rule, known);
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
  pattern: RegExp | undefined,
  knownFoldable: boolean | undefined,
): Pick<Rule, 'test' | 'testLine' | 'folded'> {
  const predicate = spec.predicate;
  if (predicate) return { test: predicate, testLine: (text) => predicate(text), folded: false };
  if (!pattern) throw new Error(`rule ${spec.id} has neither a pattern nor a predicate`);
  if (knownFoldable ?? foldable(pattern)) {
    // Built on first use: most rules are only tried inside an alternation of their group
    // (matcher.ts), and only a line that matches the group tries them one by one.
    let folded: RegExp | undefined;
    const lowerPattern = () => {
      folded ??= new RegExp(pattern.source, pattern.flags.replace('i', ''));
      return folded;
    };
    return {
      test: (text) => lowerPattern().test(text.toLowerCase()),
      testLine: (_text, lower) => lowerPattern().test(lower),
      folded: true,
    };
  }
  const test = (text: string) => pattern.test(text);
  return { test, testLine: test, folded: false };
}

function compilePattern(spec: RuleSpec): RegExp | undefined {
  if (spec.pattern === undefined) return undefined;
  if (typeof spec.pattern === 'string') return new RegExp(spec.pattern, spec.flags ?? 'iu');
  return withoutState(spec.pattern);
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
