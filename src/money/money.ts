import type { IssuePath, PalierIssue, ParseResult } from '../issues.js';
import type { MoneyString } from '../programme/types.js';
import { D, type Dec, type DecimalInput } from './decimal.js';
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

const MONEY_TEXT = /^-?\d+(\.\d{1,2})?$/;

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

function issue(code: string, path: IssuePath, fr: string, en: string, received: string): PalierIssue {
  return {
    code,
    path,
    message: { fr, en },
    expected: 'MoneyString, e.g. "37000.00"',
    received,
    severity: 'error',
  };
}

/**
 * Reads an amount of euros from a string (`"37000"`, `"37000.5"`, `"37000.50"`, dot as decimal separator, no
 * spaces nor exponent) or a finite number with at most two decimals. Returns every issue instead of throwing.
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
export function parseMoney(input: unknown, options: ParseMoneyOptions = {}): ParseResult<Money> {
  const path = options.path ?? [];
  let amount: Dec;
  if (typeof input === 'string') {
    if (!MONEY_TEXT.test(input)) {
      const subCent = /^-?\d+\.\d{3,}$/.test(input);
      return subCent
        ? fail(
            issue(
              'money-sub-cent',
              path,
              `Montant plus précis que le centime : ${input}.`,
              `Amount finer than a cent: ${input}.`,
              input,
            ),
          )
        : fail(
            issue(
              'invalid-money',
              path,
              `Montant illisible : « ${input} » (chiffres, point décimal, deux décimales au plus).`,
              `Unreadable amount: "${input}" (digits, dot decimal separator, at most two decimals).`,
              input,
            ),
          );
    }
    amount = new D(input);
  } else if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      return fail(
        issue(
          'invalid-money',
          path,
          `Montant non fini : ${input}.`,
          `Amount is not finite: ${input}.`,
          String(input),
        ),
      );
    }
    amount = new D(input);
    if (amount.decimalPlaces() > 2) {
      return fail(
        issue(
          'money-sub-cent',
          path,
          `Montant plus précis que le centime : ${input}.`,
          `Amount finer than a cent: ${input}.`,
          String(input),
        ),
      );
    }
  } else {
    const received = input === null ? 'null' : typeof input;
    return fail(
      issue(
        'invalid-money',
        path,
        `Montant attendu, reçu : ${received}.`,
        `Expected an amount, received ${received}.`,
        received,
      ),
    );
  }
  if (amount.isNegative() && !amount.isZero() && options.allowNegative !== true) {
    return fail(
      issue(
        'negative-money',
        path,
        `Montant négatif : ${amount.toFixed(2)}.`,
        `Negative amount: ${amount.toFixed(2)}.`,
        amount.toFixed(2),
      ),
    );
  }
  return { ok: true, value: new MoneyValue(amount), issues: [] };
}

function fail(one: PalierIssue): ParseResult<never> {
  return { ok: false, issues: [one] };
}

/**
 * An amount from a literal written in code (`money('37000.00')`). For untrusted input use {@link parseMoney},
 * which returns issues: this one throws a `RangeError` carrying the issue's English message when the literal is
 * not a valid amount (a programming error, not a data error). Negative literals are accepted.
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
  if (!r.ok) throw new RangeError(r.issues[0]?.message.en ?? 'Invalid amount');
  return r.value;
}

/**
 * Whether a string is a canonical `MoneyString`: optional minus, digits, a dot and exactly two decimals.
 *
 * @example
 * ```ts
 * isMoneyString('33.34'); // true
 * isMoneyString('33.3'); // false (not canonical; parseMoney reads it)
 * ```
 *
 * @category Money
 */
export function isMoneyString(value: unknown): value is MoneyString {
  return typeof value === 'string' && /^-?\d+\.\d{2}$/.test(value);
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
  return new MoneyValue(new D(value).toDecimalPlaces(2, decimalRounding(mode)));
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
  return new MoneyValue(new D(typeof cents === 'bigint' ? cents : Math.trunc(cents)).dividedBy(100));
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
  return m.toString();
}
