import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { cleanArticle, RepeatLearner, repeatKey } from '../src/index.js';

describe('repeatKey', () => {
  test('ignores case, digits, punctuation and spacing', () => {
    expect(repeatKey('Read 3 more stories!')).toBe(repeatKey('read  12 MORE stories'));
    expect(repeatKey('Read 3 more stories')).not.toBe(repeatKey('Read more stories'));
  });
});

describe('RepeatLearner', () => {
  const footer = 'The Millbrook Courier has served the valley since 1921.';
  const streets = ['Elm', 'Oak', 'Ash', 'Birch', 'Cedar', 'Maple', 'Pine', 'Rowan', 'Willow', 'Yew', 'Larch'];
  const article = (n: number) =>
    `The story of ${streets[n % streets.length]} Street, its shops and its families.\n${footer}\n`;

  test('a line in enough documents of a group is learned, for that group only', () => {
    const learner = new RepeatLearner({ minDocs: 5, minShare: 0.5 });
    for (let n = 0; n < 6; n++) learner.addDocument('courier', article(n));
    learner.addDocument('other-site', article(99));
    expect(learner.repeatedLines('courier')).toEqual([repeatKey(footer)]);
    expect(learner.repeatedLines('other-site')).toEqual([]);
    expect(learner.documents('courier')).toBe(6);
  });

  test('a line below the share threshold is not learned', () => {
    const learner = new RepeatLearner({ minDocs: 2, minShare: 0.5 });
    for (let n = 0; n < 10; n++)
      learner.addDocument('g', n < 4 ? article(n) : `Only ${streets[n]} prose here.\n`);
    expect(learner.repeatedLines('g')).toEqual([]);
  });

  test('a line counts once per document and single words are never learned', () => {
    const learner = new RepeatLearner({ minDocs: 2, minShare: 0 });
    learner.addDocument('g', `${footer}\n${footer}\nShare\n`);
    learner.addDocument('g', 'Share\n');
    expect(learner.repeatedLines('g')).toEqual([]);
  });

  test('memory stays bounded: past the cap the rarest lines are forgotten', () => {
    const learner = new RepeatLearner({ minDocs: 2, minShare: 0, maxLinesPerGroup: 100 });
    for (let n = 0; n < 50; n++) learner.addDocument('g', `${footer}\nunique line number ${'x'.repeat(n)}\n`);
    expect(learner.repeatedLines('g')).toEqual([repeatKey(footer)]);
  });
});

describe('cleanArticle with learned lines', () => {
  const text = [
    'The council approved the budget on Tuesday after a long debate about road repairs.',
    'Officials said the work would start in March and finish before the winter.',
    'The Millbrook Courier has served the valley since 1921.',
    '',
  ].join('\n');

  test('a learned line that no rule knows is chrome with rule id repeat/site', () => {
    const plain = cleanArticle(text);
    expect(plain.lines[2]?.label).toBe('body');
    const learned = cleanArticle(text, { repeated: new Set([repeatKey(plain.lines[2]?.text ?? '')]) });
    expect(learned.lines[2]).toMatchObject({ label: 'chrome', ruleId: 'repeat/site' });
    expect(learned.text).not.toContain('Courier');
  });
});

describe('repeatKey scans in one pass what the regex normalisation gives', () => {
  const byRegex = (line: string) =>
    line
      .toLowerCase()
      .replace(/\p{N}+/gu, '0')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const mixed = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom('a', 'Ü', '7', '½', '٣', ' ', '-', '!', 'İ', '𝐀', '𝟘', '\ud800', '\t'),
    }),
  );
  fcTest.prop([mixed])('on any string', (line) => {
    expect(repeatKey(line)).toBe(byRegex(line));
  });
});
