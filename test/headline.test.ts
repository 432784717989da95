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

  test('a Chinese headline (no spaces between words) over its date and source line stays body', () => {
    const lines = [
      '首页|新闻|图片|评论|娱乐|财经|体育|视频',
      '首页 >> 新闻 >> 正文',
      '港口委员会决定明年春天重建旧海堤',
      '发稿时间：2024-03-10 08:42:00 来源：海滨日报',
      '港口委员会周一投票决定重建旧海堤，这道海堤在去年冬天的风暴中两次决口，淹没了下城区。',
      '委员会表示，工程将于明年春天开工，历时两年，费用约四千万元，全部来自委员会的储备金。',
      '在洪水中失去家园的居民说，这个决定对他们来说来得太晚了，但对小镇来说仍是好消息。',
    ];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.map((line) => line.label)).toEqual([
      'chrome',
      'chrome',
      'body',
      'byline',
      'body',
      'body',
      'body',
    ]);
    expect(result.lines[2]?.ruleId).toBe('context/headline');
  });
});
