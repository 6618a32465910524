import type { PalierIssue } from './issue.js';
import type { Label } from './label.js';

/**
 * Stable codes of {@link PalierError}:
 *
 * - `invalid-argument` — a function was called with an argument of the wrong type or shape (from plain
 *   JavaScript, or past the type checker with a cast);
 * - `invalid-state` — a value palier itself produced was altered before being handed back (a compiled programme
 *   from another version, a frozen object forced open);
 * - `unexpected` — a bug in palier: please report it with the message.
 *
 * @category Core
 */
export type PalierErrorCode = 'invalid-argument' | 'invalid-state' | 'unexpected';

/**
 * The one error palier throws: misuse that cannot be returned as data (a wrong argument from plain JavaScript).
 * Everything that can go wrong with *data* comes back as a {@link Result} instead.
 *
 * `message` holds the French and the English sentence; `label` holds them apart.
 *
 * @example
 * ```ts
 * try {
 *   evaluateEstablishment(undefined as never, declaration, establishment);
 * } catch (e) {
 *   if (e instanceof PalierError) console.log(e.code, e.argument); // 'invalid-argument' 'programme'
 * }
 * ```
 *
 * @category Core
 */
export class PalierError extends Error {
  /** Stable code. */
  readonly code: PalierErrorCode;
  /** The public function that refused the call (`evaluateEstablishment`). */
  readonly function: string;
  /** The argument at fault (`programme`, `options.asOf`), or `''` when none is. */
  readonly argument: string;
  /** What is wrong, in French and in English. */
  readonly label: Label;
  /** The issues behind the refusal, when there are several (a programme that does not validate). */
  readonly issues: readonly PalierIssue[];

  constructor(options: {
    readonly code: PalierErrorCode;
    readonly function: string;
    readonly argument?: string;
    readonly label: Label;
    readonly issues?: readonly PalierIssue[];
    readonly cause?: unknown;
  }) {
    super(`palier ${options.function}: ${options.label.en} — ${options.label.fr}`, {
      cause: options.cause,
    });
    this.name = 'PalierError';
    this.code = options.code;
    this.function = options.function;
    this.argument = options.argument ?? '';
    this.label = options.label;
    this.issues = options.issues ?? [];
  }
}
