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

  constructor(options: PalierErrorOptions) {
    const o = readOptions(options);
    super(`palier ${o.function}: ${o.label.en} — ${o.label.fr}`, { cause: o.cause });
    this.name = 'PalierError';
    this.code = o.code;
    this.function = o.function;
    this.argument = o.argument ?? '';
    this.label = o.label;
    this.issues = o.issues ?? [];
  }
}

/**
 * What a {@link PalierError} is built from.
 *
 * @category Core
 */
export interface PalierErrorOptions {
  /** Stable code. */
  readonly code: PalierErrorCode;
  /** The public function that refused the call. */
  readonly function: string;
  /** The argument at fault, if one is. */
  readonly argument?: string;
  /** What is wrong, in French and in English. */
  readonly label: Label;
  /** The issues behind the refusal. */
  readonly issues?: readonly PalierIssue[];
  /** The error behind this one. */
  readonly cause?: unknown;
}

/** The options as given, or — built from plain JavaScript with something else — an `unexpected` error's. */
function readOptions(options: unknown): PalierErrorOptions {
  try {
    const o = options as PalierErrorOptions;
    const codes: readonly unknown[] = ['invalid-argument', 'invalid-state', 'unexpected'];
    const text = (v: unknown): v is string => typeof v === 'string';
    if (codes.includes(o.code) && text(o.function) && text(o.label.fr) && text(o.label.en)) {
      const issues = Array.isArray(o.issues) ? [...o.issues] : undefined;
      return { ...o, argument: text(o.argument) ? o.argument : '', label: { ...o.label }, issues };
    }
  } catch {
    // fall through: options that cannot be read
  }
  return {
    code: 'unexpected',
    function: 'PalierError',
    argument: 'options',
    label: { fr: 'erreur construite sans ses options.', en: 'error built without its options.' },
  };
}
