import { atBoundary } from '../../core/guards.js';
/**
 * A decimal written in plain digits — sign, digits, optional fraction after a point, optional exponent (the JSON
 * number grammar) — read to a JavaScript number only when the number holds it exactly: `0.1`, `97.5` and
 * `9007199254740991` do; `9007199254740993` and `97.999999999999999` (rounded to 98 by a float) do not, and
 * give `undefined` so the caller can refuse them with the cell's location.
 *
 * The test: the number's shortest decimal writing (`String(n)`) has the same digits and scale as the text.
 *
 * @example
 * ```ts
 * exactNumber('97.50');             // 97.5
 * exactNumber('9007199254740993');  // undefined (2^53 + 1 is not a double)
 * exactNumber('97.999999999999999'); // undefined (would be read as 98)
 * ```
 *
 * @category Input files
 */
export function exactNumber(text: string): number | undefined {
  return atBoundary('exactNumber', 'text', () => exactNumberOf(text));
}

/** {@link exactNumber} without the argument guard, for palier's readers on the cells they hold (internal). */
export function exactNumberOf(text: string): number | undefined {
  // a whole number of up to 15 digits is below 2^53: always held exactly (most cells of a file)
  if (SHORT_WHOLE.test(text)) return Number(text);
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  const wanted = canonical(text);
  if (wanted === undefined) return undefined;
  return canonical(String(value)) === wanted ? value : undefined;
}

const SHORT_WHOLE = /^[+-]?\d{1,15}$/;

const PLAIN = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** `digits@exponent` without leading or trailing zeros (`0` for zero), the sign first; undefined if not a number. */
function canonical(text: string): string | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = m;
  let digits = whole + fraction;
  let exponent = Number(exp) - fraction.length;
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  digits = digits.slice(start);
  if (/^0+$/.test(digits)) return '0';
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  exponent += digits.length - end;
  digits = digits.slice(0, end);
  return `${sign === '-' ? '-' : ''}${digits}@${exponent}`;
}
