import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

const STORY = [
  'Ferry pier to be rebuilt before the summer season',
  'The harbour board decided on Monday that the ferry pier would be rebuilt before the summer season, after engineers found cracks in two of its supports.',
  'The work will cost about £2 million and will close the pier to foot passengers for six weeks from the end of March.',
  '"We would rather lose a few weeks now than the whole season later," the board chairman said.',
];

const LETTER = [
  'Dear Reader,',
  'For thirty years this paper has tried to report the harbour towns fairly and in full, and your letters have kept us at it.',
  'Reporting of that kind takes reporters, editors and time, and advertising no longer pays for all of it.',
  'That is why we are asking for your help.',
];

const APPEAL = 'Support local journalism and subscribe today.';

function labels(lines: readonly string[]) {
  return classifyLines(lines.join('\n'));
}

describe("a subscription page's letter to the reader", () => {
  test('the paragraphs between the greeting and the appeal are chrome', () => {
    const result = labels([...STORY, ...LETTER, APPEAL]);
    for (const paragraph of LETTER.slice(1)) {
      const line = result.find((decision) => decision.text === paragraph);
      expect(line?.label, paragraph).toBe('chrome');
      expect(line?.ruleId).toBe('paywall/reader-letter-text');
    }
    for (const paragraph of STORY) expect(result.find((d) => d.text === paragraph)?.label).toBe('body');
  });

  test('without an appeal after it, a greeting marks nothing', () => {
    const result = labels([...STORY, ...LETTER]);
    expect(result.some((decision) => decision.ruleId === 'paywall/reader-letter-text')).toBe(false);
  });

  test('a line another rule names between them ends the letter', () => {
    const result = labels([
      ...STORY,
      LETTER[0] as string,
      LETTER[1] as string,
      'By Jane Roe',
      LETTER[2] as string,
      APPEAL,
    ]);
    expect(result.some((decision) => decision.ruleId === 'paywall/reader-letter-text')).toBe(false);
  });
});
