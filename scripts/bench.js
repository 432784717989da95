#!/usr/bin/env node
/**
 * `npm run bench`: a benchmark, not a test. Builds a synthetic corpus from the fixtures in a
 * temp folder (by default 10,000 files, 50 MB of text, and the same documents as one JSON Lines
 * file), then measures, each beside a floor measured in the same run on the same bytes:
 *
 *   library, one core (MB/s), as a program imports it and under node --no-regexp-tier-up
 *                                      vs reading the files and splitting them into lines
 *   CLI batch --out-dir, -j 1 and -j 2 vs a plain Node read + write copy of the files
 *   CLI --jsonl (docs/s, MB/s, RSS)    vs cat of the same file
 *   start-up on one small file (ms)    vs bare `node -e 0`
 *   --jsonl peak RSS as input grows    (100 MB and 1 GB by default)
 *
 * and prints medians of --runs runs with the ratio to each floor, as a Markdown table.
 *
 *   npm run bench -- [--files N] [--mb M] [--runs R] [--rss-sizes 100,1000] [--lib-seconds S] [--keep]
 *                    [--only lib,batch,jsonl,startup,rss]
 *   npm run bench -- --quick    # a small smoke run (seconds, not minutes)
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/clean-article.js');

const args = parseArgs(process.argv.slice(2));
const work = mkdtempSync(path.join(tmpdir(), 'clean-article-bench-'));

try {
  await main();
} finally {
  if (args.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

async function main() {
  const started = Date.now();
  const texts = fixtureTexts();
  log(`building ${args.files} files, ${args.mb} MB, from ${texts.length} fixture texts in ${work}`);
  const corpus = buildCorpus(texts);
  const rows = [];

  if (args.only.has('lib')) await libSection(corpus, rows);
  if (args.only.has('batch')) await batchSection(corpus, rows);
  if (args.only.has('jsonl')) await jsonlSection(corpus, rows);
  if (args.only.has('startup')) await startupSection(texts, rows);
  if (args.only.has('rss')) await rssSection(corpus, rows);

  console.log(`\n${table(rows)}`);
  console.log(
    `\n${corpus.count} files, ${mb(corpus.bytes)} MB of text (JSONL ${mb(corpus.jsonlBytes)} MB); medians of ${args.runs} runs; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${((Date.now() - started) / 60000).toFixed(1)} min`,
  );
}

async function libSection(corpus, rows) {
  // As a host program runs the library, and under the V8 flag the CLI sets for itself (see
  // src/cli/boot.ts), which a library cannot set for the program that imports it.
  for (const [name, flags] of [
    ['library, 1 core', []],
    ['library, 1 core, node --no-regexp-tier-up', ['--no-regexp-tier-up']],
  ]) {
    log(name);
    const lib = await median(args.runs, () => libraryRun(corpus.files, flags));
    rows.push(
      row(
        name,
        `${mbs(lib.bytes, lib.ms)} MB/s`,
        `${mbs(lib.bytes, lib.floorMs)} MB/s read + split`,
        lib.bytes / lib.ms / (lib.bytes / lib.floorMs),
        '≥ 30 MB/s',
      ),
    );
  }
}

async function batchSection(corpus, rows) {
  log('copy floor');
  const copy = await median(args.runs, () => copyRun(corpus));
  const batch = {};
  for (const jobs of [1, 2]) {
    log(`CLI batch --out-dir -j ${jobs}`);
    batch[jobs] = await median(args.runs, () => batchRun(corpus, jobs));
    const b = batch[jobs];
    rows.push(
      row(
        `CLI batch --out-dir -j ${jobs}`,
        `${rate(corpus.count, b.ms)} files/s, ${mbs(corpus.bytes, b.ms)} MB/s`,
        `${rate(corpus.count, copy.ms)} files/s, ${mbs(corpus.bytes, copy.ms)} MB/s copy`,
        copy.ms / b.ms,
        jobs === 2 ? '≥ 40% of copy' : '',
      ),
    );
  }
  rows.push(
    row(
      'speed-up -j 2 / -j 1 (batch)',
      `× ${(batch[1].ms / batch[2].ms).toFixed(2)}`,
      '',
      undefined,
      `2 cores: ${cpus().length} CPUs here`,
    ),
  );
}

async function jsonlSection(corpus, rows) {
  log('cat floor');
  const cat = await median(args.runs, () =>
    timed('sh', ['-c', `cat "${corpus.jsonl}" > "${path.join(work, 'cat.jsonl')}"`]),
  );
  for (const jobs of [1, 2]) {
    log(`CLI --jsonl -j ${jobs}`);
    const out = path.join(work, 'out.jsonl');
    const j = await median(args.runs, () =>
      timed('sh', ['-c', `node "${BIN}" --jsonl -j ${jobs} "${corpus.jsonl}" > "${out}"`]),
    );
    rows.push(
      row(
        `CLI --jsonl -j ${jobs}`,
        `${rate(corpus.count, j.ms)} docs/s, ${mbs(corpus.jsonlBytes, j.ms)} MB/s, ${mb(j.rss)} MB RSS`,
        `${mbs(corpus.jsonlBytes, cat.ms)} MB/s cat`,
        cat.ms / j.ms,
        '',
      ),
    );
  }
}

async function startupSection(texts, rows) {
  log('start-up');
  const small = path.join(work, 'small.txt');
  writeFileSync(small, `${texts[0]}`);
  const startRuns = Math.max(args.runs, 5);
  const bare = await median(startRuns, () => timed('node', ['-e', '0']));
  // To stdout, as `clean-article file.txt` runs; and to -o, which adds a synced atomic write
  // (on a busy disk the sync alone can take longer than the rest of the run).
  const start = await median(startRuns, () => timed('node', [BIN, small]));
  const synced = await median(startRuns, () =>
    timed('node', [BIN, small, '-o', path.join(work, 'small.out')]),
  );
  rows.push(
    row(
      'start-up, one small file',
      `${start.ms.toFixed(0)} ms`,
      `${bare.ms.toFixed(0)} ms bare node`,
      `${(start.ms / bare.ms).toFixed(2)}× bare`,
      '≤ 2× bare node',
    ),
    row(
      'start-up, one file to -o',
      `${synced.ms.toFixed(0)} ms`,
      `${bare.ms.toFixed(0)} ms bare node`,
      `${(synced.ms / bare.ms).toFixed(2)}× bare`,
      '',
    ),
  );
}

async function rssSection(corpus, rows) {
  for (const size of args.rssSizes) {
    log(`--jsonl on ${size} MB (once: a memory check)`);
    const file = await growJsonl(corpus, size);
    const r = await timed('sh', ['-c', `node "${BIN}" --jsonl "${file.path}" > /dev/null`]);
    rmSync(file.path, { force: true });
    rows.push(
      row(
        `--jsonl ${size} MB, -j ${availableParallelism()}`,
        `${mb(r.rss)} MB peak RSS, ${mbs(file.bytes, r.ms)} MB/s`,
        '',
        undefined,
        '< 200 MB, flat',
      ),
    );
  }
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function parseArgs(argv) {
  const options = {
    files: 10_000,
    mb: 50,
    runs: 3,
    rssSizes: [100, 1000],
    libSeconds: 30,
    keep: false,
    only: new Set(['lib', 'batch', 'jsonl', 'startup', 'rss']),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === '--files') options.files = Number(value());
    else if (flag === '--mb') options.mb = Number(value());
    else if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--rss-sizes') options.rssSizes = value().split(',').filter(Boolean).map(Number);
    else if (flag === '--lib-seconds') options.libSeconds = Number(value());
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--only') options.only = new Set(value().split(','));
    else if (flag === '--quick')
      Object.assign(options, { files: 200, mb: 1, runs: 1, rssSizes: [2, 4], libSeconds: 2 });
    else throw new Error(`unknown option ${flag} (see the header of scripts/bench.js)`);
  }
  return options;
}

/** Every fixture article: the golden inputs and the site-batch articles. */
function fixtureTexts() {
  const golden = path.join(ROOT, 'fixtures/golden');
  const site = path.join(ROOT, 'fixtures/site-batch/millbrook-ledger');
  const files = [
    ...readdirSync(golden).map((name) => path.join(golden, name, 'input.txt')),
    ...readdirSync(site).map((name) => path.join(site, name)),
  ];
  return files.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8'));
}

