import type { CompiledIndicator } from './compile.js';
import { gapOf } from './gap.js';
import { INDICATOR_OUTCOMES } from './outcome-codes.js';
import type { DeclaredValue, Gap, IndicatorResult, IndicatorStatus } from './types.js';

/**
 * The full record of one indicator (*résultat d'indicateur*), built from its outcome code, the compiled indicator
 * as in force, and the declared value: status and reason from the code; observed value and gap from the value;
 * threshold, path and provenance from the indicator. Always the same properties in the same order.
 *
 * @example
 * ```ts
 * indicatorRecord(d22, { kind: 'rate', numerator: 4899, denominator: 5000 }, 1).gap?.amount; // 1
 * ```
 *
 * @category Evaluation
 */
export function indicatorRecord(
  ci: CompiledIndicator,
  value: DeclaredValue | undefined,
  code: number,
): IndicatorResult {
  const { status, reason } = INDICATOR_OUTCOMES[code]!;
  const declared = value ?? undefined;
  return {
    code: ci.code,
    kind: ci.kind,
    status,
    reason,
    observed: observedFor(status, declared),
    declared,
    expected: ci.threshold?.expected,
    gap: gapFor(ci, status, declared),
    path: ci.path,
    provenance: ci.provenance,
  };
}

/**
 * The `observed` field of an indicator's record: the declared value as compared (a percentage for rates, a count,
 * an answer) when the status comes from a comparison (met, not met, unknown), else `undefined`.
 *
 * @example
 * ```ts
 * observedFor('not-met', { kind: 'rate', numerator: 4899, denominator: 5000 }); // 97.98
 * ```
 *
 * @category Evaluation
 */
export function observedFor(
  status: IndicatorStatus,
  value: DeclaredValue | undefined,
): number | boolean | undefined {
  const compared = status === 'met' || status === 'not-met' || status === 'unknown';
  return compared && value !== undefined ? observedOf(value) : undefined;
}

/**
 * The `gap` field of an indicator's record: the gap of a value that is not met (see `gapOf`), else `undefined`.
 *
 * @example
 * ```ts
 * gapFor(d22, 'not-met', { kind: 'rate', numerator: 4899, denominator: 5000 })?.amount; // 1
 * ```
 *
 * @category Evaluation
 */
export function gapFor(
  ci: CompiledIndicator,
  status: IndicatorStatus,
  value: DeclaredValue | undefined,
): Gap | undefined {
  return status === 'not-met' && value !== undefined ? gapOf(ci, value) : undefined;
}

/** The observed value: a percentage for rates (display only: comparisons are exact), a count, an answer. */
function observedOf(value: DeclaredValue): number | boolean | undefined {
  switch (value.kind) {
    case 'yes-no':
    case 'count':
      return value.value;
    case 'rate':
      return 'percent' in value ? value.percent : (value.numerator * 100) / value.denominator;
    default:
      return undefined;
  }
}
