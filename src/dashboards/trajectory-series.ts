import type { Establishment, Finess } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate, Period } from '../dates/index.js';
import type { EstablishmentEvaluation } from '../evaluation/types.js';
import { dashboardIssue } from './diagnostics.js';
import { compareKeys, Grouper, type GroupKey, isOverlapping } from './groups.js';
import { type DashboardProgramme, dashboardLevels, plainProgramme, readStatuses } from './levels.js';
import { indexEstablishments, sameProgramme } from './select.js';
import { type DashboardLevel, type Dimension, NATIONAL_KEY } from './types.js';

/**
 * Counts of one level in one period of a trajectory series.
 *
 * @category Dashboards
 */
export interface PeriodLevelCounts {
  /** Establishments whose evaluation in this period reached the level. */
  readonly reached: number;
  /** … did not reach it. */
  readonly notReached: number;
  /** … are unknown for it. */
  readonly unknown: number;
  /** Establishments reaching it in this period for the first time within the periods given (*primo-atteinte*). */
  readonly firstReached: number;
  /** Establishments that reached it in this period or an earlier one given (cumulative). */
  readonly cumulative: number;
}

/**
 * One period of a series row.
 *
 * @category Dashboards
 */
export interface SeriesPoint {
  /** The period. */
  readonly period: Period;
  /** Establishments of the row with an evaluation in this period. */
  readonly observed: number;
  /** Counts per level code. */
  readonly levels: Readonly<Record<string, PeriodLevelCounts>>;
}

/**
 * A group's trajectory: one point per period.
 *
 * @category Dashboards
 */
export interface SeriesRow {
  /** Group key ({@link NATIONAL_KEY} for the nation). */
  readonly key: string;
  /** Display name where known. */
  readonly name?: string;
  /** Distinct establishments of the row observed in at least one period. */
  readonly establishments: number;
  /** One point per period, in date order. */
  readonly points: readonly SeriesPoint[];
}

/**
 * The rows of one dimension of a trajectory series.
 *
 * @category Dashboards
 */
export interface SeriesDimensionRows {
  /** `true` when an establishment can sit in several rows (activities). */
  readonly overlapping: boolean;
  /** Rows sorted by key. */
  readonly rows: readonly SeriesRow[];
}

/**
 * Evaluations a trajectory series left out, by reason.
 *
 * @category Dashboards
 */
export interface SeriesExcluded {
  /** Period ending after `asOf`. */
  readonly afterAsOf: number;
  /** End date in none of the periods. */
  readonly outsidePeriods: number;
  /** Evaluated against another programme id. */
  readonly otherProgramme: number;
}

/**
 * Trajectories over periods, nationally and by dimension.
 *
 * @category Dashboards
 */
export interface TrajectorySeries {
  /** Date of the series (evaluations known, regions and ARS placing every period's establishments). */
  readonly asOf: CalendarDate;
  /** Levels counted. */
  readonly levels: readonly DashboardLevel[];
  /** Periods, sorted by start date. */
  readonly periods: readonly Period[];
  /** The nation. */
  readonly national: SeriesRow;
  /** Rows by dimension, with whether they overlap. */
  readonly by: Readonly<Partial<Record<Dimension, SeriesDimensionRows>>>;
  /** Evaluations left out: ending after `asOf`, in no period, or of another programme. */
  readonly excluded: SeriesExcluded;
  /** Problems found. */
  readonly diagnostics: readonly PalierIssue[];
}

/**
 * Options of {@link trajectorySeries}.
 *
 * @category Dashboards
 */
export interface TrajectorySeriesOptions {
  /** Date of the series. */
  readonly asOf: CalendarDate;
  /** The programme evaluated against. */
  readonly programme: DashboardProgramme;
  /** Periods (e.g. years or semesters); an evaluation falls in the period containing its end date. */
  readonly periods: readonly Period[];
  /** Dimensions; default none (national only). */
  readonly by?: readonly Dimension[];
}

interface Cell {
  /** Per period, the status vector of the latest evaluation in it (or undefined). */
  readonly statuses: (Uint8Array | undefined)[];
  /** End date of that evaluation, per period. */
  readonly ends: (string | undefined)[];
  readonly establishment: Establishment | undefined;
  readonly path: readonly (string | number)[];
}

/**
 * Trajectories over periods (*trajectoire*): per period and level, how many establishments reached it in that
 * period, reached it for the first time, and have reached it so far (cumulative) — nationally and by dimension.
 * Within a period an establishment counts once, with its latest evaluation there. Group membership is fixed at
 * `asOf` (the regions and ARS then), so every row's cumulative series only grows. Pure.
 *
 * @example
 * ```ts
 * const s = trajectorySeries(evaluations, establishments, {
 *   asOf: '2022-12-31', programme: hopen,
 *   periods: [{ start: '2020-01-01', end: '2020-12-31' }, { start: '2021-01-01', end: '2021-12-31' }],
 * });
 * s.national.points[1]?.levels.palier?.cumulative;
 * ```
 *
 * @category Dashboards
 */
