/** Bare author names beside a byline line, and the headline kept above a header of boilerplate. */
import { describe, expect, test } from 'vitest';
import { lineFeatures } from '../src/features.js';
import { cleanArticle } from '../src/index.js';
import { isNameShaped, writtenInLowerCase } from '../src/model/names.js';

const PARAGRAPH = (n: number) =>
  `The harbour board met for the ${n}th time this winter and decided, after a long argument about the cost of dredging, that the ferry pier would be rebuilt before the summer season began.`;

function article(header: readonly string[], body: readonly string[] = []): string {
  const lines = [...header, PARAGRAPH(1), PARAGRAPH(2), ...body, PARAGRAPH(3), PARAGRAPH(4)];
  return `${lines.join('\n')}\n`;
}

describe('bare author names', () => {
  test('name shapes', () => {
    const shaped = (text: string) => isNameShaped(lineFeatures(text, 'en'));
    for (const name of [
      'Marta Quintana',
      'Olav K. Brennersen',
      'Lisa de Vries',
      'Jean-Luc Armand',
      'PETRA HOLM',
      'Marta Quintana and Olav Brennersen',
      'Lisa de Vries & Jean-Luc Armand',
    ])
      expect(shaped(name), name).toBe(true);
    for (const other of [
      'The Harbour',
      'Sign In',
      'Harbour board votes',
      'Updated 2 hours ago',
      'Marta',
      'A. B.',
      'Ferry pier to be rebuilt before summer, board says',
      'Marta and Olav',
      'Marta Quintana and',
      'Harbour Board and the Ferry Trust',
    ])
      expect(shaped(other), other).toBe(false);
  });

  test('a name on its own line above the date line is a byline', () => {
    const result = cleanArticle(
      article(['Ferry pier to be rebuilt before summer', 'Marta Quintana', 'March 4, 2021']),
    );
    const name = result.lines.find((line) => line.text === 'Marta Quintana');
    expect(name?.label).toBe('byline');
    expect(name?.ruleId).toBe('byline/bare-name');
    expect(result.text).toContain('Ferry pier to be rebuilt before summer');
    for (let n = 1; n <= 4; n++) expect(result.text).toContain(`the ${n}th time`);
  });

  test('two names joined by "and" above the date line are a byline', () => {
    const result = cleanArticle(
      article([
        'Ferry pier to be rebuilt before summer',
        'Marta Quintana and Olav Brennersen',
        'March 4, 2021',
      ]),
    );
    const names = result.lines.find((line) => line.text === 'Marta Quintana and Olav Brennersen');
    expect(names?.label).toBe('byline');
    expect(result.text).toContain('Ferry pier to be rebuilt before summer');
  });

  test('a bio that starts with the name on the line above is a byline too', () => {
    const bio =
      'Marta Quintana joined the paper in 2009 and covers the harbour, the ferries and the county council.';
    const result = cleanArticle(
      article(['Ferry pier to be rebuilt before summer', 'March 4, 2021'], []) +
        `By Marta Quintana\nMarta Quintana\n${bio}\n`,
    );
    expect(result.lines.find((line) => line.text === bio)?.ruleId).toBe('byline/bio-under-name');
    expect(result.text).not.toContain('joined the paper');
  });

  test('a name under a lone "By" is a byline', () => {
    const result = cleanArticle(article(['Ferry pier to be rebuilt before summer', 'By', 'Olav Brennersen']));
    expect(result.lines.find((line) => line.text === 'Olav Brennersen')?.label).toBe('byline');
  });

  test('a name used as a subheading between paragraphs stays body', () => {
    const result = cleanArticle(
      article(['Ferry pier to be rebuilt before summer'], ['Marta Quintana', PARAGRAPH(9)]),
    );
    expect(result.lines.find((line) => line.text === 'Marta Quintana')?.label).toBe('body');
  });

  test('words the article writes in lower case are not a name', () => {
    const result = cleanArticle(
      article(
        ['Ferry pier to be rebuilt before summer', 'Harbour Board', 'March 4, 2021'],
        ['The board said so.'],
      ),
    );
    expect(result.lines.find((line) => line.text === 'Harbour Board')?.ruleId).not.toBe('byline/bare-name');
  });

  test('disable turns the name rule off like any other rule', () => {
    for (const disable of [['byline/bare-name'], ['byline/'], ['byline']]) {
      const result = cleanArticle(
        article(['Ferry pier to be rebuilt before summer', 'Marta Quintana', 'March 4, 2021']),
        {
          disable,
        },
      );
      expect(result.lines.some((line) => line.ruleId === 'byline/bare-name')).toBe(false);
    }
  });
});

