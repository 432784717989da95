/**
 * Every option lives in one table (unified-args' schema, ripgrep's flag defs): the table
 * builds the commander program and its help, and toRunOptions turns what commander parsed
 * into checked, typed RunOptions. Nothing here reads files or touches process.
 */
import { Command, Option } from 'commander';
import { canonicalEncoding } from '../io/decode.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../io/inputs.js';
import { isLabel, LABELS, type Label } from '../types.js';
import { COLOR_CHOICES, type ColorChoice } from './color.js';
import { UsageError } from './errors.js';
import type { LearnSettings } from './learn.js';

export const FORMATS = ['text', 'json', 'explain'] as const;
export type Format = (typeof FORMATS)[number];

/** Everything a run needs, checked. Built only by toRunOptions. */
export interface RunOptions {
  paths: string[];
  format: Format;
  output: string | undefined;
  outDir: string | undefined;
  inPlace: boolean;
  extensions: string[];
  encoding: string | undefined;
  /** Inputs larger than this many bytes are refused (`--max-size`). */
  maxBytes: number;
  keep: Label[];
  rulePacks: string[];
  language: string;
  disable: string[];
  stats: boolean;
  quiet: boolean;
  color: ColorChoice;
  failOnTruncated: boolean;
  failOnEmpty: boolean;
  /** Read and write JSON Lines records instead of plain-text files. */
  jsonl: boolean;
  textKey: string;
  groupKey: string | undefined;
  annotate: boolean;
  /** Worker threads; undefined means one per CPU. */
  jobs: number | undefined;
  learn: LearnSettings;
}

interface OptionRow {
  flags: string;
  group: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: string;
  /** The option may be given several times; the values are collected in order. */
  repeatable?: boolean;
}

const OPTION_TABLE: readonly OptionRow[] = [
  {
    group: 'Output:',
    flags: '-o, --output <file>',
    description: 'write to FILE instead of stdout (replaced atomically)',
  },
  {
    group: 'Output:',
    flags: '--out-dir <dir>',
    description: 'write one cleaned file per input under DIR, mirroring paths below each folder or glob',
  },
  {
    group: 'Output:',
    flags: '--in-place',
    description: 'rewrite each input file (atomically, and only if it changed)',
  },
  {
    group: 'Output:',
    flags: '-f, --format <format>',
    choices: FORMATS,
    defaultValue: 'text',
    description:
      'text: the cleaned article; json: one JSON object per input per line; explain: every line with its label, rule and confidence',
  },
  {
    group: 'Output:',
    flags: '--annotate',
    description:
      'with --jsonl: add a clean_article object (labels and rule ids per line, stats) to each record',
  },
  {
    group: 'Input:',
    flags: '--ext <list>',
    description:
      'file extensions to look for in folders, comma-separated (default: txt; with --jsonl: jsonl,jsonl.gz)',
  },
  {
    group: 'Input:',
    flags: '--jsonl',
    description:
      'read JSON Lines (files, .gz or stdin) and write JSON Lines, cleaning one field of each record',
  },
  {
    group: 'Input:',
    flags: '--text-key <key>',
    description: 'with --jsonl: the field holding the article text (default: text)',
  },
  {
    group: 'Input:',
    flags: '--group-key <key>',
    description: 'with --jsonl: the field naming the site of a record (such as a domain), for learning',
  },
  {
    group: 'Input:',
    flags: '--encoding <label>',
    description:
      'decode inputs as LABEL (e.g. windows-1252, latin1, utf-16le) instead of UTF-8; a byte order mark still wins',
  },
  {
    group: 'Input:',
    flags: '--max-size <size>',
    description:
      'refuse inputs larger than SIZE (default 64M; K, M, G); a bigger file is an error, the batch goes on',
  },
  {
    group: 'Cleaning:',
    flags: '--keep <labels>',
    description: 'also keep lines labelled byline, disclaimer or chrome (comma-separated)',
  },
  {
    group: 'Cleaning:',
    flags: '--rules <file>',
    repeatable: true,
    description: 'add the rules of a JSON rule pack (repeatable)',
  },
  {
    group: 'Cleaning:',
    flags: '--lang <code>',
    defaultValue: 'auto',
    description: 'language of the articles (ISO 639-1 code such as en or de), or auto',
  },
  {
    group: 'Cleaning:',
    flags: '--disable <ids>',
    repeatable: true,
    description: 'switch off rules by id or family prefix, comma-separated (e.g. share/,paywall/subscribe)',
  },
  {
    group: 'Learning:',
    flags: '--no-learn',
    description: 'do not learn repeated boilerplate from the batch (on for groups of 20+ documents)',
  },
  {
    group: 'Learning:',
    flags: '--repeat-min-docs <n>',
    defaultValue: '5',
    description: 'a line is site boilerplate if it occurs in at least N documents of its group…',
  },
  {
    group: 'Learning:',
    flags: '--repeat-min-share <x>',
    defaultValue: '0.2',
    description: '…and in at least this share of them (0 to 1)',
  },
  {
    group: 'Learning:',
    flags: '--learn-sample <n>',
    defaultValue: '5000',
    description: 'documents per folder, or records per JSON Lines input, read by the learning pass',
  },
  {
    group: 'Performance:',
    flags: '-j, --jobs <n>',
    description: 'worker threads for large batches and JSON Lines (default: the number of CPUs)',
  },
  {
    group: 'Reporting:',
    flags: '--stats',
    description:
      'print documents, bytes, time, throughput and counts per label and per rule on stderr at the end',
  },
  { group: 'Reporting:', flags: '-q, --quiet', description: 'hide warnings (errors are still shown)' },
  {
    group: 'Reporting:',
    flags: '--color <when>',
    choices: COLOR_CHOICES,
    defaultValue: 'auto',
    description: 'colour the explain view and messages',
  },
  { group: 'Reporting:', flags: '--no-color', description: 'same as --color never' },
  {
    group: 'Checks:',
    flags: '--fail-on-truncated',
    description: 'exit 1 if a paywall prompt shows an article was cut short',
  },
  {
    group: 'Checks:',
    flags: '--fail-on-empty',
    description: 'exit 1 if nothing is left of an article after cleaning',
  },
];

