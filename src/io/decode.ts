/**
 * Bytes → text, ripgrep-style: a byte order mark wins, then `--encoding`, then strict UTF-8.
 * Nothing is guessed. A file that is not what we think it is becomes a typed error that
 * names the byte offset, so the user can look at it and pick an `--encoding`.
 */

/** How much of the start of a file is searched for a NUL byte (ripgrep and git do the same). */
export const BINARY_SNIFF_BYTES = 8192;

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: 'EBINARY' | 'EENCODING'; message: string; offset: number };

/** Decode a whole input. `encoding` is any WHATWG label (`latin1`, `windows-1252`, `utf-16le`…). */
export function decodeBytes(bytes: Uint8Array, encoding?: string): DecodeResult {
  const chosen = sniffBom(bytes) ?? canonicalEncoding(encoding ?? 'utf-8');
  // UTF-16 text is full of NUL bytes, so the binary check only makes sense for the others.
  if (!chosen.startsWith('utf-16')) {
    const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nul !== -1) return binaryError(nul);
  }
  try {
    // fatal: a wrong byte must be reported, not silently turned into U+FFFD.
    const text = new TextDecoder(chosen, { fatal: true }).decode(bytes);
    return { ok: true, text: chosen === 'windows-1252' ? fixWindows1252(text) : text, encoding: chosen };
  } catch {
    return encodingError(bytes, chosen);
  }
}

/** The canonical name of an encoding label; throws RangeError for a label no decoder knows. */
export function canonicalEncoding(label: string): string {
  return new TextDecoder(label).encoding;
}

/**
 * WHATWG index-windows-1252 for bytes 0x80-0x9F; every other byte is Latin-1. Node 20.18.3+
 * decodes this label (and `latin1`, `ascii`, which mean the same) as ISO-8859-1, turning
 * `0x93 0x94` into C1 controls instead of curly quotes (nodejs/node#60888). Mapping the C1
 * range through the table repairs that, and changes nothing once Node is fixed: the five
 * bytes the table leaves alone are the only C1 characters a correct decoder produces.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] as string);
}

/** UTF-8 and UTF-16 byte order marks; the decoder strips the mark itself. */
function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function binaryError(offset: number): DecodeResult {
  return {
    ok: false,
    code: 'EBINARY',
    offset,
    message:
      `binary file (NUL byte at offset ${offset}); ` +
      'if it is UTF-16 text without a byte order mark, pass --encoding utf-16le',
  };
}

function encodingError(bytes: Uint8Array, encoding: string): DecodeResult {
  if (encoding === 'utf-8') {
    const offset = findInvalidUtf8(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      code: 'EENCODING',
      offset,
      message:
        `invalid UTF-8 at byte offset ${offset} (line ${lineAt(bytes, offset)}, byte 0x${byte}); ` +
        'if the file uses another encoding, pass it with --encoding (for example --encoding windows-1252)',
    };
  }
  const offset = findUndecodable(bytes, encoding);
  return {
    ok: false,
    code: 'EENCODING',
    offset,
    message: `invalid ${encoding} at byte offset ${offset} (line ${lineAt(bytes, offset)}); check --encoding`,
  };
}

/**
 * Offset of the first byte of the first ill-formed UTF-8 sequence, or -1 if all is well.
 * Follows Unicode table 3-7 (no overlongs, no surrogates, nothing above U+10FFFF), which is
 * exactly what TextDecoder's fatal mode rejects; a sequence cut off by the end of the input
 * is ill-formed too.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = utf8Shape(lead);
    if (!shape) return i;
    let [low, high] = shape.second;
    for (let k = 1; k <= shape.continuation; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      [low, high] = [0x80, 0xbf];
    }
    i += shape.continuation + 1;
  }
  return -1;
}

/** How many continuation bytes a lead byte needs and the range allowed for the first one. */
function utf8Shape(lead: number): { continuation: number; second: [number, number] } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuation: 1, second: [0x80, 0xbf] };
  if (lead === 0xe0) return { continuation: 2, second: [0xa0, 0xbf] }; // no overlongs
  if (lead === 0xed) return { continuation: 2, second: [0x80, 0x9f] }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { continuation: 2, second: [0x80, 0xbf] };
  if (lead === 0xf0) return { continuation: 3, second: [0x90, 0xbf] }; // no overlongs
  if (lead === 0xf4) return { continuation: 3, second: [0x80, 0x8f] }; // nothing past U+10FFFF
  if (lead >= 0xf1 && lead <= 0xf3) return { continuation: 3, second: [0x80, 0xbf] };
  return undefined;
}

/**
 * For the other encodings: feed the decoder one byte at a time and report the byte at which
 * it gave up. Slow, but it only runs once a file has already failed to decode.
 */
function findUndecodable(bytes: Uint8Array, encoding: string): number {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  // Nothing failed on the way, so the input ends in the middle of a character.
  return Math.max(0, bytes.length - 1);
}

/** 1-based line number of a byte offset, for people opening the file in an editor. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
