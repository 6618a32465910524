import type { Establishment } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import { isIndicatorApplicable } from './applicability.js';
import type { Indicator, Programme, Requirement } from './types.js';

/**
 * Every prerequisite then every domain of a programme, in catalogue order.
 *
 * @example
 * ```ts
 * requirementsOf(hopen).map((r) => r.code); // ['P1', 'P2', 'P3', 'P4', 'D1', …, 'D7']
 * ```
 *
 * @category Programmes
 */
export function requirementsOf<P extends string, D extends string>(
  programme: Programme<P, D>,
): readonly Requirement<P | D>[] {
  return atBoundary('requirementsOf', 'programme', () => {
    return [...programme.prerequisites, ...programme.domains];
  });
}

/**
 * The indicator with this code (*indicateur*), or `undefined` when the catalogue has none (its code may be
 * unverified: see `unverifiedFacts`).
 *
 * @example
 * ```ts
 * findIndicator(hopen, 'D2.2')?.target?.value; // 98
 * findIndicator(hopen, 'D9.9'); // undefined
 * ```
 *
 * @category Programmes
 */
export function findIndicator(programme: Programme, code: string): Indicator | undefined {
  const args: Arguments = { programme: [programme, 'object'], code: [code, 'text'] };
  return atBoundary('findIndicator', args, () => {
    for (const requirement of requirementsOf(programme)) {
      const found = requirement.indicators.find((indicator) => indicator.code === code);
      if (found !== undefined) return found;
    }
    return undefined;
  });
}

/**
 * The indicators of a prerequisite or a domain; empty when the code is unknown or none is encoded.
 *
 * @example
 * ```ts
 * indicatorsOf(hopen, 'D2').map((i) => i.code); // ['D2.2', 'D2.5']
 * ```
 *
 * @category Programmes
 */
export function indicatorsOf(programme: Programme, requirementCode: string): readonly Indicator[] {
  const args: Arguments = { programme: [programme, 'object'], requirementCode: [requirementCode, 'text'] };
  return atBoundary('indicatorsOf', args, () => {
    return requirementsOf(programme).find((r) => r.code === requirementCode)?.indicators ?? [];
  });
}

/**
 * The prerequisite or domain an indicator belongs to.
 *
 * @example
 * ```ts
 * requirementOf(hopen, 'D3.5')?.code; // 'D3'
 * ```
 *
 * @category Programmes
 */
export function requirementOf<P extends string, D extends string>(
  programme: Programme<P, D>,
  indicatorCode: string,
): Requirement<P | D> | undefined {
  const args: Arguments = { programme: [programme, 'object'], indicatorCode: [indicatorCode, 'text'] };
  return atBoundary('requirementOf', args, () => {
    return requirementsOf(programme).find((r) => r.indicators.some((i) => i.code === indicatorCode));
  });
}

/**
 * The indicators that concern an establishment, from its activities and traits (the X / NC columns of the
 * indicator sheets), in catalogue order.
 *
 * @example
 * ```ts
 * applicableIndicators(hopen, { activities: ['HAD'] }).map((i) => i.code);
 * // ['P2.1', 'P2.3', 'D2.2', 'D3.5'] — D2.5 does not concern HAD
 * ```
 *
 * @category Programmes
 */
export function applicableIndicators(
  programme: Programme,
  establishment: Pick<Establishment, 'activities' | 'traits'>,
): readonly Indicator[] {
  const args: Arguments = { programme: [programme, 'object'], establishment: [establishment, 'object'] };
  return atBoundary('applicableIndicators', args, () => {
    return requirementsOf(programme)
      .flatMap((r) => r.indicators)
      .filter((indicator) => isIndicatorApplicable(indicator, establishment));
  });
}
