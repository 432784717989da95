import { type BenchPage, type BenchPageScore, prepareBenchPage, scoreBenchPage } from './bench.js';
import type { ExtractorData } from './datasets.js';
import { type CorpusRun, cleanSafely, type ExtractorRun, type VariantRun } from './evaluate.js';
import { indexGold } from './line-labels.js';
import { fixed, signed, table } from './table.js';

/** The `n` documents with the most keep errors (then label errors). */
export function corpusWorst(run: CorpusRun, n: number): string[] {
  const worst = [...run.scores.docs]
    .sort((a, b) => b.keepErrors - a.keepErrors || b.labelErrors - a.labelErrors || a.id.localeCompare(b.id))
    .slice(0, n);
  return [
    `worst ${worst.length} documents by keep errors:`,
    ...table(
      [
        ['keep-errors', 'body-dropped', 'other-kept', 'label-errors', 'lines', 'id'],
        ...worst.map((d) =>
          [d.keepErrors, d.bodyDropped, d.otherKept, d.labelErrors, d.lines].map(String).concat(d.id),
        ),
      ],
      'rrrrrl',
    ),
    '',
  ];
}

/**
 * Every line of one document: `gold pred ruleId | text`. `!` marks a wrong keep/drop
 * decision, `~` a wrong label that still keeps or drops the line correctly.
 */
export function corpusShow(run: CorpusRun, id: string): string[] | null {
  const doc = run.docs.find((d) => d.id === id);
  const score = run.scores.docs.find((d) => d.id === id);
  if (doc === undefined || score === undefined) return null;
  const rows = doc.lines.map((text, i) => {
    const gold = doc.gold[i] ?? '?';
    const pred = doc.pred[i] ?? 'CRASH';
    const mark = (gold === 'body') !== (pred === 'body') ? '!' : gold === pred ? ' ' : '~';
    return [String(i + 1), mark, gold, pred, doc.ruleIds[i] ?? '-', `| ${text}`];
  });
  return [
    `${id}: ${score.lines} lines; ${score.keepErrors} keep errors (!): ${score.bodyDropped} body dropped, ${score.otherKept} other kept; ${score.labelErrors} label errors (~ where only the label is wrong)`,
    ...table([['line', '', 'gold', 'pred', 'rule', '| text'], ...rows], 'rlllll'),
    '',
  ];
}

/** Per variant, the `n` pages with the lowest token F1. */
export function benchWorst(runs: readonly VariantRun[], n: number): string[] {
  return runs.flatMap(({ variant, clean }) => {
    const worst = [...clean].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, n);
    const rows = worst.map((p) => [
      ...[p.f1, p.p, p.r].map(fixed),
      p.lineAcc === null ? '-' : fixed(p.lineAcc),
      `${p.tally.body - p.tally.bodyKept}`,
      `${p.tally.other - p.tally.otherDropped}`,
      p.id,
    ]);
    return [
      `worst ${worst.length} ${variant} pages by token F1:`,
      ...table([['F1', 'P', 'R', 'line-acc', 'body-dropped', 'other-kept', 'id'], ...rows], 'rrrrrrl'),
      '',
    ];
  });
}

/** Every line of one bench page: gold line label, kept or dropped, rule id. `!` marks a wrong decision. */
export function benchShow(run: VariantRun, id: string): string[] | null {
  const index = run.pages.findIndex((p) => p.id === id);
  const page = run.pages[index];
  const score = run.clean[index];
  if (page === undefined || score === undefined) return null;
  return pageLines(`${id} (${run.variant})`, page, score, run.ruleIds[index] ?? []);
}

/** One page of every extractor, cleaned again, its lines labelled against the gold like a bench page. */
export function extractorShow(data: ExtractorData, id: string): string[] | null {
  const gold = data.gold.find((page) => page.id === id);
  if (gold === undefined) return null;
  return data.extractors.flatMap(({ name, outputs }) => {
    const raw = outputs.get(id) ?? '';
    const cleaned = cleanSafely(raw);
    const page = prepareBenchPage(id, raw, indexGold(gold.text));
    return pageLines(`${id} (${name})`, page, scoreBenchPage(page, cleaned.text), cleaned.ruleIds);
  });
}

function pageLines(
  title: string,
  page: BenchPage,
  score: BenchPageScore,
  ruleIds: readonly string[],
): string[] {
  const rows = page.lines.map((text, i) => {
    const gold = page.labels[i] ?? 'ignored';
    const kept = score.kept[i] === true;
    const mark = gold !== 'ignored' && kept !== (gold === 'body') ? '!' : ' ';
    const goldName = gold === 'ignored' ? '-' : gold;
    return [String(i + 1), mark, goldName, kept ? 'kept' : 'dropped', ruleIds[i] ?? '-', `| ${text}`];
  });
  const lineAcc = score.lineAcc === null ? '-' : fixed(score.lineAcc);
  return [
    `${title}: token F1 ${fixed(score.f1)} (P ${fixed(score.p)}, R ${fixed(score.r)}), line-acc ${lineAcc}`,
    ...table([['line', '', 'gold', 'output', 'rule', '| text'], ...rows], 'rlllll'),
    '',
  ];
}

/** Per extractor, the `n` pages where cleaning lost the most token recall (then F1). */
export function extractorWorst(runs: readonly ExtractorRun[], n: number): string[] {
  return runs.flatMap(({ name, scores }) => {
    const change = (p: (typeof scores.perPage)[number]) => ({
      dR: p.cleanedRecall - p.rawRecall,
      dF1: p.cleanedF1 - p.rawF1,
    });
    const worst = [...scores.perPage]
      .sort(
        (a, b) => change(a).dR - change(b).dR || change(a).dF1 - change(b).dF1 || a.id.localeCompare(b.id),
      )
      .slice(0, n);
    const rows = worst.map((p) => [
      signed(change(p).dR),
      signed(change(p).dF1),
      fixed(p.rawRecall),
      fixed(p.cleanedRecall),
      p.id,
    ]);
    return [
      `worst ${worst.length} ${name} pages by token recall lost in cleaning:`,
      ...table([['dR', 'dF1', 'R-raw', 'R-cleaned', 'id'], ...rows], 'rrrrl'),
      '',
    ];
  });
}
