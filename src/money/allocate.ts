import { atBoundary, describeValue, isList, refuseArgument } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/money.js';
import { fail, ok, type Result } from '../core/result.js';
import { D, type Dec, type DecimalInput } from './decimal.js';
import { requireMoney } from './guards.js';
import { fromCents, type Money, toCents } from './money.js';

/**
 * A weight of {@link allocate}: a non-negative finite decimal (a number, a decimal string, a bigint).
 *
 * @category Money
 */
export type Weight = DecimalInput;

/**
 * Splits `total` into shares proportional to `weights`, to the cent, preserving the total exactly
 * (*répartition au plus fort reste*).
 *
 * Method (largest remainder, in integer cents, so no intermediate rounding at all): each share first gets the
 * floor of its exact proportional share `total × wᵢ / Σw`; the cents left over (fewer than the number of
 * shares) go one each to the shares with the largest remainders. **Ties** between equal remainders go to the
 * earlier weight in input order, so the result is deterministic. Consequences, proven by property tests: the
 * shares sum to `total`, none is negative, each is within one cent of its exact share, a zero weight gets zero.
 *
 * Refused with issues: a negative total (`negative-total`), no weights (`no-weights`), a negative or
 * non-finite weight (`negative-weight`, `invalid-weight`, path `[index]`), weights summing to zero while the total
 * is not zero (`zero-weights`).
 *
 * @example
 * ```ts
 * const r = allocate(money('100.00'), [1, 1, 1]);
 * if (r.ok) r.value.map(String); // ['33.34', '33.33', '33.33']
 * ```
 *
 * @category Money
 */
export function allocate(total: Money, weights: readonly Weight[]): Result<Money[]> {
  requireMoney('allocate', 'total', total);
  if (!isList(weights))
    refuseArgument('allocate', 'weights', { fr: 'une liste de poids', en: 'a list of weights' }, weights);
  // a list whose items cannot be read (a getter, a Proxy) is refused as an argument, not let through
  return atBoundary('allocate', { total: [total, 'object'], weights: [weights, 'list'] }, () => {
    const issues: PalierIssue[] = [];
    if (total.amount.isNegative() && !total.amount.isZero()) {
      issues.push(issue('negative-total', {}, { received: String(total) }));
    }
    if (weights.length === 0) issues.push(issue('no-weights', {}, { received: '[]' }));
    const decimals: Dec[] = [];
    for (let index = 0; index < weights.length; index += 1) {
      const w = weights[index];
      const d = readWeight(w);
      if (d === undefined) {
        const received = describeWeight(w);
        issues.push(issue('invalid-weight', { received }, { path: [index], received }));
      } else if (d.isNegative() && !d.isZero()) {
        const received = d.toString();
        issues.push(issue('negative-weight', { received }, { path: [index], received }));
      } else decimals.push(d.abs());
    }
    if (issues.length > 0) return fail(issues);
    const cents = toCents(total);
    const scaled = toIntegers(decimals);
    const sum = scaled.reduce((a, b) => a + b, 0n);
    if (sum === 0n) {
      if (cents === 0n) return ok(scaled.map(() => fromCents(0n)));
      return fail(issue('zero-weights', {}, { received: '0' }));
    }
    return ok(largestRemainder(cents, scaled, sum).map((c) => fromCents(c)));
  });
}

/** Largest remainder over integers: floors, then one extra unit to the largest remainders (earlier first). */
function largestRemainder(total: bigint, weights: readonly bigint[], sum: bigint): bigint[] {
  const shares = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  let left = total - shares.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (const i of order) {
    if (left === 0n) break;
    shares[i] = shares[i]! + 1n;
    left -= 1n;
  }
  return shares;
}

/** Scales decimal weights by a common power of ten so they become integers (exact). */
function toIntegers(weights: readonly Dec[]): bigint[] {
  const places = weights.reduce((max, w) => Math.max(max, w.decimalPlaces()), 0);
  // toFixed with at least as many places as the weight has is exact (no rounding, whatever the precision).
  return weights.map((w) => BigInt(w.toFixed(places).replace('.', '')));
}

function readWeight(w: unknown): Dec | undefined {
  try {
    const d = new D(typeof w === 'bigint' ? w.toString() : (w as Weight & (string | number)));
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

function describeWeight(w: unknown): string {
  return typeof w === 'string' || typeof w === 'number' || typeof w === 'bigint'
    ? String(w)
    : describeValue(w);
}
