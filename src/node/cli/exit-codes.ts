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
