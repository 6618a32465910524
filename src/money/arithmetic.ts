import { D, type DecimalInput } from './decimal.js';
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
  let total = new D(0);
  for (const m of amounts) total = total.plus(m.amount);
  return total.isZero() ? ZERO : fromExactCents(total);
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
  return fromExactCents(m.amount.times(new D(factor)).toDecimalPlaces(2, decimalRounding(mode)));
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
  return fromExactCents(
    m.amount.times(new D(percent)).dividedBy(100).toDecimalPlaces(2, decimalRounding(mode)),
  );
}