/** Documents of a few fixture articles each, 100 to a folder (a folder is a site), and one JSONL of them all. */
function buildCorpus(texts) {
  const target = (args.mb * 1e6) / args.files;
  const files = [];
  const folder = path.join(work, 'corpus');
  const jsonl = path.join(work, 'corpus.jsonl');
  const records = [];
  let bytes = 0;
  for (let i = 0; i < args.files; i++) {
    const parts = [];
    let size = 0;
    for (let k = 0; size < target; k++) {
      const text = texts[(i * 7 + k * 13) % texts.length];
      parts.push(text.trimEnd());
      size += Buffer.byteLength(text) + 2;
    }
    const doc = `${parts.join('\n\n')}\n`;
    const site = `s${String(Math.floor(i / 100)).padStart(4, '0')}`;
    const file = path.join(folder, site, `d${String(i).padStart(6, '0')}.txt`);
    if (i % 100 === 0) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, doc);
    files.push(file);
    records.push(JSON.stringify({ id: i, site, text: doc }));
    bytes += Buffer.byteLength(doc);
  }
  const jsonlText = `${records.join('\n')}\n`;
  writeFileSync(jsonl, jsonlText);
  return {
    files,
    folder,
    jsonl,
    bytes,
    count: files.length,
    records,
    jsonlBytes: Buffer.byteLength(jsonlText),
  };
}

