import { isError, type PalierIssue } from '../../core/issue.js';

/**
 * Exit codes of the `palier` command (*codes de sortie*):
 *
 * - `0` success;
 * - `1` unexpected internal error (a bug: please report it);
 * - `2` usage error (unknown command or option, missing or bad argument);
 * - `3` invalid input: at least one record was rejected (valid records were still processed and reported);
 * - `4` a file could not be read or written.
 *
 * @category Command line
 */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** Unexpected internal error. */
  internal: 1,
  /** Usage error. */
  usage: 2,
  /** Invalid input (some records rejected). */
  invalidInput: 3,
  /** File not readable or not writable. */
  io: 4,
} as const);

/**
 * One of the {@link EXIT} codes.
 *
 * @category Command line
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Issue codes that mean a file could not be read or written. */
const IO_CODES: ReadonlySet<string> = new Set(['file-unreadable', 'file-unwritable']);

/**
 * The exit code a failure's issues imply — the one place issues become an exit code: a file that cannot be
 * read or written gives `4`; issues that are all about the command line (`cli-…` codes) give `2`; anything
 * else is invalid input, `3`. No error at all gives `0`.
 *
 * @example
 * ```ts
 * exitCodeOf(parseCommandArgs(['--fromat'], {}).issues); // 2
 * exitCodeOf([issue('file-unreadable', { detail: 'ENOENT' })]); // 4
 * ```
 *
 * @category Command line
 */
export function exitCodeOf(issues: readonly PalierIssue[]): ExitCode {
  const errors = issues.filter(isError);
  if (errors.length === 0) return EXIT.ok;
  if (errors.some((i) => IO_CODES.has(i.code))) return EXIT.io;
  if (errors.every((i) => i.code.startsWith('cli-'))) return EXIT.usage;
  return EXIT.invalidInput;
}
