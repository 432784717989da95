import { readdir, readFile } from 'node:fs/promises';
import { parseEvalArgs, USAGE } from './args.js';
import { runChecks, unknownNames } from './checks.js';
import { type DataReader, loadDataset } from './datasets.js';
import { evaluateDataset } from './outcome.js';

/** The eval's only contact with the outside world: argv and two output streams. */
export interface EvalIo {
  argv: readonly string[];
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const nodeReader: DataReader = {
  list: async (dir) =>
    (await readdir(dir, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      isDirectory: entry.isDirectory(),
    })),
  read: (path) => readFile(path, 'utf8'),
};

/** Most messages listed on stderr per kind; the count covers the rest. */
const MAX_LISTED = 10;

/**
 * `npm run eval -- DIR [options]`. Returns the exit code: 0 done, 1 a `--min` check failed,
 * 2 usage error, unreadable or unrecognised DIR, or data problems (2 beats 1).
 */
export async function main(io: EvalIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`eval: ${message}\n`);
    return 2;
  };
  const args = parseEvalArgs(io.argv);
  if ('help' in args) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('usageError' in args) return fail(`${args.usageError} (see --help)`);
  let data: Awaited<ReturnType<typeof loadDataset>>;
  try {
    data = await loadDataset(args.dir, nodeReader);
  } catch (error) {
    return fail(
      `${args.dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (data === null) {
    return fail(`${args.dir}: not a corpus (<id>.labels), bench (<id>.gold.txt) or extractor (gold/) folder`);
  }
  const outcome = evaluateDataset(data, args);
  if (outcome.usageError !== undefined) return fail(outcome.usageError);
  const unknown = unknownNames(args.mins, outcome.figures);
  if (unknown.length > 0) {
    const known = [...Object.keys(outcome.figures.figures), ...(outcome.figures.noDrop ? ['no-drop'] : [])];
    const scope =
      data.kind === 'bench' && args.variants.length === 1 ? ` with --variant ${args.variants[0]}` : '';
    return fail(
      `--min: unknown figure ${unknown.join(', ')} for a ${data.kind} folder${scope}; known: ${known.join(', ')}`,
    );
  }
  const checks = runChecks(args.mins, outcome.figures);
  for (const [kind, messages] of [
    ['crash', outcome.crashes],
    ['data problem', outcome.problems],
  ] as const) {
    for (const message of messages.slice(0, MAX_LISTED)) io.stderr.write(`eval: ${kind}: ${message}\n`);
    if (messages.length > MAX_LISTED)
      io.stderr.write(`eval: ... and ${messages.length - MAX_LISTED} more ${kind}s\n`);
  }
  if (args.json) {
    const json = {
      dir: data.dir,
      ...outcome.json,
      figures: outcome.figures.figures,
      checks,
      crashes: outcome.crashes,
      problems: outcome.problems,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    for (const check of checks.filter((c) => !c.ok))
      io.stderr.write(`eval: check failed: ${check.message}\n`);
  } else {
    const checkLines = checks.map((check) => `${check.ok ? 'ok  ' : 'FAIL'} --min ${check.message}`);
    io.stdout.write(`${[...outcome.details, ...outcome.summary, ...checkLines].join('\n')}\n`);
  }
  if (outcome.problems.length > 0) return 2;
  return checks.every((check) => check.ok) ? 0 : 1;
}
