import type { Label, Rule } from './types.js';

/** Per-label evidence for one line, in log-odds units, and the rule behind each label. */
export interface LineScores {
  /** Indexed like LABELS: body, byline, disclaimer, chrome. */
  scores: [number, number, number, number];
  /** The strongest matching rule of each label, if any. */
  rules: [Rule | undefined, Rule | undefined, Rule | undefined, Rule | undefined];
}

export const BODY = 0;
export const BYLINE = 1;
export const DISCLAIMER = 2;
export const CHROME = 3;

/** Prior evidence for the rarer labels: without a rule they need context to win. */
const PRIOR: Record<Label, number> = { body: 0, byline: -2, disclaimer: -3, chrome: 0 };

export type MatchedRules = LineScores['rules'];

/** No rule of any label names the line. */
export function hasNoRule(rules: MatchedRules): boolean {
  return rules.every((rule) => rule === undefined);
}

/** The rules of a line with `rule` as its chrome rule (a document pass naming the line). */
export function withChromeRule(rules: MatchedRules, rule: Rule): MatchedRules {
  return [rules[0], rules[1], rules[2], rule];
}

/** Weight of the strongest matching rule of a label (0 when none matched). */
export function ruleWeight(matched: MatchedRules, label: number): number {
  return matched[label]?.weight ?? 0;
}

/**
 * Score one non-blank line: `prose` is the prose model's log-odds of body (shape, context and
 * the rules that matched), and every label gets the weight of its strongest rule on top.
 * `explained` is how much a boilerplate rule's weight takes from the body score.
 */
export function scoreLine(matched: MatchedRules, prose: number, explained = 0.5): LineScores {
  const scores: LineScores['scores'] = [prose, PRIOR.byline, PRIOR.disclaimer, PRIOR.chrome];
  let strongestBoilerplate = 0;
  for (let index = 0; index < 4; index++) {
    const rule = matched[index];
    if (!rule) continue;
    scores[index] = (scores[index] as number) + rule.weight;
    if (index !== BODY) strongestBoilerplate = Math.max(strongestBoilerplate, rule.weight);
  }
  // A line a boilerplate rule recognises is explained by that rule: its length and
  // punctuation count for less as evidence of prose.
  scores[BODY] -= strongestBoilerplate * explained;
  return { scores, rules: matched };
}
