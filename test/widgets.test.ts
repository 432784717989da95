/** In-document widgets: a gallery whose title repeats before every slide. */
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../src/index.js';

const PARAGRAPH = (n: number) =>
  `The council met for the ${n}th time this year and agreed, after a long debate about the budget, that the new bridge over the river would be paid for out of the reserves it had built up.`;
const SLIDE = (n: number) =>
  `Slide ${n} shows the old harbour as it looked before the war, when fishing boats crowded the quay and the market hall stood where the car park is now, as the museum's archive records.`;

function galleryArticle(): string {
  const lines = ['Town votes to rebuild its bridge', PARAGRAPH(1), PARAGRAPH(2), PARAGRAPH(3)];
  for (let n = 1; n <= 4; n++) lines.push('A harbour town through the years', `Picture ${n}`, SLIDE(n));
  lines.push(PARAGRAPH(4), PARAGRAPH(5), PARAGRAPH(6), PARAGRAPH(7));
  return `${lines.join('\n')}\n`;
}

describe('repeated widgets', () => {
  test('a gallery (title, caption, slide text, title again…) inside an article is dropped', () => {
    const result = cleanArticle(galleryArticle());
    expect(result.text).not.toContain('A harbour town through the years');
    expect(result.text).not.toContain('shows the old harbour');
    for (let n = 1; n <= 7; n++) expect(result.text).toContain(`the ${n}th time`);
    const widget = result.lines.filter((line) => line.ruleId === 'repeat/in-document');
    expect(widget.length).toBeGreaterThanOrEqual(12);
  });

  test('disable turns the widget rule off like any other rule', () => {
    for (const disable of [['repeat/in-document'], ['repeat/'], ['repeat']]) {
      const result = cleanArticle(galleryArticle(), { disable });
      expect(result.lines.some((line) => line.ruleId === 'repeat/in-document')).toBe(false);
    }
  });

  test('a line repeated at uneven gaps between paragraphs leaves the paragraphs alone', () => {
    const lines = ['Town votes to rebuild its bridge'];
    [1, 2, 1, 3, 1].forEach((count, i) => {
      lines.push('Photo: the bridge at dusk seen from the east bank');
      for (let j = 0; j < count; j++) lines.push(PARAGRAPH(i * 3 + j + 1));
    });
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'repeat/in-document')).toBe(false);
    expect(result.text).toContain('the 1th time');
    expect(result.text).toContain('the 13th time');
  });

  test('a list of teasers naming the same source beside an author and a time is dropped', () => {
    const lines = [
      'Town votes to rebuild its bridge',
      PARAGRAPH(1),
      PARAGRAPH(2),
      PARAGRAPH(3),
      'More stories',
    ];
    const headlines = [
      'Harbour wall to be raised',
      'School opens new library',
      'Ferry fares frozen for a year',
    ];
    headlines.forEach((headline, i) => {
      lines.push('Valley Gazette', headline, `By Sam Carter ${i + 2} hours ago`);
    });
    lines.push('Valley Gazette');
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.text).not.toContain('School opens new library');
    expect(result.text).not.toContain('Valley Gazette');
    expect(result.text).toContain('the 3th time');
  });
});

describe('the article said over again', () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => PARAGRAPH(i + 1));

  test('a second copy of the paragraphs is dropped and the first kept, each paragraph once', () => {
    const lines = [
      'Town votes to rebuild its bridge',
      ...paragraphs,
      '2021-03-04T08:15:00+01:00',
      'Town votes to rebuild its bridge',
      ...paragraphs,
    ];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    for (const paragraph of paragraphs) expect(result.text.split(paragraph).length - 1).toBe(1);
    expect(
      result.lines.filter((line) => line.ruleId === 'repeat/copy-of-text').length,
    ).toBeGreaterThanOrEqual(6);
    expect(result.lines.find((line) => line.text === paragraphs[0])?.label).toBe('body');
  });

  test('a few sentences said again among short lines (a plan whose days repeat) stay', () => {
    const day = (n: number) => [
      `Day ${n}`,
      'Breakfast',
      'Eat a bowl of porridge with fruit and a spoonful of seeds before you leave the house.',
      'Lunch',
      'Have a salad with beans, and drink a large glass of water with it before the afternoon.',
    ];
    const lines = ['A week of simple meals', PARAGRAPH(1), PARAGRAPH(2), ...day(1), ...day(2), ...day(3)];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'repeat/copy-of-text')).toBe(false);
  });

  test('one paragraph quoted again further down is left alone', () => {
    const lines = ['Town votes to rebuild its bridge', ...paragraphs, paragraphs[1] as string, PARAGRAPH(9)];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'repeat/copy-of-text')).toBe(false);
  });
});

