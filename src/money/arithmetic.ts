import { atBoundary, refuseArgument } from '../core/guards.js';
import { D, type DecimalInput } from './decimal.js';
import { requireDecimal, requireMode, requireMoney } from './guards.js';
import { fromExactCents, type Money, ZERO } from './money.js';
import { decimalRounding, type RoundingMode } from './rounding.js';

/**
 * `a + b`, exact.
 *
 * @example
 * ```ts
 * String(addMoney(money('58000000'), money('95500000'))); // '153500000.00'
 * ```
 *
 * @category Money
 */
export function addMoney(a: Money, b: Money): Money {
  requireMoney('addMoney', 'a', a);
  requireMoney('addMoney', 'b', b);
  return fromExactCents(a.amount.plus(b.amount));
}

/**
 * `a − b`, exact (may be negative: check with {@link isNegativeMoney} where it must not be).
 *
 * @example
 * ```ts
 * String(subtractMoney(money('100'), money('33.34'))); // '66.66'
 * ```
 *
 * @category Money
 */
export function subtractMoney(a: Money, b: Money): Money {
  requireMoney('subtractMoney', 'a', a);
  requireMoney('subtractMoney', 'b', b);
  return fromExactCents(a.amount.minus(b.amount));
}

/**
 * The sum of amounts, exact; zero for an empty list.
 *
 * @example
 * ```ts
 * String(sumMoney([money('33.34'), money('33.33'), money('33.33')])); // '100.00'
 * ```
 *
 * @category Money
 */
export function sumMoney(amounts: Iterable<Money>): Money {
  return atBoundary('sumMoney', 'amounts', () => {
    if (
      amounts === null ||
      typeof (amounts as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function'
    )
      refuseArgument(
        'sumMoney',
        'amounts',
        { fr: 'une liste de montants', en: 'a list of amounts' },
        amounts,
      );
    let total = new D(0);
    let i = 0;
    for (const m of amounts) {
      requireMoney('sumMoney', `amounts[${i}]`, m);
      total = total.plus(m.amount);
      i += 1;
    }
    return total.isZero() ? ZERO : fromExactCents(total);
  });
}

/**
 * Compares two amounts: negative when `a < b`, 0 when equal, positive when `a > b` (usable with `sort`).
 *
 * @example
 * ```ts
 * compareMoney(money('1.00'), money('0.99')); // 1
 * ```
 *
 * @category Money
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  requireMoney('compareMoney', 'a', a);
  requireMoney('compareMoney', 'b', b);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Whether two amounts are equal to the cent.
 *
 * @example
 * ```ts
 * equalsMoney(money('1'), money('1.00')); // true
 * ```
 *
 * @category Money
 */
export function equalsMoney(a: Money, b: Money): boolean {
  requireMoney('equalsMoney', 'a', a);
  requireMoney('equalsMoney', 'b', b);
  return a.amount.equals(b.amount);
}

/**
 * Whether the amount is below zero.
 *
 * @example
 * ```ts
 * isNegativeMoney(subtractMoney(money('1'), money('2'))); // true
 * ```
 *
 * @category Money
 */
export function isNegativeMoney(m: Money): boolean {
  requireMoney('isNegativeMoney', 'm', m);
  return m.amount.isNegative() && !m.amount.isZero();
}

/**
 * Whether the amount is zero.
 *
 * @example
 * ```ts
 * isZeroMoney(money('0.00')); // true
 * ```
 *
 * @category Money
 */
export function isZeroMoney(m: Money): boolean {
  requireMoney('isZeroMoney', 'm', m);
  return m.amount.isZero();
}

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * String(minMoney(money('5'), money('3'))); // '3.00'
 * ```
 *
 * @category Money
 */
export function minMoney(a: Money, b: Money): Money {
  requireMoney('minMoney', 'a', a);
  requireMoney('minMoney', 'b', b);
  return compareMoney(a, b) <= 0 ? a : b;
}

/**
 * The larger of two amounts.
 *
 * @example
 * ```ts
 * String(maxMoney(money('5'), money('3'))); // '5.00'
 * ```
 *
 * @category Money
 */
export function maxMoney(a: Money, b: Money): Money {
  requireMoney('maxMoney', 'a', a);
  requireMoney('maxMoney', 'b', b);
  return compareMoney(a, b) >= 0 ? a : b;
}

/**
 * `m × factor`, rounded to the cent with the named mode (the product is exact before rounding).
 *
 * @example
 * ```ts
 * String(multiplyMoney(money('10.00'), '0.125', 'half-even')); // '1.25'
 * ```
 *
 * @category Money
 */
export function multiplyMoney(m: Money, factor: DecimalInput, mode: RoundingMode): Money {
  requireMoney('multiplyMoney', 'm', m);
  requireMode('multiplyMoney', 'mode', mode);
  const f = requireDecimal('multiplyMoney', 'factor', factor);
  return fromExactCents(m.amount.times(f).toDecimalPlaces(2, decimalRounding(mode)));
}

/**
 * `percent` % of `m`, rounded to the cent with the named mode.
 *
 * @example
 * ```ts
 * String(percentOf(money('420000000'), 52, 'half-even')); // '218400000.00'
 * String(percentOf(money('0.05'), 50, 'down')); // '0.02'
 * ```
 *
 * @category Money
 */
export function percentOf(m: Money, percent: DecimalInput, mode: RoundingMode): Money {
  requireMoney('percentOf', 'm', m);
  requireMode('percentOf', 'mode', mode);
  const p = requireDecimal('percentOf', 'percent', percent);
  return fromExactCents(m.amount.times(p).dividedBy(100).toDecimalPlaces(2, decimalRounding(mode)));
}
