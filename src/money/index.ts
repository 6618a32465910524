/**
 * Exact money: amounts of euros to the cent computed with palier's private decimal constructor, rounding modes
 * named at every step, and total-preserving allocation.
 *
 * @module money
 */

export { isMoneyString } from '../core/money-string.js';
export * from './allocate.js';
export * from './arithmetic.js';
export type { DecimalInput } from './decimal.js';
export {
  fromCents,
  type Money,
  money,
  type ParseMoneyOptions,
  parseMoney,
  roundMoney,
  toCents,
  toMoneyString,
  ZERO,
} from './money.js';
export * from './rounding.js';
