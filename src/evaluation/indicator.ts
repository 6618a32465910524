import type { IndicatorKind } from '../programme/index.js';
import type { CompiledIndicator, CompiledOp, CompiledThreshold } from './compile.js';
import { compareRate, compareScaled, differenceScaled, numeratorBounds, toScaledDecimal } from './exact.js';
import { fixedResult, indicatorResult } from './shared.js';
import type { DeclaredValue, Gap, IndicatorResult, IndicatorStatus } from './types.js';
import { checkDeclaredValue } from './value.js';

/**
 * Evaluates one indicator of a compiled programme against the value declared for it (or `undefined` when
 * none was declared). `applicable` says whether the indicator concerns the establishment (its activities and
 * traits). Order of the checks: not in force for the period (see `thresholdsInForce`) → not concerned → missing → declared not applicable → invalid value → unknown
 * threshold → exact comparison.
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
  if (ci.notInForce) {
    return value === undefined
      ? fixedResult(ci, 'notInForce')
      : make(ci, 'not-applicable', 'not-in-force', value);
  }
  if (!applicable) {
    return value === undefined
      ? fixedResult(ci, 'notConcerned')
      : make(ci, 'not-applicable', 'not-applicable-to-establishment', value);
  }
  if (value === undefined || value === null) return fixedResult(ci, 'missing');
  if (!certainlyValid(value, ci.kind)) {
    const problems = checkDeclaredValue(value, ci.kind);
    if (problems !== undefined) return make(ci, 'invalid', problems[0]!.reason, value);
  }
  if (value.kind === 'not-applicable') return make(ci, 'not-applicable', 'declared-not-applicable', value);
  const threshold = ci.threshold;
  if (threshold === undefined) {
    return result(ci, 'unknown', ci.unknownReason ?? 'threshold-absent', observedOf(value), value, undefined);
  }
  switch (value.kind) {
    case 'yes-no':
      return yesNo(ci, threshold, value.value, value);
    case 'count':
      return count(ci, threshold, value.value, value);
    default:
      return 'percent' in value
        ? percent(ci, threshold, value.percent, value)
        : ratio(ci, threshold, value.numerator, value.denominator, value);
  }
}

/**
 * A cheap test for the common valid cases (whole counts with 0 ≤ n ≤ d and d > 0; a boolean answer). Anything
 * else goes through {@link checkDeclaredValue}, which has the last word.
 */
