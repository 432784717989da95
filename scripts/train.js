#!/usr/bin/env node
// Fit the prose model (body vs boilerplate log-odds) on the labelled dev data in ../shared and
// write src/model/trees.ts. Usage: npm run train -- [SHARED_DIR] [--cv [--losses]]   (default ../shared)
// With --cv it only prints the held-out figures (fit on one half, scored on the other) and
// writes nothing.
// The model is boosted decision trees over generic line features (length, punctuation, stop
// words, neighbours, place relative to the main run of prose): no words of the data are stored.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyseLines, chooseLanguage, lineOnItsOwn } from '../dist/classify.js';
import { DEFAULT_WEIGHTS } from '../dist/decode.js';
import { loadDataset } from '../dist/eval/datasets.js';
import { evaluateBench, evaluateCorpus, evaluateExtractors } from '../dist/eval/evaluate.js';
import { indexGold, labelLines } from '../dist/eval/line-labels.js';
import { SUPPORTED_LANGUAGES } from '../dist/lang/stopwords.js';
import { FEATURE_NAMES } from '../dist/model/context-features.js';
import { PROSE_MODEL } from '../dist/model/trees.js';
import { splitLines } from '../dist/text/lines.js';

const shared = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '../shared');

/** A stable half of the documents (by id, so a page's variants stay together), for held-out checks. */
function foldOf(id) {
  let hash = 7;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return (hash >>> 3) & 1;
}

/** Vectors and body/boilerplate targets of one document's non-blank lines. */
function examples(id, text, isBody) {
  const source = splitLines(text);
  const language = chooseLanguage(source, 'auto');
  const analysis = analyseLines(source, SUPPORTED_LANGUAGES.includes(language), lineOnItsOwn(language));
  const out = [];
  const fold = foldOf(id);
  analysis.contentIndexes.forEach((index, k) => {
    const target = isBody(index);
    if (target !== null) out.push({ x: analysis.vectors[k], y: target ? 1 : 0, fold });
  });
  return out;
}

async function corpusSet(dir) {
  const set = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.labels'))) {
    const id = name.slice(0, -'.labels'.length);
    const text = await readFile(join(dir, `${id}.txt`), 'utf8');
    const labels = (await readFile(join(dir, name), 'utf8')).split('\n');
    set.push(...examples(id, text, (i) => labels[i] === 'body'));
  }
  return set;
}

function goldExamples(id, text, gold) {
  const lines = splitLines(text).map((line) => line.text);
  const labels = labelLines(lines, indexGold(gold));
  // The gold bodies leave out the headline and standfirst, which this project keeps as body:
  // lines of three or more words just above the first gold line teach nothing either way.
  const first = labels.indexOf('body');
  for (let i = Math.max(0, first - HEADLINE_ZONE); i < first; i++) {
    if (labels[i] === 'other' && lines[i].trim().split(/\s+/).length >= 3) labels[i] = 'ignored';
  }
  return examples(id, text, (i) => (labels[i] === 'ignored' ? null : labels[i] === 'body'));
}

async function benchSet(dir, suffix) {
  const set = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.gold.txt'))) {
    const id = name.slice(0, -'.gold.txt'.length);
    const gold = await readFile(join(dir, name), 'utf8');
    set.push(...goldExamples(id, await readFile(join(dir, `${id}${suffix}`), 'utf8'), gold));
  }
  return set;
}

async function extractorSet(dir) {
  const set = [];
  for (const tool of ['trafilatura', 'readability_js', 'newspaper4k', 'goose3']) {
    for (const name of await readdir(join(dir, 'gold'))) {
      const id = name.slice(0, -'.gold.txt'.length);
      const gold = await readFile(join(dir, 'gold', name), 'utf8');
      const text = await readFile(join(dir, tool, `${id}.txt`), 'utf8').catch(() => '');
      set.push(...goldExamples(id, text, gold));
    }
  }
  return set;
}

const HEADLINE_ZONE = 6;
/** Losing a body line costs this many times more than keeping a boilerplate line. */
const BODY_WEIGHT = Number(process.env.BODY_WEIGHT ?? 1);
const ROUNDS = Number(process.env.ROUNDS ?? 150);
const DEPTH = Number(process.env.DEPTH ?? 3);
const RATE = 0.1;
const LAMBDA = 1;
const MIN_HESSIAN = Number(process.env.MIN_HESSIAN ?? 100);
const BINS = 32;

