import type { LineFeatures } from '../features.js';
import type { MatchedRules } from '../scoring.js';
import { LABELS, type Rule } from '../types.js';
import { DEFAULT_MAX_LENGTH } from './compile.js';
import { LineStart } from './line-start.js';
import { type FragmentIndex, LiteralIndex } from './literal-index.js';
import { QuickLiteralIndex } from './quick-literal-index.js';
import { anchoredAtStart, precomputedFacts, ruleLiterals, rulePrefixes } from './required-literals.js';

/** Lives with the other facts read from a pattern's source; exported here as before. */
export { anchoredAtStart };

/**
 * Tests every rule of a set against a line, fast. Most lines match no rule, so a rule is only
 * tried when the line could match it:
 *
 * - A rule whose every match contains one of a few literal fragments (required-literals.ts;
 *   the build reads them from the built-in patterns beforehand, precomputed-facts.ts) is
 *   tried only on lines that contain one: one pass of a literal index finds, for all such
 *   rules at once, the fragments a line holds. When such a rule is anchored at the start of
 *   the line, it is tried only on lines that also start the right way (line-start.ts): most of
 *   the rules the index lists are anchored, and most lines holding a fragment hold it elsewhere.
 * - The other rules are tried together as one alternation per group: only when that matches
 *   are its members tried one by one to find which. Rules anchored at the start of the line
 *   share a sticky alternation (one attempt at position 0); case-insensitive rules that scan
 *   the whole line share one that runs on the lowercased line. Predicates, user rules and the
 *   rest are tried one by one.
 *
 * A pattern is compiled on the first line it is tried on, and compiling is most of what a
 * one-file run spends on rules: a rule that no line holds a fragment of is never compiled.
 * The matcher starts with an index that is quick to build (quick-literal-index.ts) and builds
 * the automaton (literal-index.ts), quicker to read, once it has seen enough text to pay for
 * it. Both give the same answers.
 */
/**
 * Rules per alternation. V8's regex compiler takes time that grows faster than the pattern
 * (one alternation of 55 rules took 185 ms to compile, the same rules one by one 42 ms), while
 * matching gains little from longer alternations: a handful of rules each is fastest overall.
 */
const ALTERNATION_SIZE = 8;

/**
 * Characters of text a matcher reads with its quick index before it builds the automaton:
 * building that takes 20-40 ms, about what the quick index loses on this much text.
 */
export const INDEX_AFTER_CHARS = 200_000;

/** How a plan finds the fragments a line holds: see the two index modules. */
type IndexKind = 'quick' | 'automaton';

export class RuleMatcher {
  private readonly plan: MatchPlan;
  private quick: boolean;
  private charsSeen = 0;
  /** Position of each rule in the list it was given: it breaks ties between equal weights. */
  private readonly order = new Map<Rule, number>();

  /** `indexAfterChars`: see INDEX_AFTER_CHARS (0 builds the automaton at once; the tests try both ways). */
  constructor(
    rules: readonly Rule[],
    userRules: ReadonlySet<Rule> = new Set(),
    private readonly indexAfterChars = INDEX_AFTER_CHARS,
  ) {
    rules.forEach((rule, k) => {
      this.order.set(rule, k);
    });
    this.quick = indexAfterChars > 0;
    this.plan = new MatchPlan(rules, userRules, this.order, this.quick ? 'quick' : 'automaton');
  }

  /** The strongest matching rule of each label. */
  match(f: LineFeatures): MatchedRules {
    if (this.quick) {
      this.charsSeen += f.chars;
      if (this.charsSeen > this.indexAfterChars) {
        this.plan.buildIndexes('automaton');
        this.quick = false;
      }
    }
    return this.plan.match(f);
  }
}

/** How a matcher tries its rules: literal indexes for the rules with fragments, alternations for the rest. */
class MatchPlan {
  private readonly prefilters: { regex: RegExp; onLower: boolean; maxLength: number; rules: Rule[] }[] = [];
  private readonly singles: Rule[] = [];
  /** Rules with literal fragments, numbered as filed in the indexes. */
  private readonly literalRules: Rule[] = [];
  /** The fragments of each of those rules. */
  private readonly literals: (readonly string[])[] = [];
  /** How a line must start for each of those rules, when it is anchored and that is known. */
  private readonly starts: (LineStart | undefined)[] = [];
  /**
   * Indexes of the rules with literal fragments, by the longest line they apply to: most
   * rules look at short lines only, so a long line (most of the text) is searched for the
   * fragments of the few rules that look at it. Ascending by `maxChars`.
   */
  private indexes: { maxChars: number; index: FragmentIndex }[] = [];
  /** Scratch space for the numbers of the rules whose fragments a line holds. */
  private readonly found: Int32Array;

  constructor(
    rules: readonly Rule[],
    userRules: ReadonlySet<Rule>,
    private readonly order: ReadonlyMap<Rule, number>,
    kind: IndexKind,
  ) {
    const groups = new Map<string, Rule[]>();
    for (const rule of rules) {
      const fragments = ruleLiterals(rule);
      if (fragments) {
        this.literalRules.push(rule);
        this.literals.push(fragments);
        const prefixes = rulePrefixes(rule);
        this.starts.push(prefixes && new LineStart(prefixes));
        continue;
      }
      const key = userRules.has(rule) ? undefined : groupKey(rule);
      if (key === undefined) {
        this.singles.push(rule);
        continue;
      }
      const group = groups.get(key) ?? [];
      group.push(rule);
      groups.set(key, group);
    }
    this.buildIndexes(kind);
    this.found = new Int32Array(this.literalRules.length);
    for (const [key, group] of groups) this.addAlternations(key, group);
  }

