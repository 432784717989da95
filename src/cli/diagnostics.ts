/**
 * Messages for people, on stderr, one line each: `clean-article: PATH: message` (ripgrep's
 * `rg: path: error`). Errors always show; warnings obey --quiet; colour follows the decision
 * made for stderr and never changes the words.
 */
import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';

export class Diagnostics {
  constructor(
    private readonly stderr: Writable,
    private readonly chalk: ChalkInstance,
    private readonly quiet: boolean,
  ) {}

  /** Something failed; the run will end with exit code 2. */
  error(path: string | undefined, message: string): void {
    this.line(path, this.chalk.red(message));
  }

  /** An opt-in check said no (exit code 1). Shown even with --quiet: it explains the exit code. */
  check(path: string, message: string): void {
    this.line(path, this.chalk.yellow(message));
  }

  /** Worth knowing, but nothing failed. Hidden by --quiet. */
  warn(path: string, message: string): void {
    if (!this.quiet) this.line(path, this.chalk.yellow(message));
  }

  /** A block of text as it is (the --stats table). */
  raw(text: string): void {
    this.stderr.write(text);
  }

  private line(path: string | undefined, message: string): void {
    const where = path === undefined ? '' : `${this.chalk.bold(path)}: `;
    this.stderr.write(`clean-article: ${where}${message}\n`);
  }
}