describe('the headline above a header of boilerplate', () => {
  test('a headline separated from the first paragraph by bylines and share buttons is kept', () => {
    const header = [
      'Home',
      'News',
      'Harbour board votes to rebuild the ferry pier',
      'By Marta Quintana',
      'March 4, 2021 at 9:05 am',
      'Share',
      'Tweet',
      'Email',
      'Print',
      'Comments (12)',
    ];
    const result = cleanArticle(article(header));
    expect(result.text.startsWith('Harbour board votes to rebuild the ferry pier\n')).toBe(true);
    for (const chrome of ['Share', 'Tweet', 'By Marta Quintana', 'Home'])
      expect(result.text).not.toContain(`${chrome}\n`);
  });

  test('a headline the page says twice is kept once, as its first copy', () => {
    const header = [
      'Home',
      'Harbour board votes to rebuild the ferry pier',
      'Share',
      'Tweet',
      'Email',
      'Harbour board votes to rebuild the ferry pier',
      'By Marta Quintana',
      'March 4, 2021 at 9:05 am',
    ];
    const result = cleanArticle(article(header));
    expect(result.lines[1]?.label).toBe('body');
    expect(result.lines[5]?.label).not.toBe('body');
  });

  test('a kicker over the headline is kept with it', () => {
    const header = [
      'Home',
      'Sign in',
      'Winter works on the waterfront begin',
      'Harbour board votes to rebuild the ferry pier',
      'By Marta Quintana',
      'Share',
      'Tweet',
      'Email',
    ];
    const result = cleanArticle(article(header));
    expect(result.text.startsWith('Winter works on the waterfront begin\nHarbour board votes')).toBe(true);
  });
});