const EXAMPLES = `
Examples:
  curl -s https://example.com/story.txt | clean-article     clean piped text
  clean-article story.txt -o story.clean.txt                one file
  clean-article news/ --out-dir clean/                      a folder tree, mirrored
  clean-article 'news/**/*.txt' '!news/drafts/**' --in-place
  clean-article news/ --format json | jq -c .stats          one JSON object per article
  clean-article story.txt --format explain | less -R        why each line was kept or dropped
  zcat corpus.jsonl.gz | clean-article --jsonl > clean.jsonl  a JSON Lines corpus as a filter
  clean-article crawl/ --jsonl --group-key domain --out-dir clean/ --stats

Paths may be files, folders (searched for *.txt, see --ext), glob patterns (quote
them; a leading ! excludes) or - for stdin. With no paths, piped stdin is read.

Exit status: 0 all inputs cleaned, 1 a --fail-on-* check failed, 2 an error.`;

/** A fresh commander program per run, so tests can call main() again and again. */
export function buildProgram(version: string): Command {
  const program = new Command('clean-article')
    .description('Strip paywall prompts, bylines, disclaimers and site chrome from plain-text news articles.')
    .argument('[paths...]', 'files, folders, glob patterns, or - for stdin')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride();
  for (const row of OPTION_TABLE) program.addOption(toCommanderOption(row));
  return program;
}

function toCommanderOption(row: OptionRow): Option {
  const option = new Option(row.flags, row.description).helpGroup(row.group);
  if (row.choices) option.choices(row.choices);
  if (row.defaultValue !== undefined) option.default(row.defaultValue);
  if (row.repeatable) option.argParser((value: string, previous: string[] = []) => [...previous, value]);
  return option;
}

/** What commander hands back, before any checking. */
type ParsedOptions = Record<string, unknown>;

/** Check and convert parsed options; every problem is a UsageError naming the option. */
export function toRunOptions(parsed: ParsedOptions, paths: string[]): RunOptions {
  const jsonl = parsed.jsonl === true;
  const options: RunOptions = {
    paths,
    format: parsed.format as Format,
    output: parsed.output as string | undefined,
    outDir: parsed.outDir as string | undefined,
    inPlace: parsed.inPlace === true,
    extensions: parseExtensions((parsed.ext as string | undefined) ?? (jsonl ? 'jsonl,jsonl.gz' : 'txt')),
    encoding: parseEncoding(parsed.encoding as string | undefined),
    maxBytes: parseSize(parsed.maxSize as string | undefined),
    keep: parseLabels(parsed.keep as string | undefined),
    rulePacks: (parsed.rules as string[] | undefined) ?? [],
    language: parseLanguage(parsed.lang as string),
    disable: ((parsed.disable as string[] | undefined) ?? []).flatMap(splitList),
    stats: parsed.stats === true,
    quiet: parsed.quiet === true,
    // `--no-color` arrives as `color: false`.
    color: parsed.color === false ? 'never' : (parsed.color as ColorChoice),
    failOnTruncated: parsed.failOnTruncated === true,
    failOnEmpty: parsed.failOnEmpty === true,
    jsonl,
    textKey: parseKey('--text-key', parsed.textKey) ?? 'text',
    groupKey: parseKey('--group-key', parsed.groupKey),
    annotate: parsed.annotate === true,
    jobs: parsed.jobs === undefined ? undefined : parseCount('-j/--jobs', parsed.jobs, 1, 1024),
    learn: {
      enabled: parsed.learn !== false,
      minDocs: parseCount('--repeat-min-docs', parsed.repeatMinDocs, 1, Number.MAX_SAFE_INTEGER),
      minShare: parseShare(parsed.repeatMinShare as string),
      sample: parseCount('--learn-sample', parsed.learnSample, 1, Number.MAX_SAFE_INTEGER),
    },
  };
  checkOutputOptions(options);
  checkJsonlOptions(options, parsed);
  return options;
}

