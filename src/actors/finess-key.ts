/*
 * The FINESS check key (*clé de contrôle*).
 *
 * No official text states the algorithm. palier uses the one derived from public data: a Luhn (mod 10) check
 * over the nine characters, weights 1, 2, 1, 2, … from the left, Corsica's `2A` read as `21` and `2B` as `22`.
 * It holds on more than a hundred real numbers (mainland, overseas, Corsica) and a random string passes only
 * one time in ten: **reported, strong evidence** (SNDS documentation,
 * https://documentation-snds.health-data-hub.fr/). Use `parseFiness(x, { check: 'format' })` to skip it.
 */

const BODY = /^(?:\d{2}|2[AB])\d{6}$/;

/** Digit values of a FINESS body, Corsica's `A`/`B` read as `1`/`2`; `undefined` on a foreign character. */
function finessDigits(chars: string): number[] | undefined {
  const digits: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (i === 1 && chars[0] === '2' && (c === 'A' || c === 'B')) digits.push(c === 'A' ? 1 : 2);
    else if (c >= '0' && c <= '9') digits.push(c.charCodeAt(0) - 48);
    else return undefined;
  }
  return digits;
}

/** Luhn sum of digits weighted 1, 2, 1, 2, … from the left (a doubled digit above 9 loses 9). */
function luhnSum(digits: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const d = digits[i]!;
    const weighted = i % 2 === 1 ? d * 2 : d;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum;
}

/**
 * Computes the FINESS check key (9th character) from the first eight characters. Spaces are ignored and
 * letters may be lower case. Returns `undefined` when `first8` is not eight FINESS characters (digits, or
 * `2A`/`2B` followed by six digits).
 *
 * Algorithm: Luhn (mod 10) over the nine characters, weights 1, 2, 1, 2, … from the left, `2A` read as `21`
 * and `2B` as `22`. **Derived from data, not from an official text** (status *reported*, strong evidence: it
 * holds on more than a hundred real numbers, and a random string passes one time in ten). Source: SNDS
 * documentation, https://documentation-snds.health-data-hub.fr/. `parseFiness(x, { check: 'format' })`
 * skips it.
 *
 * @example
 * ```ts
 * finessKey('75071218'); // '4'
 * finessKey('2A000001'); // '4'
 * finessKey('7507121');  // undefined
 * ```
 *
 * @category Actors
 */
export function finessKey(first8: string): string | undefined {
  if (typeof first8 !== 'string') return undefined;
  const body = first8.replace(/\s+/g, '').toUpperCase();
  if (!BODY.test(body)) return undefined;
  const digits = finessDigits(body);
  if (digits === undefined) return undefined;
  return String((10 - (luhnSum(digits) % 10)) % 10);
}
