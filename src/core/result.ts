import { type Arguments, atBoundary } from './guards.js';
import { isError, type PalierIssue } from './issue.js';

/**
 * The outcome of every fallible palier function: the value with any warnings, or every issue found.
 *
 * Switch on `ok`; `issues` is always there (warnings next to a value, at least one error without one).
 *
 * @example
 * ```ts
 * const r = parseFiness('750712184');
 * if (r.ok) console.log(r.value.department);
 * else for (const issue of r.issues) console.log(issue.message.fr);
 * ```
 *
 * @category Core
 */
export type Result<T> = Ok<T> | Failure;

/**
 * A successful {@link Result}.
 *
 * @category Core
 */
export interface Ok<T> {
  /** Discriminant: it worked. */
  readonly ok: true;
  /** The value. */
  readonly value: T;
  /** Warnings (never errors), or, for bulk functions, the issues of the records left out. */
  readonly issues: readonly PalierIssue[];
}

/**
 * A failed {@link Result}.
 *
 * @category Core
 */
export interface Failure {
  /** Discriminant: it did not work. */
  readonly ok: false;
  /** Every issue found, at least one of them an error. */
  readonly issues: readonly PalierIssue[];
}

/**
 * Builds a successful {@link Result}.
 *
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42, issues: [] }
 * ```
 *
 * @category Core
 */
export function ok<T>(value: T, issues: readonly PalierIssue[] = []): Ok<T> {
  return { ok: true, value, issues };
}

/**
 * Builds a failed {@link Result} from one issue or a list of them.
 *
 * @example
 * ```ts
 * fail(issue('invalid-date', { received: '2021-02-30' })).ok; // false
 * ```
 *
 * @category Core
 */
export function fail(issues: PalierIssue | readonly PalierIssue[]): Failure {
  return atBoundary('fail', 'issues', () => {
    return { ok: false, issues: Array.isArray(issues) ? issues : [issues as PalierIssue] };
  });
}

/**
 * A value when no issue is an error, a failure otherwise: how a function that gathers issues ends.
 *
 * @example
 * ```ts
 * settle(value, [warning]); // { ok: true, value, issues: [warning] }
 * settle(value, [error]);   // { ok: false, issues: [error] }
 * ```
 *
 * @category Core
 */
export function settle<T>(value: T, issues: readonly PalierIssue[]): Result<T> {
  const args: Arguments = { value: [value, 'any'], issues: [issues, 'list'] };
  return atBoundary('settle', args, () => {
    return issues.some(isError) ? fail(issues) : ok(value, issues);
  });
}
