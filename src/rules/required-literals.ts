/**
 * Literal fragments a regex cannot match without: read from the pattern's source, so that the
 * matcher can skip a rule on a line that contains none of them, without running the regex.
 * Most lines match no rule, and a substring search for all the rules' fragments at once
 * (literal-index.ts) is much cheaper than trying every pattern.
 *
 * The analysis is conservative: every match of the pattern contains at least one of the
 * fragments returned, and when it cannot be sure of that (a construct it does not model, an
 * escape whose meaning depends on flags) it returns undefined and the rule is always tried.
 * Character classes, `.`, back-references and optional parts stand for unknown text; anchors,
 * word boundaries and lookarounds match no text, so they neither add nor break fragments.
 */

import type { Rule } from '../types.js';
import type { PatternFacts } from './precomputed-facts.js';

/**
 * What every match of a piece of a pattern is known to be: `exact` lists every string it can
 * match (when they are few), `any` lists fragments one of which each match contains. Neither
 * is known for `.`, `\w`, a long class or an optional repeat.
 */
interface Facts {
  exact?: string[];
  any?: string[];
  /**
   * When `exact` is not known: strings one of which every non-empty match starts with ('' in
   * the list: some match may start with anything), and whether a match may be empty.
   */
  prefix?: string[];
  optional?: boolean;
}

/** Most strings an `exact` list may hold: a cross product of alternations grows fast. */
const MAX_EXACT = 64;
/** Most fragments a rule may be filed under: more would cost the index for little gain. */
const MAX_FRAGMENTS = 256;
/** Longest list checked for entries that contain others. */
const MINIMISED = 48;
/** Widest character class enumerated as single characters (`['’]`, `[-–—]`). */
const MAX_CLASS = 6;

const UNKNOWN: Facts = {};
const EMPTY: Facts = { exact: [''] };

/** Characters that are not plain literals outside a class. */
const SYNTAX = codeSet('\\^$.|?*+()[]{}');
const QUANTIFIERS = codeSet('?*+{');
const HEX = { 2: /^[0-9a-fA-F]{2}$/, 4: /^[0-9a-fA-F]{4}$/ } as const;

/** A lookup by UTF-16 code unit (the derivation runs at start-up: cheap per character). */
function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** The analysis met a construct it does not model: derive nothing for the whole pattern. */
class Unsure extends Error {}

/**
 * A per-rule answer, worked out on first asking and remembered (undefined included, held as
 * null): every language's matcher shares the family rules.
 */
function rememberedPerRule<T>(derive: (rule: Rule) => T | undefined): (rule: Rule) => T | undefined {
  const answers = new WeakMap<Rule, T | null>();
  return (rule) => {
    let answer = answers.get(rule);
    if (answer === undefined) {
      answer = derive(rule) ?? null;
      answers.set(rule, answer);
    }
    return answer ?? undefined;
  };
}

/**
 * The facts of the pattern as the rule runs it (a folded pattern without `i`, on the
 * lowercased line), analysed once for both the literals and the line starts.
 */
const ruleFacts = rememberedPerRule<Facts>((rule) => {
  const pattern = rule.pattern;
  if (!pattern) return undefined;
  return analyse(pattern.source, rule.folded ? pattern.flags.replace('i', '') : pattern.flags);
});

/**
 * Lowercase fragments one of which the lowercased line contains whenever the rule matches,
 * or undefined when there are none to be sure of (predicates, case-insensitive patterns that
 * are not folded). Remembered per rule: every language's matcher shares the family rules.
 */
export const ruleLiterals: (rule: Rule) => readonly string[] | undefined =
  rememberedPerRule(deriveRuleLiterals);

function deriveRuleLiterals(rule: Rule): readonly string[] | undefined {
  const known = precomputedFacts(rule);
  if (known) return known.literals ?? undefined;
  const facts = ruleFacts(rule);
  const literals = facts && fragmentsOf(facts);
  if (!literals) return undefined;
  // A folded pattern runs without `i` on the lowercased line: its literals are that line's.
  if (rule.folded) return minimal(literals.map(searched));
  // A case-sensitive literal in the line is its lowercase form in the lowercased line, since
  // lowercasing maps each character on its own; the one exception is the capital sigma,
  // whose lowercase form depends on whether a word ends after it.
  if (literals.some((literal) => literal.includes('\u03a3'))) return undefined;
  return minimal(literals.map((literal) => searched(literal.toLowerCase())));
}