function certainlyValid(value: DeclaredValue, kind: IndicatorKind): boolean {
  if (value.kind !== kind) return false;
  if (kind === 'rate') {
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
  return kind === 'yes-no' && typeof (value as { value?: unknown }).value === 'boolean';
}

function make(
  ci: CompiledIndicator,
  status: IndicatorStatus,
  reason: string,
  declared: DeclaredValue | undefined,
): IndicatorResult {
  return result(ci, status, reason, undefined, declared, undefined);
}

const result = indicatorResult;

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

/** Whether a comparison sign satisfies an operator. */
function satisfies(op: CompiledOp, sign: number): boolean {
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

function missReason(op: CompiledOp): string {
  return op === 'ge' || op === 'gt'
    ? 'below-threshold'
    : op === 'eq'
      ? 'not-equal-to-threshold'
      : 'above-threshold';
}

function yesNo(ci: CompiledIndicator, t: CompiledThreshold, answer: boolean, value: DeclaredValue) {
  if (answer === t.expected.value) return result(ci, 'met', 'threshold-met', answer, value, undefined);
  return result(ci, 'not-met', answer ? 'answered-yes' : 'answered-no', answer, value, undefined);
}

function ratio(ci: CompiledIndicator, t: CompiledThreshold, n: number, d: number, value: DeclaredValue) {
  const observed = (n * 100) / d;
  if (satisfies(t.op, compareRate(n, d, t.rate!)))
    return result(ci, 'met', 'threshold-met', observed, value, undefined);
  const gap = ratioGap(t, n, d);
  const reason = gap.reachable === false ? 'threshold-unreachable' : missReason(t.op);
  return result(ci, 'not-met', reason, observed, value, gap);
}

/** Smallest change of the numerator, the denominator fixed, that meets the threshold (see {@link Gap}). */
function ratioGap(t: CompiledThreshold, n: number, d: number): Gap {
  const b = numeratorBounds(d, t.rate!);
  const num = BigInt(n);
  const den = BigInt(d);
  if (t.op === 'ge' || t.op === 'gt') {
    const needed = t.op === 'ge' ? b.atLeast : b.above;
    if (needed > den) return { amount: d - n, unit: 'units', direction: 'increase', reachable: false };
    return { amount: Number(needed - num), unit: 'units', direction: 'increase', reachable: true };
  }
  if (t.op === 'le' || t.op === 'lt') {
    const allowed = t.op === 'le' ? b.atMost : b.below;
    if (allowed < 0n) return { amount: n, unit: 'units', direction: 'decrease', reachable: false };
    return { amount: Number(num - allowed), unit: 'units', direction: 'decrease', reachable: true };
  }
  const below = compareRate(n, d, t.rate!) < 0;
  if (b.exact === undefined || b.exact > den) {
    return below
      ? { amount: d - n, unit: 'units', direction: 'increase', reachable: false }
      : { amount: n, unit: 'units', direction: 'decrease', reachable: false };
  }
  return below
    ? { amount: Number(b.exact - num), unit: 'units', direction: 'increase', reachable: true }
    : { amount: Number(num - b.exact), unit: 'units', direction: 'decrease', reachable: true };
}

function percent(ci: CompiledIndicator, t: CompiledThreshold, p: number, value: DeclaredValue) {
  const observed = toScaledDecimal(p)!;
  const sign = compareScaled(observed, t.scaled!);
  if (satisfies(t.op, sign)) return result(ci, 'met', 'threshold-met', p, value, undefined);
  const points = Math.abs(differenceScaled(observed, t.scaled!));
  // a floor (≥, >) is always reached by going up, a ceiling (≤, <) by going down — even when the value sits
  // exactly on a strict bound (sign 0); only for = does the side of the miss tell the way
  const up = t.op === 'ge' || t.op === 'gt' ? true : t.op === 'le' || t.op === 'lt' ? false : sign < 0;
  const target = t.expected.value as number;
  const reachable = up ? target < 100 || (target === 100 && t.op !== 'gt') : target > 0 || t.op !== 'lt';
  const gap: Gap = {
    amount: points,
    unit: 'points',
    direction: up ? 'increase' : 'decrease',
    reachable,
    strict: t.op === 'gt' || t.op === 'lt',
  };
  return result(ci, 'not-met', reachable ? missReason(t.op) : 'threshold-unreachable', p, value, gap);
}

function count(ci: CompiledIndicator, t: CompiledThreshold, c: number, value: DeclaredValue) {
  const sign = compareScaled(toScaledDecimal(c)!, t.scaled!);
  if (satisfies(t.op, sign)) return result(ci, 'met', 'threshold-met', c, value, undefined);
  const target = t.expected.value as number;
  let gap: Gap;
  if (t.op === 'ge' || t.op === 'gt') {
    const needed = t.op === 'ge' ? Math.ceil(target) : Math.floor(target) + 1;
    gap = { amount: needed - c, unit: 'units', direction: 'increase', reachable: true };
  } else if (t.op === 'le' || t.op === 'lt') {
    const allowed = t.op === 'le' ? Math.floor(target) : Math.ceil(target) - 1;
    gap =
      allowed < 0
        ? { amount: c, unit: 'units', direction: 'decrease', reachable: false }
        : { amount: c - allowed, unit: 'units', direction: 'decrease', reachable: true };
  } else {
    const whole = Number.isInteger(target);
    gap = {
      amount: whole ? Math.abs(target - c) : Math.abs(Math.round(target) - c),
      unit: 'units',
      direction: sign < 0 ? 'increase' : 'decrease',
      reachable: whole,
    };
  }
  return result(ci, 'not-met', gap.reachable ? missReason(t.op) : 'threshold-unreachable', c, value, gap);
}
