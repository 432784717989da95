/**
 * The two kinds of failure the CLI knows. A UsageError stops the run before any input is
 * read or any output written; an InputError belongs to one input and the batch goes on
 * (ripgrep's `err_message!` then `continue`). Both end in exit code 2.
 */

/** A bad invocation: wrong option, option clash, missing input. Nothing has been written. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One input failed; `code` is what `--format json` reports in `error.code`. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Human wording for the errno codes people actually meet; anything else keeps Node's text. */
const SYSTEM_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EFBIG: 'file too large (the file size limit was reached)',
  ENXIO: 'no such device or address (a socket or a device that cannot be read)',
  EIO: 'input/output error',
};

/** Turn anything thrown by fs (or by us) into the `{code, message}` pair we print and emit. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof InputError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') {
    return { code, message: SYSTEM_MESSAGES[code] ?? stripErrnoDetails((error as Error).message) };
  }
  return { code: 'EUNKNOWN', message: error instanceof Error ? error.message : String(error) };
}

/** `EIO: i/o error, read` → `i/o error, read`: the path is printed by the caller already. */
function stripErrnoDetails(message: string): string {
  return message.replace(/^[A-Z]+: /, '').replace(/, (open|read|write|rename|mkdir|stat) '.*'$/, '');
}
