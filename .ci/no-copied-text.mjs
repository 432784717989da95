// Fail when the repo holds a line of the real dev data: the brief allows only text we wrote
// (and the seed story). Checks every rule example (as a substring of any dev line, since an
// example may be a fragment) and every line or quoted string of src/, test/ and fixtures/
// (as a whole dev line). Short strings are left out: "Share" or "Archives" are words, not
// copied text. Usage: node .ci/no-copied-text.mjs ../shared (after a build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const shared = process.argv[2] ?? '../shared';
const MIN_EXAMPLE = 28;
const MIN_LINE = 30;

const normalise = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function files(dir, keep) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...files(full, keep));
    else if (keep(full)) found.push(full);
  }
  return found;
}

const devFiles = files(
  shared,
  (file) => /\.(txt|labels|jsonl)$/.test(file) && !file.includes(`${path.sep}seed${path.sep}`),
);
const seedText = normalise(
  files(path.join(shared, 'seed'), () => true)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n'),
);
const devLines = new Set();
let devText = '';
for (const file of devFiles) {
  const text = readFileSync(file, 'utf8');
  devText += `${normalise(text)}\n`;
  for (const line of text.split('\n')) {
    const n = normalise(line);
    if (n.length >= MIN_LINE) devLines.add(n);
  }
}

const problems = [];
const { builtinRuleSpecs } = await import(new URL('../dist/rules/index.js', import.meta.url).href);
for (const spec of builtinRuleSpecs()) {
  for (const example of [...(spec.examples?.match ?? []), ...(spec.examples?.noMatch ?? [])]) {
    const n = normalise(example);
    if (n.length >= MIN_EXAMPLE && devText.includes(n) && !seedText.includes(n))
      problems.push(`rule ${spec.id}: example copied from the dev data: ${example}`);
  }
}

const QUOTED = /'([^']{30,})'|"([^"]{30,})"|`([^`]{30,})`/g;
for (const file of ['src', 'test', 'fixtures'].flatMap((dir) => files(dir, () => true))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const candidates = [line, ...[...line.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? m[3])];
      for (const candidate of candidates) {
        const n = normalise(candidate);
        if (devLines.has(n) && !seedText.includes(n))
          problems.push(`${file}:${index + 1}: a line of the dev data: ${n.slice(0, 80)}`);
      }
    });
}

for (const problem of problems) console.error(`no-copied-text: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`no-copied-text: ok (${devFiles.length} dev files checked)`);