/**
 * Characters of a fragment or a line start that the matcher looks for. A line holding a
 * fragment holds its first characters, so the cut keeps every answer; the literal index files
 * a fragment under its first six anyway, and the facts the build writes out stay small.
 */
const SEARCHED_CHARS = 8;

function searched(fragment: string): string {
  return fragment.slice(0, SEARCHED_CHARS);
}

/**
 * Fragments (as written: case matters) one of which every match of the pattern contains, or
 * undefined when the analysis is unsure or some match could contain no literal at all.
 * Only flags `u`, `s` and `m` are understood: `i` would make any case of a fragment match.
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  const facts = analyse(source, flags);
  return facts && fragmentsOf(facts);
}

/**
 * Strings one of which the line must start with for the rule to match, or undefined when that
 * is not known: the pattern is anchored at the start of the line (every top-level alternative
 * starts with `^`, and there is no `m` flag to let `^` match after a line break), so a match
 * starts at 0 and begins with one of the strings every match begins with. The strings are for
 * the text the rule runs on: the lowercased line for a folded rule, the line for the others.
 * The literal index finds a rule's fragments anywhere in the line; this answers, for the rules
 * it lists, the cheaper question of the line's first characters before the regex runs.
 */
export const rulePrefixes: (rule: Rule) => readonly string[] | undefined =
  rememberedPerRule(deriveRulePrefixes);

function deriveRulePrefixes(rule: Rule): readonly string[] | undefined {
  const known = precomputedFacts(rule);
  if (known) return known.prefixes ?? undefined;
  const pattern = rule.pattern;
  // With `m`, `^` also matches after a line break inside the text.
  if (!pattern || pattern.flags.includes('m') || !anchoredAtStart(pattern.source)) return undefined;
  const facts = ruleFacts(rule);
  const prefixes = facts && prefixesOf(facts);
  return prefixes && minimalStarts(prefixes.map(searched));
}

/**
 * Strings (as written: case matters) one of which every match of the pattern starts with, or
 * undefined when the analysis is unsure or some match may start with any character.
 */
export function requiredPrefixes(source: string, flags: string): string[] | undefined {
  const facts = analyse(source, flags);
  return facts && prefixesOf(facts);
}

/** The start list the facts give, without redundant entries; undefined when it has none. */
function prefixesOf(facts: Facts): string[] | undefined {
  if (mayBeEmpty(facts)) return undefined;
  const list = prefixOf(facts);
  if (list.includes('') || list.length > MAX_FRAGMENTS) return undefined;
  return minimalStarts(list);
}

/** A line that starts with the longer of two prefixes starts with the shorter: keep the shorter. */
function minimalStarts(list: readonly string[]): string[] {
  const sorted = [...new Set(list)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const prefix of sorted) if (!kept.some((shorter) => prefix.startsWith(shorter))) kept.push(prefix);
  return kept;
}

/** The facts the build read from built-in rules' patterns (precomputed-facts.ts). */
const PRECOMPUTED = new WeakMap<Rule, PatternFacts>();

/** File the build's facts for a built-in rule just compiled (see compileRuleWithFacts). */
export function rememberPrecomputedFacts(rule: Rule, facts: PatternFacts): void {
  PRECOMPUTED.set(rule, facts);
}

/** The facts the build read from this rule's pattern, if it is a built-in rule. */
export function precomputedFacts(rule: Rule): PatternFacts | undefined {
  return PRECOMPUTED.get(rule);
}

/**
 * The facts of a compiled rule's pattern, read from its source: what the build writes out for
 * each built-in rule, and what the tests compare the written facts with.
 */
export function derivePatternFacts(rule: Rule & { pattern: RegExp }): PatternFacts {
  return {
    foldable: rule.folded,
    anchored: anchoredAtStart(rule.pattern.source),
    literals: ruleLiterals(rule) ?? null,
    prefixes: rulePrefixes(rule) ?? null,
  };
}

