import type { EvalArgs } from './args.js';
import type { Dataset } from './datasets.js';
import { benchShow, benchWorst, corpusShow, corpusWorst, extractorShow, extractorWorst } from './debug.js';
import { evaluateBench, evaluateCorpus, evaluateExtractors } from './evaluate.js';
import { benchFigures, corpusFigures, extractorFigures, type FigureSet } from './figures.js';
import { benchSummary, corpusSummary, extractorSummary } from './report.js';

/** Everything main needs to print and judge one evaluated folder. */
export interface Outcome {
  /** `--errors` and `--show` output, printed before the summary. */
  details: string[];
  /** The closing tables; their last lines carry the key figures. */
  summary: string[];
  /** The `--json` object, without checks. */
  json: Record<string, unknown>;
  figures: FigureSet;
  crashes: string[];
  problems: string[];
  /** A usage error found only once the layout is known (e.g. `--show` of an unknown id). */
  usageError?: string;
}

/** Run cleanArticle over a loaded folder and score it as its layout asks. */
export function evaluateDataset(data: Dataset, args: EvalArgs): Outcome {
  if (data.kind === 'corpus') {
    const run = evaluateCorpus(data);
    const problems = [...data.problems, ...run.problems];
    const show = args.show === null ? [] : corpusShow(run, args.show);
    const { docs, ...scores } = run.scores;
    const strip = ({ docs: _docs, ...rest }: typeof run.keepAll) => rest;
    return {
      details: [...(args.errors > 0 ? corpusWorst(run, args.errors) : []), ...(show ?? [])],
      summary: corpusSummary(data.dir, run, problems),
      json: { kind: 'corpus', scores, keepAll: strip(run.keepAll), perDocument: docs },
      figures: corpusFigures(run),
      crashes: run.crashes,
      problems,
      ...(show === null ? { usageError: `--show: no document "${args.show}" in ${data.dir}` } : {}),
    };
  }
  if (data.kind === 'bench') {
    const runs = evaluateBench(data, args.variants);
    const shown = runs.find((run) => run.variant === 'window') ?? runs[0];
    const show = args.show === null || shown === undefined ? [] : benchShow(shown, args.show);
    const variants = Object.fromEntries(
      runs.map((run) => [
        run.variant,
        {
          scores: run.scores,
          keepAll: run.keepAllScores,
          pages: run.clean.map(({ id, p, r, f1, lineAcc, tally }) => ({ id, p, r, f1, lineAcc, ...tally })),
        },
      ]),
    );
    return {
      details: [...(args.errors > 0 ? benchWorst(runs, args.errors) : []), ...(show ?? [])],
      summary: benchSummary(data.dir, runs, data.problems),
      json: { kind: 'bench', variants },
      figures: benchFigures(runs),
      crashes: runs.flatMap((run) => run.crashes),
      problems: data.problems,
      ...(show === null ? { usageError: `--show: no page "${args.show}" in ${data.dir}` } : {}),
    };
  }
  const runs = evaluateExtractors(data);
  const show = args.show === null ? [] : extractorShow(data, args.show);
  return {
    details: [...(args.errors > 0 ? extractorWorst(runs, args.errors) : []), ...(show ?? [])],
    summary: extractorSummary(data.dir, runs, data.problems),
    json: { kind: 'extractors', extractors: Object.fromEntries(runs.map((run) => [run.name, run.scores])) },
    figures: extractorFigures(runs),
    crashes: runs.flatMap((run) => run.crashes),
    problems: data.problems,
    ...(show === null ? { usageError: `--show: no page "${args.show}" in ${data.dir}/gold` } : {}),
  };
}