/** Up to BINS cut points per feature, at quantiles of its values. */
function cutPoints(rows) {
  return FEATURE_NAMES.map((_, f) => {
    const values = rows.map((row) => row.x[f]).sort((a, b) => a - b);
    const cuts = new Set();
    for (let b = 1; b < BINS; b++) cuts.add(values[Math.floor((b * values.length) / BINS)]);
    return [...cuts].sort((a, b) => a - b);
  });
}

function binOf(cuts, value) {
  let bin = 0;
  while (bin < cuts.length && value > cuts[bin]) bin++;
  return bin;
}

/** Gradient-boosted trees with logistic loss (second-order leaf values, histogram splits). */
function fitModel(rows) {
  const cuts = cutPoints(rows);
  const bins = rows.map((row) => Uint8Array.from(FEATURE_NAMES, (_, f) => binOf(cuts[f], row.x[f])));
  const positive = rows.reduce((sum, row) => sum + row.w * row.y, 0);
  const total = rows.reduce((sum, row) => sum + row.w, 0);
  const base = Math.log(positive / (total - positive));
  const score = new Float64Array(rows.length).fill(base);
  const trees = [];
  for (let round = 0; round < ROUNDS; round++) {
    const g = new Float64Array(rows.length);
    const h = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-score[i]));
      g[i] = row.w * (p - row.y);
      h[i] = row.w * p * (1 - p);
    });
    const nodes = [];
    const grow = (members, depth) => {
      const index = nodes.length;
      nodes.push(null);
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += g[i];
        H += h[i];
      }
      const split = depth < DEPTH ? bestSplit(members, g, h, bins, cuts, G, H) : null;
      if (!split) {
        nodes[index] = [-1, Math.round(((-RATE * G) / (H + LAMBDA)) * 1e4) / 1e4];
        for (const i of members) score[i] += nodes[index][1];
        return index;
      }
      const left = members.filter((i) => bins[i][split.feature] <= split.bin);
      const right = members.filter((i) => bins[i][split.feature] > split.bin);
      nodes[index] = [split.feature, cuts[split.feature][split.bin], 0, 0];
      nodes[index][2] = grow(left, depth + 1);
      nodes[index][3] = grow(right, depth + 1);
      return index;
    };
    grow(
      rows.map((_, i) => i),
      0,
    );
    trees.push(nodes);
  }
  return { base: Math.round(base * 1e4) / 1e4, trees };
}

function bestSplit(members, g, h, bins, cuts, G, H) {
  let best = null;
  const parent = (G * G) / (H + LAMBDA);
  for (let f = 0; f < FEATURE_NAMES.length; f++) {
    const nb = cuts[f].length + 1;
    const hg = new Float64Array(nb);
    const hh = new Float64Array(nb);
    for (const i of members) {
      hg[bins[i][f]] += g[i];
      hh[bins[i][f]] += h[i];
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < nb - 1; b++) {
      gl += hg[b];
      hl += hh[b];
      const gr = G - gl;
      const hr = H - hl;
      if (hl < MIN_HESSIAN || hr < MIN_HESSIAN) continue;
      const gain = (gl * gl) / (hl + LAMBDA) + (gr * gr) / (hr + LAMBDA) - parent;
      if (gain > 1e-6 && (!best || gain > best.gain)) best = { feature: f, bin: b, gain };
    }
  }
  return best;
}

function predict(model, x) {
  let sum = model.base;
  for (const tree of model.trees) {
    let node = tree[0];
    while (node[0] >= 0) node = tree[x[node[0]] <= node[1] ? node[2] : node[3]];
    sum += node[1];
  }
  return sum;
}

function accuracy(set, model) {
  let right = 0;
  for (const { x, y } of set) if ((predict(model, x) > 0 ? 1 : 0) === y) right++;
  return right / set.length;
}

/** Each set weighs the same in total, whatever its number of lines. */
function weighted(sets) {
  const all = sets.reduce((sum, set) => sum + set.length, 0);
  return sets.flatMap((set) =>
    set.map((row) => ({ ...row, w: ((row.y === 1 ? BODY_WEIGHT : 1) * all) / (sets.length * set.length) })),
  );
}

