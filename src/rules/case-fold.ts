/**
 * Case-insensitive Unicode regexes (`iu`) are slow in V8: every character class is widened by
 * case folding, so the compiled code is large and each attempt is slow. Most rule patterns are
 * written in lower case, so the same match can be had by lowercasing the line once and running
 * the pattern without `i`. This module decides when that is the same match.
 *
 * A pattern may run on lowercased text when nothing in it can tell the cases apart: every
 * literal character and every character-class range maps to itself (or stays inside the range)
 * under lowercasing, and no property escape names a case (`\p{Lu}`, `\p{Lowercase}` ...).
 * Characters whose lowercase form is a different character than their case fold (the Greek
 * final sigma, the long s, the micro sign) make the pattern keep its `i` flag.
 */

const CASE_PROPERTIES =
  /^(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Uppercase|Lowercase|Cased|Upper|Lower)$/;
/** Ranges wider than this are not checked character by character: the pattern keeps `i`. */
const MAX_RANGE_CHECK = 0x3000;

/** The pattern is case-insensitive and may run without `i` on lowercased text instead. */
export function foldable(pattern: RegExp): boolean {
  return pattern.flags.includes('i') && foldSafe(pattern.source);
}

/** Can this source run on lowercased text without `i` and match exactly what it matched with `i`? */
export function foldSafe(source: string): boolean {
  let inClass = false;
  let previous: number | undefined; // the last class member, for `a-z` ranges
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const escaped = readEscape(source, i);
      if (escaped === null) return false;
      i = escaped.end - 1;
      previous = escaped.codePoint;
      if (escaped.codePoint !== undefined && !literalSafe(escaped.codePoint)) return false;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        previous = undefined;
        continue;
      }
      if (c === '-' && previous !== undefined && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        const end = readClassMember(source, i + 1);
        if (end === null || end.codePoint === undefined) return false;
        if (!rangeSafe(previous, end.codePoint)) return false;
        i = end.end - 1;
        previous = undefined;
        continue;
      }
    } else if (c === '[') {
      inClass = true;
      previous = undefined;
      continue;
    } else if (
      c === '(' &&
      source[i + 1] === '?' &&
      source[i + 2] === '<' &&
      /[\p{L}_$]/u.test(source[i + 3] ?? '')
    ) {
      // A named group: its name is not text to match.
      const close = source.indexOf('>', i);
      if (close < 0) return false;
      i = close;
      continue;
    }
    const codePoint = source.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    if (!literalSafe(codePoint)) return false;
    previous = inClass ? codePoint : undefined;
  }
  return true;
}

/**
 * Lowercasing leaves the character alone, and so does a round trip through upper case. A
 * character whose upper case is longer (ß → SS) has no single-character partner but its own
 * capital, which lowercases back to it.
 */
function literalSafe(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint < 65 || codePoint > 90;
  const c = String.fromCodePoint(codePoint);
  if (c.toLowerCase() !== c) return false;
  const upper = c.toUpperCase();
  return upper.length > c.length || upper.toLowerCase() === c;
}

const RANGE_SAFETY = new Map<number, boolean>();

/** Every character of the range lowercases to a character inside the range (remembered: packs reuse ranges). */
function rangeSafe(from: number, to: number): boolean {
  const key = from * 0x110000 + to;
  let safe = RANGE_SAFETY.get(key);
  if (safe === undefined) {
    safe = checkRange(from, to);
    RANGE_SAFETY.set(key, safe);
  }
  return safe;
}

function checkRange(from: number, to: number): boolean {
  if (to < from || to - from > MAX_RANGE_CHECK) return false;
  for (let cp = from; cp <= to; cp++) {
    const lower = String.fromCodePoint(cp).toLowerCase();
    if (lower.length === 0) continue;
    const lowerCp = lower.codePointAt(0) as number;
    if (lower.length > String.fromCodePoint(lowerCp).length) return false;
    if (lowerCp < from || lowerCp > to) return false;
  }
  return true;
}

interface Escape {
  end: number;
  /** The character it stands for, when it stands for one. */
  codePoint?: number;
}

function readClassMember(source: string, at: number): Escape | null {
  if (source[at] === '\\') return readEscape(source, at);
  const codePoint = source.codePointAt(at);
  if (codePoint === undefined) return null;
  return { end: at + (codePoint > 0xffff ? 2 : 1), codePoint };
}

/** Read the escape that starts at `at` (a backslash). Null when it can tell cases apart. */
function readEscape(source: string, at: number): Escape | null {
  const kind = source[at + 1];
  if (kind === undefined) return null;
  if (kind === 'p' || kind === 'P') {
    const close = source.indexOf('}', at);
    if (source[at + 2] !== '{' || close < 0) return null;
    const body = source.slice(at + 3, close);
    const name = body.includes('=') ? body.slice(body.indexOf('=') + 1) : body;
    if (CASE_PROPERTIES.test(name)) return null;
    return { end: close + 1 };
  }
  if (kind === 'u') {
    if (source[at + 2] === '{') {
      const close = source.indexOf('}', at);
      if (close < 0) return null;
      return { end: close + 1, codePoint: Number.parseInt(source.slice(at + 3, close), 16) };
    }
    return { end: at + 6, codePoint: Number.parseInt(source.slice(at + 2, at + 6), 16) };
  }
  if (kind === 'x') return { end: at + 4, codePoint: Number.parseInt(source.slice(at + 2, at + 4), 16) };
  if (kind === 'c') return null;
  if (kind === 'k') {
    const close = source.indexOf('>', at);
    return close < 0 ? null : { end: close + 1 };
  }
  // \w \s \d \b and their negations, digits (back-references), and escaped punctuation.
  if ('wWsSdDbB0123456789'.includes(kind)) return { end: at + 2 };
  if ('tnrvf'.includes(kind)) return { end: at + 2, codePoint: { t: 9, n: 10, r: 13, v: 11, f: 12 }[kind] };
  return { end: at + 2, codePoint: kind.codePointAt(0) as number };
}
