/**
 * Exact decimal arithmetic for thresholds and declared values: a finite number is read through its shortest
 * decimal writing (`97.5` → 975 / 10), so comparisons never go through a binary fraction.
 */

/**
 * A finite decimal as an integer and a power of ten: `value = units / 10^exponent`.
 *
 * @category Evaluation
 */
export interface ScaledDecimal {
  /** The digits as an integer (sign included). */
  readonly units: bigint;
  /** How many decimal places: `value = units / 10^exponent`. */
  readonly exponent: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * Reads a finite number through its shortest decimal writing (`String(n)`), exactly.
 * Returns `undefined` for NaN and ±Infinity.
 *
 * @example
 * ```ts
 * toScaledDecimal(97.5); // { units: 975n, exponent: 1 }
 * toScaledDecimal(1e-7); // { units: 1n, exponent: 7 }
 * ```
 *
 * @category Evaluation
 */
export function toScaledDecimal(value: number): ScaledDecimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = DECIMAL.exec(String(value).toLowerCase());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = '', exp = '0'] = match;
  let units = BigInt(`${sign}${whole}${fraction}`);
  let exponent = fraction.length - Number(exp);
  if (exponent < 0) {
    units *= 10n ** BigInt(-exponent);
    exponent = 0;
  }
  return { units, exponent };
}

/**
 * Compares two exact decimals: negative when `a < b`, 0 when equal, positive when `a > b`.
 *
 * @example
 * ```ts
 * compareScaled(toScaledDecimal(97.99)!, toScaledDecimal(98)!); // -1
 * ```
 *
 * @category Evaluation
 */
export function compareScaled(a: ScaledDecimal, b: ScaledDecimal): number {
  const e = Math.max(a.exponent, b.exponent);
  const x = a.units * 10n ** BigInt(e - a.exponent);
  const y = b.units * 10n ** BigInt(e - b.exponent);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `b − a` as a number (for display: a gap in points), computed exactly then rounded once.
 *
 * @example
 * ```ts
 * differenceScaled(toScaledDecimal(97.99)!, toScaledDecimal(98)!); // 0.01
 * ```
 *
 * @category Evaluation
 */
export function differenceScaled(a: ScaledDecimal, b: ScaledDecimal): number {
  const e = Math.max(a.exponent, b.exponent);
  const diff = b.units * 10n ** BigInt(e - b.exponent) - a.units * 10n ** BigInt(e - a.exponent);
  return Number(diff) / 10 ** e;
}

/** Floor of `a / b` for non-negative bigints. */
function floorDiv(a: bigint, b: bigint): bigint {
  return a / b;
}

/** Ceiling of `a / b` for non-negative bigints. */
function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * A rate threshold `t %` compiled once: `t = num / scale`, so `n / d ≥ t %` ⇔ `n × 100 × scale ≥ num × d`.
 * `safeDenominator` is the largest denominator for which both products stay exact in a double.
 *
 * @category Evaluation
 */
export interface ExactRate {
  /** Numerator of the threshold percentage, as a safe integer. */
  readonly num: number;
  /** `100 × 10^exponent`, the factor applied to the declared numerator. */
  readonly factor: number;
  /** Same as {@link ExactRate.num}, as a bigint (large counts). */
  readonly bigNum: bigint;
  /** Same as {@link ExactRate.factor}, as a bigint. */
  readonly bigFactor: bigint;
  /** Largest denominator for which `n × factor` and `num × d` are exact doubles. */
  readonly safeDenominator: number;
}

/**
 * Compiles a percentage threshold for exact comparisons against numerator/denominator pairs.
 * Returns `undefined` when the percentage is not a finite non-negative number.
 *
 * @example
 * ```ts
 * const t = compileRate(97.5)!; // num 975, factor 1000
 * ```
 *
 * @category Evaluation
 */
export function compileRate(percent: number): ExactRate | undefined {
  const scaled = toScaledDecimal(percent);
  if (scaled === undefined || scaled.units < 0n) return undefined;
  const bigFactor = 100n * 10n ** BigInt(scaled.exponent);
  const big = scaled.units;
  const factor = Number(bigFactor);
  const num = Number(big);
  const safe = Number.isSafeInteger(num) && Number.isSafeInteger(factor);
  const largest = Math.max(num, factor, 1);
  return {
    num,
    factor,
    bigNum: big,
    bigFactor,
    safeDenominator: safe ? Math.floor(Number.MAX_SAFE_INTEGER / largest) : 0,
  };
}

/**
 * `sign(n × 100 − t × d)` exactly: negative when the rate is below the threshold, 0 at it, positive above.
 * `n` and `d` must be non-negative safe integers.
 *
 * @example
 * ```ts
 * compareRate(49, 50, compileRate(98)!); // 0: 49/50 is exactly 98 %
 * compareRate(4899, 5000, compileRate(98)!); // -1
 * ```
 *
 * @category Evaluation
 */
export function compareRate(n: number, d: number, rate: ExactRate): number {
  if (d <= rate.safeDenominator) {
    const left = n * rate.factor;
    const right = rate.num * d;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = BigInt(n) * rate.bigFactor;
  const right = rate.bigNum * BigInt(d);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The numerators at the limit of a rate threshold, for one denominator (see {@link numeratorBounds}).
 *
 * @category Evaluation
 */
export interface NumeratorBounds {
  /** Smallest numerator with `n / d ≥ t %`. */
  readonly atLeast: bigint;
  /** Smallest numerator with `n / d > t %`. */
  readonly above: bigint;
  /** Largest numerator with `n / d ≤ t %`. */
  readonly atMost: bigint;
  /** Largest numerator with `n / d < t %`. */
  readonly below: bigint;
  /** The numerator giving exactly `t %`, when it is a whole number. */
  readonly exact: bigint | undefined;
}

/**
 * Bounds on the numerator for a denominator `d`: the smallest numerator meeting `≥ t %` / `> t %`, and the
 * largest meeting `≤ t %` / `< t %`, exactly. `exact` is the numerator giving exactly `t %`, when it is an integer.
 *
 * @example
 * ```ts
 * numeratorBounds(5000, compileRate(98)!); // { atLeast: 4900n, above: 4901n, atMost: 4900n, below: 4899n, exact: 4900n }
 * ```
 *
 * @category Evaluation
 */
export function numeratorBounds(d: number, rate: ExactRate): NumeratorBounds {
  const product = rate.bigNum * BigInt(d);
  const floor = floorDiv(product, rate.bigFactor);
  const ceil = ceilDiv(product, rate.bigFactor);
  const whole = floor === ceil;
  return {
    atLeast: ceil,
    above: floor + 1n,
    atMost: floor,
    below: whole ? floor - 1n : floor,
    exact: whole ? floor : undefined,
  };
}
