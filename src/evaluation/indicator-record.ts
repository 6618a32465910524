import type { CompiledIndicator } from './compile.js';
import { gapOf } from './gap.js';
import { INDICATOR_OUTCOMES } from './outcome-codes.js';
import type { DeclaredValue, IndicatorResult } from './types.js';

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
  const compared = status === 'met' || status === 'not-met' || status === 'unknown';
  return {
    code: ci.code,
    kind: ci.kind,
    status,
    reason,
    observed: compared && declared !== undefined ? observedOf(declared) : undefined,
    declared,
    expected: ci.threshold?.expected,
    gap: status === 'not-met' && declared !== undefined ? gapOf(ci, declared) : undefined,
    path: ci.path,
    provenance: ci.provenance,
  };
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
