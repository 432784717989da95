/**
 * Tokens, shingles and bags as the Scrapinghub article-extraction-benchmark defines them.
 * Python's `re` `\w` (Unicode) is letters, digits and `_`; unlike `\p{M}`-aware word
 * definitions it does not match combining marks, so Devanagari or decomposed accents split
 * words exactly as the Python scorer splits them.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The `\w+` tokens of `text`, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Scrapinghub's `_ngrams`: every run of n consecutive tokens, and one shorter shingle for a
 * text of 1 to n-1 tokens. Shingles are joined with a space, which no token contains.
 */
export function shingles(tokens: readonly string[], n = 4): string[] {
  if (tokens.length <= n) return tokens.length === 0 ? [] : [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Items counted with multiplicity. */
export function bag(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** True positives, false positives and false negatives of one page. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Compare two bags with multiplicity: tp = shared items, fp = extra predicted, fn = missing gold. */
export function compareBags(gold: ReadonlyMap<string, number>, pred: ReadonlyMap<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, predCount] of pred) {
    const goldCount = gold.get(key) ?? 0;
    tp += Math.min(goldCount, predCount);
    fp += Math.max(0, predCount - goldCount);
  }
  for (const [key, goldCount] of gold) fn += Math.max(0, goldCount - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** A text's bag of tokens and bag of 4-token shingles. */
export interface TextBags {
  tokens: Map<string, number>;
  sh4: Map<string, number>;
}

export function textBags(text: string): TextBags {
  return tokenBags(tokenize(text));
}

export function tokenBags(tokens: readonly string[]): TextBags {
  return { tokens: bag(tokens), sh4: bag(shingles(tokens)) };
}

/** Token and 4-shingle counts of a predicted text against a gold text (or its bags, made once). */
export function compareTexts(gold: string | TextBags, pred: string): { tokens: Counts; sh4: Counts } {
  const goldBags = typeof gold === 'string' ? textBags(gold) : gold;
  const predBags = textBags(pred);
  return {
    tokens: compareBags(goldBags.tokens, predBags.tokens),
    sh4: compareBags(goldBags.sh4, predBags.sh4),
  };
}

/** Collapse runs of whitespace to one space and trim (Python's `' '.join(s.split())`). */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
