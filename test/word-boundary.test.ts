/**
 * `\b` in a JavaScript regex is an ASCII word boundary, even with the `u` flag: between a space
 * and "é", or after the last letter of "résumé" or "सुरक्षित", there is none. A `\b` written
 * next to a word that begins or ends with such a letter makes that alternative dead: it can
 * never match, and the rule's examples only catch it if one of them uses that word. This scan
 * finds every `\b` beside a group with such an alternative, so the pattern says what it means
 * with a Unicode lookaround instead (`(?<![\p{L}\p{M}\p{N}_])`, `(?![\p{L}\p{M}])`).
 */
import { describe, expect, test } from 'vitest';
import { builtinRuleSpecs } from '../src/rules/index.js';

const NON_ASCII_LETTER = /^\P{ASCII}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;

function isNonAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && NON_ASCII_LETTER.test(char) && LETTER.test(char);
}

/** The top-level alternatives of the group that closes at `close` (the index of its ')'). */
function alternativesBefore(source: string, close: number): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let end = close;
  let index = close - 1;
  for (; index >= 0; index--) {
    if (source[index - 1] === '\\' && source[index - 2] !== '\\') continue;
    const char = source[index];
    if (char === ')') depth++;
    else if (char === '(') {
      if (depth === 0) break;
      depth--;
    } else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(index + 1, end));
      end = index;
    }
  }
  alternatives.push(source.slice(index + 1, end).replace(/^\?(?::|<?[=!])/, ''));
  return alternatives;
}

/** The top-level alternatives of the group that opens at `open` (the index of its '('). */
function alternativesAfter(source: string, open: number): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = source.startsWith('?:', open + 1) ? open + 3 : open + 1;
  let index = start;
  for (; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) break;
      depth--;
    } else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start, index));
  return alternatives;
}

/** The words a `\b` can never bound, quoted from the pattern source. */
function deadBoundaries(source: string): string[] {
  const dead: string[] = [];
  for (const match of source.matchAll(/\)(?:\?|\*|\+|\{\d+(?:,\d*)?\})?\\b/g)) {
    for (const alternative of alternativesBefore(source, match.index)) {
      const trimmed = alternative.replace(/(?:\?|s\?|\))+$/u, '');
      if (isNonAsciiLetter([...trimmed].at(-1))) dead.push(`…${alternative.slice(-24)}\\b`);
    }
  }
  for (const match of source.matchAll(/\\b\(/g)) {
    for (const alternative of alternativesAfter(source, match.index + 2)) {
      const first = [...alternative.replace(/^\((?:\?:)?/, '')][0];
      if (isNonAsciiLetter(first)) dead.push(`\\b${alternative.slice(0, 24)}…`);
    }
  }
  for (const match of source.matchAll(/(.)\\b|\\b(.)/gu)) {
    const [, before, after] = match;
    if (isNonAsciiLetter(before) || isNonAsciiLetter(after))
      dead.push(source.slice(Math.max(0, match.index - 12), match.index + 14));
  }
  return dead;
}

function sourceOf(pattern: string | RegExp): string {
  return typeof pattern === 'string' ? pattern : pattern.source;
}

describe('word boundaries in rule patterns', () => {
  test('the scan finds a \\b beside a word that ends or begins with a non-ASCII letter', () => {
    expect(deadBoundaries(String.raw`^(?:le résumé|les infos)\b`)).toHaveLength(1);
    expect(deadBoundaries(String.raw`\b(?:all rights reserved|सर्वाधिकार सुरक्षित)`)).toHaveLength(1);
    expect(deadBoundaries(String.raw`\bété`)).toHaveLength(1);
    expect(deadBoundaries(String.raw`^(?:le résumé|les infos)(?![\p{L}\p{M}])`)).toEqual([]);
    expect(deadBoundaries(String.raw`\b(?:subscribe|sign in)\b`)).toEqual([]);
  });

  test('no built-in rule has a \\b that can never hold', () => {
    const problems = builtinRuleSpecs().flatMap((spec) =>
      spec.pattern ? deadBoundaries(sourceOf(spec.pattern)).map((where) => `${spec.id}: ${where}`) : [],
    );
    expect(problems).toEqual([]);
  });
});