  /**
   * One index for lines up to the usual length limit, holding every rule with fragments, and
   * one for longer lines, holding the few rules that look at them. (An index per limit would
   * hold fewer rules each, but each index costs start-up time to build.)
   */
  buildIndexes(kind: IndexKind): void {
    let longest = 0;
    for (const rule of this.literalRules) longest = Math.max(longest, rule.maxLength);
    const indexes: { maxChars: number; index: FragmentIndex }[] = [];
    let previous = 0;
    for (const maxChars of [DEFAULT_MAX_LENGTH, longest]) {
      if (maxChars <= previous) break;
      const ids = this.literalRules.flatMap((rule, id) => (rule.maxLength > previous ? [id] : []));
      previous = maxChars;
      if (ids.length === 0) continue;
      indexes.push({ maxChars, index: kind === 'quick' ? this.quickIndex(ids) : this.automaton(ids) });
    }
    this.indexes = indexes;
  }

  /** The quick index is filed straight from the rules' lists: it builds on every start. */
  private quickIndex(ids: readonly number[]): FragmentIndex {
    const index = new QuickLiteralIndex();
    for (const id of ids)
      for (const fragment of this.literals[id] as readonly string[]) index.file(fragment, id);
    return index;
  }

  private automaton(ids: readonly number[]): FragmentIndex {
    const fragments = new Map<string, number[]>();
    for (const id of ids) {
      for (const fragment of this.literals[id] as readonly string[]) {
        const filed = fragments.get(fragment);
        if (filed) filed.push(id);
        else fragments.set(fragment, [id]);
      }
    }
    return new LiteralIndex([...fragments].map(([fragment, filed]) => ({ fragment, ids: filed })));
  }

  /** The index for a line of this length, if any rule with fragments looks at it. */
  private indexFor(chars: number): FragmentIndex | undefined {
    for (const { maxChars, index } of this.indexes) if (chars <= maxChars) return index;
    return undefined;
  }

  private addAlternations(key: string, group: readonly Rule[]): void {
    const [position, text, flags] = key.split(':') as [string, string, string];
    for (let start = 0; start < group.length; start += ALTERNATION_SIZE) {
      const members = group.slice(start, start + ALTERNATION_SIZE);
      const source = members.map((rule) => `(?:${(rule.pattern as RegExp).source})`).join('|');
      const sticky = position === 'start' ? 'y' : '';
      this.prefilters.push({
        regex: new RegExp(source, flags + sticky),
        onLower: text === 'lower',
        maxLength: Math.max(...members.map((rule) => rule.maxLength)),
        rules: members,
      });
    }
  }

  /** The strongest matching rule of each label. */
  match(f: LineFeatures): MatchedRules {
    const matched: MatchedRules = [undefined, undefined, undefined, undefined];
    const index = this.indexFor(f.chars);
    if (index) {
      const count = index.collect(f.lower, this.found);
      for (let k = 0; k < count; k++) {
        const id = this.found[k] as number;
        const rule = this.literalRules[id] as Rule;
        const start = this.starts[id];
        if (start && !start.opens(rule.folded ? f.lower : f.text)) continue;
        this.consider(matched, rule, f);
      }
    }
    for (const prefilter of this.prefilters) {
      if (f.chars > prefilter.maxLength) continue;
      prefilter.regex.lastIndex = 0;
      if (!prefilter.regex.test(prefilter.onLower ? f.lower : f.text)) continue;
      for (const rule of prefilter.rules) this.consider(matched, rule, f);
    }
    for (const rule of this.singles) this.consider(matched, rule, f);
    return matched;
  }

  /** Keep the rule if it is the strongest of its label so far; on a tie, the one listed first. */
  private consider(matched: MatchedRules, rule: Rule, f: LineFeatures): void {
    if (f.chars > rule.maxLength || (rule.needsDigit && f.digitUnits === 0)) return;
    if (!rule.testLine(f.text, f.lower)) return;
    const index = LABELS.indexOf(rule.label);
    const current = matched[index];
    if (
      !current ||
      rule.weight > current.weight ||
      (rule.weight === current.weight &&
        (this.order.get(rule) as number) < (this.order.get(current) as number))
    )
      matched[index] = rule;
  }
}

/**
 * Which alternation a rule can join: `start` or `anywhere`, the text it runs on, and its
 * flags. Undefined for rules tried on their own: predicates, patterns with flags other than
 * i and u, and patterns whose groups would be renumbered by joining (back-references,
 * named groups). A case-sensitive pattern that scans the whole line stays on its own too:
 * joined, such patterns were slower than one by one.
 */
function groupKey(rule: Rule): string | undefined {
  const pattern = rule.pattern;
  if (!pattern || !/^[iu]*$/.test(pattern.flags) || /\\[1-9k]|\(\?<[^=!]/.test(pattern.source))
    return undefined;
  const anchored = precomputedFacts(rule)?.anchored ?? anchoredAtStart(pattern.source);
  const position = anchored ? 'start' : 'anywhere';
  if (position === 'anywhere' && !rule.folded) return undefined;
  const flags = rule.folded ? pattern.flags.replace('i', '') : pattern.flags;
  return `${position}:${rule.folded ? 'lower' : 'text'}:${flags}`;
}
