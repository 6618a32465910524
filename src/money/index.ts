/**
 * `palier/money`: exact money — amounts of euros to the cent computed with palier's private decimal
 * constructor (a caller's `Decimal.set` never changes them), the rounding mode named at every rounding step,
 * money strings (`"1250000.00"`) read and written without a float, and total-preserving allocation (largest
 * remainder). The funding lever (`palier/funding`) computes with these amounts.
 *
 * @module money
 */

export type { MoneyString } from '../core/label.js';
export { isMoneyString } from '../core/money-string.js';
export { allocate, type Weight } from './allocate.js';
export {
  addMoney,
  compareMoney,
  equalsMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  multiplyMoney,
  percentOf,
  subtractMoney,
  sumMoney,
} from './arithmetic.js';
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
export { ROUNDING_MODES, type RoundingMode } from './rounding.js';
