/**
 * A breadcrumb trail that a scrape ran into the headline ("Home News Local <headline>"), with
 * the headline on the next line: the trail line is chrome, the headline stays the article's.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';
import type { ClassifyOptions } from '../src/types.js';

const HEADLINE = 'Harbour ferry fares to rise again next spring';
const PARAGRAPHS = [
  'The operator said on Tuesday that a single crossing would cost 20 pence more from April, the second rise in two years.',
  'Commuters who use the ferry every day said the new season ticket would still save them money, but only just.',
  'The council, which subsidises the route, is expected to approve the new fares at its meeting next month.',
];

const decisionOf = (lines: readonly string[], options: ClassifyOptions = {}) => {
  const decisions = classifyLines(`${lines.join('\n')}\n`, options);
  return (line: string) => decisions.find((decision) => decision.text === line);
};

describe('breadcrumb trails run into the headline', () => {
  test.each([
    [`Home News Local News ${HEADLINE}`],
    [`HomeNEWSLOCAL${HEADLINE}`],
    [`Startseite Nachrichten Region ${HEADLINE}`],
    [`Accueil Actualités ${HEADLINE}`],
  ])('%s is chrome, the headline below it body', (trail) => {
    const decision = decisionOf([trail, HEADLINE, ...PARAGRAPHS]);
    expect(decision(trail)).toMatchObject({ label: 'chrome', ruleId: 'nav/breadcrumb-title' });
    expect(decision(HEADLINE)?.label).toBe('body');
  });

  test.each([
    // No trail from the front page: a kicker or a longer headline, left to the other rules.
    [`Breaking: ${HEADLINE}`],
    [`Homeowners near the pier say ${HEADLINE.toLowerCase()}`],
    // A trail, but not run into the next line.
    ['Home News Local News Bridge repairs to take another year'],
  ])('%s is not taken for a trail', (line) => {
    const decision = decisionOf([line, HEADLINE, ...PARAGRAPHS]);
    expect(decision(line)?.ruleId).not.toBe('nav/breadcrumb-title');
  });

  test('a long sentence that ends with the next line is no trail', () => {
    const long = `Home owners along the harbour front, who have campaigned against every rise since the ferry was sold, said ${HEADLINE}`;
    expect(decisionOf([long, HEADLINE, ...PARAGRAPHS])(long)?.ruleId).not.toBe('nav/breadcrumb-title');
  });

  test('disable names the pass like any rule', () => {
    const trail = `Home News Local News ${HEADLINE}`;
    const decision = decisionOf([trail, HEADLINE, ...PARAGRAPHS], { disable: ['nav/breadcrumb-title'] });
    expect(decision(trail)?.ruleId).not.toBe('nav/breadcrumb-title');
  });
});
