/**
 * The form of a line that the rules and features read. Scraped text is full of spacing that
 * a reader never sees: no-break spaces between words ("Sign\u00A0in"), runs of spaces left
 * by removed markup, zero-width spaces and soft hyphens inside words, and HTML entities a
 * feed left undecoded ("Terms &amp; Conditions", "Don&#8217;t miss"). A rule is written for
 * the text as a reader sees it, with one ASCII space between words, so each of those would
 * hide the line from every rule. The output never sees this form: a kept line is written as
 * it came in.
 */

/**
 * Anything that reading this way would change: a tab, a Unicode space, an invisible mark, two
 * spaces, an entity.
 */
const UNUSUAL_SPACING =
  /[\t\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]| {2}|&#?\w+;/;
/** The entities that feeds leave in text, by name; numeric ones are read by their number. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  laquo: '«',
  raquo: '»',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
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
  const read = trimmed.replace(ENTITY, decodeEntity).replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
  return read.length > 0 ? read : trimmed;
}

/** An entity as the character it stands for; an unknown name or an impossible number stays as written. */
function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : entity;
}
