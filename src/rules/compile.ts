import type { Rule, RuleSpec } from '../types.js';
import { caseFolded } from './case-fold.js';

/** Longest line a rule looks at, unless it says otherwise: boilerplate lines are short. */
export const DEFAULT_MAX_LENGTH = 200;

/** Turn a rule as written (builtin or from a pack) into a compiled rule. */
export function compileRule(spec: RuleSpec): Rule {
  const pattern = compilePattern(spec);
  const testLine = lineTester(spec, pattern);
  return {
    id: spec.id,
    family: familyOf(spec.id),
    label: spec.label,
    languages: spec.languages && spec.languages.length > 0 ? spec.languages : ['*'],
    pattern,
    folded: pattern !== undefined && spec.predicate === undefined && caseFolded(pattern) !== undefined,
    testLine,
    test: (text) => testLine(text, text.toLowerCase()),
    weight: spec.weight,
    reason: spec.reason,
    truncates: spec.truncates ?? false,
    maxLength: spec.maxLength ?? DEFAULT_MAX_LENGTH,
    examples: { match: spec.examples?.match ?? [], noMatch: spec.examples?.noMatch ?? [] },
  };
}

/** How the rule tests a line, given the line and its lowercase form. */
function lineTester(spec: RuleSpec, pattern: RegExp | undefined): (text: string, lower: string) => boolean {
  const predicate = spec.predicate;
  if (predicate) return (text) => predicate(text);
  if (!pattern) throw new Error(`rule ${spec.id} has neither a pattern nor a predicate`);
  const folded = caseFolded(pattern);
  if (folded) return (_text, lower) => folded.test(lower);
  return (text) => pattern.test(text);
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