function parseKey(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === '') throw new UsageError(`${flag}: expected a field name`);
  return value as string;
}

function parseCount(flag: string, value: unknown, min: number, max: number): number {
  const text = String(value).trim();
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new UsageError(
      `${flag}: expected a whole number from ${min}${max < 1e6 ? ` to ${max}` : ' up'}, not '${value}'`,
    );
  }
  return number;
}

function parseShare(value: string): number {
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new UsageError(`--repeat-min-share: expected a share from 0 to 1 (such as 0.2), not '${value}'`);
  }
  return number;
}

/** --jsonl writes records, so the text-only and file-rewriting options do not apply to it. */
function checkJsonlOptions(options: RunOptions, parsed: ParsedOptions): void {
  if (!options.jsonl) {
    for (const [flag, name] of [
      ['--annotate', 'annotate'],
      ['--text-key', 'textKey'],
      ['--group-key', 'groupKey'],
    ] as const) {
      if (parsed[name] !== undefined) throw new UsageError(`${flag} works with --jsonl only`);
    }
    return;
  }
  if (options.format !== 'text') {
    throw new UsageError(
      `--jsonl writes JSON Lines records; --format ${options.format} does not apply (--annotate adds the decisions)`,
    );
  }
  if (options.inPlace) throw new UsageError('--jsonl cannot rewrite files in place; use --out-dir DIR');
  if (options.encoding !== undefined)
    throw new UsageError('--jsonl reads UTF-8 JSON Lines; --encoding does not apply');
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseLabels(value: string | undefined): Label[] {
  if (value === undefined) return [];
  const labels = splitList(value);
  if (labels.length === 0) throw new UsageError('--keep: expected a comma-separated list of labels');
  for (const label of labels) {
    if (!isLabel(label)) throw new UsageError(`--keep: unknown label '${label}' (use ${LABELS.join(', ')})`);
  }
  return labels as Label[];
}

function parseExtensions(value: string): string[] {
  const extensions = splitList(value).map((ext) => ext.replace(/^\./, ''));
  if (extensions.length === 0) throw new UsageError('--ext: expected extensions such as txt,md');
  for (const ext of extensions) {
    // Extensions go into a glob, so anything that could act as a wildcard is refused.
    if (!/^[\w-]+(\.[\w-]+)*$/.test(ext)) throw new UsageError(`--ext: '${ext}' is not a file extension`);
  }
  return extensions;
}

/** `64M`, `1.5G`, `500k`, `100000` (bytes); K, M and G count in 1024s. */
function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_INPUT_BYTES;
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? '').toLowerCase()] ?? 1;
  const bytes = match ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(`--max-size: expected a size such as 64M, 500K or 1G, not '${value}'`);
  }
  return bytes;
}

function parseEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  try {
    return canonicalEncoding(label);
  } catch {
    throw new UsageError(
      `--encoding: unknown encoding '${label}' (try utf-8, windows-1252, latin1 or utf-16le)`,
    );
  }
}

function parseLanguage(code: string): string {
  const lower = code.trim().toLowerCase();
  if (lower === 'auto' || /^[a-z]{2}$/.test(lower)) return lower;
  throw new UsageError(`--lang: '${code}' is not a two-letter language code (such as en or de) or auto`);
}

/** Clashes that can be seen from the options alone, before any input is looked at. */
function checkOutputOptions(options: RunOptions): void {
  if (options.outDir !== undefined && options.inPlace) {
    throw new UsageError('--out-dir and --in-place cannot be used together');
  }
  if (options.output !== undefined && options.outDir !== undefined) {
    throw new UsageError('-o/--output and --out-dir cannot be used together');
  }
  if (options.format !== 'text' && (options.outDir !== undefined || options.inPlace)) {
    const flag = options.inPlace ? '--in-place' : '--out-dir';
    throw new UsageError(
      `${flag} writes cleaned text; with --format ${options.format} write to stdout or use -o FILE`,
    );
  }
}
