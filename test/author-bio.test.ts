import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

const STORY = [
  'Ferry pier to be rebuilt before the summer season',
  'By Marta Quintana and Olav Brennersen',
  'The harbour board decided on Monday that the ferry pier would be rebuilt before the summer season, after engineers found cracks in two of its supports.',
  'The work will cost about £2 million and will close the pier to foot passengers for six weeks from the end of March.',
  '"We would rather lose a few weeks now than the whole season later," the board chairman said.',
];

function decision(lines: readonly string[], text: string) {
  return classifyLines(lines.join('\n')).find((line) => line.text === text);
}

describe("the bio of the story's own author", () => {
  test('a line under the story that starts with a name the byline gives is a byline', () => {
    for (const bio of [
      'Marta Quintana is a reporter covering the harbour towns for the Gazette.',
      'Olav Brennersen has written about shipping since 2009.',
    ]) {
      const line = decision([...STORY, bio], bio);
      expect(line?.label, bio).toBe('byline');
      expect(line?.ruleId).toBe('byline/bio-of-author');
    }
  });

  test('a bio in capitals under the story, after the bare name over it, is a byline', () => {
    const story = [STORY[0] as string, 'Olav Brennersen', 'March 4, 2026', ...STORY.slice(2)];
    const bio = 'OLAV BRENNERSEN IS THE GAZETTE’S HARBOUR CORRESPONDENT';
    const line = decision([...story, bio], bio);
    expect(line?.label).toBe('byline');
    expect(line?.ruleId).toBe('byline/bio-of-author');
  });

  test('a sentence about someone the byline does not name stays body', () => {
    const other = 'Anna Lind is a harbour pilot who has guided ferries into the port for 20 years.';
    expect(decision([...STORY, other, STORY[4] as string], other)?.label).toBe('body');
  });

  test("the author's name followed by anything but a verb is not a bio", () => {
    const quote = 'Marta Quintana, who sits on the board, voted against.';
    expect(decision([...STORY, quote], quote)?.ruleId).not.toBe('byline/bio-of-author');
  });
});
