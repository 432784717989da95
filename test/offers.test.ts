/** The benefit list of a subscription offer set between the lines of the offer. */
import { describe, expect, test } from 'vitest';
import { classifyLines, cleanArticle } from '../src/index.js';

const PARAGRAPHS = [
  'The harbour board voted on Tuesday to tear down the old ferry pier and build a new one in its place, after engineers found that two of its piles had rotted through.',
  'Work is due to start in March, and the ferries will use a temporary landing at the north quay while the pier is closed, the board said in a statement.',
  'Fishermen who moor at the pier will be offered berths in the marina at the old rate until the new pier opens, a spokesman for the board added.',
];
const BENEFITS = [
  'Weekly tide and weather briefings',
  'Early tickets to the summer fair',
  'A printed yearbook each winter',
  'And much more',
];

function page(top: string, bottom: string, between: readonly string[] = BENEFITS): string {
  return `${[...PARAGRAPHS.slice(0, 2), top, ...between, bottom, PARAGRAPHS[2]].join('\n')}\n`;
}

describe('offer benefit lists', () => {
  test('short lines between a members prompt and a get-started button are chrome', () => {
    const text = page('Join over 40,000 members who read the Harbour Letter', 'Get started now');
    const result = cleanArticle(text);
    for (const benefit of BENEFITS) expect(result.text).not.toContain(benefit);
    for (const paragraph of PARAGRAPHS.slice(0, 2)) expect(result.text).toContain(paragraph);
    expect(classifyLines(text).filter((d) => d.ruleId === 'plans/benefit-list')).toHaveLength(
      BENEFITS.length,
    );
  });

  test('figures between two prices (a chart of costs) are no benefit list', () => {
    const chart = ['billion', 'Spending on the pier', 'billion', 'Spending on the marina'];
    const text = page('$800 a month', '$400 a month', chart);
    expect(classifyLines(text).some((d) => d.ruleId === 'plans/benefit-list')).toBe(false);
  });

  test('a list ended by a sentence is not closed by the offer line after it', () => {
    const between = [...BENEFITS.slice(0, 2), 'The board will publish the full plans online next week.'];
    const text = page('Join over 40,000 members who read the Harbour Letter', 'Get started now', between);
    expect(classifyLines(text).some((d) => d.ruleId === 'plans/benefit-list')).toBe(false);
  });
});
