/** A wire's sign-off under a paragraph closes the article: the copy above it is the story's. */
import { describe, expect, test } from 'vitest';
import { classifyLines, cleanArticle } from '../src/index.js';
import { compileRule } from '../src/rules/compile.js';
import { builtinRules } from '../src/rules/index.js';

const STORY_TOP = [
  'Dockworkers end three-day strike at northern ports',
  'Ships that waited offshore for days began unloading on Tuesday.',
  'By Reuters',
  'May 6, 2025 11:42 AM Updated 2 hours ago',
  'HAMBURG, May 6 (Reuters) - Dockworkers at three northern ports returned to work on Tuesday after unions and employers agreed on a new wage deal that runs for two years.',
  'The strike had left dozens of container ships waiting offshore and delayed deliveries of car parts to factories across the region.',
];
// Two short closing paragraphs, each after a line of chrome: on their own they read as the
// tail of the page rather than as the story.
const INTERRUPTED_TAIL = [
  'Also read: Shipping rates climb as Red Sea detours continue',
  'Port revenues fell 12% in April, to about 300 million euros.',
  'Advertisement',
  'Employers fear, however, a shortage of crane drivers over the summer.',
];
const OFFER_PAGE = [
  'Subscribe to the Daily Courier',
  '$1.90 for the first month',
  'Then $29.90 a month',
  'Annual plan: $299.00 upfront',
  'Subscribe now',
  'Already a subscriber? Sign in',
];

function page(signOff: readonly string[]): string {
  return `${[...STORY_TOP, ...INTERRUPTED_TAIL, ...signOff, ...OFFER_PAGE].join('\n')}\n`;
}

const labelOf = (text: string, line: string) =>
  classifyLines(text).find((decision) => decision.text === line)?.label;

describe('wire sign-offs', () => {
  const lastParagraphs = [INTERRUPTED_TAIL[1] as string, INTERRUPTED_TAIL[3] as string];

  test('paragraphs between an "Also read" line and the agency sign-off stay body', () => {
    for (const signOff of ['(Reuters)', '--Reuters', '(Reporting by Anna Keller; Editing by Tom Ridge)']) {
      const result = cleanArticle(page([signOff]));
      for (const paragraph of lastParagraphs) expect(result.text, signOff).toContain(paragraph);
      expect(result.text).not.toContain('Also read');
      expect(result.text).not.toContain('Advertisement');
      expect(labelOf(page([signOff]), signOff)).toBe('byline');
    }
  });

  test('without a sign-off the same tail reads as chrome', () => {
    const result = cleanArticle(page([]));
    for (const paragraph of lastParagraphs) expect(result.text).not.toContain(paragraph);
  });

  test('an agency name in a footer list is not the sign-off: the one under a paragraph is', () => {
    const footer = ['Our partners', 'Reuters', 'Associated Press', 'Terms of use'];
    const text = `${page(['(Reuters)']).trimEnd()}\n${footer.join('\n')}\n`;
    const result = cleanArticle(text);
    for (const paragraph of lastParagraphs) expect(result.text).toContain(paragraph);
    for (const line of footer) expect(labelOf(text, line)).not.toBe('body');
  });

  test('only agency tails sign off; a rule says so in its data', () => {
    const signing = builtinRules()
      .filter((rule) => rule.signsOff)
      .map((rule) => rule.id);
    expect(signing).toEqual(expect.arrayContaining(['agency/dash-tag', 'byline/reporting-by']));
    expect(signing).not.toContain('credit/labelled');
    expect(compileRule({ id: 'x/y', label: 'byline', pattern: 'x', weight: 1, reason: 'r' }).signsOff).toBe(
      false,
    );
  });
});
