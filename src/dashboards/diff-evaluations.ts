import { atBoundary } from '../core/guards.js';
import type {
  EstablishmentEvaluation,
  IndicatorStatus,
  LevelStatus,
  RequirementResult,
} from '../evaluation/types.js';
import type { RequirementKind } from '../programme/index.js';

/**
 * A status that moved: from → to.
 *
 * @category Dashboards
 */
export interface StatusChange<S> {
  /** Before. */
  readonly from: S;
  /** After. */
  readonly to: S;
}

/**
 * A prerequisite or domain whose status moved.
 *
 * @category Dashboards
 */
export interface RequirementChange extends StatusChange<LevelStatus> {
  /** `P2`, `D3` … */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
}

/**
 * An indicator whose status moved.
 *
 * @category Dashboards
 */
export interface IndicatorChange extends StatusChange<IndicatorStatus> {
  /** Indicator code. */
  readonly code: string;
  /** Requirement it belongs to. */
  readonly requirement: string;
}

/**
 * What moved for one establishment between two evaluations.
 *
 * @category Dashboards
 */
export interface EvaluationChange {
  /** FINESS. */
  readonly finess: string;
  /** Every indicator whose status moved. */
  readonly indicators: readonly IndicatorChange[];
  /** Every prerequisite and domain whose status moved. */
  readonly requirements: readonly RequirementChange[];
  /** All prerequisites together, when that moved. */
  readonly prerequisites?: StatusChange<LevelStatus>;
  /** The palier, when it moved. */
  readonly palier?: StatusChange<LevelStatus>;
}

function allPrerequisites(e: EstablishmentEvaluation): LevelStatus {
  if (e.prerequisites.length === 0) return 'unknown';
  if (e.prerequisites.some((p) => p.status === 'not-reached')) return 'not-reached';
  return e.prerequisites.some((p) => p.status === 'unknown') ? 'unknown' : 'reached';
}

function compareGroup(
  before: readonly RequirementResult[],
  after: readonly RequirementResult[],
  requirements: RequirementChange[],
  indicators: IndicatorChange[],
): void {
  const afterByCode = new Map(after.map((r) => [r.code, r]));
  for (const b of before) {
    const a = afterByCode.get(b.code);
    if (a === undefined) continue;
    if (a.status !== b.status)
      requirements.push({ code: b.code, kind: b.kind, from: b.status, to: a.status });
    const afterIndicators = new Map(a.indicators.map((i) => [i.code, i]));
    for (const bi of b.indicators) {
      const ai = afterIndicators.get(bi.code);
      if (ai !== undefined && ai.status !== bi.status)
        indicators.push({ code: bi.code, requirement: b.code, from: bi.status, to: ai.status });
    }
  }
}

/**
 * What changed between two evaluations of the same establishment (e.g. before and after a threshold override):
 * each indicator, prerequisite and domain whose status moved, all prerequisites together and the palier.
 * `undefined` when nothing moved. Levels present on one side only are not compared.
 *
 * @example
 * ```ts
 * const change = diffEvaluations(before, after);
 * change?.palier; // { from: 'not-reached', to: 'reached' }
 * change?.indicators; // [{ code: 'D2.2', requirement: 'D2', from: 'not-met', to: 'met' }]
 * ```
 *
 * @category Dashboards
 */
export function diffEvaluations(
  before: EstablishmentEvaluation,
  after: EstablishmentEvaluation,
): EvaluationChange | undefined {
  return atBoundary('diffEvaluations', 'before', () => {
    const requirements: RequirementChange[] = [];
    const indicators: IndicatorChange[] = [];
    compareGroup(before.prerequisites, after.prerequisites, requirements, indicators);
    compareGroup(before.domains, after.domains, requirements, indicators);
    const pb = allPrerequisites(before);
    const pa = allPrerequisites(after);
    const palierMoved = before.palier.status !== after.palier.status;
    if (requirements.length === 0 && indicators.length === 0 && pb === pa && !palierMoved) return undefined;
    return {
      finess: before.finess,
      indicators,
      requirements,
      ...(pb !== pa ? { prerequisites: { from: pb, to: pa } } : {}),
      ...(palierMoved ? { palier: { from: before.palier.status, to: after.palier.status } } : {}),
    };
  });
}
