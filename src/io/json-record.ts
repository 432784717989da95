/**
 * One JSON Lines record, edited in place: the value of the text field is replaced in the raw
 * line and every other byte stays as it was. Re-serialising the parsed object would not do:
 * it rewrites `1.0` as `1`, rounds ids above 2^53 and turns `\u00e9` escapes into characters,
 * and a corpus tool must not touch fields it was not asked to clean.
 */

export type ParsedRecord =
  | { ok: true; text: string; group: string | undefined }
  | { ok: false; message: string };

/** Parse a line and pick out the text to clean (and the group, with `--group-key`). */
export function parseRecord(raw: string, textKey: string, groupKey: string | undefined): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, message: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `not a JSON object but ${describe(value)}` };
  }
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, textKey)) return { ok: false, message: `no ${JSON.stringify(textKey)} field` };
  const text = record[textKey];
  if (typeof text !== 'string') {
    return { ok: false, message: `field ${JSON.stringify(textKey)} is ${describe(text)}, not a string` };
  }
  return { ok: true, text, group: groupKey === undefined ? undefined : groupOf(record[groupKey]) };
}

function groupOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The raw line with the value of `key` replaced by `json`, and with `extra` members set (added
 * before the closing brace, or replacing a member of the same name). `raw` must be a JSON
 * object that JSON.parse accepted. With duplicate keys the last one counts, as in JSON.parse.
 */
export function spliceRecord(
  raw: string,
  key: string,
  json: string,
  extra: Record<string, string> = {},
): string {
  const { members, close } = topLevelMembers(raw);
  const edits: { start: number; end: number; text: string }[] = [];
  const target = lastMember(members, key);
  if (target) edits.push({ start: target.start, end: target.end, text: json });
  for (const [name, value] of Object.entries(extra)) {
    const existing = lastMember(members, name);
    if (existing) edits.push({ start: existing.start, end: existing.end, text: value });
    else {
      const separator = members.length > 0 || edits.some((edit) => edit.start === close) ? ',' : '';
      edits.push({ start: close, end: close, text: `${separator}${JSON.stringify(name)}:${value}` });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = raw;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

interface Member {
  key: string;
  /** Where the value starts and ends in the raw line. */
  start: number;
  end: number;
}

function lastMember(members: readonly Member[], key: string): Member | undefined {
  for (let i = members.length - 1; i >= 0; i--) if ((members[i] as Member).key === key) return members[i];
  return undefined;
}

/** The members of the top-level object and the index of its closing brace. */
export function topLevelMembers(raw: string): { members: Member[]; close: number } {
  const members: Member[] = [];
  let i = skipSpace(raw, raw.indexOf('{') + 1);
  while (raw[i] !== '}') {
    const keyEnd = skipString(raw, i);
    const key = JSON.parse(raw.slice(i, keyEnd)) as string;
    const start = skipSpace(raw, skipSpace(raw, keyEnd) + 1);
    const end = skipValue(raw, start);
    members.push({ key, start, end });
    i = skipSpace(raw, end);
    if (raw[i] === ',') i = skipSpace(raw, i + 1);
  }
  return { members, close: i };
}

function skipSpace(raw: string, i: number): number {
  let at = i;
  while (at < raw.length && ' \t\n\r'.includes(raw[at] as string)) at++;
  return at;
}

/** Index after the string that starts at `i` (a `"`); long strings are crossed with indexOf. */
function skipString(raw: string, i: number): number {
  let at = i + 1;
  for (;;) {
    const quote = raw.indexOf('"', at);
    if (quote === -1) return raw.length;
    let backslashes = 0;
    for (let k = quote - 1; raw.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** Index after the value that starts at `i`. */
function skipValue(raw: string, i: number): number {
  const first = raw[i];
  if (first === '"') return skipString(raw, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    let at = i;
    while (at < raw.length) {
      const char = raw[at];
      if (char === '"') {
        at = skipString(raw, at);
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') depth--;
      at++;
      if (depth === 0) return at;
    }
    return at;
  }
  let at = i;
  while (at < raw.length && !',}] \t\n\r'.includes(raw[at] as string)) at++;
  return at;
}
