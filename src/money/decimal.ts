import { Decimal } from 'decimal.js';

/**
 * palier's private decimal constructor: a `Decimal.clone` with its own settings (40 significant digits,
 * banker's rounding by default, every other setting at decimal.js's defaults). A caller's `Decimal.set` on
 * the global constructor cannot reach it, so money results never depend on someone else's configuration.
 *
 * Not exported from the package: money crosses the API as {@link Money} values or `MoneyString`s.
 *
 * @category Money
 */
export const D = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
});

/**
 * An instance of the private decimal constructor (the type is decimal.js's own).
 *
 * @category Money
 */
export type Dec = Decimal;

/**
 * Anything palier's decimal constructor accepts.
 *
 * @category Money
 */
export type DecimalInput = string | number | bigint | Decimal;
