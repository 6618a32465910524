import { atBoundary } from '../core/guards.js';
import type { Provenance, ProvenanceStatus } from '../core/label.js';
import type { Programme, Requirement } from './types.js';
import { walkObjects } from './walk.js';

/**
 * Why a fact shows up in {@link unverifiedFacts}.
 *
 * @category Programmes
 */
export type UnverifiedReason = 'unverified' | 'missing-eligibility' | 'missing-target';

/**
 * A fact a user may need to complete (*donnée à compléter*).
 *
 * @category Programmes
 */
export interface UnverifiedFact {
  /** Path of the fact in the programme (`domains.D4.indicators.D4.2.target`, `funding.forfaitGrid`). */
  readonly path: string;
  /**
   * `unverified`: the programme marks it so; `missing-eligibility` / `missing-target`: a prerequisite indicator
   * without eligibility threshold, or a domain indicator without usage target, and no note says why.
   */
  readonly reason: UnverifiedReason;
  /** The provenance recorded, when there is one (its note says what is missing). */
  readonly provenance?: Provenance;
}

/**
 * Every fact of a programme that is unverified — values left unset, codes or labels not read — plus every
 * evaluable indicator lacking the threshold its requirement needs. Empty means nothing is left to complete.
 *
 * @example
 * ```ts
 * unverifiedFacts(hopen).some((f) => f.path === 'funding.bonus.amount'); // true
 * ```
 *
 * @category Programmes
 */
export function unverifiedFacts(programme: Programme): UnverifiedFact[] {
  return atBoundary('unverifiedFacts', 'programme', () => {
    const facts: UnverifiedFact[] = [];
    const seen = new Set<string>();
    walkObjects(programme, (object, path) => {
      const provenance = (object as { provenance?: Provenance }).provenance;
      if (provenance?.status !== 'unverified') return;
      seen.add(path);
      facts.push({ path, reason: 'unverified', provenance });
    });
    const missing = (requirements: readonly Requirement[], group: string, role: 'eligibility' | 'target') => {
      for (const requirement of requirements) {
        for (const indicator of requirement.indicators) {
          const at = `${group}.${requirement.code}.indicators.${indicator.code}`;
          const reason = role === 'eligibility' ? 'missing-eligibility' : 'missing-target';
          // an indicator with a schedule needs the role in each step (a base threshold is optional then)
          const places =
            indicator.schedule === undefined
              ? [{ path: `${at}.${role}`, has: indicator[role] !== undefined }]
              : indicator.schedule.map((step) => ({
                  path: `${at}.schedule.${step.from}.${role}`,
                  has: step[role] !== undefined || indicator[role] !== undefined,
                }));
          for (const { path, has } of places) if (!has && !seen.has(path)) facts.push({ path, reason });
        }
      }
    };
    missing(programme.prerequisites, 'prerequisites', 'eligibility');
    missing(programme.domains, 'domains', 'target');
    return facts;
  });
}

/**
 * How many facts of a programme carry each provenance status, and in all.
 *
 * @category Programmes
 */
export type FactCounts = Readonly<Record<ProvenanceStatus, number>> & {
  /** All facts, whatever their status. */
  readonly total: number;
};

/**
 * Counts the facts of a programme by provenance status: every `provenance` in the definition is one fact
 * (a label, a threshold, a figure, a note on a value left unset …); `override` counts the override records
 * (one per change), not the provenance they left on the changed facts.
 *
 * @example
 * ```ts
 * const counts = factCounts(hopen);
 * counts.seed + counts.confirmed + counts.reported + counts.unverified + counts.override === counts.total; // true
 * ```
 *
 * @category Programmes
 */
export function factCounts(programme: Programme): FactCounts {
  return atBoundary('factCounts', 'programme', () => {
    const counts = {
      seed: 0,
      confirmed: 0,
      reported: 0,
      unverified: 0,
      override: programme.overrides.length,
    };
    const { overrides: _records, ...definition } = programme;
    walkObjects(definition, (object) => {
      const provenance = (object as { provenance?: Provenance }).provenance;
      if (provenance !== undefined && provenance.status !== 'override') counts[provenance.status] += 1;
    });
    const total = counts.seed + counts.confirmed + counts.reported + counts.unverified + counts.override;
    return { ...counts, total };
  });
}
