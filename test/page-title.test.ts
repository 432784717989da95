/** The page's title bar on the first line: the headline with the site's name, said again below. */
import { describe, expect, test } from 'vitest';
import { classifyLines, cleanArticle } from '../src/index.js';

const HEADLINE = 'Ferry pier to be rebuilt before the summer season';
const PARAGRAPHS = [
  'The harbour board voted on Tuesday to tear down the old ferry pier and build a new one in its place, after engineers found that two of its piles had rotted through.',
  'Work is due to start in March, and the ferries will use a temporary landing at the north quay while the pier is closed, the board said in a statement.',
];

function page(title: string): string {
  return `${[title, 'Home', 'News', HEADLINE, 'By Marta Quintana', ...PARAGRAPHS].join('\n')}\n`;
}

describe('page title bars', () => {
  test.each([
    `${HEADLINE} - Valley Post`,
    `${HEADLINE} | Local News | The Valley Post`,
    `${HEADLINE} – valleypost.example`,
    `${HEADLINE}_News_Valley Post`,
  ])('%s is chrome and the headline under it is body', (title) => {
    const decisions = classifyLines(page(title));
    expect(decisions[0]).toMatchObject({ label: 'chrome', ruleId: 'nav/page-title' });
    expect(decisions[3]?.label).toBe('body');
    expect(cleanArticle(page(title)).text).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
  });

  test('a headline with a dash in it and no copy below stays body', () => {
    const text = `${['Ferry pier - the last days of an old landing', ...PARAGRAPHS].join('\n')}\n`;
    const first = classifyLines(text)[0];
    expect(first?.ruleId).not.toBe('nav/page-title');
    expect(first?.label).toBe('body');
  });

  test('the part said again must be a headline, not a short section name', () => {
    const text = `${['Harbour news - Ferry pier to close for a year', 'Harbour news', ...PARAGRAPHS].join('\n')}\n`;
    expect(classifyLines(text)[0]?.ruleId).not.toBe('nav/page-title');
  });

  test('disable turns the rule off like any other', () => {
    const decisions = classifyLines(page(`${HEADLINE} - Valley Post`), { disable: ['nav/page-title'] });
    expect(decisions[0]?.ruleId).not.toBe('nav/page-title');
  });
});

describe("the page's own address", () => {
  const ADDRESS =
    'https://www.valleypost.example/news/article/Ferry-pier-to-be-rebuilt-before-the-summer-14848218.php';

  test('an address spelling the headline beside it is chrome; the headline stays', () => {
    const text = `${[ADDRESS, HEADLINE, 'By Marta Quintana', ...PARAGRAPHS].join('\n')}\n`;
    const decisions = classifyLines(text);
    expect(decisions[0]).toMatchObject({ label: 'chrome', ruleId: 'nav/page-address' });
    expect(cleanArticle(text).text).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
  });

  test('an address that spells no line beside it is not this rule', () => {
    const text = `${['https://www.valleypost.example/news/article/14848218.php', HEADLINE, ...PARAGRAPHS].join('\n')}\n`;
    expect(classifyLines(text)[0]?.ruleId).not.toBe('nav/page-address');
  });

  test('a source under its title below the first paragraph is not this rule', () => {
    const sources = [
      'Ferry timetables for the summer season',
      'https://www.harbour.example/2024/05/ferry-timetables-for-the-summer-season/',
    ];
    const text = `${[HEADLINE, ...PARAGRAPHS, 'Sources:', ...sources].join('\n')}\n`;
    expect(classifyLines(text).some((decision) => decision.ruleId === 'nav/page-address')).toBe(false);
  });
});