/** Every top-level alternative of the pattern starts with `^` (so it can only match at 0). */
export function anchoredAtStart(source: string): boolean {
  // The first alternative starts the source; without a `|` it is the only one. Most patterns
  // are settled here, which spares start-up a character-by-character walk of every source.
  if (!source.startsWith('^')) return false;
  if (!source.includes('|')) return true;
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

/**
 * The facts of a whole pattern, or undefined when the analysis is unsure of it. Only flags
 * `u`, `s` and `m` are understood: `i` would make any case of a fragment match.
 */
function analyse(source: string, flags: string): Facts | undefined {
  if (!/^[msu]*$/.test(flags)) return undefined;
  // Astral characters and Annex B escapes mean different things with and without `u`.
  if (/[\ud800-\udfff]/.test(source)) return undefined;
  try {
    const parser = new Parser(source, flags.includes('u'));
    const facts = parser.alternation();
    return parser.at < source.length ? undefined : facts;
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** What every match starts with: its exact strings when known, else its prefixes ('' when nothing is known). */
function prefixOf(facts: Facts): string[] {
  return facts.exact ?? facts.prefix ?? [''];
}

/** Some match may be empty (as far as the facts say: UNKNOWN pieces match a character). */
function mayBeEmpty(facts: Facts): boolean {
  return facts.exact ? facts.exact.includes('') : facts.optional === true;
}

/** The best list the facts give, without redundant entries; undefined when it has none. */
function fragmentsOf(facts: Facts): string[] | undefined {
  const list = pick(facts);
  if (!list) return undefined;
  const fragments = minimal(list);
  return fragments.length <= MAX_FRAGMENTS ? fragments : undefined;
}

/** The better of a piece's two lists, or undefined when some match may contain no literal. */
function pick(facts: Facts): string[] | undefined {
  return better(facts.exact, facts.any);
}

/**
 * Drop entries that contain another entry: a line holding the longer one holds the shorter.
 * Long lists are only deduplicated: the check is quadratic, and a redundant entry costs the
 * index a few nodes, not a wrong answer.
 */
function minimal(list: readonly string[]): string[] {
  const unique = [...new Set(list)];
  if (unique.length > MINIMISED) return unique;
  const sorted = unique.sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const fragment of sorted) if (!kept.some((shorter) => fragment.includes(shorter))) kept.push(fragment);
  return kept;
}

/**
 * Which of two fragment lists filters better: the one whose shortest fragment is longer (a
 * short fragment is found in many lines), then the shorter list.
 */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!usable(b)) return usable(a) ? a : undefined;
  if (!usable(a)) return b;
  const shortestA = shortest(a);
  const shortestB = shortest(b);
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b;
  return a.length <= b.length ? a : b;
}

function shortest(list: readonly string[]): number {
  let length = Number.POSITIVE_INFINITY;
  for (const item of list) if (item.length < length) length = item.length;
  return length;
}

function usable(list: string[] | undefined): list is string[] {
  return list !== undefined && list.length > 0 && !list.includes('');
}

function cross(left: readonly string[], right: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return out;
}

/** Facts of a sequence: neighbouring exact parts join into longer strings. */
function sequence(parts: readonly Facts[]): Facts {
  // The strings the current stretch of exact parts can match, joined.
  let run: string[] = [''];
  let joined = true;
  let best: string[] | undefined;
  const prefix = sequencePrefix(parts);
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      run = cross(run, part.exact);
      continue;
    }
    // The stretch ends: its strings are one fragment list, the part itself may be another.
    joined = false;
    best = better(better(best, run), pick(part));
    run = part.exact ? [...part.exact] : [''];
  }
  best = better(best, run);
  if (joined) return { exact: run, ...(best ? { any: best } : {}) };
  return { ...(best ? { any: best } : {}), prefix, optional: parts.every(mayBeEmpty) };
}

/**
 * What every non-empty match of a sequence starts with: the strings of its leading exact parts,
 * joined, then what the next part starts with; when that part may match nothing, what the
 * part after it starts with too, and so on.
 */
