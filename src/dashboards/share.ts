import type { Share } from './types.js';

/**
 * A share with its stated denominator; `percent` is `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * share(1, 3); // { count: 1, of: 3, percent: 33.333… }
 * share(0, 0); // { count: 0, of: 0, percent: null }
 * ```
 *
 * @category Dashboards
 */
export function share(count: number, of: number): Share {
  return { count, of, percent: of === 0 ? null : (count * 100) / of };
}
