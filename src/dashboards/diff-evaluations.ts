import { type Arguments, atBoundary } from '../core/guards.js';
import { type IndicatorStatusOf, RequirementView } from '../evaluation/evaluation-view.js';
import type {
  EstablishmentEvaluation,
  IndicatorStatus,
  LevelStatus,
  RequirementResult,
} from '../evaluation/types.js';
import type { RequirementKind } from '../programme/index.js';
import { palierStatusOf } from './levels.js';

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

function allPrerequisites(prerequisites: readonly RequirementResult[]): LevelStatus {
  if (prerequisites.length === 0) return 'unknown';
  if (prerequisites.some((p) => p.status === 'not-reached')) return 'not-reached';
  return prerequisites.some((p) => p.status === 'unknown') ? 'unknown' : 'reached';
}

/** Each indicator's code and status: from the outcome column on a view (no record built), else its records. */
function statusesOf(r: RequirementResult): readonly IndicatorStatusOf[] {
  return r instanceof RequirementView ? r.indicatorStatuses() : r.indicators;
}

/** The entry of `list` with `code`: the one at `index` when the two sides list their entries in the same order. */
function sameCode<T extends { readonly code: string }>(
  list: readonly T[],
  index: number,
  code: string,
): T | undefined {
  const at = list[index];
  return at !== undefined && at.code === code ? at : list.find((x) => x.code === code);
}

function compareGroup(
  before: readonly RequirementResult[],
  after: readonly RequirementResult[],
  requirements: RequirementChange[],
  indicators: IndicatorChange[],
): void {
  before.forEach((b, index) => {
    const a = sameCode(after, index, b.code);
    if (a === undefined) return;
    if (a.status !== b.status)
      requirements.push({ code: b.code, kind: b.kind, from: b.status, to: a.status });
    const afterStatuses = statusesOf(a);
    statusesOf(b).forEach((bi, i) => {
      const ai = sameCode(afterStatuses, i, bi.code);
      if (ai !== undefined && ai.status !== bi.status)
        indicators.push({ code: bi.code, requirement: b.code, from: bi.status, to: ai.status });
    });
  });
}

/**
 * What changed between two evaluations of the same establishment (e.g. before and after a threshold override):
 * each indicator, prerequisite and domain whose status moved, all prerequisites together and the palier.
 * `undefined` when nothing moved. Levels present on one side only are not compared. On evaluation views the
 * indicator statuses are read from the outcome columns: no indicator record is built.
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
  const args: Arguments = { before: [before, 'object'], after: [after, 'object'] };
  return atBoundary('diffEvaluations', args, () => {
    const requirements: RequirementChange[] = [];
    const indicators: IndicatorChange[] = [];
    const prerequisitesBefore = before.prerequisites;
    const prerequisitesAfter = after.prerequisites;
    compareGroup(prerequisitesBefore, prerequisitesAfter, requirements, indicators);
    compareGroup(before.domains, after.domains, requirements, indicators);
    const pb = allPrerequisites(prerequisitesBefore);
    const pa = allPrerequisites(prerequisitesAfter);
    const palierBefore = palierStatusOf(before);
    const palierAfter = palierStatusOf(after);
    const palierMoved = palierBefore !== palierAfter;
    if (requirements.length === 0 && indicators.length === 0 && pb === pa && !palierMoved) return undefined;
    return {
      finess: before.finess,
      indicators,
      requirements,
      ...(pb !== pa ? { prerequisites: { from: pb, to: pa } } : {}),
      ...(palierMoved ? { palier: { from: palierBefore, to: palierAfter } } : {}),
    };
  });
}