describe('teasers set between paragraphs', () => {
  const teaserArticle = (summaryWords: number) => {
    const summary = `${Array.from({ length: summaryWords }, (_, i) => (i === 0 ? 'Councillors' : 'word')).join(' ')}.`;
    return [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      'Town Hall',
      'Library opening hours to be cut again',
      summary,
      'Valley Life',
      'Rowing club wins the county regatta',
      summary,
      PARAGRAPH(3),
      PARAGRAPH(4),
    ].join('\n');
  };

  test('kicker, headline and short summary of other stories between paragraphs are dropped', () => {
    const result = cleanArticle(teaserArticle(12));
    for (const teaser of ['Town Hall', 'Library opening hours', 'Rowing club wins'])
      expect(result.text).not.toContain(teaser);
    expect(result.lines.filter((line) => line.ruleId === 'teaser/kicker-headline').length).toBe(6);
    for (let n = 1; n <= 4; n++) expect(result.text).toContain(`the ${n}th time`);
  });

  test('a subheading pair over a paragraph of the article stays body', () => {
    const result = cleanArticle(teaserArticle(60));
    expect(result.lines.some((line) => line.ruleId === 'teaser/kicker-headline')).toBe(false);
  });

  test("a summary that closes with the other story's authors is part of its teaser", () => {
    const lines = [
      'Hafenrat stimmt für den Neubau des Fähranlegers',
      'Der Hafenrat hat am Dienstag nach langer Debatte beschlossen, den alten Fähranleger noch vor dem Sommer abzureißen und an gleicher Stelle einen neuen zu bauen, der auch größere Schiffe aufnehmen kann.',
      'Die Kosten von rund zwölf Millionen Euro sollen sich Land und Stadt teilen, wobei die Stadt ihren Anteil über mehrere Jahre strecken darf, wie ein Sprecher des Rates nach der Sitzung mitteilte.',
      'Nach dem Sturm',
      'Diese Frau kämpft für den alten Leuchtturm',
      'Sie hat ihr halbes Leben auf der Insel verbracht. Nun will sie verhindern, dass der Turm verfällt. Von Anna Berg und Jan Ott',
      'Die Fährgesellschaft begrüßte den Beschluss und kündigte an, während der Bauzeit einen Ersatzanleger am Nordkai zu nutzen, damit der Fahrplan im Sommer nicht ausgedünnt werden muss.',
      'Neuer Fahrplan',
      'Fähren fahren bald im Halbstundentakt',
      'Ab dem Frühjahr sollen die Schiffe öfter fahren. Die Reederei sucht dafür neue Mitarbeiter. Von Lena Ruiz, Kiel, und Tom Falk',
      'Anwohner am Hafen fürchten dagegen monatelangen Baulärm und wollen bei einer Versammlung im März erreichen, dass nachts und an Wochenenden nicht gearbeitet werden darf.',
    ];
    const result = cleanArticle(lines.join('\n'), { language: 'de' });
    expect(result.lines.filter((line) => line.ruleId === 'teaser/kicker-headline').length).toBe(6);
    for (const teaser of ['Nach dem Sturm', 'Leuchtturm', 'Von Anna Berg', 'Halbstundentakt', 'Tom Falk'])
      expect(result.text).not.toContain(teaser);
    for (const k of [1, 2, 6, 10]) expect(result.text).toContain(lines[k]);
  });

  test('a line that only ends on "by" and a name, not after a sentence, is no summary', () => {
    const lines = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      'Town Hall',
      'Library opening hours to be cut again',
      'The new hours were drawn up over the winter and signed off by Mayor Ellen Park',
      PARAGRAPH(3),
      'Valley Life',
      'Rowing club wins the county regatta',
      'The winning crew was coached for the third season running by Olav Brennersen',
      PARAGRAPH(4),
    ];
    const result = cleanArticle(lines.join('\n'));
    expect(result.lines.some((line) => line.ruleId === 'teaser/kicker-headline')).toBe(false);
  });

  test("a line of the other story's source and tags between headline and summary goes with the teaser", () => {
    const lines = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      'TOWN HALL',
      'Library opening hours to be cut again',
      'valleypost.example Local News',
      'The new hours start in May and close two branches on Mondays.',
      'ON THE WATER',
      'Rowing club wins the county regatta',
      '3 shares Sport',
      'The winning crew was coached for the third season running by a former champion.',
      PARAGRAPH(3),
      PARAGRAPH(4),
    ];
    const result = cleanArticle(lines.join('\n'));
    expect(result.lines.filter((line) => line.ruleId === 'teaser/kicker-headline').length).toBe(8);
    for (const teaser of ['valleypost.example', '3 shares Sport', 'new hours start', 'winning crew'])
      expect(result.text).not.toContain(teaser);
    for (let n = 1; n <= 4; n++) expect(result.text).toContain(`the ${n}th time`);
  });

  test("a table's header said twice over its rows is no teaser's tag line", () => {
    const lines = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      'Harbour',
      'Berth Ship Tonnes Days',
      'Berth Ship Tonnes Days',
      'B1 Nordlys 12,000 3. B2 Kestrel 8,500 2.',
      'Marina',
      'Berth Ship Tonnes Days',
      'Berth Ship Tonnes Days',
      'M1 Aurora 900 1. M2 Tern 450 4.',
      PARAGRAPH(2),
    ];
    const result = cleanArticle(lines.join('\n'));
    expect(result.lines.some((line) => line.ruleId === 'teaser/kicker-headline')).toBe(false);
  });

  test('one pair alone is not a run of teasers', () => {
    const lines = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      'Town Hall',
      'Library opening hours to be cut again',
      'The cuts start in May.',
      PARAGRAPH(2),
    ];
    const result = cleanArticle(lines.join('\n'));
    expect(result.lines.some((line) => line.ruleId === 'teaser/kicker-headline')).toBe(false);
  });
});

