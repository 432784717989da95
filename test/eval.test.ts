import { describe, expect, test } from 'vitest';
import { parseEvalArgs } from '../src/eval/args.js';
import { prepareBenchPage, scoreBenchPage, summarizeVariant } from '../src/eval/bench.js';
import { parseMin, runChecks, unknownNames } from '../src/eval/checks.js';
import { scoreCorpus } from '../src/eval/corpus.js';
import { type DataReader, loadDataset } from '../src/eval/datasets.js';
import { evaluateCorpus } from '../src/eval/evaluate.js';
import { scoreExtractor } from '../src/eval/extractors.js';
import { indexGold, keptLines, labelLines, tallyLines } from '../src/eval/line-labels.js';
import { pageF1, precision, recall, summarizePages } from '../src/eval/scores.js';
import { bag, compareBags, compareTexts, normalizeSpace, shingles, tokenize } from '../src/eval/tokens.js';

describe('tokens (Python re \\w+ semantics)', () => {
  test('letters, digits and underscore make tokens; case is kept', () => {
    expect(tokenize('Hello, WORLD! x_y 42-7 ___')).toEqual(['Hello', 'WORLD', 'x_y', '42', '7', '___']);
  });

  test('combining marks split words, as in Python (not \\p{M}-aware)', () => {
    expect(tokenize('cafe\u0301 au lait')).toEqual(['cafe', 'au', 'lait']);
    expect(tokenize('\u0939\u093f\u0928\u094d\u0926\u0940')).toEqual(['\u0939', '\u0928', '\u0926']);
  });

  test('non-Latin letters and other numerals are word characters', () => {
    expect(tokenize('Grüße 東京 ①²')).toEqual(['Grüße', '東京', '①²']);
  });

  test('shingles follow Scrapinghub _ngrams: short texts give one shorter shingle', () => {
    expect(shingles([])).toEqual([]);
    expect(shingles(['a'])).toEqual(['a']);
    expect(shingles(['a', 'b', 'c'])).toEqual(['a b c']);
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(['a b c d']);
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
  });

  test('bags compare with multiplicity', () => {
    expect(compareBags(bag(['a', 'a', 'b']), bag(['a', 'c', 'c']))).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(compareBags(bag(['a', 'a']), bag(['a', 'a', 'a']))).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  test('compareTexts counts tokens and 4-shingles; reordering costs shingles, not tokens', () => {
    const result = compareTexts('one two three four five', 'four five one two three');
    expect(result.tokens).toEqual({ tp: 5, fp: 0, fn: 0 });
    // gold shingles: "one two three four", "two three four five"; pred: "four five one two", "five one two three"
    expect(result.sh4).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(compareTexts('a b c', 'x a b c').sh4).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('normalizeSpace collapses and trims whitespace', () => {
    expect(normalizeSpace('  a \t b\u00a0 c  ')).toBe('a b c');
  });
});

describe('page scores and aggregation', () => {
  test('Scrapinghub precision and recall edge cases', () => {
    expect(precision({ tp: 0, fp: 0, fn: 5 })).toBe(0);
    expect(recall({ tp: 0, fp: 0, fn: 5 })).toBe(0);
    expect(precision({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(precision({ tp: 3, fp: 1, fn: 0 })).toBe(0.75);
    expect(pageF1({ tp: 0, fp: 0, fn: 5 })).toBe(0);
    expect(pageF1({ tp: 3, fp: 1, fn: 1 })).toBeCloseTo(0.75, 12);
  });

  test('P averages non-empty outputs, F1 is the mean page F1, F1sh and micro differ', () => {
    const s = summarizePages([
      { tp: 3, fp: 1, fn: 0 }, // P .75, R 1, F1 6/7
      { tp: 0, fp: 0, fn: 4 }, // empty output: left out of P, R 0, F1 0
      { tp: 2, fp: 0, fn: 0 }, // perfect
    ]);
    expect(s.p).toBeCloseTo((0.75 + 1) / 2, 12);
    expect(s.r).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo((6 / 7 + 0 + 1) / 3, 12);
    expect(s.f1sh).toBeCloseTo((2 * 0.875 * (2 / 3)) / (0.875 + 2 / 3), 12);
    expect(s.microP).toBeCloseTo(5 / 6, 12);
    expect(s.microR).toBeCloseTo(5 / 9, 12);
    expect(s.microF1).toBeCloseTo(10 / 15, 12);
    expect(s.f1Share90).toBeCloseTo(1 / 3, 12);
  });
});

describe('corpus line scores', () => {
  test('per-label P/R/F1 pooled over lines, macro-F1 counts unpredicted labels as 0', () => {
    const s = scoreCorpus([
      { id: 'a', gold: ['body', 'body', 'chrome', 'byline'], pred: ['body', 'chrome', 'chrome', 'body'] },
    ]);
    expect(s.labels.body).toMatchObject({ p: 0.5, r: 0.5, f1: 0.5, gold: 2, pred: 2 });
    expect(s.labels.chrome.p).toBe(0.5);
    expect(s.labels.chrome.r).toBe(1);
    expect(s.labels.chrome.f1).toBeCloseTo(2 / 3, 12);
    expect(s.labels.byline).toMatchObject({ p: 0, r: 0, f1: 0, gold: 1, pred: 0 });
    expect(s.labels.disclaimer.f1).toBe(0);
    expect(s.macroF1).toBeCloseTo((0.5 + 2 / 3) / 4, 12);
    expect(s.bodyKeep).toBe(0.5);
    expect(s.bodyRecall).toBe(0.5);
    expect(s.docs[0]).toMatchObject({ keepErrors: 2, bodyDropped: 1, otherKept: 1, labelErrors: 2 });
  });

  test('byline-for-chrome is a label error but not a keep error; a crash (null) drops the line', () => {
    const s = scoreCorpus([
      { id: 'ok', gold: ['body', 'chrome'], pred: ['body', 'byline'] },
      { id: 'crash', gold: ['body', 'chrome'], pred: [null, null] },
    ]);
    expect(s.docsWithoutKeepErrors).toBe(1);
    expect(s.docsWithoutLabelErrors).toBe(0);
    expect(s.bodyKeep).toBe(3 / 4);
    expect(s.labels.body.r).toBe(0.5);
    expect(s.labels.body.p).toBe(1);
  });

  test('keep-all on a half-body corpus: body F1 2/3, macro-F1 1/6, body-keep 1/2', () => {
    const keepAll = scoreCorpus([{ id: 'a', gold: ['body', 'chrome'], pred: ['body', 'body'] }]);
    expect(keepAll.macroF1).toBeCloseTo(2 / 3 / 4, 12);
    expect(keepAll.bodyKeep).toBe(0.5);
  });
});

describe('bench line labels (line-acc)', () => {
  const gold = indexGold(
    'Alpha beta gamma delta epsilon zeta.\nEta theta iota kappa lambda mu.\n[ Headline Words ]',
  );

  test('short lines: equal to a gold line, or found in the gold inside the long-body span', () => {
    const lines = [
      'beta gamma', // in the gold but before the first long body line
      'Alpha beta gamma delta epsilon zeta.',
      'beta gamma', // in the gold, between long body lines
      'Menu',
      'Eta theta iota kappa lambda mu.',
      'beta gamma', // after the last long body line
      '[Headline Words]', // same tokens as a gold line
      '* * *',
    ];
    expect(labelLines(lines, gold)).toEqual([
      'other',
      'body',
      'body',
      'other',
      'body',
      'other',
      'body',
      'ignored',
    ]);
  });

  test('long lines need over half of their tokens in 4-token runs of the gold', () => {
    const g = indexGold('the quick brown fox jumps over the lazy dog');
    expect(labelLines(['the quick brown fox said hello there'], g)).toEqual(['body']); // 4 of 7
    expect(labelLines(['the quick brown fox w x y z'], g)).toEqual(['other']); // 4 of 8: not over half
    expect(labelLines(['the quick brown cat jumps over a lazy'], g)).toEqual(['other']); // no 4-run in the gold
    expect(labelLines(['___'], g)).toEqual(['other']); // `_` is a word character: not ignored
  });

  test('a line is kept when it is an output line, or (4+ tokens) inside the output', () => {
    const output = 'Aa bb cc dd ee\nShort one\n';
    expect(keptLines(['Aa  bb cc dd ee', 'Short one', 'bb cc dd ee', 'cc dd', 'Other'], output)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(keptLines(['Anything'], '')).toEqual([false]);
  });

  test('ignored lines do not count; body-kept and chrome-drop tally separately', () => {
    expect(tallyLines(['body', 'other', 'ignored', 'body'], [true, true, false, false])).toEqual({
      lines: 3,
      correct: 1,
      body: 2,
      bodyKept: 1,
      other: 1,
      otherDropped: 0,
    });
  });

  test('line-acc is averaged over pages; pages without counted lines are left out', () => {
    const one = prepareBenchPage('one', 'Alpha beta gamma delta epsilon zeta.\n', gold);
    const four = prepareBenchPage('four', 'Alpha beta gamma delta epsilon zeta.\nMenu\nLogin\nShare\n', gold);
    const none = prepareBenchPage('none', '***\n', gold);
    const scores = summarizeVariant([
      scoreBenchPage(one, 'Alpha beta gamma delta epsilon zeta.\n'),
      scoreBenchPage(four, 'Alpha beta gamma delta epsilon zeta.\nMenu\nLogin\n'),
      scoreBenchPage(none, ''),
    ]);
    expect(scores.lineAcc).toBeCloseTo((1 + 2 / 4) / 2, 12);
    expect(scores.bodyKept).toBe(1);
    expect(scores.chromeDrop).toBeCloseTo(1 / 3, 12);
  });
});

describe('extractor scores', () => {
  test('over-deletion counts pages whose token recall fell by more than 0.02', () => {
    const gold = 'one two three four five six seven eight nine ten';
    const scores = scoreExtractor([
      { id: 'kept', gold, raw: `${gold}\nSubscribe now`, cleaned: gold },
      { id: 'cut', gold, raw: gold, cleaned: 'one two three four five six seven eight nine' },
    ]);
    expect(scores.overDeleted).toBe(1);
    expect(scores.raw.tok.r).toBe(1);
    expect(scores.cleaned.tok.r).toBeCloseTo(0.95, 12);
    expect(scores.delta.tok.r).toBeCloseTo(-0.05, 12);
    expect(scores.delta.sh4.p).toBeGreaterThan(0);
    // sh4 F1 is 2PR/(P+R) of the averages; tok F1 is the mean of page F1s
    expect(scores.cleaned.sh4.f1).toBeCloseTo((2 * 1 * ((1 + 6 / 7) / 2)) / (1 + (1 + 6 / 7) / 2), 12);
  });
});

describe('checks and arguments', () => {
  test('--min parsing', () => {
    expect(parseMin('body-keep=0.9')).toEqual({ name: 'body-keep', min: 0.9 });
    expect(typeof parseMin('body-keep')).toBe('string');
    expect(typeof parseMin('body-keep=high')).toBe('string');
  });

  test('a figure below its minimum fails; no-drop compares cleaned with raw sh4-F1', () => {
    const set = {
      figures: { 'macro-f1': 0.5 },
      noDrop: [
        { name: 'a', raw: 0.9, cleaned: 0.91 },
        { name: 'b', raw: 0.9, cleaned: 0.895 },
      ],
    };
    const [low, high, strict, tolerant] = runChecks(
      [
        { name: 'macro-f1', min: 0.6 },
        { name: 'macro-f1', min: 0.5 },
        { name: 'no-drop', min: 0 },
        { name: 'no-drop', min: 0.01 },
      ],
      set,
    );
    expect(low?.ok).toBe(false);
    expect(high?.ok).toBe(true);
    expect(strict?.ok).toBe(false);
    expect(strict?.message).toContain('b');
    expect(tolerant?.ok).toBe(true);
    expect(unknownNames([{ name: 'window-f1', min: 0 }], set)).toEqual(['window-f1']);
    expect(unknownNames([{ name: 'no-drop', min: 0 }], { figures: {} })).toEqual(['no-drop']);
  });

  test('argument parsing', () => {
    expect(
      parseEvalArgs(['dir', '--variant', 'window', '--min', 'window-f1=0.9', '--show', 'x/p1.window.txt']),
    ).toEqual({
      dir: 'dir',
      json: false,
      variants: ['window'],
      mins: [{ name: 'window-f1', min: 0.9 }],
      errors: 0,
      show: 'p1',
    });
    expect(parseEvalArgs(['dir', '--nope'])).toHaveProperty('usageError');
    expect(parseEvalArgs([])).toHaveProperty('usageError');
    expect(parseEvalArgs(['dir', '--variant', 'all'])).toHaveProperty('usageError');
    expect(parseEvalArgs(['dir', '--errors', '-1'])).toHaveProperty('usageError');
  });
});

describe('dataset layouts', () => {
  /** An in-memory folder tree: paths ending in `/` are folders. */
  function memoryReader(files: Record<string, string>): DataReader {
    return {
      list: async (dir) => {
        const names = new Map<string, boolean>();
        for (const path of Object.keys(files)) {
          if (!path.startsWith(`${dir}/`)) continue;
          const [name, ...rest] = path.slice(dir.length + 1).split('/');
          if (name) names.set(name, rest.length > 0);
        }
        return [...names].map(([name, isDirectory]) => ({ name, isDirectory }));
      },
      read: async (path) => {
        const text = files[path];
        if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return text;
      },
    };
  }

  test('corpus, bench and extractor folders are recognised; anything else is null', async () => {
    const corpus = await loadDataset('/c', memoryReader({ '/c/a.txt': 'x\n', '/c/a.labels': 'body\n' }));
    expect(corpus?.kind).toBe('corpus');
    const bench = await loadDataset(
      '/b',
      memoryReader({ '/b/p.txt': 'x', '/b/p.window.txt': 'x', '/b/p.gold.txt': 'x' }),
    );
    expect(bench?.kind).toBe('bench');
    const extractors = await loadDataset(
      '/e',
      memoryReader({ '/e/gold/p.gold.txt': 'x', '/e/tool/p.txt': 'x', '/e/empty/readme.md': '' }),
    );
    expect(extractors?.kind === 'extractors' && extractors.extractors.map((e) => e.name)).toEqual(['tool']);
    expect(await loadDataset('/n', memoryReader({ '/n/notes.txt': 'x' }))).toBeNull();
  });

  test('a missing file is a problem, not a crash', async () => {
    const data = await loadDataset(
      '/c',
      memoryReader({ '/c/a.labels': 'body\n', '/c/b.txt': 'x', '/c/b.labels': 'body' }),
    );
    expect(data?.problems).toEqual(['/c/a.txt: ENOENT']);
    expect(data?.kind === 'corpus' && data.docs.map((d) => d.id)).toEqual(['b']);
  });

  test('label files must match the text line for line; keep-all does not depend on the classifier', () => {
    const run = evaluateCorpus({
      kind: 'corpus',
      docs: [
        { id: 'good', text: 'Headline\nSubscribe now\n', labels: 'body\nchrome\n' },
        { id: 'short', text: 'one\ntwo\n', labels: 'body\n' },
        { id: 'typo', text: 'one\n', labels: 'bdy\n' },
      ],
    });
    expect(run.problems).toEqual(['short: 2 lines but 1 labels', 'typo.labels:1: unknown label "bdy"']);
    expect(run.scores.documents).toBe(1);
    expect(run.keepAll.bodyKeep).toBe(0.5);
  });
});
