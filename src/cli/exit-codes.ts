/**
 * Exit codes, as in ripgrep, markdownlint-cli2 and prettier:
 * 0 every input was processed; 1 the tool worked but an opt-in check (--fail-on-empty,
 * --fail-on-truncated) said no; 2 something went wrong (usage, unreadable or undecodable
 * input, write failure). An error outranks a failed check, so scripts never mistake a
 * half-done run for a clean "no".
 */
export const ExitCode = { ok: 0, checkFailed: 1, error: 2 } as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of a run from what happened during it. */
export function exitCodeFor(state: { errored: boolean; checkFailed: boolean }): ExitCode {
  if (state.errored) return ExitCode.error;
  if (state.checkFailed) return ExitCode.checkFailed;
  return ExitCode.ok;
}
