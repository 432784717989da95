/**
 * Records are edited in place: only the text field (and, with --annotate, `clean_article`)
 * changes; every other byte of the line stays exactly as it was (issue 3).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseRecord, spliceRecord } from '../../src/io/json-record.js';

describe('parseRecord', () => {
  test.each([
    ['{"text":"a"}', { ok: true, text: 'a', group: undefined }],
    ['{"text":"a","site":"x.org"}', { ok: true, text: 'a', group: 'x.org' }],
    ['{"text":"a","site":7}', { ok: true, text: 'a', group: '7' }],
  ])('%s', (raw, expected) => {
    expect(parseRecord(raw, 'text', 'site')).toEqual(expected);
  });

  test.each([
    ['{"text":', /^invalid JSON/],
    ['[1,2]', /^not a JSON object but an array/],
    ['"text"', /^not a JSON object but a string/],
    ['null', /^not a JSON object but null/],
    ['{"body":"a"}', /^no "text" field/],
    ['{"text":5}', /^field "text" is a number, not a string/],
    ['{"text":null}', /^field "text" is null, not a string/],
    ['{"text":["a"]}', /^field "text" is an array, not a string/],
  ])('%s is refused with a reason', (raw, message) => {
    const parsed = parseRecord(raw, 'text', undefined);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('spliceRecord', () => {
  test('only the text value changes: big ids, 1.0 and escapes stay as written', () => {
    const raw = '{ "id" : 12345678901234567890, "text":"old \\"x\\"\\n", "x":1.0, "e":"\\u00e9" }';
    expect(spliceRecord(raw, 'text', JSON.stringify('new'))).toBe(
      '{ "id" : 12345678901234567890, "text":"new", "x":1.0, "e":"\\u00e9" }',
    );
  });

  test('the last of duplicate keys is the one replaced, as JSON.parse reads it', () => {
    expect(spliceRecord('{"text":"a","text":"b"}', 'text', '"c"')).toBe('{"text":"a","text":"c"}');
  });

  test('an escaped key is matched by its value', () => {
    expect(spliceRecord('{"te\\u0078t":"a"}', 'text', '"c"')).toBe('{"te\\u0078t":"c"}');
  });

  test('extra members are appended, or replace a member of the same name', () => {
    expect(spliceRecord('{"text":"a"}', 'text', '"b"', { clean_article: '{"n":1}' })).toBe(
      '{"text":"b","clean_article":{"n":1}}',
    );
    expect(spliceRecord('{"clean_article":[],"text":"a"}', 'text', '"b"', { clean_article: '2' })).toBe(
      '{"clean_article":2,"text":"b"}',
    );
  });

  test('nested values with braces and quotes in strings are skipped whole', () => {
    const raw = '{"meta":{"a":["}",{"b":"\\\\"}]},"text":"x","tail":[1,{"c":"]"}]}';
    expect(spliceRecord(raw, 'text', '"y"')).toBe(raw.replace('"text":"x"', '"text":"y"'));
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.string(), fc.boolean()])(
    'any object: the result parses to the object with the text replaced',
    (object, text, replacement, pretty) => {
      const raw = JSON.stringify({ ...object, text }, null, pretty ? 1 : undefined);
      const out = spliceRecord(raw, 'text', JSON.stringify(replacement));
      // Compared with what JSON.parse makes of the input (-0 is written as 0, for one).
      expect(JSON.parse(out)).toEqual({ ...JSON.parse(raw), text: replacement });
    },
  );
});
