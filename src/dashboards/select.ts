import type { Establishment, Finess } from '../actors/types.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import type { EstablishmentEvaluation } from '../evaluation/types.js';
import type { Programme } from '../programme/index.js';
import { dashboardIssue } from './diagnostics.js';
import type { Excluded } from './types.js';

/**
 * An evaluation kept for a dashboard, with its index in the input.
 *
 * @category Dashboards
 */
export interface Kept {
  /** Index in the evaluations given. */
  readonly index: number;
  /** The evaluation. */
  readonly evaluation: EstablishmentEvaluation;
}

/**
 * Whether an evaluation was made against `programme` (same id, or the id it is based on).
 *
 * @category Dashboards
 */
export function sameProgramme(e: EstablishmentEvaluation, programme: Programme): boolean {
  const id = e.programme?.id;
  return id === programme.id || (programme.basedOn !== undefined && id === programme.basedOn.id);
}

function later(a: EstablishmentEvaluation, b: EstablishmentEvaluation): boolean {
  return a.period.end > b.period.end || (a.period.end === b.period.end && a.period.start >= b.period.start);
}

/**
 * Keeps one evaluation per FINESS: the latest period known at `asOf` (ties: the later start, then the later
 * in the input). Counts what is left out (internal).
 *
 * @category Dashboards
 */
export function latestPerFiness(
  evaluations: readonly EstablishmentEvaluation[],
  programme: Programme,
  asOf: CalendarDate,
  diagnostics: PalierIssue[],
): { kept: Kept[]; excluded: Excluded } {
  const byFiness = new Map<Finess, Kept>();
  let afterAsOf = 0;
  let superseded = 0;
  let otherProgramme = 0;
  evaluations.forEach((evaluation, index) => {
    if (!sameProgramme(evaluation, programme)) {
      otherProgramme++;
      diagnostics.push(
        dashboardIssue('programme-mismatch', ['evaluations', index, 'programme', 'id'], {
          expected: programme.id,
          received: String(evaluation.programme?.id),
        }),
      );
      return;
    }
    if (evaluation.period.end > asOf) {
      afterAsOf++;
      return;
    }
    const current = byFiness.get(evaluation.finess);
    if (current === undefined) byFiness.set(evaluation.finess, { index, evaluation });
    else {
      superseded++;
      if (later(evaluation, current.evaluation)) byFiness.set(evaluation.finess, { index, evaluation });
    }
  });
  return { kept: [...byFiness.values()], excluded: { afterAsOf, superseded, otherProgramme } };
}

/**
 * Indexes establishments by FINESS (first wins; a duplicate is reported) (internal).
 *
 * @category Dashboards
 */
export function indexEstablishments(
  establishments: readonly Establishment[],
  diagnostics: PalierIssue[],
): Map<Finess, { readonly index: number; readonly establishment: Establishment }> {
  const map = new Map<Finess, { index: number; establishment: Establishment }>();
  establishments.forEach((establishment, index) => {
    if (map.has(establishment.finess)) {
      diagnostics.push(
        dashboardIssue('duplicate-establishment', ['establishments', index, 'finess'], {
          received: establishment.finess,
        }),
      );
    } else map.set(establishment.finess, { index, establishment });
  });
  return map;
}