export function trajectorySeries(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  options: TrajectorySeriesOptions,
): TrajectorySeries {
  const args: Arguments = {
    evaluations: [evaluations, 'list'],
    establishments: [establishments, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('trajectorySeries', args, () => {
    const programme = plainProgramme(options.programme);
    const levels = dashboardLevels(programme);
    const L = levels.length;
    const diagnostics: PalierIssue[] = [];
    const periods = checkPeriods(options.periods, diagnostics);
    const P = periods.length;
    const index = indexEstablishments(establishments, diagnostics);
    const cells = new Map<Finess, Cell>();
    let afterAsOf = 0;
    let outsidePeriods = 0;
    let otherProgramme = 0;
    evaluations.forEach((evaluation, i) => {
      if (!sameProgramme(evaluation, programme)) {
        otherProgramme++;
        return;
      }
      const end = evaluation.period.end;
      if (end > options.asOf) {
        afterAsOf++;
        return;
      }
      const p = periods.findIndex((q) => q.start <= end && end <= q.end);
      if (p < 0) {
        outsidePeriods++;
        return;
      }
      let cell = cells.get(evaluation.finess);
      if (cell === undefined) {
        const found = index.get(evaluation.finess);
        if (found === undefined) {
          diagnostics.push(
            dashboardIssue('establishment-not-found', ['evaluations', i, 'finess'], {
              received: evaluation.finess,
            }),
          );
        }
        cell = {
          statuses: new Array(P).fill(undefined),
          ends: new Array(P).fill(undefined),
          establishment: found?.establishment,
          path: found === undefined ? ['evaluations', i] : ['establishments', found.index],
        };
        cells.set(evaluation.finess, cell);
      }
      const previous = cell.ends[p];
      if (previous !== undefined && previous > end) return;
      const statuses = new Uint8Array(L);
      readStatuses(evaluation, levels, programme.prerequisites.length, statuses);
      cell.statuses[p] = statuses;
      cell.ends[p] = end;
    });
    const grouper = new Grouper(options.asOf, diagnostics);
    const national = newSeriesAcc({ key: NATIONAL_KEY }, P, L);
    const dims = options.by ?? [];
    const groups = dims.map(() => new Map<string, SeriesAcc>());
    for (const cell of cells.values()) {
      const first = firstReachedPeriods(cell, L);
      addCell(national, cell, first, L);
      dims.forEach((dim, d) => {
        for (const g of grouper.keys(cell.establishment, dim, cell.path)) {
          let acc = groups[d]!.get(g.key);
          if (acc === undefined) {
            acc = newSeriesAcc(g, P, L);
            groups[d]!.set(g.key, acc);
          }
          addCell(acc, cell, first, L);
        }
      });
    }
    const by: Partial<Record<Dimension, SeriesDimensionRows>> = {};
    dims.forEach((dim, d) => {
      const rows = [...groups[d]!.values()]
        .sort((a, b) => compareKeys(a.group.key, b.group.key))
        .map((a) => toSeriesRow(a, periods, levels));
      by[dim] = { overlapping: isOverlapping(dim), rows };
    });
    return {
      asOf: options.asOf,
      levels,
      periods,
      national: toSeriesRow(national, periods, levels),
      by,
      excluded: { afterAsOf, outsidePeriods, otherProgramme },
      diagnostics,
    };
  });
}

function checkPeriods(periods: readonly Period[], diagnostics: PalierIssue[]): Period[] {
  const valid: Period[] = [];
  periods.forEach((p, i) => {
    if (p.start > p.end) diagnostics.push(dashboardIssue('invalid-period', ['periods', i]));
    else valid.push(p);
  });
  valid.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
  for (let i = 1; i < valid.length; i++) {
    if (valid[i]!.start <= valid[i - 1]!.end) {
      diagnostics.push(dashboardIssue('overlapping-periods', ['periods']));
      break;
    }
  }
  return valid;
}

/** For each level, the first period index where the cell reached it, or -1. */
function firstReachedPeriods(cell: Cell, L: number): Int32Array {
  const first = new Int32Array(L).fill(-1);
  cell.statuses.forEach((s, p) => {
    if (s === undefined) return;
    for (let l = 0; l < L; l++) if (first[l] === -1 && s[l] === 0) first[l] = p;
  });
  return first;
}

interface SeriesAcc {
  readonly group: GroupKey;
  establishments: number;
  readonly observed: Int32Array;
  /** Per period and level: reached, not reached, unknown, first reached. */
  readonly counts: Int32Array;
}

function newSeriesAcc(group: GroupKey, P: number, L: number): SeriesAcc {
  return { group, establishments: 0, observed: new Int32Array(P), counts: new Int32Array(P * L * 4) };
}

function addCell(acc: SeriesAcc, cell: Cell, first: Int32Array, L: number): void {
  acc.establishments++;
  cell.statuses.forEach((s, p) => {
    if (s === undefined) return;
    acc.observed[p]!++;
    for (let l = 0; l < L; l++) acc.counts[(p * L + l) * 4 + s[l]!]!++;
  });
  for (let l = 0; l < L; l++) if (first[l]! >= 0) acc.counts[(first[l]! * L + l) * 4 + 3]!++;
}

function toSeriesRow(
  acc: SeriesAcc,
  periods: readonly Period[],
  levels: readonly DashboardLevel[],
): SeriesRow {
  const L = levels.length;
  const cumulative = new Int32Array(L);
  const points = periods.map((period, p): SeriesPoint => {
    const out: Record<string, PeriodLevelCounts> = {};
    levels.forEach((level, l) => {
      const at = (p * L + l) * 4;
      cumulative[l]! += acc.counts[at + 3]!;
      out[level.code] = {
        reached: acc.counts[at]!,
        notReached: acc.counts[at + 1]!,
        unknown: acc.counts[at + 2]!,
        firstReached: acc.counts[at + 3]!,
        cumulative: cumulative[l]!,
      };
    });
    return { period, observed: acc.observed[p]!, levels: out };
  });
  return {
    key: acc.group.key,
    ...(acc.group.name !== undefined ? { name: acc.group.name } : {}),
    establishments: acc.establishments,
    points,
  };
}
