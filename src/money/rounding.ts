import { Decimal } from 'decimal.js';

/**
 * A rounding mode, named at every rounding step (*mode d'arrondi*).
 *
 * - `half-even` — to nearest, ties to the even cent (banker's rounding);
 * - `half-up` — to nearest, ties away from zero (the usual commercial rounding);
 * - `half-down` — to nearest, ties toward zero;
 * - `down` — toward zero (truncation); `up` — away from zero;
 * - `floor` — toward −∞; `ceil` — toward +∞.
 *
 * @category Money
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'down' | 'up' | 'floor' | 'ceil';

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/**
 * The decimal.js constant for a named rounding mode.
 *
 * @example
 * ```ts
 * decimalRounding('half-even'); // 6 (Decimal.ROUND_HALF_EVEN)
 * ```
 *
 * @category Money
 */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  return MODES[mode];
}

/**
 * Every {@link RoundingMode}.
 *
 * @category Money
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(Object.keys(MODES) as RoundingMode[]);