function sequencePrefix(parts: readonly Facts[]): string[] {
  // Starts after which the match goes on in a way not known; the strings matched so far.
  const open: string[] = [];
  let run: string[] = [''];
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      run = cross(run, part.exact);
      continue;
    }
    const next = prefixOf(part);
    open.push(...(run.length * next.length <= MAX_FRAGMENTS ? cross(run, next) : run));
    if (!mayBeEmpty(part)) {
      run = [];
      break;
    }
  }
  const starts = [...open, ...run.filter((text) => text !== '')];
  return starts.length <= MAX_FRAGMENTS ? starts : [''];
}

/** Facts of `a|b|c`: a match is a match of one alternative. */
function alternatives(options: readonly Facts[]): Facts {
  if (options.length === 1) return options[0] as Facts;
  const exact = options.every((option) => option.exact)
    ? options.flatMap((option) => option.exact as string[])
    : undefined;
  const each = options.map(pick);
  const any = each.every((list) => list !== undefined) ? withinLimit((each as string[][]).flat()) : undefined;
  // An empty match of an option is not a start: the option makes the whole optional instead.
  const prefix = options.flatMap((option) => prefixOf(option).filter((text) => text !== '' || !option.exact));
  return {
    ...(exact && exact.length <= MAX_EXACT ? { exact } : {}),
    ...(any && any.length <= MAX_FRAGMENTS ? { any } : {}),
    ...(prefix.length <= MAX_FRAGMENTS ? { prefix } : {}),
    optional: options.some(mayBeEmpty),
  };
}

/**
 * A fragment list cut down to the characters the matcher searches for, when it has grown past
 * MAX_FRAGMENTS: a line holding a fragment holds its first characters, so the cut list still
 * holds one fragment of every match. The options of a long alternation (a dozen phrasings of
 * a syndication note, each a cross product of its wordings) often share their first words, so
 * their fragments cut to a few dozen; without the cut the rule had none and ran on every line.
 */
function withinLimit(list: string[]): string[] {
  return list.length <= MAX_FRAGMENTS ? list : minimal(list.map(searched));
}

/** Facts of `x{min,max}`. */
function repeat(facts: Facts, min: number, max: number): Facts {
  if (min === 0) {
    // Optional: a match may be empty; `x?` of exact strings adds the empty string.
    if (max === 1 && facts.exact) return { exact: [...facts.exact, ''] };
    return { prefix: prefixOf(facts), optional: true };
  }
  if (min === 1 && max === 1) return facts;
  // At least one repetition: its fragments are the whole's, and a match starts as the first does.
  const once = pick(facts);
  return { ...(once ? { any: once } : {}), prefix: prefixOf(facts), optional: mayBeEmpty(facts) };
}

