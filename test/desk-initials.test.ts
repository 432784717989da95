import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

const STORY = [
  'Port workers vote to end a week-long strike',
  'Dock workers at the country’s largest container port voted on Friday to end a strike that had left dozens of ships waiting offshore.',
  'The union said members had accepted a revised pay offer of 7 per cent over two years, and work would resume on Saturday morning.',
];

function labelOf(lines: string[], text: string) {
  return classifyLines(lines.join('\n')).find((line) => line.text === text);
}

describe('desk initials in capitals under an agency tag', () => {
  test('are a byline right under the tag', () => {
    for (const initials of ['AKJ', 'SKL SKL', 'RS']) {
      const line = labelOf([...STORY, '--IANS', initials], initials);
      expect(line?.label).toBe('byline');
      expect(line?.ruleId).toBe('agency/initials-under-tag');
    }
  });

  test('are left to the other evidence anywhere else', () => {
    // An acronym on its own line with no tag above it: no initials rule names it.
    const line = labelOf([...STORY.slice(0, 2), 'NATO', STORY[2] as string], 'NATO');
    expect(line?.ruleId).not.toBe('agency/initials-under-tag');
  });

  test('can be turned off with the other context rules', () => {
    const lines = classifyLines([...STORY, '--IANS', 'AKJ'].join('\n'), {
      disable: ['agency/initials-under-tag'],
    });
    expect(lines.some((line) => line.ruleId === 'agency/initials-under-tag')).toBe(false);
  });
});
