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
/**
 * Marks that set a line off without being part of what it says: an arrow, a tick or an emoji
 * in front ("▶ Watch video", "👉 Also read: …"), and the same run of rule characters on both
 * sides ("*** Subscribe now ***", "— Advertisement —"). Bullets stay: a bulleted line is an
 * item of a list, which the context passes read as one (model/headline-run.ts), and "•" and
 * "·" between words are menu separators. Dashes and » in front are left alone too ("--IANS"
 * and "» Also read" are what their rules read, and a quote's "— Name" attribution is not a
 * name alone), and so are pipes: "| a | b |" is a table row. These are the marks in front.
 */
const LEAD_MARKS = new Set([...'►▶▸▹➤➜➔→⇒☛✉✓✔✗✘']);
/** Rule characters that frame a line on both sides. */
const FRAME_MARKS = new Set([...'*~_=—–#+-']);
/** Symbols that are pictographs but also text: ©, ® and ™ open copyright lines. */
const TEXT_SYMBOLS = new Set([...'©®™']);
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks with no width: a zero-width space, the word joiner, a stray byte-order mark, a soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** Runs of whitespace, Unicode spaces included (JavaScript's \s has them all). */
const SPACE_RUN = /\s+/g;

/**
 * The trimmed line with its entities decoded, invisible marks removed, every run of
 * whitespace made one space and its marks set aside. A line that would come out empty (only
 * invisible marks) keeps its trimmed form, so that what counts as a blank line does not change.
 */
export function readingForm(text: string): string {
  const trimmed = text.trim();
  const spaced = UNUSUAL_SPACING.test(trimmed)
    ? trimmed.replace(ENTITY, decodeEntity).replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim()
    : trimmed;
  const read = withoutMarks(spaced);
  return read.length > 0 ? read : trimmed;
}

/**
 * The line without its frame, or without the arrow, tick or emoji in front and the emoji
 * after it. Read character by character from both ends: most lines have none, and a pattern
 * anchored at the end would be tried at every position of every line.
 */
function withoutMarks(line: string): string {
  if (line.length < 3) return line;
  const first = line[0] as string;
  if (FRAME_MARKS.has(first) && line.endsWith(first)) {
    let start = 0;
    let end = line.length;
    while (start < end && line[start] === first) start++;
    while (end > start && line[end - 1] === first) end--;
    const inner = line.slice(start, end).trim();
    return LETTER_OR_DIGIT.test(inner) ? inner : line;
  }
  let start = 0;
  while (start < line.length && isLeadMark(line, start)) start += markWidth(line, start);
  let end = line.length;
  if (end > start && line.charCodeAt(end - 1) === 0xfe0f) end--;
  // Only an emoji after the line: a trailing bullet is a menu's separator.
  if (end > start && isPictographAt(line, end - 1)) {
    end -= isLowSurrogate(line.charCodeAt(end - 1)) ? 2 : 1;
  }
  if (start === 0 && end === line.length) return line;
  return line.slice(start, end).trim();
}

function isLeadMark(line: string, at: number): boolean {
  const unit = line.charCodeAt(at);
  return (
    unit === 0xfe0f ||
    unit === 0x200d ||
    unit === 0x20 ||
    LEAD_MARKS.has(line[at] as string) ||
    isPictographAt(line, at)
  );
}

function markWidth(line: string, at: number): number {
  return isHighSurrogate(line.charCodeAt(at)) ? 2 : 1;
}

/** A pictograph (an emoji) starts or ends at this index, and it is not ©, ® or ™. */
function isPictographAt(line: string, at: number): boolean {
  const unit = line.charCodeAt(at);
  if (unit < 0x2000 && unit !== 0xa9 && unit !== 0xae) return false;
  const from = isLowSurrogate(unit) && at > 0 ? at - 1 : at;
  const char = String.fromCodePoint(line.codePointAt(from) as number);
  return !TEXT_SYMBOLS.has(char) && PICTOGRAPH.test(char);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** An entity as the character it stands for; an unknown name or an impossible number stays as written. */
function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : entity;
}
