/**
 * Adversarial lines for a pattern: near-misses that make a backtracking engine try (and undo)
 * as much as it can before the match fails.
 */

/** A family of lines, built at any size. */
export interface Probe {
  label: string;
  build: (size: number) => string;
}

/** Units of one character or a short run that most line patterns care about. */
const GENERIC_UNITS = [
  'a',
  'A',
  '0',
  ' ',
  '\t',
  '.',
  ',',
  '-',
  '|',
  ':',
  '/',
  "'",
  '"',
  '(',
  '*',
  '#',
  '@',
  'é',
  '€',
  '•',
  'न',
  '字',
  'a ',
  'a.',
  'a,',
  'a-',
  'a|',
  'A. ',
  'Aa ',
  'aA',
  '0 ',
  '0.',
  '0:',
  '- ',
  '. ',
  ': ',
  'www.a',
  'http://a ',
];

/** Line endings that make a match fail, so the engine must try (and undo) everything before giving up. */
const TAILS = ['!', '\u0001'];

/**
 * Near-miss lines for a pattern: generic runs, runs of the pattern's own words, runs of its
 * example lines, and example prefixes followed by a run (to reach the part after a prefix).
 */
export function adversarialProbes(source: string, examples: readonly string[]): Probe[] {
  const words = patternWords(source).slice(0, 8);
  const units = [
    ...GENERIC_UNITS,
    ...words.flatMap((word) => [word, `${word} `, `${capitalise(word)} `, `${word}:`]),
    ...examples.slice(0, 4).map((line) => `${line.trim()} `),
  ];
  const probes: Probe[] = [];
  for (const unit of new Set(units)) {
    for (const tail of TAILS) probes.push(run('', unit, tail));
  }
  for (const line of examples.slice(0, 4)) {
    const text = line.trim();
    const prefix = text.slice(0, Math.max(1, Math.ceil(text.length / 2)));
    for (const unit of ['a', 'a ', ' ', '0', 'A. ']) probes.push(run(prefix, unit, '!'));
  }
  return probes;
}

function run(prefix: string, unit: string, tail: string): Probe {
  return {
    label: `${prefix ? `${JSON.stringify(prefix)} + ` : ''}${JSON.stringify(unit)} × n + ${JSON.stringify(tail)}`,
    build: (size) => {
      const count = Math.max(1, Math.ceil((size - prefix.length - tail.length) / unit.length));
      return prefix + unit.repeat(count) + tail;
    },
  };
}

/** Literal words of a pattern (`subscribe`, `reuters`), longest first: pumping them makes near-misses. */
function patternWords(source: string): string[] {
  const literal = source
    .replace(/\\[pPk]\{[^}]*\}/g, ' ')
    .replace(/\\[ux]\{?[0-9a-fA-F]+\}?/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\(\?<?[=!]?[A-Za-z]*>?|\(\?:/g, ' ');
  const words = new Set(literal.match(/\p{L}{2,}/gu) ?? []);
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
