import type { LineFeatures } from '../features.js';
import type { MatchedRules } from '../scoring.js';
import { LABELS, type Rule } from '../types.js';

/**
 * Tests every rule of a set against a line, fast. Most lines match no rule, so the rules whose
 * patterns are anchored at the start of the line are first tried together as one alternation:
 * only when that matches are they tried one by one to find which. Rules that scan the whole
 * line, predicates and user rules are tried one by one.
 */
export class RuleMatcher {
  private readonly prefilters: { regex: RegExp; onLower: boolean; maxLength: number; rules: Rule[] }[] = [];
  private readonly singles: Rule[] = [];

  constructor(rules: readonly Rule[], userRules: ReadonlySet<Rule> = new Set()) {
    const groups = new Map<string, Rule[]>();
    for (const rule of rules) {
      const pattern = rule.pattern;
      if (
        !pattern ||
        userRules.has(rule) ||
        !anchoredAtStart(pattern.source) ||
        !/^[iu]*$/.test(pattern.flags)
      ) {
        this.singles.push(rule);
        continue;
      }
      // Folded rules run without `i` on the lowercased line, so they form a group of their own.
      const key = rule.folded ? `folded:${pattern.flags.replace('i', '')}` : pattern.flags;
      const group = groups.get(key) ?? [];
      group.push(rule);
      groups.set(key, group);
    }
    for (const [key, members] of groups) {
      const onLower = key.startsWith('folded:');
      const flags = onLower ? key.slice('folded:'.length) : key;
      const source = members.map((rule) => `(?:${(rule.pattern as RegExp).source})`).join('|');
      const maxLength = Math.max(...members.map((rule) => rule.maxLength));
      // Sticky: every member is anchored at the start, so one attempt at position 0 is enough.
      this.prefilters.push({ regex: new RegExp(source, `${flags}y`), onLower, maxLength, rules: members });
    }
  }

  /** The strongest matching rule of each label. */
  match(f: LineFeatures): MatchedRules {
    const matched: MatchedRules = [undefined, undefined, undefined, undefined];
    for (const prefilter of this.prefilters) {
      if (f.chars > prefilter.maxLength) continue;
      prefilter.regex.lastIndex = 0;
      if (!prefilter.regex.test(prefilter.onLower ? f.lower : f.text)) continue;
      for (const rule of prefilter.rules) consider(matched, rule, f);
    }
    for (const rule of this.singles) consider(matched, rule, f);
    return matched;
  }
}

function consider(matched: MatchedRules, rule: Rule, f: LineFeatures): void {
  if (f.chars > rule.maxLength || !rule.testLine(f.text, f.lower)) return;
  const index = LABELS.indexOf(rule.label);
  const current = matched[index];
  if (!current || rule.weight > current.weight) matched[index] = rule;
}

/** Every top-level alternative of the pattern starts with `^` (so it can only match at 0). */
export function anchoredAtStart(source: string): boolean {
  return topLevelAlternatives(source).every((alternative) => alternative.startsWith('^'));
}

/** Split a regex source on the `|` that are outside groups and character classes. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
