import { atBoundary } from '../core/guards.js';
import { EvaluationView } from '../evaluation/evaluation-view.js';
import { type CompiledProgramme, prerequisitesStatus } from '../evaluation/index.js';
import type { EstablishmentEvaluation, LevelStatus, RequirementResult } from '../evaluation/types.js';
import type { Programme } from '../programme/index.js';
import type { DashboardLevel } from './types.js';

/**
 * The programme of a dashboard, compiled or not.
 *
 * @category Dashboards
 */
export type DashboardProgramme = Programme | CompiledProgramme;

/**
 * The plain programme behind a programme or a compiled one.
 *
 * @category Dashboards
 */
export function plainProgramme(p: DashboardProgramme): Programme {
  return 'compiled' in p && p.compiled === true ? p.programme : (p as Programme);
}

const ALL_PREREQUISITES: DashboardLevel = Object.freeze({
  code: 'prerequisites',
  kind: 'all-prerequisites',
  label: Object.freeze({ fr: 'Tous les prérequis', en: 'All prerequisites' }),
});

const PALIER: DashboardLevel = Object.freeze({
  code: 'palier',
  kind: 'palier',
  label: Object.freeze({ fr: 'Palier de maturité', en: 'Maturity level (palier)' }),
});

/**
 * The levels a dashboard counts, in programme order: each prerequisite, `prerequisites` (all of them reached),
 * each domain, then `palier`.
 *
 * @example
 * ```ts
 * dashboardLevels(hopen).map((l) => l.code); // ['P1', 'P2', 'P3', 'P4', 'prerequisites', 'D1', …, 'D7', 'palier']
 * ```
 *
 * @category Dashboards
 */
export function dashboardLevels(programme: DashboardProgramme): readonly DashboardLevel[] {
  return atBoundary('dashboardLevels', 'programme', () => {
    const p = plainProgramme(programme);
    const of = (r: Programme['prerequisites'][number]): DashboardLevel => ({
      code: r.code,
      kind: r.kind,
      label: r.label,
    });
    return Object.freeze([...p.prerequisites.map(of), ALL_PREREQUISITES, ...p.domains.map(of), PALIER]);
  });
}

/**
 * Status code per level: 0 reached, 1 not reached, 2 unknown.
 *
 * @category Dashboards
 */
export type StatusIndex = 0 | 1 | 2;

const INDEX: Readonly<Record<LevelStatus, StatusIndex>> = { reached: 0, 'not-reached': 1, unknown: 2 };

/**
 * The palier's status: read from the column on an evaluation view (no blockers built), else from its record.
 *
 * @example
 * ```ts
 * palierStatusOf(evaluation); // 'reached' | 'not-reached' | 'unknown'
 * ```
 */
export function palierStatusOf(evaluation: EstablishmentEvaluation): LevelStatus {
  return evaluation instanceof EvaluationView ? evaluation.palierStatus() : evaluation.palier.status;
}

function statusAt(list: readonly RequirementResult[], i: number, code: string): LevelStatus {
  const at = list[i];
  if (at !== undefined && at.code === code) return at.status;
  return list.find((r) => r.code === code)?.status ?? 'unknown';
}

/**
 * Reads the status of every level of an evaluation into `out` (same order as {@link dashboardLevels}); a level
 * the evaluation lacks is unknown. Reads the evaluation's prerequisites and domains once each (on an evaluation
 * view, statuses come from the compact columns; no indicator record is built).
 *
 * @category Dashboards
 */
export function readStatuses(
  evaluation: EstablishmentEvaluation,
  levels: readonly DashboardLevel[],
  prerequisiteCount: number,
  out: Uint8Array,
): void {
  const prerequisites = evaluation.prerequisites;
  const domains = evaluation.domains;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l]!;
    let status: LevelStatus;
    if (level.kind === 'prerequisite') status = statusAt(prerequisites, l, level.code);
    else if (level.kind === 'domain') status = statusAt(domains, l - prerequisiteCount - 1, level.code);
    else if (level.kind === 'all-prerequisites') status = prerequisitesStatus({ prerequisites });
    else status = palierStatusOf(evaluation);
    out[l] = INDEX[status];
  }
}
