import { type Arguments, atBoundary } from '../core/guards.js';
import { fail, ok, type Result } from '../core/result.js';
import type { IndicatorKind } from '../programme/index.js';
import { REASONS } from './reasons.js';
import type { DeclaredValue } from './types.js';

/**
 * Reason codes for a declared value that cannot be evaluated (status `invalid`).
 *
 * @category Evaluation
 */
export type InvalidValueReason =
  | 'malformed-value'
  | 'wrong-kind'
  | 'missing-reason'
  | 'not-finite'
  | 'negative-value'
  | 'non-integer-value'
  | 'percent-out-of-range'
  | 'zero-denominator'
  | 'numerator-exceeds-denominator';

/**
 * One problem with a declared value: its reason code and where inside the value (`['numerator']`).
 *
 * @category Evaluation
 */
export interface ValueProblem {
  /** Stable reason code. */
  readonly reason: InvalidValueReason;
  /** Path inside the value; empty for the value as a whole. */
  readonly path: readonly string[];
}

const KINDS: ReadonlySet<string> = new Set(['yes-no', 'rate', 'count', 'not-applicable']);

/**
 * Checks a declared value against the kind of its indicator: shape, kind, finite non-negative whole counts,
 * non-zero denominator, numerator within the denominator, percentage within 0–100, reason of a "not
 * applicable". The same check as the engine's and the declaration schema's, so all three agree. Returns the
 * value when it can be evaluated; otherwise a failed {@link palier!Result} with the problems found (the first
 * one, or every one with `all: true`), each an issue whose code is the evaluation's reason code (`REASONS`) and
 * whose path is inside the value (`['numerator']`).
 *
 * @example
 * ```ts
 * checkDeclaredValue({ kind: 'rate', numerator: 51, denominator: 50 }, { kind: 'rate' });
 * // { ok: false, issues: [{ code: 'numerator-exceeds-denominator', path: ['numerator'], … }] }
 * checkDeclaredValue({ kind: 'rate', numerator: 49, denominator: 50 }, { kind: 'rate' }).ok; // true
 * ```
 *
 * @category Evaluation
 */
export function checkDeclaredValue(value: unknown, options: CheckValueOptions = {}): Result<DeclaredValue> {
  const args: Arguments = { value: [value, 'any'], options: [options, 'object?'] };
  return atBoundary('checkDeclaredValue', args, () => {
    const problems = valueProblems(value, options.kind, options.all === true);
    if (problems === undefined) return ok(value as DeclaredValue);
    return fail(
      problems.map((p) => ({
        code: p.reason,
        path: p.path,
        severity: 'error' as const,
        message: REASONS[p.reason],
      })),
    );
  });
}

/**
 * Options of {@link checkDeclaredValue}.
 *
 * @category Evaluation
 */
export interface CheckValueOptions {
  /** The kind of the indicator the value is declared for; unset: any kind (the value's own is checked). */
  readonly kind?: IndicatorKind;
  /** Report every problem found, not only the first; default `false`. */
  readonly all?: boolean;
}

/**
 * The problems of a declared value (see {@link checkDeclaredValue}), or `undefined` when it can be evaluated:
 * the engine's and the declaration schema's one check, without building messages (internal).
 */
export function valueProblems(
  value: unknown,
  kind: IndicatorKind | undefined,
  all = false,
): ValueProblem[] | undefined {
  if (typeof value !== 'object' || value === null) return [{ reason: 'malformed-value', path: [] }];
  const v = value as Record<string, unknown>;
  const declared = v.kind;
  if (typeof declared !== 'string' || !KINDS.has(declared)) {
    return [{ reason: 'malformed-value', path: ['kind'] }];
  }
  if (declared === 'not-applicable') {
    const reason = v.reason;
    if (typeof reason !== 'string' || reason.trim() === '')
      return [{ reason: 'missing-reason', path: ['reason'] }];
    return undefined;
  }
  if (kind !== undefined && declared !== kind) return [{ reason: 'wrong-kind', path: ['kind'] }];
  if (declared === 'yes-no') {
    return typeof v.value === 'boolean' ? undefined : [{ reason: 'malformed-value', path: ['value'] }];
  }
  if (declared === 'count') {
    const problem = countProblem(v.value);
    return problem === undefined ? undefined : [{ reason: problem, path: ['value'] }];
  }
  if ('percent' in v && v.percent !== undefined) {
    if (v.numerator !== undefined || v.denominator !== undefined)
      return [{ reason: 'malformed-value', path: [] }];
    return percentProblems(v.percent);
  }
  return ratioProblems(v.numerator, v.denominator, all);
}

function countProblem(n: unknown): InvalidValueReason | undefined {
  if (typeof n !== 'number') return 'malformed-value';
  if (!Number.isFinite(n)) return 'not-finite';
  if (n < 0) return 'negative-value';
  if (!Number.isInteger(n)) return 'non-integer-value';
  return undefined;
}

function percentProblems(p: unknown): ValueProblem[] | undefined {
  if (typeof p !== 'number') return [{ reason: 'malformed-value', path: ['percent'] }];
  if (!Number.isFinite(p)) return [{ reason: 'not-finite', path: ['percent'] }];
  if (p < 0 || p > 100) return [{ reason: 'percent-out-of-range', path: ['percent'] }];
  return undefined;
}

function ratioProblems(n: unknown, d: unknown, all: boolean): ValueProblem[] | undefined {
  const problems: ValueProblem[] = [];
  const np = countProblem(n);
  if (np !== undefined) {
    problems.push({ reason: np, path: ['numerator'] });
    if (!all) return problems;
  }
  const dp = countProblem(d);
  if (dp !== undefined) {
    problems.push({ reason: dp, path: ['denominator'] });
    if (!all) return problems;
  }
  if (dp === undefined && d === 0) {
    // n > 0 = d is not reported as well: the zero denominator is the problem
    problems.push({ reason: 'zero-denominator', path: ['denominator'] });
    if (!all) return problems;
  }
  if (np === undefined && dp === undefined && d !== 0 && (n as number) > (d as number)) {
    problems.push({ reason: 'numerator-exceeds-denominator', path: ['numerator'] });
  }
  return problems.length === 0 ? undefined : problems;
}