describe('a list of other stories under a related-stories heading', () => {
  const paragraphs = [
    'The council voted on Tuesday to close the old swimming baths at the end of the season, after engineers found that the roof could not be repaired for less than a new building would cost.',
    'Swimmers who had campaigned to keep the baths open said they were disappointed, and asked the council to promise that a new pool would be built before the old one was pulled down.',
    'A spokeswoman for the council said plans for a new leisure centre would go out to consultation in the spring, with building work expected to begin the year after next.',
    'The baths, which opened in 1934, were once the largest indoor pool in the county and still hold a swimming gala every August that draws clubs from across the region.',
    'Local businesses near the site said they feared a long gap between the closure and the opening of the new centre, since many of their customers come from the pool.',
  ];
  const withList = (after: number, list: readonly string[]) =>
    [
      'Council votes to close the old swimming baths',
      paragraphs[0],
      paragraphs[1],
      'Related Coverage',
      ...list,
      ...paragraphs.slice(2, 2 + after),
    ].join('\n');
  const HEADLINES = [
    'Library opening hours to be cut again',
    'Rowing club wins the county regatta',
    'Why the lighthouse is closing for a year',
  ];

  test('with the article going on under it, the listed headlines are dropped and every paragraph kept', () => {
    const result = cleanArticle(withList(3, HEADLINES));
    for (const headline of HEADLINES) expect(result.text).not.toContain(headline);
    expect(result.lines.filter((line) => line.ruleId === 'teaser/related-list').length).toBe(3);
    for (const paragraph of paragraphs.slice(0, 5)) expect(result.text).toContain(paragraph);
  });

  test('with little prose under it, the list is left to the decoder and no paragraph is lost', () => {
    const result = cleanArticle(withList(2, HEADLINES));
    expect(result.lines.some((line) => line.ruleId === 'teaser/related-list')).toBe(false);
    for (const paragraph of paragraphs.slice(0, 4)) expect(result.text).toContain(paragraph);
  });

  test("the article's own short subheading right under the list is not taken for a listed story", () => {
    const result = cleanArticle(withList(3, [...HEADLINES.slice(0, 2), 'What Comes Next']));
    const subheading = result.lines.find((line) => line.text === 'What Comes Next');
    expect(subheading?.ruleId).not.toBe('teaser/related-list');
    expect(result.lines.filter((line) => line.ruleId === 'teaser/related-list').length).toBe(2);
  });
});

