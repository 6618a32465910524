import { type Arguments, atBoundary } from '../core/guards.js';
import type { CompiledIndicator, CompiledOp, CompiledThreshold } from './compile.js';
import { compareRate, compareScaled, type ExactRate, numeratorBounds, toScaledDecimal } from './exact.js';
import { gapOf } from './gap.js';
import { indicatorRecord } from './indicator-record.js';
import {
  ABOVE,
  ANSWERED_NO,
  ANSWERED_YES,
  BELOW,
  DECLARED_NOT_APPLICABLE,
  INDICATOR_CODE,
  MET,
  MISSING,
  NOT_CONCERNED,
  NOT_EQUAL,
  NOT_IN_FORCE,
  UNREACHABLE,
} from './outcome-codes.js';
import type { DeclaredValue, IndicatorResult, RateFromCounts, YesNoValue } from './types.js';
import { valueProblems } from './value.js';

/**
 * Evaluates one indicator of a compiled programme against the value declared for it (or `undefined` when
 * none was declared). `applicable` says whether the indicator concerns the establishment (its activities and
 * traits). Order of the checks: not in force for the period (see `thresholdsInForce`) → not concerned → missing
 * → invalid value → declared not applicable → unknown threshold → exact comparison.
 *
 * @example
 * ```ts
 * const d22 = compileProgramme(hopen).byCode.get('D2.2')!;
 * evaluateIndicator(d22, { kind: 'rate', numerator: 49, denominator: 50 }, true).status; // 'met'
 * ```
 *
 * @category Evaluation
 */
export function evaluateIndicator(
  ci: CompiledIndicator,
  value: DeclaredValue | undefined,
  applicable: boolean,
): IndicatorResult {
  const args: Arguments = {
    ci: [ci, 'object'],
    value: [value, 'object?'],
    applicable: [applicable, 'boolean'],
  };
  return atBoundary('evaluateIndicator', args, () => {
    return indicatorRecord(ci, value, indicatorOutcome(ci, value, applicable));
  });
}

/**
 * The outcome code of one indicator (see `INDICATOR_OUTCOMES`): what {@link evaluateIndicator} decides, without
 * building the record. Allocates nothing on the common paths.
 *
 * @example
 * ```ts
 * INDICATOR_OUTCOMES[indicatorOutcome(d22, { kind: 'rate', numerator: 49, denominator: 50 }, true)]!.status; // 'met'
 * ```
 *
 * @category Evaluation
 */
export function indicatorOutcome(
  ci: CompiledIndicator,
  value: DeclaredValue | undefined,
  applicable: boolean,
): number {
  if (ci.notInForce) return NOT_IN_FORCE;
  if (!applicable) return NOT_CONCERNED;
  if (value === undefined || value === null) return MISSING;
  const t = ci.threshold;
  // the common cases first: a valid rate declared with counts, or a yes/no answer, against a known threshold
  if (t !== undefined && value.kind === ci.kind) {
    if (isWholeRate(value)) return ratioOutcome(t, value.numerator, value.denominator);
    if (isAnswer(value)) return answerOutcome(t, value.value);
  }
  return otherOutcome(ci, value);
}

/** Every other case, in the documented order: invalid value → declared not applicable → unknown threshold →
 * a percentage or a count compared. */
function otherOutcome(ci: CompiledIndicator, value: DeclaredValue): number {
  const problems = valueProblems(value, ci.kind);
  if (problems !== undefined) return INDICATOR_CODE[problems[0]!.reason]!;
  if (value.kind === 'not-applicable') return DECLARED_NOT_APPLICABLE;
  const t = ci.threshold;
  if (t === undefined) return INDICATOR_CODE[ci.unknownReason ?? 'threshold-absent']!;
  switch (value.kind) {
    case 'yes-no':
      return answerOutcome(t, value.value);
    case 'count':
      return compared(t, compareScaled(toScaledDecimal(value.value)!, t.scaled!), ci, value);
    default:
      return 'percent' in value
        ? compared(t, compareScaled(toScaledDecimal(value.percent)!, t.scaled!), ci, value)
        : ratioOutcome(t, value.numerator, value.denominator);
  }
}

/** Whether a value is a yes/no answer. */
function isAnswer(value: DeclaredValue): value is YesNoValue {
  return value.kind === 'yes-no' && typeof value.value === 'boolean';
}

/** Whether a value is a valid rate declared with counts: whole 0 ≤ n ≤ d, d > 0. */
function isWholeRate(value: DeclaredValue): value is RateFromCounts {
  if (value.kind !== 'rate') return false;
  const v = value as { numerator?: unknown; denominator?: unknown; percent?: unknown };
  const n = v.numerator;
  const d = v.denominator;
  return (
    v.percent === undefined &&
    Number.isInteger(n) &&
    Number.isInteger(d) &&
    (n as number) >= 0 &&
    (n as number) <= (d as number) &&
    (d as number) > 0
  );
}

/** A yes/no answer against the expected one: met, or which answer missed it. */
function answerOutcome(t: CompiledThreshold, answer: boolean): number {
  return answer === t.expected.value ? MET : answer ? ANSWERED_YES : ANSWERED_NO;
}

/**
 * Whether a comparison sign satisfies an operator.
 *
 * @example
 * ```ts
 * satisfies('ge', 0); // true: equal meets ≥
 * ```
 */
export function satisfies(op: CompiledOp, sign: number): boolean {
  switch (op) {
    case 'ge':
      return sign >= 0;
    case 'gt':
      return sign > 0;
    case 'le':
      return sign <= 0;
    case 'lt':
      return sign < 0;
    default:
      return sign === 0;
  }
}

/** The reason of a miss the value could still fix: below a floor, above a ceiling, or not equal. */
function missCode(op: CompiledOp): number {
  return op === 'ge' || op === 'gt' ? BELOW : op === 'eq' ? NOT_EQUAL : ABOVE;
}

/** A declared percentage or count, compared (`sign`): met, or missed — reachable or not (see the gap). */
function compared(t: CompiledThreshold, sign: number, ci: CompiledIndicator, value: DeclaredValue): number {
  if (satisfies(t.op, sign)) return MET;
  return gapOf(ci, value)?.reachable === false ? UNREACHABLE : missCode(t.op);
}

/** A rate declared as counts: `n / d` against the threshold, exactly. */
function ratioOutcome(t: CompiledThreshold, n: number, d: number): number {
  if (satisfies(t.op, compareRate(n, d, t.rate!))) return MET;
  return (t.reachable ?? equalityReachable(t.rate!, d)) ? missCode(t.op) : UNREACHABLE;
}

/** Whether `t % × d` is a whole number no larger than `d`: some numerator between 0 and `d` gives exactly `t %`. */
function equalityReachable(rate: ExactRate, d: number): boolean {
  const exact = numeratorBounds(d, rate).exact;
  return exact !== undefined && exact <= BigInt(d);
}
