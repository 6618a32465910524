import type { IssuePath, PalierIssue } from './issue.js';
import { issue } from './messages/money.js';

/*
 * The one money-string grammar of palier. A canonical `MoneyString` (what palier writes, and what programme
 * data and schemas require) is an optional minus, an integer part without leading zeros, a dot and exactly two
 * decimals: `"0.00"`, `"37000.00"`, `"-3.10"`. On input, `parseMoney` also reads the short forms people type:
 * `"37000"`, `"37000.5"` (leading zeros allowed, at most two decimals). No spaces, no comma, no exponent.
 */

/**
 * Digits an amount may have before the decimal point: under 10^15 euros (a thousand trillion), far above any
 * programme's envelope, so that every sum and split palier makes stays exact at its 40 significant digits.
 *
 * @category Core
 */
export const MAX_EURO_DIGITS = 15;

const CANONICAL = /^-?(?:0|[1-9]\d*)\.\d{2}$/;
const INPUT = /^-?\d+(?:\.\d{1,2})?$/;
const SUB_CENT = /^-?\d+\.\d{3,}$/;

/**
 * Options of {@link moneyStringProblem}.
 *
 * @category Core
 */
export interface MoneyStringOptions {
  /** Require the canonical form (exactly two decimals, no leading zero); default `false`: short forms read. */
  readonly canonical?: boolean;
  /** Accept a minus sign; default `false` (funding amounts are never negative). */
  readonly allowNegative?: boolean;
  /** Where the value sits, for the issue. */
  readonly path?: IssuePath;
}

/**
 * What is wrong with a money string under palier's one grammar, or `undefined` when it is fine: `invalid-money`
 * (not the grammar), `money-sub-cent` (three decimals or more), `negative-money` or `money-too-large` (more than
 * `MAX_EURO_DIGITS` digits before the decimal point).
 *
 * @example
 * ```ts
 * moneyStringProblem('37000.00', { canonical: true }); // undefined
 * moneyStringProblem('37000', { canonical: true })?.code; // 'invalid-money'
 * moneyStringProblem('12.345')?.code; // 'money-sub-cent'
 * moneyStringProblem('-1.00')?.code; // 'negative-money'
 * ```
 *
 * @category Core
 */
export function moneyStringProblem(text: string, options: MoneyStringOptions = {}): PalierIssue | undefined {
  if (!(options.canonical === true ? CANONICAL : INPUT).test(text)) {
    return problem(SUB_CENT.test(text) ? 'money-sub-cent' : 'invalid-money', text, options);
  }
  if (options.allowNegative !== true && text.startsWith('-') && /[1-9]/.test(text)) {
    return problem('negative-money', text, options);
  }
  if (eurosDigits(text) > MAX_EURO_DIGITS) return problem('money-too-large', text, options);
  return undefined;
}

/** The issue for a money string that breaks the grammar (built only when there is one). */
function problem(
  code: 'invalid-money' | 'money-sub-cent' | 'negative-money' | 'money-too-large',
  text: string,
  options: MoneyStringOptions,
): PalierIssue {
  const at = { path: options.path ?? [], expected: 'MoneyString, e.g. "37000.00"', received: text };
  return code === 'money-too-large'
    ? issue(code, { received: text, digits: MAX_EURO_DIGITS }, at)
    : issue(code, { received: text }, at);
}

/** The digits before the decimal point of a text of the grammar, leading zeros (and the sign) not counted. */
function eurosDigits(text: string): number {
  const dot = text.indexOf('.');
  const end = dot < 0 ? text.length : dot;
  let start = text.startsWith('-') ? 1 : 0;
  while (start < end && text.charCodeAt(start) === 48 /* '0' */) start += 1;
  return end - start;
}

/**
 * Whether a value is a canonical `MoneyString`: optional minus, an integer part without leading zeros, a dot and
 * exactly two decimals.
 *
 * @example
 * ```ts
 * isMoneyString('33.34'); // true
 * isMoneyString('33.3'); // false (not canonical; parseMoney reads it)
 * ```
 *
 * @category Core
 */
export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && CANONICAL.test(value);
}
