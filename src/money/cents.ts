import type { MoneyString } from '../core/label.js';

/*
 * Whole cents as bigint (internal; `toCents` and `fromCents` convert a Money): the hot paths of funding add,
 * subtract and compare amounts in cents, exactly and without a decimal per operation. decimal.js stays at the
 * boundary: reading what is not a money string, and every rounding step the texts name (percentages, splits by
 * weight).
 */

/**
 * The whole cents of a text already checked against palier's money-string grammar (`-?\d+(\.\d{1,2})?`, see
 * `moneyStringProblem`): `"37000.5"` → `3700050n`.
 *
 * @example
 * ```ts
 * centsOfString('12.3'); // 1230n
 * ```
 */
export function centsOfString(text: string): bigint {
  const dot = text.indexOf('.');
  if (dot < 0) return BigInt(text) * 100n;
  const fraction = text.slice(dot + 1);
  return BigInt(text.slice(0, dot) + (fraction.length === 1 ? `${fraction}0` : fraction));
}

/**
 * The canonical `MoneyString` of an amount in cents (two decimals, no leading zero, no `-0.00`).
 *
 * @example
 * ```ts
 * formatCents(5n); // '0.05'
 * ```
 */
export function formatCents(cents: bigint): MoneyString {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
