/**
 * What the properties are checked on: documents built from the golden fixtures' lines (mixed at
 * random, cut as contiguous slices, or with arbitrary lines thrown in) joined with random line
 * endings, arbitrary Unicode (lone surrogates included), random `keep` sets and languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc } from '@fast-check/vitest';
import type { Label } from '../../src/index.js';

const LINE_BREAK = /\r\n|\n|\r/;

/** Line texts the way the pipeline splits them: a final line ending does not start a line. */
export function splitTexts(text: string): string[] {
  if (text === '') return [];
  const parts = text.split(LINE_BREAK);
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const fixtureDocs: string[][] = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => splitTexts(readFileSync(join(GOLDEN_DIR, entry.name, 'input.txt'), 'utf8')))
  .filter((lines) => lines.length > 0);
const fixtureLines = [...new Set(fixtureDocs.flat())];

/** A random mix of fixture lines (any order, blank lines included). */
const mixedLines = fc.array(fc.constantFrom(...fixtureLines), { minLength: 0, maxLength: 40 });

/** A contiguous slice of one fixture, so that real article structure is exercised too. */
const fixtureSlice = fc.tuple(fc.constantFrom(...fixtureDocs), fc.nat(), fc.nat()).map(([doc, a, b]) => {
  const start = a % doc.length;
  return doc.slice(start, start + 1 + (b % (doc.length - start)));
});

/** Fixture lines with a few arbitrary lines (no line breaks inside) thrown in. */
const noisyLines = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fixtureLines) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    },
  ),
  { maxLength: 30 },
);

/** The lines of a document (without endings). */
export const documentLines = fc.oneof(mixedLines, fixtureSlice, noisyLines);

/** Join lines with one random ending per line; the last line may have none. */
function withEndings(endings: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return documentLines.chain((lines) =>
    fc
      .tuple(fc.array(endings, { minLength: lines.length, maxLength: lines.length }), fc.boolean())
      .map(([eols, finalEol]) =>
        lines
          .map((line, i) => line + (i === lines.length - 1 && !finalEol ? '' : (eols[i] as string)))
          .join(''),
      ),
  );
}

// LF and CRLF only, for properties that compare a document with its own cleaned output: a line
// ending in a lone CR followed by a kept empty line would fuse into one CRLF in the output.
export const docLfCrlf = withEndings(fc.constantFrom('\n', '\r\n'));
export const docAnyEnding = withEndings(fc.constantFrom('\n', '\r\n', '\r'));

/** Any code point, lone UTF-16 surrogates, and text dense with line breaks and blanks. */
export const fullUnicode = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('\r', '\n', '\r\n', ' ', '\t'),
    ),
  }),
);

/** Arbitrary Unicode, or a fixture document: both kinds of text every property should survive. */
export const anyText = fc.oneof(fullUnicode, fc.string({ unit: 'grapheme' }), docAnyEnding);

const OPTIONAL_LABELS: readonly Label[] = ['byline', 'disclaimer', 'chrome'];
export const keepSet = fc.subarray([...OPTIONAL_LABELS]);
export const language = fc.constantFrom(
  undefined,
  'auto',
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'hi',
  'nl',
  'xx',
  '',
);
