import type { LineFeatures } from '../features.js';
import { contextRule } from '../rules/compile.js';
import { BYLINE, type MatchedRules } from '../scoring.js';
import type { Rule } from '../types.js';
import { BARE_NAME } from './names.js';

/**
 * The bio of the story's own author, wherever it sits: the page names the author in a byline
 * ("By Jane Doe") and, under the story, says who she is ("Jane Doe is a reporter covering
 * energy."). Alone, a sentence that starts with a name and says what the person does reads as
 * prose; starting with the name the byline gave, it is the author's bio.
 */
export const AUTHOR_BIO: Rule = contextRule({
  id: 'byline/bio-of-author',
  label: 'byline',
  weight: 4.5,
  reason: "a bio that starts with the name the story's byline gives",
});

/** The rules this pass reads: the "By …" line and the bio pattern it outweighs. */
const BY_AUTHOR = 'byline/by-author';
const BIO_PATTERN = 'byline/author-bio';

/** Longest bio, in words. */
const BIO_WORDS = 80;
/** A byline's name: two to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){1,3}$/u;
/** What a bio says after the name: a verb in the third person. */
const BIO_VERB =
  /^(?:is|was|has|had|covers|covered|writes|wrote|reports|reported|joined|edits|leads|teaches|lives|works|contributed|contributes)\s/u;

/** Names in a "By …" line: "By Jane Doe and John Roe", "By JANE DOE, Associated Press". */
function bylineNames(text: string): string[] {
  const rest = text.replace(/^[Bb][Yy]:?\s?/u, '');
  if (rest === text) return [];
  return rest
    .split(/\s?(?:,|\band\b|&|\||•)\s?/u)
    .map((part) => part.trim())
    .filter((part) => NAME.test(part));
}

/**
 * The rules of each line, with AUTHOR_BIO on a line below a byline that starts with a name it
 * gives ("By Jane Doe", or the bare name the byline pass found). Names are compared in lower
 * case: some papers set the bio in capitals ("JANE DOE IS OUR HARBOUR CORRESPONDENT").
 */
export function withAuthorBios(
  lines: readonly LineFeatures[],
  matched: readonly MatchedRules[],
): MatchedRules[] {
  const out = [...matched];
  const names: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const f = lines[k] as LineFeatures;
    const rules = matched[k] as MatchedRules;
    const byline = rules[BYLINE];
    if (byline === BARE_NAME || byline?.id === BY_AUTHOR) {
      const given = byline === BARE_NAME ? (NAME.test(f.text) ? [f.text] : []) : bylineNames(f.text);
      names.push(...given.map((name) => name.toLowerCase()));
      continue;
    }
    if (names.length === 0 || f.words > BIO_WORDS) continue;
    // A byline rule that knows the line already stands, except the bio pattern, whose
    // weight is for a bio no byline vouches for.
    if (byline && byline.id !== BIO_PATTERN) continue;
    const name = names.find((candidate) => f.lower.startsWith(`${candidate} `));
    if (name === undefined || !BIO_VERB.test(f.lower.slice(name.length + 1))) continue;
    out[k] = [rules[0], AUTHOR_BIO, rules[2], rules[3]];
  }
  return out;
}
