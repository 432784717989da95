/** A stack of other stories' headlines above the article (src/model/headline-run.ts). */
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../src/index.js';

const PARAGRAPHS = [
  'The harbour board voted on Monday to rebuild the old sea wall, which was breached twice in last winter’s storms.',
  'Work is due to start in the spring and will take two years, the board said, at a cost of about 40 million.',
  'Residents who lost their homes to the floods said the decision had come too late for them but was still welcome.',
];
const OTHER_STORIES = [
  'Ferry fares to stay frozen for another year',
  'School opens its new library after long delays',
  'Council names the new head of its planning office',
  'Anglers fear new limits will cost them the season',
  'Taxes are on the rise. These maps show where.',
  'Why the town’s last cinema is closing its doors',
];

function ruleOf(text: string, line: string): string | undefined {
  return cleanArticle(text).lines.find((decision) => decision.text === line)?.ruleId;
}

describe('headline stacks above the article', () => {
  test('six headlines of other stories over the first paragraph are dropped', () => {
    const text = `${[...OTHER_STORIES, ...PARAGRAPHS].join('\n')}\n`;
    expect(cleanArticle(text).text).toBe(`${PARAGRAPHS.join('\n')}\n`);
    for (const title of OTHER_STORIES) expect(ruleOf(text, title)).toBe('teaser/headline-run');
  });

  test("the article's own headline in the stack shares the first paragraph's words and stays", () => {
    const headline = 'Harbour board votes to rebuild the breached sea wall';
    const result = cleanArticle(`${[...OTHER_STORIES.slice(0, 5), headline, ...PARAGRAPHS].join('\n')}\n`);
    expect(result.text).toBe(`${[headline, ...PARAGRAPHS].join('\n')}\n`);
  });

  test('four titles are not a stack: a headline, a standfirst and two subheads stay', () => {
    const top = OTHER_STORIES.slice(0, 4);
    const text = `${[...top, ...PARAGRAPHS].join('\n')}\n`;
    for (const title of top) expect(ruleOf(text, title)).not.toBe('teaser/headline-run');
  });

  test('a stack under the first paragraph is not at the top and is left to the other passes', () => {
    const text = `${[PARAGRAPHS[0], ...OTHER_STORIES, ...PARAGRAPHS.slice(1)].join('\n')}\n`;
    for (const title of OTHER_STORIES) expect(ruleOf(text, title)).not.toBe('teaser/headline-run');
  });

  test('bullet points and lines of code above the first paragraph are the article', () => {
    const bullets = OTHER_STORIES.map((title) => `• ${title}`);
    const code = [
      'player.speed multiply 2',
      'player.health set 100',
      'player.magic set 50',
      'world.time set noon',
      'world.rain set off',
    ];
    for (const lines of [bullets, code]) {
      const result = cleanArticle(`${[...lines, ...PARAGRAPHS].join('\n')}\n`);
      expect(result.lines.some((line) => line.ruleId === 'teaser/headline-run')).toBe(false);
    }
  });

  test('a stack in a script without case (Japanese) is left alone', () => {
    const titles = [
      '港の防波堤を作り直す',
      '図書館が新しく開館',
      '市が新しい所長を任命',
      '釣りの制限が始まる',
      '映画館が閉館へ',
    ];
    const paragraph =
      '港湾局は月曜日、昨年の冬の嵐で二度決壊した古い防波堤を作り直すことを決めた。工事は春に始まり、二年かかる見込みだという。';
    const result = cleanArticle(`${[...titles, paragraph].join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'teaser/headline-run')).toBe(false);
  });
});
