/** The four labels every input line gets. Only `body` is kept by default. */
export type Label = 'body' | 'byline' | 'disclaimer' | 'chrome';

/** All labels, in a fixed order used for scores, stats and reports. */
export const LABELS: readonly Label[] = ['body', 'byline', 'disclaimer', 'chrome'];

/** Is `value` one of the four labels? */
export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

/** The classifier's verdict on one input line. */
export interface LineDecision {
  /** 1-based line number in the input. */
  line: number;
  /** The line's text without its line ending. */
  text: string;
  label: Label;
  /** Which rule or feature decided, e.g. `paywall/limit-reached` or `feature/prose`. */
  ruleId: string;
  /** A short human sentence saying why. */
  reason: string;
  /** 0..1: how sure the decoder is of this label against the runner-up. */
  confidence: number;
}

/**
 * A rule as it is written in a JSON rule pack (and, with a RegExp, in the built-in packs).
 * `pattern` is matched against the line with surrounding whitespace trimmed.
 */
export interface RuleSpec {
  id: string;
  label: Label;
  /** ISO 639-1 codes the rule applies to; omitted or `['*']` means every language. */
  languages?: readonly string[];
  pattern?: string | RegExp;
  /** Built-in rules only: a test that a regex cannot say well (JSON packs use `pattern`). */
  predicate?: (text: string) => boolean;
  /** Regex flags for a string pattern; `i` and `u` are the usual ones. */
  flags?: string;
  /** Evidence strength in log-odds units: 1 is a hint, 3 is firm, 6 overrides almost anything. */
  weight: number;
  reason: string;
  /** Lines the rule must catch and lines it must not: checked by the tests and when a pack loads. */
  examples?: { match?: readonly string[]; noMatch?: readonly string[] };
  /** A paywall prompt that says the text stops here ("subscribe to continue reading"). */
  truncates?: boolean;
  /**
   * A wire's sign-off that closes the story it follows (an agency tag, "Reporting by …"): the
   * paragraphs just above it are taken to be the article's own, whatever sits between them.
   */
  signsOff?: boolean;
  /** Longest trimmed line the rule looks at (default 400 characters). */
  maxLength?: number;
  /**
   * Every line the pattern matches has an ASCII digit (a price, a date): a line without one
   * is not tried. Common words let such rules past the literal index on most lines.
   */
  needsDigit?: boolean;
}

/** A compiled rule, ready to test lines. */
export interface Rule {
  readonly id: string;
  readonly family: string;
  readonly label: Label;
  readonly languages: readonly string[];
  /** The regex, when the rule has one (for reports and safety checks). */
  readonly pattern: RegExp | undefined;
  /** Does the (trimmed) line match? */
  readonly test: (text: string) => boolean;
  /** The same test, given the line and its lowercase form (computed once per line). */
  readonly testLine: (text: string, lower: string) => boolean;
  /**
   * The case-insensitive pattern runs without `i` on the lowercased line, which is the same
   * match and much faster (see rules/case-fold.ts).
   */
  readonly folded: boolean;
  readonly weight: number;
  readonly reason: string;
  readonly truncates: boolean;
  readonly signsOff: boolean;
  readonly maxLength: number;
  readonly needsDigit: boolean;
  readonly examples: { match: readonly string[]; noMatch: readonly string[] };
}

/** Options shared by classifyLines and cleanArticle. */
export interface ClassifyOptions {
  /** Extra rules (for example from a JSON rule pack), added to the built-in ones. */
  rules?: readonly RuleSpec[];
  /** ISO 639-1 code of the text, or `auto` (the default) to guess it from stop words. */
  language?: string;
  /** Rule ids (or family prefixes such as `share/`) to switch off. */
  disable?: readonly string[];
  /**
   * Lines learned as site boilerplate in a batch (keys made by `repeatKey`, see RepeatLearner).
   * A matching line that no rule knows counts as chrome (`repeat/site`).
   */
  repeated?: ReadonlySet<string>;
}

export interface CleanOptions extends ClassifyOptions {
  /** Labels kept besides `body`. */
  keep?: readonly Label[];
}

export interface CleanStats {
  /** Input lines, blank ones included. */
  lines: number;
  /** Lines written to the output, blank separators included. */
  keptLines: number;
  /** Decisions per label. */
  labels: Record<Label, number>;
  /** Decisions per rule id. */
  rules: Record<string, number>;
  /** The language the rules were chosen for. */
  language: string;
}

export interface CleanResult {
  /** The kept lines, each with its own line ending; ends with one newline unless empty. */
  text: string;
  lines: LineDecision[];
  stats: CleanStats;
  /** A paywall prompt right after the body shows that the article was cut short. */
  truncated: boolean;
}
