/**
 * Colour is decided by us, once per stream, and handed to a fresh `new Chalk({level})`.
 * chalk's default instance is never used: it reads `--color` from process.argv by itself
 * and turns colour on for `--color never | cat` (see STYLE.md §8).
 */
import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';

export type ColorChoice = 'auto' | 'always' | 'never';

export const COLOR_CHOICES: readonly ColorChoice[] = ['auto', 'always', 'never'];

/**
 * Precedence: the `--color` flag > FORCE_COLOR > NO_COLOR > TERM=dumb > is the stream a
 * terminal. FORCE_COLOR beating NO_COLOR is Node's own rule; any flag beats both because the
 * person typing it knows what they want for this one command.
 */
export function colorLevel(
  choice: ColorChoice,
  env: Readonly<Record<string, string | undefined>>,
  stream: { isTTY?: boolean },
): ColorSupportLevel {
  if (choice === 'always') return 1;
  if (choice === 'never') return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  return stream.isTTY ? 1 : 0;
}

/** FORCE_COLOR as Node reads it: ``/`1`/`true` → 16 colours, `2` → 256, `3` → truecolor, else off. */
function forcedLevel(value: string): ColorSupportLevel {
  if (value === '' || value === '1' || value === 'true') return 1;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 0;
}

/** A chalk instance for one stream, following `colorLevel`. */
export function chalkFor(
  choice: ColorChoice,
  env: Readonly<Record<string, string | undefined>>,
  stream: { isTTY?: boolean },
): ChalkInstance {
  return new Chalk({ level: colorLevel(choice, env, stream) });
}