describe('a list of other stories closed by a show-more button', () => {
  const paragraphs = [
    'The council voted on Tuesday to close the old swimming baths at the end of the season, after engineers found that the roof could not be repaired for less than a new building would cost.',
    'Swimmers who had campaigned to keep the baths open said they were disappointed, and asked the council to promise that a new pool would be built before the old one was pulled down.',
    'A spokeswoman for the council said plans for a new leisure centre would go out to consultation in the spring, with building work expected to begin the year after next.',
    'The baths, which opened in 1934, were once the largest indoor pool in the county and still hold a swimming gala every August that draws clubs from across the region.',
  ];
  const HEADLINES = [
    'Library opening hours to be cut again',
    'Rowing club wins the county regatta',
    'Why the lighthouse is closing for a year',
  ];
  const page = (list: readonly string[], button: string) =>
    [
      'Council votes to close the old swimming baths',
      paragraphs[0],
      ...list,
      button,
      ...paragraphs.slice(1),
    ].join('\n');

  test('the headlines right above the button are dropped and every paragraph kept', () => {
    for (const button of ['Show more', 'View all ›', 'mehr anzeigen', 'Voir plus']) {
      const result = cleanArticle(page(HEADLINES, button));
      expect(result.lines.filter((line) => line.ruleId === 'teaser/list-above-more').length, button).toBe(3);
      for (const headline of HEADLINES) expect(result.text, button).not.toContain(headline);
      for (const paragraph of paragraphs) expect(result.text, button).toContain(paragraph);
    }
  });

  test('a line or two above the button are not taken for a list', () => {
    const result = cleanArticle(page(HEADLINES.slice(0, 2), 'Show more'));
    expect(result.lines.some((line) => line.ruleId === 'teaser/list-above-more')).toBe(false);
  });

  test('"Read more" under short lines is no show-more button: it may open the rest of the article', () => {
    const result = cleanArticle(page(HEADLINES, 'Read more'));
    expect(result.lines.some((line) => line.ruleId === 'teaser/list-above-more')).toBe(false);
  });

  test('the list ends, going up, at a paragraph', () => {
    const lines = [
      'Council votes to close the old swimming baths',
      paragraphs[0],
      'What happens next',
      paragraphs[1],
      ...HEADLINES,
      'Show more',
      paragraphs[2],
    ];
    const result = cleanArticle(lines.join('\n'));
    expect(result.lines.filter((line) => line.ruleId === 'teaser/list-above-more').length).toBe(3);
    expect(result.lines.find((line) => line.text === 'What happens next')?.ruleId).not.toBe(
      'teaser/list-above-more',
    );
  });
});

