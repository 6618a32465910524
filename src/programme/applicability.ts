import type { Establishment } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import { atBoundary } from '../core/guards.js';
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
  return atBoundary('isIndicatorApplicable', 'indicator', () => {
    const rule = indicator.applicability;
    if (rule === undefined) return true;
    const traits = establishment.traits ?? [];
    if (rule.notConcerned?.some((trait) => traits.includes(trait))) return false;
    return (establishment.activities ?? ACTIVITIES).some((activity) => rule.activities.includes(activity));
  });
}
