/**
 * Gaps (*écarts*), computed when asked: how far a declared value that misses its threshold is from meeting it.
 * The engine stores only the outcome code; the gap is derived from the declared value and the threshold.
 */
import type { CompiledIndicator, CompiledThreshold } from './compile.js';
import { compareRate, compareScaled, differenceScaled, numeratorBounds, toScaledDecimal } from './exact.js';
import type { DeclaredValue, Gap } from './types.js';

/**
 * The gap of a declared value that misses its indicator's threshold (see {@link Gap}); `undefined` for a yes/no
 * answer, a value without a threshold, or a value that is not a rate or a count.
 *
 * @example
 * ```ts
 * gapOf(d22, { kind: 'rate', numerator: 4899, denominator: 5000 });
 * // { amount: 1, unit: 'units', direction: 'increase', reachable: true }
 * ```
 *
 * @category Evaluation
 */
export function gapOf(ci: CompiledIndicator, value: DeclaredValue): Gap | undefined {
  const t = ci.threshold;
  if (t === undefined) return undefined;
  if (value.kind === 'count') return countGap(t, value.value);
  if (value.kind !== 'rate') return undefined;
  return 'percent' in value ? percentGap(t, value.percent) : ratioGap(t, value.numerator, value.denominator);
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

/** Points missing (or too many) for a declared percentage. */
function percentGap(t: CompiledThreshold, p: number): Gap {
  const observed = toScaledDecimal(p)!;
  const sign = compareScaled(observed, t.scaled!);
  const points = Math.abs(differenceScaled(observed, t.scaled!));
  // a floor (≥, >) is always reached by going up, a ceiling (≤, <) by going down — even when the value sits
  // exactly on a strict bound (sign 0); only for = does the side of the miss tell the way
  const up = t.op === 'ge' || t.op === 'gt' ? true : t.op === 'le' || t.op === 'lt' ? false : sign < 0;
  const target = t.expected.value as number;
  const reachable = up ? target < 100 || (target === 100 && t.op !== 'gt') : target > 0 || t.op !== 'lt';
  return {
    amount: points,
    unit: 'points',
    direction: up ? 'increase' : 'decrease',
    reachable,
    strict: t.op === 'gt' || t.op === 'lt',
  };
}

/** Units missing (or too many) for a declared count. */
function countGap(t: CompiledThreshold, c: number): Gap {
  const target = t.expected.value as number;
  if (t.op === 'ge' || t.op === 'gt') {
    const needed = t.op === 'ge' ? Math.ceil(target) : Math.floor(target) + 1;
    return { amount: needed - c, unit: 'units', direction: 'increase', reachable: true };
  }
  if (t.op === 'le' || t.op === 'lt') {
    const allowed = t.op === 'le' ? Math.floor(target) : Math.ceil(target) - 1;
    return allowed < 0
      ? { amount: c, unit: 'units', direction: 'decrease', reachable: false }
      : { amount: c - allowed, unit: 'units', direction: 'decrease', reachable: true };
  }
  const whole = Number.isInteger(target);
  const sign = compareScaled(toScaledDecimal(c)!, t.scaled!);
  return {
    amount: whole ? Math.abs(target - c) : Math.abs(Math.round(target) - c),
    unit: 'units',
    direction: sign < 0 ? 'increase' : 'decrease',
    reachable: whole,
  };
}
