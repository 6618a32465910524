import type { Label } from './programme/provenance.js';

/**
 * Path to a value inside an input: object keys and array indexes, like zod's.
 *
 * @category Issues
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in an input or while evaluating it, returned as data (never thrown).
 *
 * `code` is stable (kebab-case) and safe to switch on; `message` is a sentence in French and English.
 *
 * @example
 * ```ts
 * const issue: PalierIssue = {
 *   code: 'numerator-exceeds-denominator',
 *   path: ['values', 'D2.2'],
 *   message: { fr: 'Le numérateur dépasse le dénominateur.', en: 'The numerator exceeds the denominator.' },
 * };
 * ```
 *
 * @category Issues
 */
export interface PalierIssue {
  /** Stable code. */
  readonly code: string;
  /** Where in the input. */
  readonly path: IssuePath;
  /** What is wrong, in French and in English. */
  readonly message: Label;
  /** What was expected, when it can be said briefly. */
  readonly expected?: string;
  /** What was received, when it can be said briefly. */
  readonly received?: string;
  /** `error` makes the record invalid; `warning` is reported next to a result that is still produced. */
  readonly severity?: 'error' | 'warning';
}

/**
 * Outcome of parsing untrusted input: the typed value, or every issue found.
 *
 * @category Issues
 */
export type ParseResult<T> =
  | {
      /** Discriminant: the input is valid. */
      readonly ok: true;
      /** The typed value. */
      readonly value: T;
      /** Warnings (never errors), or, for bulk parsers, the issues of the records left out. */
      readonly issues: readonly PalierIssue[];
    }
  | {
      /** Discriminant: the input is invalid. */
      readonly ok: false;
      /** Every issue found, at least one of them an error. */
      readonly issues: readonly PalierIssue[];
    };

/**
 * Formats a path the way users read it: `members[2].finess`.
 *
 * @example
 * ```ts
 * formatPath(['members', 2, 'finess']); // 'members[2].finess'
 * ```
 *
 * @category Issues
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
