import type { Establishment } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import type { EstablishmentEvaluation } from '../evaluation/types.js';
import { type Acc, accOf, addStatuses, newAcc, toRow } from './accumulator.js';
import { dashboardIssue } from './diagnostics.js';
import { compareKeys, Grouper, isOverlapping } from './groups.js';
import { type DashboardProgramme, dashboardLevels, plainProgramme, readStatuses } from './levels.js';
import { indexEstablishments, latestPerFiness } from './select.js';
import {
  DIMENSIONS,
  type Dimension,
  type DimensionRows,
  type EvaluationDashboard,
  NATIONAL_KEY,
} from './types.js';

/**
 * Options of {@link aggregateEvaluations}.
 *
 * @category Dashboards
 */
export interface AggregateOptions {
  /** Date of the dashboard: evaluations of periods ending later are left out; regions and ARS as of then. */
  readonly asOf: CalendarDate;
  /** The programme the evaluations were made against (its levels are the dashboard's). */
  readonly programme: DashboardProgramme;
  /** Dimensions to break down by; default: every {@link DIMENSIONS | dimension}. */
  readonly by?: readonly Dimension[];
}

/**
 * Aggregates the evaluations of many establishments (*consolidation*): per prerequisite, all prerequisites,
 * domain and palier, how many establishments reached it, did not, or are unknown — nationally and by region,
 * ARS (both as of `asOf`), department, legal status, status group (ESPIC apart), activity, category and GHT.
 *
 * One evaluation counts per FINESS: the latest period ending on or before `asOf`. Establishments given without
 * an evaluation are counted in `withoutEvaluation`, outside every share. An evaluation whose FINESS is not among
 * the establishments counts nationally and in the `(unassigned)` row of every dimension, with a diagnostic,
 * so that the rows of a dimension (activities aside) always sum to the national row. Pure.
 *
 * @example
 * ```ts
 * const batch = evaluateMany(compiled, inputs, { asOf: '2021-12-31' });
 * const dash = aggregateEvaluations(okEvaluations(batch), establishments, { asOf: '2021-12-31', programme: compiled });
 * dash.national.levels.palier?.ofEvaluated.percent; // share of evaluated establishments at the palier
 * dash.by.ars?.rows.find((r) => r.key === 'ars-mayotte')?.evaluated;
 * ```
 *
 * @category Dashboards
 */
export function aggregateEvaluations(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  options: AggregateOptions,
): EvaluationDashboard {
  const args: Arguments = {
    evaluations: [evaluations, 'list'],
    establishments: [establishments, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('aggregateEvaluations', args, () => {
    const programme = plainProgramme(options.programme);
    const levels = dashboardLevels(programme);
    const L = levels.length;
    const diagnostics: PalierIssue[] = [];
    const index = indexEstablishments(establishments, diagnostics);
    const { kept, excluded } = latestPerFiness(evaluations, programme, options.asOf, diagnostics);
    const grouper = new Grouper(options.asOf, diagnostics);
    const dims = options.by ?? DIMENSIONS;
    const national = newAcc(NATIONAL_KEY, undefined, L);
    const groups = dims.map(() => new Map<string, Acc>());
    const statuses = new Uint8Array(L);
    const seen = new Set<string>();
    const prerequisiteCount = programme.prerequisites.length;
    for (const { index: i, evaluation } of kept) {
      const found = index.get(evaluation.finess);
      if (found === undefined) {
        diagnostics.push(
          dashboardIssue('establishment-not-found', ['evaluations', i, 'finess'], {
            received: evaluation.finess,
          }),
        );
      } else seen.add(evaluation.finess);
      readStatuses(evaluation, levels, prerequisiteCount, statuses);
      addStatuses(national, statuses);
      const path = found === undefined ? ['evaluations', i] : ['establishments', found.index];
      dims.forEach((dim, d) => {
        for (const g of grouper.keys(found?.establishment, dim, path))
          addStatuses(accOf(groups[d]!, g.key, g.name, L), statuses);
      });
    }
    for (const [finess, { index: i, establishment }] of index) {
      if (seen.has(finess)) continue;
      national.withoutEvaluation++;
      dims.forEach((dim, d) => {
        for (const g of grouper.keys(establishment, dim, ['establishments', i]))
          accOf(groups[d]!, g.key, g.name, L).withoutEvaluation++;
      });
    }
    const by: Partial<Record<Dimension, DimensionRows>> = {};
    dims.forEach((dimension, d) => {
      const rows = [...groups[d]!.values()]
        .sort((a, b) => compareKeys(a.key, b.key))
        .map((a) => toRow(a, levels));
      by[dimension] = { dimension, overlapping: isOverlapping(dimension), rows };
    });
    return {
      asOf: options.asOf,
      programme: { id: programme.id, version: programme.version },
      levels,
      national: toRow(national, levels),
      by,
      excluded,
      diagnostics,
    };
  });
}
