import type { Threshold } from './types.js';

/**
 * The mathematical sign of a threshold's comparison: `≥` for an inclusive "at least", `>` for a strict one,
 * `≤` / `<` for "at most", `=` for "equal".
 *
 * @example
 * ```ts
 * comparatorSymbol({ comparator: 'at-least', inclusive: true }); // '≥'
 * comparatorSymbol({ comparator: 'at-most', inclusive: false }); // '<'
 * ```
 */
export function comparatorSymbol(
  threshold: Pick<Threshold, 'comparator' | 'inclusive'>,
): '=' | '≥' | '>' | '≤' | '<' {
  if (threshold.comparator === 'equal') return '=';
  if (threshold.comparator === 'at-least') return threshold.inclusive ? '≥' : '>';
  return threshold.inclusive ? '≤' : '<';
}
