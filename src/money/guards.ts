import Decimal from 'decimal.js';
import { refuseArgument } from '../core/guards.js';
import { D, type Dec } from './decimal.js';
import type { Money } from './money.js';
import type { RoundingMode } from './rounding.js';

/*
 * Argument guards of the money functions (internal): a wrong argument from plain JavaScript becomes a
 * PalierError naming the function and the argument, never a TypeError from inside decimal.js.
 */

const A_MONEY = {
  fr: 'un montant Money (money(…), parseMoney(…))',
  en: 'a Money amount (money(…), parseMoney(…))',
};
const A_MODE = {
  fr: "un mode d'arrondi ('half-even', 'half-up', 'half-down', 'down', 'up', 'floor', 'ceil')",
  en: "a rounding mode ('half-even', 'half-up', 'half-down', 'down', 'up', 'floor', 'ceil')",
};
const A_DECIMAL = { fr: 'un nombre décimal fini', en: 'a finite decimal number' };
const MODES = new Set(['half-even', 'half-up', 'half-down', 'down', 'up', 'floor', 'ceil']);

/** Throws unless `value` is a Money (its amount a decimal.js value, whichever copy of palier built it). */
export function requireMoney(fn: string, argument: string, value: unknown): asserts value is Money {
  let amount: unknown;
  try {
    amount = typeof value === 'object' && value !== null ? (value as { amount?: unknown }).amount : undefined;
  } catch {
    amount = undefined; // a Proxy that throws, a revoked Proxy: not a Money
  }
  if (!Decimal.isDecimal(amount)) refuseArgument(fn, argument, A_MONEY, value);
}

/** Throws unless `mode` is a {@link RoundingMode}. */
export function requireMode(fn: string, argument: string, mode: unknown): asserts mode is RoundingMode {
  if (typeof mode !== 'string' || !MODES.has(mode)) refuseArgument(fn, argument, A_MODE, mode);
}

/** A finite decimal from a number, a decimal string, a bigint or a Decimal, or a PalierError. */
export function requireDecimal(fn: string, argument: string, value: unknown): Dec {
  let d: Dec | undefined;
  try {
    d = new D(typeof value === 'bigint' ? value.toString() : (value as Decimal.Value));
  } catch {
    d = undefined;
  }
  if (d === undefined || !d.isFinite()) refuseArgument(fn, argument, A_DECIMAL, value);
  return d;
}
