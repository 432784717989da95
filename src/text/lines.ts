/** One physical line of input: its text and the line ending that followed it. */
export interface SourceLine {
  text: string;
  /** `\n`, `\r\n`, `\r`, or `` for a last line with no ending. */
  eol: string;
}

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Split text into lines, remembering each line's own ending so that kept lines can be
 * written back byte for byte. A final line ending does not start an extra empty line.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    const end = match.index;
    lines.push({ text: text.slice(start, end), eol: match[0] });
    start = end + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

/** The line ending used most in the input (LF when there is none), for a missing final one. */
export function dominantEol(lines: readonly SourceLine[]): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const { eol } of lines) {
    if (eol === '\r\n') crlf++;
    else if (eol === '\n') lf++;
    else if (eol === '\r') cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** A line with nothing but whitespace on it. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