describe('reader comments', () => {
  test('the text between commenter lines is dropped with them', () => {
    const comments = [
      'harbour_fan says:',
      'March 5, 2021 at 7:02 am',
      'About time too, the old pier has been falling apart for years and nobody listened.',
    ];
    comments.push(
      'sailor99 says:',
      'March 5, 2021 at 8:15 am',
      'Who is going to pay for all of this, I wonder? Not the board, that much is certain.',
    );
    comments.push(
      'quaywatcher says:',
      'March 5, 2021 at 9:40 am',
      'Great news for the town and for the ferry crews who have waited so long for it.',
    );
    const text = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      PARAGRAPH(3),
      '3 responses',
      ...comments,
    ].join('\n');
    const result = cleanArticle(text);
    for (const comment of ['About time too', 'Who is going to pay', 'Great news for the town'])
      expect(result.text).not.toContain(comment);
    for (let n = 1; n <= 3; n++) expect(result.text).toContain(`the ${n}th time`);
    expect(result.lines.some((line) => line.ruleId === 'comments/thread')).toBe(true);
  });

  const separatorThread = (opener: readonly string[]) =>
    [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      PARAGRAPH(3),
      PARAGRAPH(4),
      ...opener,
      'Dana Whitfield · March 5, 2021 at 7:02 AM',
      'Was the storm of last February taken into account when the height of the new deck was chosen?',
      'Ole K. · March 6, 2021 at 6:48 PM',
      'Good to see the open evening, I will come along and bring my neighbours who fish from the pier.',
      'Marta (harbour watcher) · March 6, 2021 at 9:15 PM',
      'The old pier served us for ninety years, so I hope the new one is built to last as long again.',
    ].join('\n');

  test('name · date at time lines under a comments heading open comments', () => {
    const result = cleanArticle(separatorThread(['There are 3 comments']));
    for (const comment of ['Was the storm', 'Good to see the open evening', 'ninety years'])
      expect(result.text).not.toContain(comment);
    for (let n = 1; n <= 4; n++) expect(result.text).toContain(`the ${n}th time`);
  });

  test('a name line over a "date at time" line opens a comment under a thread heading', () => {
    const text = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      PARAGRAPH(3),
      '3 thoughts on “Harbour board votes to rebuild the ferry pier”',
      'Dana Whitfield',
      'March 5, 2021 at 7:02 am',
      'Was the storm of last February taken into account when the height of the new deck was chosen?',
      'Ole Brennersen',
      'March 6, 2021 at 6:48 pm',
      'Good to see the open evening, I will come along and bring my neighbours who fish from the pier.',
      'Marta Quintana',
      'March 6, 2021 at 9:15 pm',
      'The old pier served us for ninety years, so I hope the new one is built to last as long again.',
    ].join('\n');
    const result = cleanArticle(text);
    for (const comment of ['Was the storm', 'Good to see the open evening', 'ninety years'])
      expect(result.text).not.toContain(comment);
    for (let n = 1; n <= 3; n++) expect(result.text).toContain(`the ${n}th time`);
  });

  test('a comments button above the story opens no thread in a live blog', () => {
    const entries = [
      'Harbour board votes to rebuild the ferry pier',
      'Comments',
      PARAGRAPH(1),
      'March 5, 2021 at 7:02 am',
      'The board has opened the meeting and the chair read out the engineers’ report on the rotten piles.',
      'March 5, 2021 at 7:40 am',
      'Councillors asked who would pay for the temporary landing at the north quay while the pier is shut.',
      'March 5, 2021 at 8:15 am',
      'The vote is in: eleven members for the new pier, two against, and work will start in March.',
    ];
    const result = cleanArticle(entries.join('\n'));
    expect(result.lines.some((line) => line.ruleId === 'comments/thread')).toBe(false);
    for (const entry of [4, 6, 8]) expect(result.text).toContain(entries[entry]);
  });

  test('without a comments heading above them, name · date at time lines open nothing', () => {
    const result = cleanArticle(separatorThread([]));
    expect(result.lines.some((line) => line.ruleId === 'comments/thread')).toBe(false);
  });

  test('dated commenter lines and replies of several paragraphs are dropped too', () => {
    const reply = [
      'Thanks for asking, Dana.',
      'We looked at the tide tables for the whole of last winter before we chose the new height.',
      'The storm surge in February was the highest in forty years, and the deck would have cleared it.',
      'The engineers also added a margin for the rise in sea level that the council expects by 2060.',
      'If you want the full figures, the planning office has them, and they will be online soon.',
      'We will also hold an open evening at the ferry terminal in May where the engineers will answer questions.',
    ];
    const text = [
      'Harbour board votes to rebuild the ferry pier',
      PARAGRAPH(1),
      PARAGRAPH(2),
      PARAGRAPH(3),
      'Comments',
      'Dana Whitfield on March 5, 2021 at 7:02 am said:',
      'Was the storm of last February taken into account when the height of the new deck was chosen?',
      'Pier Project Team on March 5, 2021 at 9:15 am said:',
      ...reply,
      'Ole on March 6, 2021 at 6:48 pm said:',
      'Good to see the open evening, I will come along and bring my neighbours who fish from the pier.',
    ].join('\n');
    const result = cleanArticle(text);
    for (const comment of ['Was the storm', ...reply, 'Good to see the open evening'])
      expect(result.text).not.toContain(comment);
    for (let n = 1; n <= 3; n++) expect(result.text).toContain(`the ${n}th time`);
  });
});

describe('words written in lower case', () => {
  const lines = (...texts: string[]) => texts.map((text) => lineFeatures(text, 'en'));

  test('finds only the sought words that some line writes in lower case', () => {
    const doc = lines('Harbour Board', 'The board met; the (harbour) said so.', 'Pier Works', 'PIER closed');
    const found = writtenInLowerCase(doc, new Set(['harbour', 'board', 'pier', 'works']));
    expect([...found].sort()).toEqual(['board', 'harbour']);
  });

  test('a word inside another word, or in an address, does not count', () => {
    const doc = lines('Harbourside boards', 'mail board@example.com');
    expect([...writtenInLowerCase(doc, new Set(['harbour', 'board']))]).toEqual([]);
  });

  test('a word with capitals after its first letter is read in lower case', () => {
    expect([...writtenInLowerCase(lines('an iPhone case'), new Set(['iphone']))]).toEqual(['iphone']);
  });
});
