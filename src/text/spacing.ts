/**
 * The form of a line that the rules and features read. Scraped text is full of spacing that
 * a reader never sees: no-break spaces between words ("Sign\u00A0in"), runs of spaces left
 * by removed markup, zero-width spaces and soft hyphens inside words. A rule is written for
 * one ASCII space between words, so each of those would hide the line from every rule. The
 * output never sees this form: a kept line is written as it came in.
 */

/** Anything that reading this way would change: a tab, a Unicode space, an invisible mark, two spaces. */
const UNUSUAL_SPACING = /[\t\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]| {2}/;
/** Marks with no width: a zero-width space, the word joiner, a stray byte-order mark, a soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** Runs of whitespace, Unicode spaces included (JavaScript's \s has them all). */
const SPACE_RUN = /\s+/g;

/**
 * The trimmed line with invisible marks removed and every run of whitespace made one space.
 * A line that would come out empty (only invisible marks) keeps its trimmed form, so that
 * what counts as a blank line does not change.
 */
export function readingForm(text: string): string {
  const trimmed = text.trim();
  if (!UNUSUAL_SPACING.test(trimmed)) return trimmed;
  const read = trimmed.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
  return read.length > 0 ? read : trimmed;
}
