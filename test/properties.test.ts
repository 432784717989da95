/**
 * Properties of cleanArticle that hold for any input, checked on documents built from the
 * golden fixtures' lines (mixed at random or cut as contiguous slices, with random line
 * endings) and on arbitrary unicode. FC_NUM_RUNS sets the number of runs (default 300) and
 * FC_SEED replays a failing run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type CleanResult, cleanArticle, type Label } from '../src/index.js';

const NUM_RUNS = Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10) || 300;
// FC_SEED replays a run: fast-check prints the seed of a failing property.
const SEED = process.env.FC_SEED ? Number.parseInt(process.env.FC_SEED, 10) : undefined;
const params = SEED === undefined ? { numRuns: NUM_RUNS } : { numRuns: NUM_RUNS, seed: SEED };

const LINE_BREAK = /\r\n|\n|\r/;
const OPTIONAL_LABELS: readonly Label[] = ['byline', 'disclaimer', 'chrome'];

/** Line texts the way the pipeline splits them: a final line ending does not start a line. */
function splitTexts(text: string): string[] {
  if (text === '') return [];
  const parts = text.split(LINE_BREAK);
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Is `sub` an ordered subsequence of `full`? Greedy matching is enough for this. */
function isSubsequence(sub: readonly string[], full: readonly string[]): boolean {
  let j = 0;
  for (const line of sub) {
    while (j < full.length && full[j] !== line) j++;
    if (j === full.length) return false;
    j++;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Documents made of real fixture lines

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
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

const documentLines = fc.oneof(mixedLines, fixtureSlice, noisyLines);

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
const docLfCrlf = withEndings(fc.constantFrom('\n', '\r\n'));
const docAnyEnding = withEndings(fc.constantFrom('\n', '\r\n', '\r'));

/** Any code point, lone UTF-16 surrogates, and text dense with line breaks and blanks. */
const fullUnicode = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('\r', '\n', '\r\n', ' ', '\t'),
    ),
  }),
);

const keepSet = fc.subarray([...OPTIONAL_LABELS]);
const language = fc.constantFrom(undefined, 'auto', 'en', 'de', 'fr', 'es', 'pt', 'it', 'hi', 'nl', 'xx', '');

function lineCount(text: string): number {
  return splitTexts(text).length;
}

function labels(result: CleanResult): Label[] {
  return result.lines.map((d) => d.label);
}

// ---------------------------------------------------------------------------------------------

describe('cleanArticle properties', () => {
  test.prop([docAnyEnding, keepSet], params)(
    'output lines are an ordered subset of the input lines, and non-blank ones have a kept label',
    (doc, keep) => {
      const result = cleanArticle(doc, { keep });
      const kept = new Set<Label>(['body', ...keep]);
      const input = splitTexts(doc);
      const output = splitTexts(result.text);
      expect(isSubsequence(output, input)).toBe(true);
      // Stronger: walk the input and match each non-blank output line to a line whose label is kept.
      let j = 0;
      for (const line of output) {
        while (
          j < input.length &&
          !(input[j] === line && (isBlank(line) || kept.has((result.lines[j] as { label: Label }).label)))
        ) {
          j++;
        }
        expect(j, `output line ${JSON.stringify(line)} has no kept input line`).toBeLessThan(input.length);
        j++;
      }
      if (result.text !== '') {
        expect(result.text).toMatch(/(\r\n|\n|\r)$/);
        expect(isBlank(output[0] as string)).toBe(false);
        expect(isBlank(output.at(-1) as string)).toBe(false);
      }
    },
  );

  test.prop([docLfCrlf], params)('cleaning is idempotent', (doc) => {
    const once = cleanArticle(doc).text;
    expect(cleanArticle(once).text).toBe(once);
  });

  test.prop([fc.string({ unit: 'grapheme' }), language], params)(
    'never throws on grapheme strings',
    (text, lang) => {
      const result = cleanArticle(text, { language: lang });
      expect(result.lines.length).toBe(lineCount(text));
    },
  );

  test.prop([fullUnicode, keepSet], params)(
    'never throws on full-unicode strings, lone surrogates included',
    (text, keep) => {
      const result = cleanArticle(text, { keep });
      expect(typeof result.text).toBe('string');
      expect(result.lines.length).toBe(lineCount(text));
    },
  );

  test.prop([docAnyEnding, keepSet, language], params)(
    'never throws on mixes of fixture lines with any options',
    (doc, keep, lang) => {
      const result = cleanArticle(doc, { keep, language: lang });
      expect(typeof result.truncated).toBe('boolean');
    },
  );

  test.prop([documentLines], params)('CRLF and LF versions of a document get the same labels', (lines) => {
    const lf = cleanArticle(lines.map((l) => `${l}\n`).join(''));
    const crlf = cleanArticle(lines.map((l) => `${l}\r\n`).join(''));
    expect(labels(crlf)).toEqual(labels(lf));
    expect(crlf.truncated).toBe(lf.truncated);
    expect(crlf.text.replaceAll('\r\n', '\n')).toBe(lf.text);
  });

  test.prop([docAnyEnding], params)('one decision per input line, in order, with the line text', (doc) => {
    const result = cleanArticle(doc);
    const input = splitTexts(doc);
    expect(result.lines.length).toBe(input.length);
    result.lines.forEach((decision, i) => {
      expect(decision.line).toBe(i + 1);
      expect(decision.text).toBe(input[i]);
    });
  });

  test.prop([docAnyEnding, keepSet, keepSet], params)(
    'a larger keep set keeps the lines of a smaller one, in order, and labels do not depend on keep',
    (doc, a, b) => {
      const small = a;
      const large = [...new Set([...a, ...b])];
      const smallResult = cleanArticle(doc, { keep: small });
      const largeResult = cleanArticle(doc, { keep: large });
      expect(labels(largeResult)).toEqual(labels(smallResult));
      expect(isSubsequence(splitTexts(smallResult.text), splitTexts(largeResult.text))).toBe(true);
      expect(largeResult.stats.keptLines).toBeGreaterThanOrEqual(smallResult.stats.keptLines);
    },
  );
});
