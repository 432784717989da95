/**
 * Below the article, the author and date lines of other stories' teasers belong to the teaser
 * block (chrome); the article's own author box there stays a byline.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

const ARTICLE = [
  'Harbour ferry returns after a winter of repairs',
  'By Jane Roe',
  'March 3, 2025',
  'The blue-hulled ferry that links the old town with the island made its first crossing of the season on Monday, two weeks later than planned.',
  'Engineers replaced both engines and the wheelhouse over the winter, the operator said, and the boat now runs on a hybrid drive.',
  'Fares stay at last year’s level until the end of June, when the council reviews the contract.',
];
const TEASERS = [
  'More from Harbour News',
  'Fish market to open on Sundays from April',
  'By Tom Hale',
  'March 1, 2025',
  'Lighthouse keeper’s cottage goes up for rent',
  'February 27, 2025',
  'Read more',
];
// Below the teasers, between two chrome lines, like a teaser's meta lines: the bio and its
// heading say that this is the article's author.
const AUTHOR_BOX = [
  'About the author',
  'Jane Roe',
  'Jane Roe is a staff writer at Harbour News, covering transport and the waterfront.',
  'Follow us on Facebook',
];

const labelsOf = (lines: readonly string[]) => {
  const decisions = classifyLines(`${lines.join('\n')}\n`);
  return (line: string) => decisions.find((decision) => decision.text === line);
};

describe('teaser bylines and dates', () => {
  test('a teaser’s author and date lines go with its block as chrome', () => {
    const decisionOf = labelsOf([...ARTICLE, ...TEASERS]);
    for (const line of ['By Tom Hale', 'March 1, 2025', 'February 27, 2025']) {
      expect(decisionOf(line)?.label, line).toBe('chrome');
      expect(decisionOf(line)?.ruleId, line).toBe('teaser/story-meta');
    }
  });

  test('the article’s own byline and date stay bylines', () => {
    const decisionOf = labelsOf([...ARTICLE, ...TEASERS]);
    expect(decisionOf('By Jane Roe')?.label).toBe('byline');
    expect(decisionOf('March 3, 2025')?.label).toBe('byline');
  });

  test('an author box below the article stays a byline', () => {
    const decisionOf = labelsOf([...ARTICLE, ...TEASERS, ...AUTHOR_BOX]);
    for (const line of AUTHOR_BOX.slice(0, 3)) {
      expect(decisionOf(line)?.label, line).toBe('byline');
      expect(decisionOf(line)?.ruleId, line).not.toBe('teaser/story-meta');
    }
  });

  test('can be turned off by its rule id', () => {
    const decisions = classifyLines(`${[...ARTICLE, ...TEASERS].join('\n')}\n`, {
      disable: ['teaser/story-meta'],
    });
    expect(decisions.some((decision) => decision.ruleId === 'teaser/story-meta')).toBe(false);
  });
});
