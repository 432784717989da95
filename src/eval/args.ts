import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { type MinCheck, parseMin } from './checks.js';
import type { Variant } from './evaluate.js';

export const USAGE = `usage: npm run eval -- DIR [options]
  DIR is a line-labelled corpus (<id>.txt + <id>.labels), bench pages
  (<id>.txt + <id>.window.txt + <id>.gold.txt) or extractor outputs (gold/ + <extractor>/).
options:
  --json                  print one JSON object with all figures instead of tables
  --variant full|window|both   bench variants to score (default both)
  --min NAME=VALUE        exit 1 when figure NAME is below VALUE (repeatable), e.g.
                          body-keep, body-recall, macro-f1 (corpus); window-f1,
                          full-body-kept, window-line-acc (bench); trafilatura-sh4 and
                          no-drop=TOL (extractors: cleaned sh4-F1 >= raw - TOL for each)
  --errors N              list the N worst documents or pages with their ids
  --show ID               print every line of one document or page (gold, prediction,
                          rule id; ! marks a wrong keep/drop). Bench: the window variant
                          unless --variant full. Extractors: the page from every extractor.
  -h, --help              show this help
--errors and --show add to the text report; --json leaves them out.
exit: 0 done, 1 a --min check failed, 2 usage error, unreadable DIR or data problems.`;

export interface EvalArgs {
  dir: string;
  json: boolean;
  variants: Variant[];
  mins: MinCheck[];
  errors: number;
  show: string | null;
}

export type ParsedArgs = EvalArgs | { help: true } | { usageError: string };

/** Parse the eval's argv into options, a request for help, or a usage error. */
export function parseEvalArgs(argv: readonly string[]): ParsedArgs {
  try {
    return toArgs(parse(argv));
  } catch (error) {
    return { usageError: (error as Error).message };
  }
}

function toArgs({ values, positionals }: ReturnType<typeof parse>): ParsedArgs {
  const usageError = (message: string) => ({ usageError: message });
  if (values.help) return { help: true };
  if (positionals.length !== 1) {
    return usageError(
      positionals.length === 0 ? 'missing DIR' : `expected one DIR, got ${positionals.join(' ')}`,
    );
  }
  const variant = values.variant ?? 'both';
  if (!['full', 'window', 'both'].includes(variant)) {
    return usageError(`--variant must be full, window or both, got "${variant}"`);
  }
  const errors = values.errors === undefined ? 0 : Number(values.errors);
  if (values.errors === '' || !Number.isInteger(errors) || errors < 0) {
    return usageError(`--errors expects a whole number, got "${values.errors}"`);
  }
  const mins: MinCheck[] = [];
  for (const spec of values.min ?? []) {
    const check = parseMin(spec);
    if (typeof check === 'string') return usageError(check);
    mins.push(check);
  }
  return {
    dir: positionals[0] as string,
    json: values.json ?? false,
    variants: variant === 'both' ? ['full', 'window'] : [variant as Variant],
    mins,
    errors,
    show: values.show === undefined ? null : documentId(values.show),
  };
}

/** `--show` takes an id, or a path to one of its files: `dev/x.window.txt` shows `x`. */
function documentId(value: string): string {
  return basename(value).replace(/(?:\.window|\.gold)?\.txt$|\.labels$/, '');
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      variant: { type: 'string' },
      min: { type: 'string', multiple: true },
      errors: { type: 'string' },
      show: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
