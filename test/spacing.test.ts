/**
 * Scraped text spaces its words in ways a reader never sees (no-break spaces, runs of spaces,
 * zero-width spaces, soft hyphens). The rules read each line with that spacing made plain
 * (src/text/spacing.ts); the output keeps every kept line as it came in.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, cleanArticle } from '../src/index.js';
import { readingForm } from '../src/text/spacing.js';

const STORY = [
  'Harbour ferry timetable doubles for the summer',
  'The harbour ferry will run every fifteen minutes from June, the operator said on Monday, doubling the service on its busiest route.',
  'Commuters had asked for more boats since the new housing estate opened on the far bank two years ago.',
];

/** How scrapers space one line: each form must read as the plain one does. */
const SPACINGS: [string, (line: string) => string][] = [
  ['no-break spaces', (line) => line.replaceAll(' ', '\u00A0')],
  ['double spaces', (line) => line.replaceAll(' ', '  ')],
  ['a zero-width space in front', (line) => `\u200B${line}`],
  ['a soft hyphen inside a word', (line) => line.replace(/(\p{L}{3})(\p{L}{3})/u, '$1\u00AD$2')],
  ['a tab and a narrow no-break space', (line) => line.replace(' ', '\t').replace(' ', '\u202F')],
];

const CHROME_LINES = [
  'Already a subscriber? Sign in',
  'Also Read: Sensex rises 300 points',
  'We use cookies to improve your experience on our site.',
  '© 2024 The Daily Ledger. All rights reserved.',
  '--IANS',
  '5 min read',
];

describe('readingForm', () => {
  test.each([
    ['Sign\u00A0in', 'Sign in'],
    ['  Share  on   Facebook ', 'Share on Facebook'],
    ['\u200BAdvertisement\uFEFF', 'Advertisement'],
    ['sub\u00ADscribe', 'subscribe'],
    ['Plain line', 'Plain line'],
  ])('%j reads as %j', (line, read) => {
    expect(readingForm(line)).toBe(read);
  });

  test('a line of invisible marks only stays as it is, so it is not taken for a blank line', () => {
    expect(readingForm('\u200B')).toBe('\u200B');
  });
});

describe('unusual spacing hides no line from the rules', () => {
  const cases = CHROME_LINES.flatMap((line) =>
    SPACINGS.map(([how, space]) => [how, line, space(line)] as const),
  );
  test.each(cases)('%s: %j', (_how, plain, spaced) => {
    const asPlain = classifyLines([...STORY, plain].join('\n')).at(-1);
    const asSpaced = classifyLines([...STORY, spaced].join('\n')).at(-1);
    expect(asSpaced?.label).toBe(asPlain?.label);
    expect(asSpaced?.ruleId).toBe(asPlain?.ruleId);
    expect(asSpaced?.text).toBe(spaced);
  });

  test('kept lines come out with their own spacing, byte for byte', () => {
    const spacedStory = STORY.map((line) => line.replaceAll(' ', '\u00A0'));
    const text = `${[...spacedStory, 'Already\u00A0a\u00A0subscriber? Sign\u00A0in'].join('\n')}\n`;
    expect(cleanArticle(text).text).toBe(`${spacedStory.join('\n')}\n`);
  });
});

describe('entities a feed left undecoded', () => {
  test.each([
    ['Terms &amp; Conditions apply.', 'Terms & Conditions apply.'],
    ['Don&#8217;t miss: Council approves budget', 'Don’t miss: Council approves budget'],
    ['Also Read&nbsp;: Sensex rises', 'Also Read : Sensex rises'],
    ['&copy; 2024 Example &#x2014; all rights', '© 2024 Example — all rights'],
    ['Fish &chips; and &#0; and &#xD800;', 'Fish &chips; and &#0; and &#xD800;'],
  ])('%j reads as %j', (line, read) => {
    expect(readingForm(line)).toBe(read);
  });

  test.each(['Terms &amp; Conditions apply.', 'Don&#8217;t miss: Council approves budget'])(
    '%j is judged as its decoded form is, and kept lines keep their entities',
    (line) => {
      const decoded = readingForm(line);
      const asDecoded = classifyLines([...STORY, decoded].join('\n')).at(-1);
      const asEncoded = classifyLines([...STORY, line].join('\n')).at(-1);
      expect(asEncoded?.ruleId).toBe(asDecoded?.ruleId);
      expect(asEncoded?.label).not.toBe('body');
      const story = `${[...STORY.slice(0, 2), 'Fish &amp; chips were sold out by noon, the stall holder said.'].join('\n')}\n`;
      expect(cleanArticle(story).text).toBe(story);
    },
  );
});

describe('marks that set a line off', () => {
  test.each([
    ['👉 Also read: Council approves budget', 'Also read: Council approves budget'],
    ['▶ Watch video', 'Watch video'],
    ['*** Subscribe now ***', 'Subscribe now'],
    ['— Advertisement —', 'Advertisement'],
    ['🔒 Subscriber only', 'Subscriber only'],
  ])('%j reads as %j', (line, read) => {
    expect(readingForm(line)).toBe(read);
  });

  test.each([
    '--IANS',
    '— Maria Lopez, 34, a teacher from Leeds',
    '© 2024 The Daily Ledger',
    '| Ticker | Last | Change |',
    '- 2 cups flour',
    '» Also read: Council approves budget',
    '___',
    '• A bulleted item of a list',
    'Advertisement •',
  ])('%j is read as written', (line) => {
    expect(readingForm(line)).toBe(line);
  });

  test.each(['▶ Watch video', '*** Subscribe now ***', '🔒 Subscriber only', '~~~ Advertisement ~~~'])(
    '%j is chrome, as its plain form is',
    (line) => {
      const decision = classifyLines([...STORY, line].join('\n')).at(-1);
      expect(decision?.label).toBe('chrome');
      expect(decision?.text).toBe(line);
    },
  );
});
