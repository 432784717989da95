import { LABELS } from '../types.js';
import type { VariantScores } from './bench.js';
import type { CorpusScores } from './corpus.js';
import type { CorpusRun, ExtractorRun, VariantRun } from './evaluate.js';
import type { SideScores } from './extractors.js';
import { fixed, signed, table } from './table.js';

/** The closing summary of a corpus run: per-label scores, then the run beside keep-all. */
export function corpusSummary(dir: string, run: CorpusRun, problems: readonly string[]): string[] {
  const { scores, keepAll } = run;
  const labelRows = LABELS.map((label) => {
    const { p, r, f1, gold, pred } = scores.labels[label];
    return [label, fixed(p), fixed(r), fixed(f1), String(gold), String(pred)];
  });
  const compare = (name: string, pick: (s: CorpusScores) => string) => [name, pick(scores), pick(keepAll)];
  return [
    `corpus ${dir}: ${scores.documents} documents, ${scores.lines} lines${trouble(run.crashes, problems)}`,
    ...table([['label', 'P', 'R', 'F1', 'gold', 'pred'], ...labelRows], 'l'),
    ...table(
      [
        ['', 'clean-article', 'keep-all'],
        compare('macro-F1', (s) => fixed(s.macroF1)),
        compare('body-keep accuracy', (s) => fixed(s.bodyKeep)),
        compare('body recall', (s) => fixed(s.bodyRecall)),
        compare('docs without keep errors', (s) => `${s.docsWithoutKeepErrors}/${s.documents}`),
      ],
      'l',
    ),
  ];
}

const BENCH_COLUMNS = [
  ...['variant', 'run', 'P', 'R', 'F1', 'F1sh', 'micro-P', 'micro-R', 'micro-F1', 'F1>=.9'],
  ...['sh4-F1', 'line-acc', 'body-kept', 'chrome-drop'],
];

/** The closing summary of a bench run: one row per variant for the tool and for keep-all. */
export function benchSummary(
  dir: string,
  runs: readonly VariantRun[],
  problems: readonly string[],
): string[] {
  const row = (variant: string, name: string, s: VariantScores) => [
    variant,
    name,
    ...[s.p, s.r, s.f1, s.f1sh, s.microP, s.microR, s.microF1, s.f1Share90].map(fixed),
    ...[s.sh4.f1, s.lineAcc, s.bodyKept, s.chromeDrop].map(fixed),
  ];
  const rows = runs.flatMap((run) => [
    row(run.variant, 'clean-article', run.scores),
    row(run.variant, 'keep-all', run.keepAllScores),
  ]);
  const pages = Math.max(0, ...runs.map((run) => run.pages.length));
  const crashes = runs.flatMap((run) => run.crashes);
  return [
    `bench ${dir}: ${pages} pages${trouble(crashes, problems)}`,
    ...table([BENCH_COLUMNS, ...rows], 'll'),
  ];
}

const EXTRACTOR_COLUMNS = [
  ...['extractor', 'text', 'sh4-P', 'sh4-R', 'sh4-F1', 'tok-P', 'tok-R', 'tok-F1'],
  ...['dP', 'dR', 'dF1', 'over-del'],
];

/** The closing summary of an extractor run: raw and cleaned rows per extractor; sh4 changes on the cleaned row. */
export function extractorSummary(
  dir: string,
  runs: readonly ExtractorRun[],
  problems: readonly string[],
): string[] {
  const cells = ({ sh4, tok }: SideScores) => [sh4.p, sh4.r, sh4.f1, tok.p, tok.r, tok.f1].map(fixed);
  const rows = runs.flatMap(({ name, scores }) => {
    const { p, r, f1 } = scores.delta.sh4;
    const changes = [signed(p), signed(r), signed(f1), String(scores.overDeleted)];
    return [
      [name, 'raw', ...cells(scores.raw)],
      [name, 'cleaned', ...cells(scores.cleaned), ...changes],
    ];
  });
  const pages = runs[0]?.scores.pages ?? 0;
  const crashes = runs.flatMap((run) => run.crashes);
  return [
    `extractors ${dir}: ${pages} pages x ${runs.length} extractors${trouble(crashes, problems)}`,
    ...table([EXTRACTOR_COLUMNS, ...rows], 'll'),
  ];
}

/** `; 2 crashes (scored as empty output), 1 data problem (see stderr)`, or nothing. */
function trouble(crashes: readonly string[], problems: readonly string[]): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const parts = [
    crashes.length > 0 ? `${count(crashes.length, 'crash')} (scored as empty output)` : '',
    problems.length > 0 ? `${count(problems.length, 'data problem')} (see stderr)` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : `; ${parts.join(', ')}`;
}
