import type { Establishment } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { Indicator } from './types.js';

/**
 * Whether an indicator concerns an establishment, from the indicator sheet's columns: it applies when the
 * establishment carries one of the indicator's activities and has none of its "not concerned" traits.
 * An indicator without applicability data applies to every establishment.
 *
 * @example
 * ```ts
 * isIndicatorApplicable(d25, { ...site, activities: ['HAD'] }); // false: D2.5 does not concern HAD
 * ```
 *
 * @category Programmes
 */
export function isIndicatorApplicable(
  indicator: Pick<Indicator, 'applicability'>,
  establishment: Pick<Establishment, 'activities' | 'traits'>,
): boolean {
  const args: Arguments = { indicator: [indicator, 'object'], establishment: [establishment, 'object'] };
  return atBoundary('isIndicatorApplicable', args, () => {
    return concerns(indicator.applicability, establishment);
  });
}

/**
 * The rule of {@link isIndicatorApplicable}, without its argument guard: what the engine calls for each indicator
 * that has an applicability rule (internal).
 */
export function concerns(
  rule: Indicator['applicability'],
  establishment: Pick<Establishment, 'activities' | 'traits'>,
): boolean {
  if (rule === undefined) return true;
  const traits = establishment.traits;
  if (rule.notConcerned !== undefined && traits !== undefined) {
    for (const trait of rule.notConcerned) if (traits.includes(trait)) return false;
  }
  for (const activity of establishment.activities ?? ACTIVITIES) {
    if (rule.activities.includes(activity)) return true;
  }
  return false;
}
