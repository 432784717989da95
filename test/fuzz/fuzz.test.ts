/**
 * `npm run fuzz`: the properties of test/fuzz/properties.ts, a million cases each (FUZZ_RUNS),
 * from a seed that is printed first (FC_SEED replays it). A failure is shrunk by fast-check and
 * saved to fixtures/fuzz/, where test/properties.test.ts replays it on every run. Progress and
 * the rate go to stderr every minute. Skipped unless FUZZ=1, so `vitest run` never starts it.
 * One property: `npm run fuzz -- -t idempotent`.
 */
import { fc } from '@fast-check/vitest';
import { beforeAll, describe, test } from 'vitest';
import { saveFixture } from './fixtures.js';
import { PROPERTIES } from './properties.js';

const FUZZ = process.env.FUZZ === '1';
const RUNS = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10) || 1_000_000;
const SEED = process.env.FC_SEED
  ? Number.parseInt(process.env.FC_SEED, 10)
  : (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0;
const DAY_MS = 24 * 60 * 60 * 1000;
const PROGRESS_MS = 60_000;

function say(message: string): void {
  process.stderr.write(`fuzz: ${message}\n`);
}

describe.runIf(FUZZ)('fuzz', () => {
  beforeAll(() => {
    say(
      `seed ${SEED}, ${RUNS.toLocaleString('en')} cases per property (fewer for costly ones); replay with FC_SEED=${SEED}`,
    );
  });

  for (const { name, property, cost } of PROPERTIES) {
    // The JSONL property runs the CLI once per case: it gets a share of the cases by its cost.
    const numRuns = Math.ceil(RUNS / cost);
    test(
      name,
      async () => {
        const started = performance.now();
        let cases = 0;
        let shown = started;
        const onCase = () => {
          cases++;
          const now = performance.now();
          if (now - shown < PROGRESS_MS) return;
          shown = now;
          const rate = cases / ((now - started) / 1000);
          const left = (numRuns - cases) / rate / 60;
          say(
            `${name}: ${cases.toLocaleString('en')}/${numRuns.toLocaleString('en')} cases, ${Math.round(rate)}/s, ~${Math.ceil(left)} min left`,
          );
        };
        const details = await fc.check(property(onCase), { numRuns, seed: SEED });
        const seconds = (performance.now() - started) / 1000;
        if (details.failed) {
          const file = saveFixture({
            property: name,
            seed: details.seed,
            path: details.counterexamplePath ?? '',
            args: (details.counterexample ?? []) as unknown[],
            error: String(
              (details.errorInstance as Error | undefined)?.message ?? details.errorInstance ?? '',
            ),
            found: new Date().toISOString(),
          });
          say(`${name}: FAILED after ${details.numRuns} cases; shrunk counterexample saved to ${file}`);
          throw new Error(fc.defaultReportMessage(details) ?? `${name} failed`);
        }
        say(
          `${name}: ${details.numRuns.toLocaleString('en')} cases passed in ${seconds.toFixed(0)} s (${Math.round(details.numRuns / seconds)}/s)`,
        );
      },
      DAY_MS,
    );
  }
});
