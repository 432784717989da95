/** Bytes → text: BOMs, the binary check, exact offsets for invalid UTF-8, and --encoding. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { BINARY_SNIFF_BYTES, decodeBytes, findInvalidUtf8 } from '../../src/io/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));

describe('decodeBytes', () => {
  test('plain UTF-8', () => {
    expect(decodeBytes(Buffer.from('café\n'))).toEqual({ ok: true, text: 'café\n', encoding: 'utf-8' });
  });

  test('a UTF-8 byte order mark is dropped', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toMatchObject({ ok: true, text: 'hi' });
  });

  test('UTF-16 LE and BE with a byte order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...utf16le('Zürich\n')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(utf16le('Zürich\n')).swap16()]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: 'Zürich\n', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ ok: true, text: 'Zürich\n', encoding: 'utf-16be' });
  });

  test('a byte order mark beats --encoding', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), 'windows-1252')).toMatchObject({
      ok: true,
      text: 'é',
    });
  });

  test('--encoding windows-1252', () => {
    expect(decodeBytes(bytes(0x80, 0x20, 0x63, 0x61, 0x66, 0xe9), 'windows-1252')).toMatchObject({
      ok: true,
      text: '€ café',
    });
  });

  test('windows-1252 (and latin1, which means the same) decode 0x80-0x9F as WHATWG says', () => {
    // Node 20.18.3+ decodes these as C1 controls (nodejs/node#60888); decode.ts repairs it.
    const expected = '“quoted” – it’s ™ Ÿ \u0081';
    const input = bytes(
      0x93,
      0x71,
      0x75,
      0x6f,
      0x74,
      0x65,
      0x64,
      0x94,
      0x20,
      0x96,
      0x20,
      0x69,
      0x74,
      0x92,
      0x73,
      0x20,
      0x99,
      0x20,
      0x9f,
      0x20,
      0x81,
    );
    expect(decodeBytes(input, 'windows-1252')).toMatchObject({ ok: true, text: expected });
    expect(decodeBytes(input, 'latin1')).toMatchObject({
      ok: true,
      text: expected,
      encoding: 'windows-1252',
    });
  });

  test('--encoding utf-16le without a byte order mark is not binary', () => {
    expect(decodeBytes(utf16le('hi'), 'utf-16le')).toMatchObject({ ok: true, text: 'hi' });
  });

  test('a NUL byte in the first 8 KiB means binary, with its offset', () => {
    const result = decodeBytes(bytes(0x47, 0x49, 0x46, 0x00));
    expect(result).toMatchObject({ ok: false, code: 'EBINARY', offset: 3 });
    if (!result.ok) expect(result.message).toMatch(/NUL byte at offset 3.*--encoding utf-16le/);
  });

  test('a NUL byte after the first 8 KiB is not looked for', () => {
    const late = new Uint8Array(BINARY_SNIFF_BYTES + 10).fill(0x61);
    late[BINARY_SNIFF_BYTES + 5] = 0;
    expect(decodeBytes(late)).toMatchObject({ ok: true });
  });

  test('invalid UTF-8 names the byte offset, the line and --encoding', () => {
    const result = decodeBytes(Buffer.from([...Buffer.from('one\ntwo '), 0xff, 0x21]));
    expect(result).toMatchObject({ ok: false, code: 'EENCODING', offset: 8 });
    if (!result.ok) {
      expect(result.message).toBe(
        'invalid UTF-8 at byte offset 8 (line 2, byte 0xFF); if the file uses another encoding, ' +
          'pass it with --encoding (for example --encoding windows-1252)',
      );
    }
  });

  test('other encodings report where decoding stopped', () => {
    // An odd number of bytes cannot be UTF-16.
    expect(decodeBytes(bytes(0x41, 0x00, 0x42), 'utf-16le')).toMatchObject({
      ok: false,
      code: 'EENCODING',
      offset: 2,
    });
  });
});

describe('findInvalidUtf8', () => {
  test.each([
    ['valid ASCII', [0x61, 0x62], -1],
    ['valid 4-byte character', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['stray continuation byte', [0x61, 0x80], 1],
    ['0xFF', [0x66, 0xff, 0x6f], 1],
    ['overlong two-byte form', [0xc0, 0x80], 0],
    ['overlong three-byte form', [0x61, 0xe0, 0x80, 0x80], 1],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut off at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['lead byte then ASCII', [0xe2, 0x28, 0xa1], 0],
  ])('%s', (_name, input, expected) => {
    expect(findInvalidUtf8(Uint8Array.from(input))).toBe(expected);
  });

  const fatal = (input: Uint8Array) => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
      return true;
    } catch {
      return false;
    }
  };
  // Bytes biased towards the interesting part of UTF-8: lead bytes, continuations and ASCII.
  const utf8ish = fc
    .uint8Array({ maxLength: 40 })
    .map((raw) => raw.map((b) => [0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, b][b % 9] as number));

  propTest.prop([
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      utf8ish,
      fc.string().map((s) => new TextEncoder().encode(s)),
    ),
  ])('agrees with TextDecoder, and everything before the offset is valid', (input) => {
    const offset = findInvalidUtf8(input);
    expect(offset === -1).toBe(fatal(input));
    if (offset !== -1) {
      expect(fatal(input.subarray(0, offset))).toBe(true);
      // The lossy decoder puts its first U+FFFD exactly where our offset says.
      const prefix = new TextDecoder().decode(input.subarray(0, offset));
      fc.pre(!prefix.includes('\uFFFD'));
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(input).indexOf('\uFFFD')).toBe(
        prefix.length,
      );
    }
  });
});
