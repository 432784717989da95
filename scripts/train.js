#!/usr/bin/env node
// Fit the prose model (body vs boilerplate log-odds) on the labelled dev data in ../shared and
// write src/model/weights.ts. Usage: npm run train -- [SHARED_DIR]   (default ../shared)
// The model is a logistic regression over generic line features (length, punctuation, stop
// words, neighbours, place relative to the main run of prose): no words of the data are stored.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyseLines, chooseLanguage } from '../dist/classify.js';
import { labelLines } from '../dist/eval/line-labels.js';
import { SUPPORTED_LANGUAGES } from '../dist/lang/stopwords.js';
import { FEATURE_COUNT, FEATURE_NAMES } from '../dist/model/context-features.js';
import { splitLines } from '../dist/text/lines.js';

const shared = resolve(process.argv[2] ?? '../shared');
const L2 = 0.01;
const EPOCHS = 400;

/** Vectors and body/boilerplate targets of one document's non-blank lines. */
function examples(text, isBody) {
  const source = splitLines(text);
  const language = chooseLanguage(source, 'auto');
  const analysis = analyseLines(source, language, SUPPORTED_LANGUAGES.includes(language));
  const out = [];
  analysis.contentIndexes.forEach((index, k) => {
    const target = isBody(index);
    if (target !== null) out.push({ x: analysis.vectors[k], y: target ? 1 : 0 });
  });
  return out;
}

async function corpusSet(dir) {
  const set = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.labels'))) {
    const id = name.slice(0, -'.labels'.length);
    const text = await readFile(join(dir, `${id}.txt`), 'utf8');
    const labels = (await readFile(join(dir, name), 'utf8')).split('\n');
    set.push(...examples(text, (i) => labels[i] === 'body'));
  }
  return set;
}

function goldExamples(text, gold) {
  const lines = splitLines(text).map((line) => line.text);
  const labels = labelLines(lines, gold);
  return examples(text, (i) => (labels[i] === 'ignored' ? null : labels[i] === 'body'));
}

async function benchSet(dir, suffix) {
  const set = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.gold.txt'))) {
    const id = name.slice(0, -'.gold.txt'.length);
    const gold = await readFile(join(dir, name), 'utf8');
    set.push(...goldExamples(await readFile(join(dir, `${id}${suffix}`), 'utf8'), gold));
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
      set.push(...goldExamples(text, gold));
    }
  }
  return set;
}

/** L2-regularised logistic regression by full-batch Adam; each set weighs the same in total. */
function fitModel(sets) {
  const rows = sets.flatMap((set) => set.map((row) => ({ ...row, w: 1 / set.length })));
  const total = rows.reduce((sum, row) => sum + row.w, 0);
  const weights = new Float64Array(FEATURE_COUNT);
  const m = new Float64Array(FEATURE_COUNT);
  const v = new Float64Array(FEATURE_COUNT);
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(FEATURE_COUNT);
    for (const { x, y, w } of rows) {
      let z = 0;
      for (let i = 0; i < FEATURE_COUNT; i++) z += x[i] * weights[i];
      const err = (1 / (1 + Math.exp(-z)) - y) * (w / total);
      for (let i = 0; i < FEATURE_COUNT; i++) grad[i] += err * x[i];
    }
    for (let i = 1; i < FEATURE_COUNT; i++) grad[i] += L2 * weights[i];
    for (let i = 0; i < FEATURE_COUNT; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i];
      v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
      const mHat = m[i] / (1 - 0.9 ** epoch);
      const vHat = v[i] / (1 - 0.999 ** epoch);
      weights[i] -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return weights;
}

function accuracy(set, weights) {
  let right = 0;
  for (const { x, y } of set) {
    let z = 0;
    for (let i = 0; i < FEATURE_COUNT; i++) z += x[i] * weights[i];
    if ((z > 0 ? 1 : 0) === y) right++;
  }
  return right / set.length;
}

const sets = {
  corpus: await corpusSet(join(shared, 'corpus/dev')),
  window: await benchSet(join(shared, 'bench/dev'), '.window.txt'),
  full: await benchSet(join(shared, 'bench/dev'), '.txt'),
  extractors: await extractorSet(join(shared, 'bench/extractors/dev')),
};
const weights = fitModel(Object.values(sets));
for (const [name, set] of Object.entries(sets)) {
  console.log(
    `${name.padEnd(11)} ${String(set.length).padStart(6)} lines  line accuracy ${accuracy(set, weights).toFixed(3)}`,
  );
}
const rounded = [...weights].map((w) => Math.round(w * 1000) / 1000);
const listing = FEATURE_NAMES.map((name, i) => `  ${rounded[i]}, // ${name}`).join('\n');
await writeFile(
  new URL('../src/model/weights.ts', import.meta.url),
  `/** Generated by \`npm run train\` from the labelled dev data; do not edit by hand. */\nexport const PROSE_MODEL_WEIGHTS: readonly number[] = [\n${listing}\n];\n`,
);
console.log('wrote src/model/weights.ts');
