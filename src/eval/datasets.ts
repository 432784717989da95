import { join } from 'node:path';

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

/** The file-system calls the loader needs: main.ts passes node:fs, tests can pass a map. */
export interface DataReader {
  list(dir: string): Promise<DirEntry[]>;
  read(path: string): Promise<string>;
}

export interface CorpusData {
  kind: 'corpus';
  docs: { id: string; text: string; labels: string }[];
}

export interface BenchData {
  kind: 'bench';
  /** `window` is null when `<id>.window.txt` could not be read. */
  pages: { id: string; full: string; window: string | null; gold: string }[];
}

export interface ExtractorData {
  kind: 'extractors';
  gold: { id: string; text: string }[];
  /** Per extractor folder, its output per gold id ('' when the file could not be read). */
  extractors: { name: string; outputs: Map<string, string> }[];
}

/** A loaded folder; `problems` lists files that could not be read. */
export type Dataset = (CorpusData | BenchData | ExtractorData) & { dir: string; problems: string[] };

const GOLD = '.gold.txt';

/**
 * Recognise the layout of `dir` and read it: `<id>.txt` + `<id>.labels` is the line-labelled
 * corpus, `<id>.txt` + `<id>.window.txt` + `<id>.gold.txt` the bench pages, and a `gold/`
 * folder beside extractor folders the extractor outputs. Returns null for anything else.
 */
export async function loadDataset(dir: string, reader: DataReader): Promise<Dataset | null> {
  const entries = await reader.list(dir);
  const problems: string[] = [];
  const read = (...parts: string[]): Promise<string | null> =>
    reader.read(join(dir, ...parts)).catch((error: NodeJS.ErrnoException) => {
      problems.push(`${join(dir, ...parts)}: ${error.code ?? error.message}`);
      return null;
    });
  const files = entries.filter((entry) => !entry.isDirectory).map((entry) => entry.name);
  const labelIds = idsOf(files, '.labels');
  if (labelIds.length > 0) {
    const docs = await Promise.all(
      labelIds.map(async (id) => ({ id, text: await read(`${id}.txt`), labels: await read(`${id}.labels`) })),
    );
    const complete = docs.flatMap(({ id, text, labels }) =>
      text === null || labels === null ? [] : [{ id, text, labels }],
    );
    return { kind: 'corpus', dir, problems, docs: complete };
  }
  const goldIds = idsOf(files, GOLD);
  if (goldIds.length > 0) {
    const pages = await Promise.all(
      goldIds.map(async (id) => ({
        id,
        full: await read(`${id}.txt`),
        window: await read(`${id}.window.txt`),
        gold: await read(`${id}${GOLD}`),
      })),
    );
    const complete = pages.flatMap(({ full, gold, ...rest }) =>
      full === null || gold === null ? [] : [{ ...rest, full, gold }],
    );
    return { kind: 'bench', dir, problems, pages: complete };
  }
  const folders = entries.filter((entry) => entry.isDirectory).map((entry) => entry.name);
  if (!folders.includes('gold')) return null;
  const ids = idsOf(await fileNames(reader, join(dir, 'gold')), GOLD);
  const gold = await Promise.all(
    ids.map(async (id) => ({ id, text: (await read('gold', `${id}${GOLD}`)) ?? '' })),
  );
  const extractors: ExtractorData['extractors'] = [];
  for (const name of folders.filter((folder) => folder !== 'gold').sort()) {
    if (!(await fileNames(reader, join(dir, name))).some((file) => file.endsWith('.txt'))) continue;
    const texts = await Promise.all(ids.map((id) => read(name, `${id}.txt`)));
    extractors.push({ name, outputs: new Map(ids.map((id, i) => [id, texts[i] ?? ''])) });
  }
  if (ids.length === 0 || extractors.length === 0) return null;
  return { kind: 'extractors', dir, problems, gold, extractors };
}

async function fileNames(reader: DataReader, dir: string): Promise<string[]> {
  return (await reader.list(dir)).filter((entry) => !entry.isDirectory).map((entry) => entry.name);
}

/** Sorted ids of the files named `<id><ext>`. */
function idsOf(files: readonly string[], ext: string): string[] {
  return files
    .filter((name) => name.endsWith(ext) && name.length > ext.length)
    .map((name) => name.slice(0, -ext.length))
    .sort();
}
