import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BYLINE, hasNoRule, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';

/**
 * Author names on a line of their own ("Jane Doe"), found by their shape and their place:
 * a name says nothing a pattern could tell from a subheading ("Elton John" over a paragraph
 * about him), so only a name right beside a line a byline rule knows (a date under it, a
 * bio or job title under it, a lone "By" or "Von" above it) is taken for a byline.
 */
export const BARE_NAME: Rule = contextRule({
  id: 'byline/bare-name',
  label: 'byline',
  weight: 3,
  reason: 'a bare person name in the article header or beside an author or date line',
});

/** Lowercase name particles ("Lisa de Moraes", "Ursula von der Leyen"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'das',
  'del',
  'della',
  'der',
  'den',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'zu',
  'ter',
  'ten',
]);

/** A capitalised name word, an initial ("C."), or a name in capitals ("OAKES"). */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}[\p{Lu}\p{M}]+(?:[-'’]\p{Lu}[\p{Lu}\p{M}]+)*)$/u;

/** Fewest and most name words of one name (particles not counted). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const MAX_CHARS = 48;

/** The word between two authors' names on one line ("Jane Doe and John Roe"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'und', 'et']);

/**
 * The line reads as a person's name, or two joined by "and": two to four capitalised words
 * each (initials and particles allowed), nothing else but an optional ", Agency" after it. A
 * capitalised stop word ("The", "Der", "In") rules the line out: that is a title, not a name.
 */
export function isNameShaped(f: LineFeatures): boolean {
  if (f.chars > MAX_CHARS || f.digitUnits > 0 || f.hasUrl || f.separators > 0) return false;
  const [name = '', affiliation, ...rest] = f.text.split(/\s?,\s?/u);
  if (rest.length > 0) return false;
  if (affiliation !== undefined && !/^\p{Lu}[\p{L}.&' -]{1,24}$/u.test(affiliation)) return false;
  const words = name.split(' ');
  const joint = words.findIndex((word) => CONJUNCTIONS.has(word));
  if (joint === -1) return isOneName(words, f.stopWords);
  // The line's stop words are the conjunction ("&" is not a word) and particles on either side.
  const stopWordsBeside = f.stopWords - (words[joint] === '&' ? 0 : 1);
  return (
    stopWordsBeside >= 0 &&
    isOneName(words.slice(0, joint), stopWordsBeside) &&
    isOneName(words.slice(joint + 1), stopWordsBeside)
  );
}

/**
 * `stopWords` is how many stop words the words may hold at most: a name's stop words are its
 * particles, so a line with more is not a name.
 */
function isOneName(words: readonly string[], stopWords: number): boolean {
  let names = 0;
  let particles = 0;
  let initials = 0;
  for (const word of words) {
    if (PARTICLES.has(word)) {
      // A particle sits between names, never first or last.
      if (names === 0) return false;
      particles++;
      continue;
    }
    if (!NAME_WORD.test(word)) return false;
    if (word.endsWith('.')) initials++;
    names++;
  }
  if (PARTICLES.has(words[words.length - 1] ?? '')) return false;
  if (names < MIN_NAME_WORDS || names > MAX_NAME_WORDS || initials === names) return false;
  // Name words are not stop words; particles may be.
  return stopWords <= particles;
}

/**
 * The rules of each line with the bare-name rule added where a name-shaped line that no rule
 * names sits next to a line a byline rule names.
 */
export function withBareNames(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const byline = (k: number) => (matched[k] as MatchedRules | undefined)?.[BYLINE] !== undefined;
  const candidates: number[] = [];
  matched.forEach((rules, k) => {
    if (rules.some((rule) => rule !== undefined)) return;
    if (!byline(k - 1) && !byline(k + 1)) return;
    if (isNameShaped(lines[k] as LineFeatures)) candidates.push(k);
  });
  const named = [...matched];
  if (candidates.length === 0) return withBios(lines, named);
  // "Server Software", "Prime Minister": words the document also writes in lower case are
  // common nouns, not names.
  const wordsOf = (k: number) => (lines[k] as LineFeatures).lower.split(/[\s,]+/u);
  const common = writtenInLowerCase(lines, new Set(candidates.flatMap(wordsOf)));
  for (const k of candidates) {
    if (wordsOf(k).some((word) => common.has(word) && !PARTICLES.has(word) && !CONJUNCTIONS.has(word)))
      continue;
    const rules = matched[k] as MatchedRules;
    named[k] = [rules[0], BARE_NAME, rules[2], rules[3]];
  }
  return withBios(lines, named);
}

/**
 * An author's bio under the author's bare name: the next line or the one after starts with
 * the same name and goes on in lower case ("Jane Doe covers…", "Jane Doe kam 2001 zur…").
 */
export const NAMED_BIO: Rule = contextRule({
  id: 'byline/bio-under-name',
  label: 'byline',
  weight: 3,
  reason: 'an author bio that starts with the author name on the line above',
});

/** How far under the name line its bio may start. */
const BIO_GAP = 2;
/** Longest bio paragraph, in words. */
const BIO_WORDS = 150;

function withBios(lines: readonly LineFeatures[], matched: MatchedRules[]): MatchedRules[] {
  matched.forEach((rules, k) => {
    if (rules[BYLINE] !== BARE_NAME) return;
    const name = (lines[k] as LineFeatures).text;
    for (let j = k + 1; j <= Math.min(lines.length - 1, k + BIO_GAP); j++) {
      const f = lines[j] as LineFeatures;
      const own = matched[j] as MatchedRules;
      if (!hasNoRule(own) || f.words > BIO_WORDS) continue;
      if (!f.text.startsWith(`${name} `) || !/^\p{Ll}/u.test(f.text.slice(name.length + 1))) continue;
      matched[j] = [own[0], NAMED_BIO, own[2], own[3]];
    }
  });
  return matched;
}

/** A word in lower case between spaces, with the punctuation around it (not part of an address). */
const LOWERCASE_WORD = /^[("“‘'«]*(\p{Ll}[\p{L}\p{M}'’-]*)[.,;:!?)"”’»]*$/u;

/**
 * Which of `words` (in lower case) the document writes in lower case somewhere. Only lines
 * whose lowercase form contains one of them are split into tokens: a token's word, lowercased,
 * is part of its line's lowercase form. (Building the set of every lowercase word of the
 * document was a tenth of the classifier's time, for the few words of a name line.)
 */
export function writtenInLowerCase(lines: readonly LineFeatures[], words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const sought = [...words].filter((word) => word.length > 0);
  for (const f of lines) {
    if (!sought.some((word) => f.lower.includes(word))) continue;
    for (const token of f.text.split(' ')) {
      const word = LOWERCASE_WORD.exec(token)?.[1]?.toLowerCase();
      if (word !== undefined && words.has(word)) found.add(word);
    }
  }
  return found;
}
