/** Finding the headline above the article (src/model/context-features.ts, findHeadline). */
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../src/index.js';

const HEADLINE = 'Harbour board agrees to rebuild the old sea wall by spring';
const PARAGRAPHS = [
  'The harbour board voted on Monday to rebuild the old sea wall, which was breached twice in last winter’s storms and flooded the lower town.',
  'Work is due to start in the spring and will take two years, the board said, at a cost of about 40 million paid from its reserves.',
  'Residents who lost their homes to the floods said the decision had come too late for them but was still welcome news for the town.',
];

describe('the headline', () => {
  test('a headline over its byline stays body under an affiliate notice at the top of the page', () => {
    const lines = [
      'Coast Gadgets is reader-supported, so we may earn a small commission when you buy through the links on our pages.',
      'Home',
      'News',
      HEADLINE,
      'By Mara Quist last updated 4 April 2024',
      'Share',
      'Comments (12)',
      ...PARAGRAPHS,
    ];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines[3]?.label).toBe('body');
    expect(result.text).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
  });

  test('a line of figures over a byline is not taken for the headline', () => {
    const lines = ['Phone +41 41 544 78 00', 'By Mara Quist', 'Share', ...PARAGRAPHS];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines[0]?.ruleId).not.toBe('context/headline');
  });
});
