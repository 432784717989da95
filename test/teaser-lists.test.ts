/** Lists of other stories found by their shape (src/model/teasers.ts). */
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../src/index.js';

const PARAGRAPHS = [
  'The harbour board voted on Monday to rebuild the old sea wall, which was breached twice in last winter’s storms.',
  'Work is due to start in the spring and will take two years, the board said, at a cost of about 40 million.',
  'Residents who lost their homes to the floods said the decision had come too late for them but was still welcome.',
];
const HEAD = ['Harbour board agrees to rebuild the sea wall', 'By Mara Quist', '11/20/2019 10:43 AM'];

function withTeasers(teasers: readonly (readonly string[])[]): string {
  return `${[...HEAD, ...PARAGRAPHS, ...teasers.flat()].join('\n')}\n`;
}

describe('bylined teaser lists', () => {
  test('headlines under the article, each over its author and date, are dropped', () => {
    const result = cleanArticle(
      withTeasers([
        ['Ferry fares to stay frozen for another year', 'By Post Staff', '11/20/2019 01:14 PM'],
        ['School opens its new library after long delays', 'By Reuters', '11/20/2019 10:08 AM'],
        ['Council names the new head of its planning office', '11/19/2019 09:30 PM'],
      ]),
    );
    const teasers = result.lines.filter((line) => line.ruleId === 'teaser/bylined-list');
    expect(teasers.map((line) => line.text)).toEqual([
      'Ferry fares to stay frozen for another year',
      'School opens its new library after long delays',
      'Council names the new head of its planning office',
    ]);
    expect(result.text).toBe(`${[HEAD[0], ...PARAGRAPHS].join('\n')}\n`);
  });

  test('one headline with a byline under the article is not a list', () => {
    const result = cleanArticle(
      withTeasers([['Ferry fares to stay frozen for another year', 'By Post Staff']]),
    );
    expect(result.lines.some((line) => line.ruleId === 'teaser/bylined-list')).toBe(false);
  });

  test('a live blog, each entry a headline, a time and its paragraph, keeps its entries', () => {
    const entries = PARAGRAPHS.map((paragraph, n) => [
      `Update ${n + 1}: the board meets again tonight`,
      `${n + 4}:15 p.m.`,
      paragraph,
    ]);
    const result = cleanArticle(withTeasers(entries));
    expect(result.lines.some((line) => line.ruleId === 'teaser/bylined-list')).toBe(false);
    for (const paragraph of PARAGRAPHS) expect(result.text.split(paragraph).length - 1).toBe(2);
  });

  const SUMMARIES = [
    'The ferry company said on Tuesday that fares would not rise before next spring, whatever the price of fuel does.',
    'The new library has twice the shelf space of the old one and stays open until eight on weekdays, the school said.',
    'She takes over a department that has had three heads in two years and a backlog of more than four hundred plans.',
    'Anglers say the new limits on the estuary will cost them their season, but the board says the stocks need a rest.',
  ];
  const TITLES = [
    'Ferry fares to stay frozen for another year',
    'School opens its new library after long delays',
    'Council names the new head of its planning office',
    'Anglers protest against the new fishing limits',
  ];

  test('teasers with an author, a date and a summary each go when there are enough of them', () => {
    const teasers = TITLES.map((title, n) => [
      title,
      `Sam Carter`,
      `Tuesday November ${12 + n}, 2019`,
      SUMMARIES[n] as string,
    ]);
    const result = cleanArticle(withTeasers(teasers));
    const marked = result.lines
      .filter((line) => line.ruleId === 'teaser/bylined-list')
      .map((line) => line.text);
    expect(marked).toEqual(TITLES.flatMap((title, n) => [title, SUMMARIES[n]]));
    expect(result.text).toBe(`${[HEAD[0], ...PARAGRAPHS].join('\n')}\n`);
  });

  test('live-blog entries, each a heading, a time and one paragraph, stay', () => {
    const entries = TITLES.map((title, n) => [title, `${n + 4}:15 p.m.`, SUMMARIES[n] as string]);
    const result = cleanArticle(withTeasers(entries));
    expect(result.lines.some((line) => line.ruleId === 'teaser/bylined-list')).toBe(false);
    for (const summary of SUMMARIES) expect(result.text).toContain(summary);
  });

  test('disable turns it off', () => {
    const result = cleanArticle(
      withTeasers([
        ['Ferry fares to stay frozen for another year', 'By Post Staff'],
        ['School opens its new library after long delays', 'By Reuters'],
      ]),
      { disable: ['teaser/bylined-list'] },
    );
    expect(result.lines.some((line) => line.ruleId === 'teaser/bylined-list')).toBe(false);
  });
});

