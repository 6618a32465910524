import { PalierError } from '../core/error.js';
import { type Arguments, atBoundary, describeValue, refuseArgument } from '../core/guards.js';
import type { IssuePath } from '../core/issue.js';
import type { MoneyString } from '../core/label.js';
import { issue } from '../core/messages/money.js';
import { MAX_EURO_DIGITS, moneyStringProblem } from '../core/money-string.js';
import { fail, ok, type Result } from '../core/result.js';
import { D, type Dec, type DecimalInput } from './decimal.js';
import { requireDecimal, requireMode, requireMoney } from './guards.js';
import { decimalRounding, type RoundingMode } from './rounding.js';

/**
 * An exact amount of euros, always a whole number of cents (*montant en euros, au centime*).
 *
 * Immutable. Arithmetic goes through functions ({@link addMoney}, {@link roundMoney} …) computed with palier's
 * private decimal constructor; `String(m)` and `JSON.stringify(m)` give the `MoneyString` (`"420000000.00"`).
 *
 * @category Money
 */
export interface Money {
  /** The amount in euros, exact, with at most two decimals. */
  readonly amount: Dec;
  /** The amount as a `MoneyString` with two decimals (`"33.34"`). */
  toString(): MoneyString;
  /** Same as {@link Money.toString}: money serialises as a string, never as a binary float. */
  toJSON(): MoneyString;
}

class MoneyValue implements Money {
  readonly amount: Dec;
  constructor(amount: Dec) {
    this.amount = amount.isZero() ? new D(0) : amount;
    Object.freeze(this);
  }
  toString(): MoneyString {
    return this.amount.toFixed(2);
  }
  toJSON(): MoneyString {
    return this.amount.toFixed(2);
  }
}

/**
 * Builds a Money from a decimal already known to hold whole cents (internal).
 *
 * @category Money
 */
export function fromExactCents(amount: Dec): Money {
  return new MoneyValue(amount);
}

/**
 * Options of {@link parseMoney}.
 *
 * @category Money
 */
export interface ParseMoneyOptions {
  /** Where the value sits in the caller's input, prefixed to issue paths. */
  readonly path?: IssuePath;
  /** Accept negative amounts (default `false`: funding amounts are never negative). */
  readonly allowNegative?: boolean;
}

/**
 * Reads an amount of euros from a string (`"37000"`, `"37000.5"`, `"37000.50"`, dot as decimal separator, no
 * spaces nor exponent: palier's one money-string grammar) or a finite number with at most two decimals. Returns
 * every issue instead of throwing: `invalid-money`, `money-sub-cent`, `negative-money`, `money-too-large` (15 digits
 * before the decimal point at most: `MAX_EURO_DIGITS`).
 *
 * @example
 * ```ts
 * const r = parseMoney('420000000');
 * if (r.ok) String(r.value); // '420000000.00'
 * parseMoney('12.345').ok; // false: issue 'money-sub-cent' (round it first, naming the mode)
 * ```
 *
 * @category Money
 */
export function parseMoney(input: unknown, options: ParseMoneyOptions = {}): Result<Money> {
  const args: Arguments = { input: [input, 'any'], options: [options, 'object?'] };
  return atBoundary('parseMoney', args, () => {
    const path = options?.path ?? [];
    const allowNegative = options?.allowNegative === true;
    if (typeof input === 'string') {
      const problem = moneyStringProblem(input, { path, allowNegative });
      return problem === undefined ? ok(new MoneyValue(new D(input))) : fail(problem);
    }
    const at = { path, expected: 'MoneyString, e.g. "37000.00"' };
    if (typeof input !== 'number' || !Number.isFinite(input)) {
      const received = describeValue(input);
      return fail(issue('invalid-money', { received }, { ...at, received }));
    }
    const amount = new D(input);
    const received = String(input);
    if (amount.decimalPlaces() > 2) return fail(issue('money-sub-cent', { received }, { ...at, received }));
    if (amount.abs().toFixed(0).length > MAX_EURO_DIGITS)
      return fail(issue('money-too-large', { received, digits: MAX_EURO_DIGITS }, { ...at, received }));
    if (amount.isNegative() && !amount.isZero() && !allowNegative)
      return fail(issue('negative-money', { received }, { ...at, received }));
    return ok(new MoneyValue(amount));
  });
}

/**
 * An amount from a literal written in code (`money('37000.00')`). For untrusted input use {@link parseMoney},
 * which returns issues: this one throws a `PalierError` (`invalid-argument`) carrying the issue when the literal
 * is not a valid amount (a programming error, not a data error). Negative literals are accepted.
 *
 * @example
 * ```ts
 * String(money('100')); // '100.00'
 * ```
 *
 * @category Money
 */
export function money(value: MoneyString | number): Money {
  const r = parseMoney(value, { allowNegative: true });
  if (r.ok) return r.value;
  const first = r.issues[0]!;
  throw new PalierError({
    code: 'invalid-argument',
    function: 'money',
    argument: 'value',
    label: first.message,
    issues: r.issues,
  });
}

/**
 * Zero euros.
 *
 * @category Money
 */
export const ZERO: Money = new MoneyValue(new D(0));

/**
 * Rounds any exact decimal amount (in euros) to the cent with the named rounding mode.
 *
 * @example
 * ```ts
 * String(roundMoney('0.125', 'half-even')); // '0.12'
 * String(roundMoney('0.125', 'half-up')); // '0.13'
 * ```
 *
 * @category Money
 */
export function roundMoney(value: DecimalInput, mode: RoundingMode): Money {
  requireMode('roundMoney', 'mode', mode);
  return new MoneyValue(
    requireDecimal('roundMoney', 'value', value).toDecimalPlaces(2, decimalRounding(mode)),
  );
}

/**
 * The amount in cents, as a bigint (exact).
 *
 * @example
 * ```ts
 * toCents(money('33.34')); // 3334n
 * ```
 *
 * @category Money
 */
export function toCents(m: Money): bigint {
  requireMoney('toCents', 'm', m);
  return BigInt(m.amount.toFixed(2).replace('.', ''));
}

/**
 * The amount for a number of cents.
 *
 * @example
 * ```ts
 * String(fromCents(3334n)); // '33.34'
 * ```
 *
 * @category Money
 */
export function fromCents(cents: bigint | number): Money {
  if (typeof cents === 'bigint') return new MoneyValue(new D(cents.toString()).dividedBy(100));
  if (typeof cents !== 'number' || !Number.isFinite(cents))
    refuseArgument(
      'fromCents',
      'cents',
      { fr: 'un nombre entier de centimes', en: 'a whole number of cents' },
      cents,
    );
  return new MoneyValue(new D(Math.trunc(cents)).dividedBy(100));
}

/**
 * The canonical `MoneyString` of an amount (two decimals).
 *
 * @example
 * ```ts
 * toMoneyString(money('37000')); // '37000.00'
 * ```
 *
 * @category Money
 */
export function toMoneyString(m: Money): MoneyString {
  requireMoney('toMoneyString', 'm', m);
  return m.toString();
}