/** A JSONL file of about `size` MB: the corpus records again and again, with new ids. */
function growJsonl(corpus, size) {
  const file = path.join(work, `grow-${size}.jsonl`);
  const stream = createWriteStream(file);
  let bytes = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    const pump = () => {
      while (bytes < size * 1e6) {
        // About 1 MB at a time, going round the corpus; each pass gives the records new ids.
        let chunk = '';
        while (chunk.length < 1 << 20) {
          const round = Math.floor(next / corpus.records.length);
          const record = corpus.records[next++ % corpus.records.length];
          chunk += `${record.replace(/^\{"id":(\d+)/, `{"id":"${round}-$1"`)}\n`;
        }
        bytes += Buffer.byteLength(chunk);
        if (!stream.write(chunk)) return void stream.once('drain', pump);
      }
      stream.end(() => resolve({ path: file, bytes }));
    };
    pump();
  });
}

/** The library alone, in a fresh process: as many documents as fit in --lib-seconds, then the floor on the same files. */
async function libraryRun(files, nodeFlags) {
  const list = path.join(work, 'files.json');
  writeFileSync(list, JSON.stringify(files));
  const script = `
    import { readFileSync } from 'node:fs';
    import { cleanArticle } from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))};
    import { splitLines } from ${JSON.stringify(path.join(ROOT, 'dist/text/lines.js'))};
    const files = JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8'));
    for (const file of files.slice(0, 20)) cleanArticle(readFileSync(file, 'utf8'));
    let bytes = 0, n = 0;
    const t0 = performance.now();
    while (n < files.length && performance.now() - t0 < ${args.libSeconds * 1000}) {
      const text = readFileSync(files[n++], 'utf8');
      bytes += Buffer.byteLength(text);
      cleanArticle(text);
    }
    const ms = performance.now() - t0;
    const t1 = performance.now();
    let lines = 0;
    for (const file of files.slice(0, n)) lines += splitLines(readFileSync(file, 'utf8')).length;
    console.log(JSON.stringify({ bytes, ms, floorMs: performance.now() - t1, docs: n, lines }));`;
  const result = await timed('node', [...nodeFlags, '--input-type=module', '-e', script], { capture: true });
  return JSON.parse(result.stdout);
}

/** The floor for a batch: read every file and write it under another folder, in plain Node. */
function copyRun(corpus) {
  const out = path.join(work, 'copy');
  rmSync(out, { recursive: true, force: true });
  const script = `
    const fs = require('node:fs'), path = require('node:path');
    const [from, to] = process.argv.slice(1);
    for (const site of fs.readdirSync(from)) {
      fs.mkdirSync(path.join(to, site), { recursive: true });
      for (const name of fs.readdirSync(path.join(from, site)))
        fs.writeFileSync(path.join(to, site, name), fs.readFileSync(path.join(from, site, name)));
    }`;
  return timed('node', ['-e', script, corpus.folder, out]);
}

function batchRun(corpus, jobs) {
  const out = path.join(work, `out-j${jobs}`);
  rmSync(out, { recursive: true, force: true });
  return timed('node', [BIN, corpus.folder, '--out-dir', out, '-j', String(jobs), '-q']);
}

/** Run a command; wall time, and peak resident memory (VmHWM, read from /proc while it runs). */
function timed(command, argv, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'inherit'] });
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    let rss = 0;
    const poll = setInterval(() => {
      rss = Math.max(rss, peakRss(child.pid) ?? 0, ...descendants(child.pid).map((pid) => peakRss(pid) ?? 0));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      if (code !== 0 && code !== 2)
        return reject(new Error(`${command} ${argv.join(' ').slice(0, 80)} exited ${code}`));
      resolve({ ms, rss, stdout });
    });
  });
}

/** Peak resident set size in bytes, or undefined off Linux or once the process is gone. */
function peakRss(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Child processes of `pid` (the `sh -c` wrappers run node as a child). */
function descendants(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

/** Run `once` n times and keep the run with the median time (its other figures come along). */
async function median(n, once) {
  const results = [];
  for (let i = 0; i < n; i++) {
    results.push(await once());
    log(`  run ${i + 1}/${n}: ${(results.at(-1).ms / 1000).toFixed(2)} s`);
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor((results.length - 1) / 2)];
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}

function mbs(bytes, ms) {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

function rate(count, ms) {
  return (count / (ms / 1000)).toFixed(1);
}

function row(what, result, floor, ratio, target) {
  const shown = typeof ratio === 'number' ? ratio.toFixed(3) : (ratio ?? '');
  // Said at once too, so that a long run shows its figures as it goes.
  log(`${what}: ${result}${floor ? ` (floor ${floor})` : ''}`);
  return [what, result, floor, shown, target];
}

function table(rows) {
  const header = ['measurement', 'result', 'floor (same run)', 'ratio to floor', 'target'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