describe('headlines cut short', () => {
  const cut = [
    'Ferry fares to stay frozen for another year as the board weighs…',
    'Council names the new head of its plann...',
    'School opens its new library after long del…',
  ];

  test('several cut titles close together are a list and go', () => {
    const result = cleanArticle(`${[...HEAD, ...PARAGRAPHS, 'More from the coast', ...cut].join('\n')}\n`);
    expect(
      result.lines.filter((line) => line.ruleId === 'teaser/truncated-list').map((line) => line.text),
    ).toEqual(cut);
    expect(result.text).toBe(`${[HEAD[0], ...PARAGRAPHS].join('\n')}\n`);
  });

  test('one sentence trailing off in an ellipsis stays body', () => {
    const trailing = 'And then, just as the vote was about to be taken, the lights went out…';
    const result = cleanArticle(`${[...HEAD, PARAGRAPHS[0], trailing, ...PARAGRAPHS.slice(1)].join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'teaser/truncated-list')).toBe(false);
    expect(result.text).toContain(trailing);
  });

  test('cut titles far apart are not a list', () => {
    const lines = [...HEAD, PARAGRAPHS[0], cut[0], ...PARAGRAPHS.slice(1), PARAGRAPHS[0], cut[1]];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'teaser/truncated-list')).toBe(false);
  });
});

describe('a headline over a bare read-more link', () => {
  test.each([
    ['Ferry fares to stay frozen for another year', 'Read more'],
    ['El ayuntamiento congela las tarifas del ferry un año más', 'Leer más'],
    ['Stadtrat friert die Fährpreise für ein weiteres Jahr ein', 'Weiterlesen →'],
  ])('%s over "%s" between paragraphs goes', (title, link) => {
    const lines = [HEAD[0], PARAGRAPHS[0], title, link, PARAGRAPHS[1], PARAGRAPHS[2]];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines[2]).toMatchObject({ label: 'chrome', ruleId: 'teaser/title-over-read-more' });
    for (const paragraph of PARAGRAPHS) expect(result.text).toContain(paragraph);
  });

  test('the last paragraph shown above a read-more that opens the article stays', () => {
    const shown = 'The board will meet again next week to decide how the work is to be paid for.';
    const lines = [HEAD[0], PARAGRAPHS[0], shown, 'Read more', PARAGRAPHS[1]];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines[2]?.label).toBe('body');
  });
});

describe('a sponsored list inside the article', () => {
  const sponsored = [
    'Sponsored stories',
    'How one simple trick can cut your heating bill',
    'Doctors are amazed by this sleep gadget',
  ];
  const more = [
    'The board will publish the full plans in January and hold two public meetings before work begins.',
    'A second phase, to raise the promenade, will be put to the board next year.',
  ];

  test('the teasers under a "Sponsored stories" label go, the paragraphs around them stay', () => {
    const body = [PARAGRAPHS[0], PARAGRAPHS[1], ...sponsored, PARAGRAPHS[2], ...more] as string[];
    const result = cleanArticle(`${[...HEAD, ...body].join('\n')}\n`);
    expect(result.text).toBe(`${[HEAD[0], ...PARAGRAPHS, ...more].join('\n')}\n`);
    expect(result.lines.find((line) => line.text === sponsored[1])?.ruleId).toBe('teaser/related-list');
  });

  test('a single ad label ("Advertisement") is not a list heading', () => {
    const body = [
      PARAGRAPHS[0],
      'Advertisement',
      'Short line after the ad slot',
      PARAGRAPHS[1],
      PARAGRAPHS[2],
      ...more,
    ];
    const result = cleanArticle(`${[...HEAD, ...body].join('\n')}\n`);
    expect(result.lines.find((line) => line.text === 'Short line after the ad slot')?.ruleId).not.toBe(
      'teaser/related-list',
    );
  });
});