describe('a line said twice in a row', () => {
  const CAPTION = 'Volunteers stack sandbags along the river wall on Sunday as the water keeps rising.';
  const doubled = (line: string) =>
    `${['Town votes to rebuild its bridge', PARAGRAPH(1), line, line, PARAGRAPH(2), PARAGRAPH(3)].join('\n')}\n`;

  test('one copy of a doubled caption goes, the other and the paragraphs stay', () => {
    const result = cleanArticle(doubled(CAPTION));
    expect(result.text.split(CAPTION).length - 1).toBe(1);
    expect(result.lines[2]).toMatchObject({ label: 'chrome', ruleId: 'repeat/doubled-line' });
    expect(result.lines[3]?.label).toBe('body');
    for (const n of [1, 2, 3]) expect(result.text).toContain(`the ${n}th time`);
  });

  test('a doubled headline keeps its second copy as the headline', () => {
    const headline = 'Town votes to rebuild its old bridge over the river';
    const lines = [headline, headline, 'By Sam Carter', PARAGRAPH(1), PARAGRAPH(2), PARAGRAPH(3)];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines[0]?.ruleId).toBe('repeat/doubled-line');
    expect(result.text.startsWith(`${headline}\n`)).toBe(true);
  });

  test('a short line said twice (a refrain) is not this rule', () => {
    const result = cleanArticle(doubled('Happy birthday to you'));
    expect(result.lines.some((line) => line.ruleId === 'repeat/doubled-line')).toBe(false);
  });

  test('the same line twice with another line between is not doubled', () => {
    const lines = [
      'Town votes to rebuild its bridge',
      PARAGRAPH(1),
      CAPTION,
      PARAGRAPH(2),
      CAPTION,
      PARAGRAPH(3),
    ];
    const result = cleanArticle(`${lines.join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'repeat/doubled-line')).toBe(false);
  });

  test('disable turns it off', () => {
    const result = cleanArticle(doubled(CAPTION), { disable: ['repeat/doubled-line'] });
    expect(result.lines.some((line) => line.ruleId === 'repeat/doubled-line')).toBe(false);
  });
});

describe('a menu printed twice above the article', () => {
  // Section names of an invented site, which no rule knows: only the repetition tells.
  const MENU = [
    'Hafenleben',
    'Kaigeflüster',
    'Gezeitentafel',
    'Fährzeiten',
    'Möwenblick',
    'Frag den Kapitän',
  ];
  const NARROW_MENU = [
    'Hafenleben',
    'Kaigeflüster',
    'Gezeitentafel',
    'Leuchtturm',
    'Fährzeiten',
    'Frag den Kapitän',
  ];
  const HEADLINE = 'Stadtrat beschließt den Neubau der alten Brücke';
  const ARTICLE = [
    'Der Stadtrat hat am Montag nach langer Debatte beschlossen, die marode Brücke über den Fluss abzureißen und neu zu bauen.',
    'Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die Verwaltung mit, die Kosten liegen bei rund vierzig Millionen.',
  ];

  test('both copies of the menu go; the headline and the article stay', () => {
    const result = cleanArticle(`${[...MENU, ...NARROW_MENU, HEADLINE, ...ARTICLE].join('\n')}\n`);
    expect(result.text).toBe(`${[HEADLINE, ...ARTICLE].join('\n')}\n`);
    expect(result.lines.filter((line) => line.ruleId === 'nav/repeated-menu').length).toBeGreaterThanOrEqual(
      8,
    );
  });

  test('a table whose rows repeat their labels at uneven distances is not a menu', () => {
    // Four labels, each said again 4, 8, 12 and 16 lines on, among figures.
    const figure = (n: number) => `${n}.${100 + n * 7}`;
    const table = ['Gesamt', 'Dichte', 'Je Kopf', 'Anteil', 'Gesamt'];
    for (const label of ['Dichte', 'Je Kopf', 'Anteil'])
      table.push(...[1, 2, 3, 4].map((n) => figure(table.length + n)), label);
    const result = cleanArticle(`${[HEADLINE, ...table, ...ARTICLE].join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'nav/repeated-menu')).toBe(false);
  });

  test('three entries said twice are not enough', () => {
    const short = ['Hafenleben', 'Kaigeflüster', 'Gezeitentafel', 'Möwenblick'];
    const again = ['Hafenleben', 'Kaigeflüster', 'Gezeitentafel', 'Leuchtturm'];
    const result = cleanArticle(`${[...short, ...again, HEADLINE, ...ARTICLE].join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'nav/repeated-menu')).toBe(false);
  });

  test('short lines repeated under the first paragraph (a list, a refrain) are left alone', () => {
    const result = cleanArticle(`${[HEADLINE, ...ARTICLE, ...MENU, ...NARROW_MENU].join('\n')}\n`);
    expect(result.lines.some((line) => line.ruleId === 'nav/repeated-menu')).toBe(false);
  });
});