/** Recursive descent over a regex source, computing Facts as it goes. */
class Parser {
  at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): Facts {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return alternatives(options);
  }

  private sequence(): Facts {
    const parts: Facts[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return sequence(parts);
  }

  /** Apply a quantifier after an atom, if there is one. */
  private quantified(atom: Facts): Facts {
    const c = this.source[this.at];
    let bounds: [number, number] | undefined;
    if (c === '?') bounds = [0, 1];
    else if (c === '*') bounds = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') bounds = [1, Number.POSITIVE_INFINITY];
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) {
        if (this.unicode) throw new Unsure();
        return atom; // Annex B: a lone `{` is a literal, read as the next atom.
      }
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
      this.at += braces[0].length - 1;
      bounds = [min, max];
    }
    if (!bounds) return atom;
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings
    return repeat(atom, bounds[0], bounds[1]);
  }

  private atom(): Facts {
    const c = this.source[this.at] as string;
    if (SYNTAX[c.charCodeAt(0)] === 0) return this.literalRun();
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    if ('*+?'.includes(c)) throw new Unsure(); // a quantifier with nothing to repeat
    if ((c === '{' || c === '}' || c === ']') && this.unicode) throw new Unsure();
    return { exact: [c] };
  }

  /**
   * Plain characters in a row, read as one string (far cheaper than joining them one by one),
   * up to one that a quantifier follows: that one is an atom of its own.
   */
  private literalRun(): Facts {
    const start = this.at;
    const source = this.source;
    while (this.at < source.length && SYNTAX[source.charCodeAt(this.at)] === 0) this.at++;
    if (this.at - start > 1 && QUANTIFIERS[source.charCodeAt(this.at)] === 1) this.at--;
    return { exact: [this.source.slice(start, this.at)] };
  }

  private group(): Facts {
    this.at++;
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (/^\?<[\p{L}_$]/u.test(kind)) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new Unsure();
        this.at = close + 1;
      } else throw new Unsure(); // modifiers such as (?i:...) and anything newer
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unsure();
    this.at++;
    // A lookaround matches no text of its own: the match is the text around it.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Facts {
    this.at++;
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const members: number[] = [];
    let known = true;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Unsure();
      const from = this.classMember();
      if (
        this.source[this.at] === '-' &&
        this.source[this.at + 1] !== ']' &&
        this.source[this.at + 1] !== undefined
      ) {
        this.at++;
        const to = this.classMember();
        if (from === undefined || to === undefined || to < from) {
          known = false;
          continue;
        }
        if (to - from >= MAX_CLASS) known = false;
        else for (let cp = from; cp <= to; cp++) members.push(cp);
        continue;
      }
      if (from === undefined) known = false;
      else members.push(from);
    }
    this.at++;
    if (negated || !known || members.length === 0 || members.length > MAX_CLASS) return UNKNOWN;
    return { exact: [...new Set(members)].map((cp) => String.fromCharCode(cp)) };
  }

  /** One character of a class, or undefined for a set such as `\d` or `\p{L}`. */
  private classMember(): number | undefined {
    const c = this.source[this.at] as string;
    if (c !== '\\') {
      this.at++;
      return c.charCodeAt(0);
    }
    const kind = this.source[this.at + 1];
    if (kind === 'b') {
      this.at += 2;
      return 8; // backspace, inside a class
    }
    if (kind === '-') {
      this.at += 2;
      return 45;
    }
    const escaped = this.escape();
    return escaped.exact?.[0]?.length === 1 ? escaped.exact[0].charCodeAt(0) : undefined;
  }

  /** An escape outside a class (also used for class members other than `\b`). */
  private escape(): Facts {
    const kind = this.source[this.at + 1];
    if (kind === undefined) throw new Unsure();
    this.at += 2;
    if (kind === 'b' || kind === 'B') return EMPTY;
    if ('dDwWsS'.includes(kind)) return UNKNOWN;
    if (kind === 'p' || kind === 'P') {
      if (!this.unicode) throw new Unsure(); // without `u`, `\p` is the letter p
      const close = this.source.indexOf('}', this.at);
      if (this.source[this.at] !== '{' || close < 0) throw new Unsure();
      this.at = close + 1;
      return UNKNOWN;
    }
    if (kind === 'k') {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Unsure();
      this.at = close + 1;
      return UNKNOWN;
    }
    if (/[1-9]/.test(kind)) {
      // A back-reference (or, without `u` and groups, an octal escape): unknown text.
      while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
      return UNKNOWN;
    }
    if (kind === '0') {
      if (/[0-9]/.test(this.source[this.at] ?? '')) throw new Unsure();
      return { exact: ['\0'] };
    }
    const control = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f' }[kind];
    if (control) return { exact: [control] };
    if (kind === 'x') return this.hexEscape(2);
    if (kind === 'u') {
      if (this.source[this.at] === '{') throw new Unsure();
      return this.hexEscape(4);
    }
    if (kind === 'c') throw new Unsure();
    // Escaped punctuation, or (without `u`) an identity escape of a letter.
    if (this.unicode && /[\p{L}\p{N}]/u.test(kind)) throw new Unsure();
    return { exact: [kind] };
  }

  private hexEscape(digits: 2 | 4): Facts {
    const hex = this.source.slice(this.at, this.at + digits);
    if (!HEX[digits].test(hex)) throw new Unsure();
    this.at += digits;
    const code = Number.parseInt(hex, 16);
    if (code >= 0xd800 && code <= 0xdfff) throw new Unsure();
    return { exact: [String.fromCharCode(code)] };
  }
}