async function heldOutData() {
  const reader = {
    list: async (dir) =>
      (await readdir(dir, { withFileTypes: true })).map((e) => ({
        name: e.name,
        isDirectory: e.isDirectory(),
      })),
    read: (path) => readFile(path, 'utf8'),
  };
  return {
    corpus: await loadDataset(join(shared, 'corpus/dev'), reader),
    bench: await loadDataset(join(shared, 'bench/dev'), reader),
    extractors: await loadDataset(join(shared, 'bench/extractors/dev'), reader),
  };
}

function scoreFold(data, fold) {
  const mine = (id) => foldOf(id) === fold;
  const corpus = evaluateCorpus({
    ...data.corpus,
    docs: data.corpus.docs.filter((doc) => mine(doc.id)),
  }).scores;
  const [full, window] = evaluateBench(
    { ...data.bench, pages: data.bench.pages.filter((page) => mine(page.id)) },
    ['full', 'window'],
  ).map((run) => run.scores);
  const extractors = evaluateExtractors({
    ...data.extractors,
    gold: data.extractors.gold.filter((g) => mine(g.id)),
  });
  const f = (x) => x.toFixed(3);
  if (process.argv.includes('--losses')) {
    for (const run of extractors) {
      for (const page of run.scores.perPage) {
        if (page.cleanedRecall < page.rawRecall - 0.02)
          console.log(`  ${run.name} ${page.id} recall ${f(page.rawRecall)} -> ${f(page.cleanedRecall)}`);
      }
    }
  }
  return [
    `corpus keep ${f(corpus.bodyKeep)} recall ${f(corpus.bodyRecall)} macro ${f(corpus.macroF1)}`,
    `window F1 ${f(window.f1)} kept ${f(window.bodyKept)}`,
    `full F1 ${f(full.f1)} kept ${f(full.bodyKept)}`,
    ...extractors.map((run) => `${run.name} ${f(run.scores.raw.sh4.f1)}>${f(run.scores.cleaned.sh4.f1)}`),
  ].join(' | ');
}

const sets = {
  corpus: await corpusSet(join(shared, 'corpus/dev')),
  window: await benchSet(join(shared, 'bench/dev'), '.window.txt'),
  full: await benchSet(join(shared, 'bench/dev'), '.txt'),
  extractors: await extractorSet(join(shared, 'bench/extractors/dev')),
};
const names = Object.keys(sets);
if (process.argv.includes('--cv')) {
  // Honest figures: train on one half of the documents, score the other half end to end.
  const data = await heldOutData();
  const override = process.argv.find((arg) => arg.startsWith('--weights='));
  if (override) Object.assign(DEFAULT_WEIGHTS, JSON.parse(override.slice('--weights='.length)));
  for (const fold of [0, 1]) {
    const model = fitModel(weighted(names.map((name) => sets[name].filter((row) => row.fold !== fold))));
    PROSE_MODEL.base = model.base;
    PROSE_MODEL.trees = model.trees;
    console.log(`held-out fold ${fold}: ${scoreFold(data, fold)}`);
  }
  // Scoring only: a run that asks for figures must not replace the committed model.
  console.log('--cv scores only: src/model/trees.ts is left as it is');
  process.exit(0);
}
// --hold-out=K fits on the other half only, so a developer can look at the held-out pages.
const holdOut = process.argv.find((arg) => arg.startsWith('--hold-out='));
const kept = (row) => !holdOut || row.fold !== Number(holdOut.slice('--hold-out='.length));
const model = fitModel(weighted(names.map((name) => sets[name].filter(kept))));
for (const name of names) {
  console.log(
    `${name.padEnd(11)} ${String(sets[name].length).padStart(6)} lines  training accuracy ${accuracy(sets[name], model).toFixed(3)}`,
  );
}
const source = [
  "import type { ProseModel } from './prose-model.js';",
  '',
  '/** Generated by `npm run train` from the labelled dev data; do not edit by hand. */',
  'export const PROSE_MODEL: ProseModel = {',
  `  features: ${JSON.stringify(FEATURE_NAMES)},`,
  `  base: ${model.base},`,
  '  trees: [',
  ...model.trees.map((tree) => `    ${JSON.stringify(tree)},`),
  '  ],',
  '};',
  '',
].join('\n');
await writeFile(new URL('../src/model/trees.ts', import.meta.url), source);
console.log(`wrote src/model/trees.ts (${model.trees.length} trees)`);
