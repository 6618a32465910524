import type { Establishment, Finess } from '../../actors/types.js';
import { atBoundary } from '../../core/guards.js';
import { aggregateEvaluations } from '../../dashboards/aggregate.js';
import {
  type Comparison,
  type ComputedPoint,
  compareWithReference,
  type Dimension,
  type EvaluationDashboard,
  NONE_KEY,
  type ReferenceSeriesId,
  referenceSeries,
  type TrajectorySeries,
} from '../../dashboards/index.js';
import { trajectorySeries } from '../../dashboards/trajectory-series.js';
import type { CalendarDate, Period } from '../../dates/index.js';
import type { EstablishmentEvaluation, LevelStatus } from '../../evaluation/types.js';
import { parseMoney, toCents } from '../../money/index.js';
import type { Programme } from '../../programme/types.js';
import type { DomainFunding } from './model.js';

/**
 * The dimensions the overview breaks the evaluations down by (*axes du tableau de bord*), in display order.
 *
 * @category Reports
 */
export const OVERVIEW_DIMENSIONS: readonly Dimension[] = Object.freeze([
  'region',
  'ars',
  'status',
  'category',
  'activity',
  'ght',
]);

/**
 * A member keeping its GHT from the palier (*établissement bloquant*).
 *
 * @category Reports
 */
export interface GhtBlocker {
  /** FINESS. */
  readonly finess: Finess;
  /** Name, when known. */
  readonly name?: string;
  /** Its palier: not reached or unknown. */
  readonly status: Exclude<LevelStatus, 'reached'>;
}

/**
 * One GHT in the roll-up (*synthèse par GHT*): its members' palier counts (each member's latest evaluation as of
 * the report date) and the members keeping the GHT from the palier, not reached first.
 *
 * @category Reports
 */
export interface GhtRollUp {
  /** GHT code. */
  readonly code: string;
  /** Members with an evaluation counted. */
  readonly evaluated: number;
  /** Members at the palier. */
  readonly reached: number;
  /** Members not at the palier. */
  readonly notReached: number;
  /** Members whose palier is unknown. */
  readonly unknown: number;
  /** The GHT's own status: reached when every member is, not reached as soon as one is not, else unknown. */
  readonly status: LevelStatus;
  /** Members keeping it from the palier: not reached, then unknown, by FINESS. */
  readonly blockers: readonly GhtBlocker[];
}

/**
 * What the overview of a report shows (*vue d'ensemble*): the dashboard of the latest evaluation per
 * establishment by region, ARS (as of the report date), legal status, category, activity and GHT; the trend
 * over the declared periods; the GHT roll-up; published reference figures beside computed ones.
 *
 * @category Reports
 */
export interface Overview {
  /** Latest evaluation per FINESS as of the report date, nationally and by {@link OVERVIEW_DIMENSIONS}. */
  readonly dashboard: EvaluationDashboard;
  /** National trajectory over the declared periods, when there are at least two. */
  readonly trend?: TrajectorySeries;
  /** GHTs whose members carry one, by code (empty when no establishment carries a GHT). */
  readonly ght: readonly GhtRollUp[];
  /** Reference series the programme publishes that a computed figure can stand beside. */
  readonly reference: readonly Comparison[];
}

/**
 * What {@link buildOverview} needs besides the evaluations.
 *
 * @category Reports
 */
export interface OverviewOptions {
  /** Programme evaluated against. */
  readonly programme: Programme;
  /** Report date: regions and ARS in force then, evaluations known then. */
  readonly asOf: CalendarDate;
  /** Funding by domain (decimal strings in euros), when a funding simulation is attached. */
  readonly fundingByDomain?: readonly DomainFunding[];
}

/**
 * Builds a report's overview from the same dashboards palier exports (`aggregateEvaluations`,
 * `trajectorySeries`, `referenceSeries`): nothing is counted twice in two ways.
 *
 * @example
 * ```ts
 * const o = buildOverview(evaluations, establishments, { programme: hopen, asOf: '2021-12-31' });
 * o.dashboard.by.region?.rows.map((r) => [r.name, r.levels.palier?.ofEvaluated.percent]);
 * o.ght[0]?.blockers; // members keeping the first GHT from the palier
 * ```
 *
 * @category Reports
 */
export function buildOverview(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  options: OverviewOptions,
): Overview {
  return atBoundary('buildOverview', 'evaluations', () => {
    const { programme, asOf } = options;
    const dashboard = aggregateEvaluations(evaluations, establishments, {
      asOf,
      programme,
      by: OVERVIEW_DIMENSIONS,
    });
    const periods = declaredPeriods(evaluations, asOf);
    const trend =
      periods.length >= 2
        ? trajectorySeries(evaluations, establishments, { asOf, programme, periods })
        : undefined;
    return {
      dashboard,
      ...(trend !== undefined ? { trend } : {}),
      ght: ghtRollUp(evaluations, establishments, asOf),
      reference: referenceComparisons(programme, dashboard, options.fundingByDomain),
    };
  });
}

/** Distinct periods of the evaluations ending on or before `asOf`, by start date. */
function declaredPeriods(evaluations: readonly EstablishmentEvaluation[], asOf: CalendarDate): Period[] {
  const byKey = new Map<string, Period>();
  for (const e of evaluations) {
    if (e.period.end <= asOf) byKey.set(`${e.period.start}/${e.period.end}`, e.period);
  }
  return [...byKey.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Each member's latest evaluation as of `asOf`, grouped by GHT. */
function ghtRollUp(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  asOf: CalendarDate,
): GhtRollUp[] {
  const ghtOf = new Map<string, Establishment>();
  for (const e of establishments) if (e.ght !== undefined && e.ght !== '') ghtOf.set(e.finess, e);
  if (ghtOf.size === 0) return [];
  const latest = new Map<string, EstablishmentEvaluation>();
  for (const e of evaluations) {
    if (e.period.end > asOf || !ghtOf.has(e.finess)) continue;
    const before = latest.get(e.finess);
    if (before === undefined || before.period.end < e.period.end) latest.set(e.finess, e);
  }
  const groups = new Map<string, { counts: [number, number, number]; blockers: GhtBlocker[] }>();
  for (const [finess, evaluation] of [...latest].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const member = ghtOf.get(finess)!;
    const code = member.ght!;
    let group = groups.get(code);
    if (group === undefined) {
      group = { counts: [0, 0, 0], blockers: [] };
      groups.set(code, group);
    }
    const status = evaluation.palier.status;
    group.counts[status === 'reached' ? 0 : status === 'not-reached' ? 1 : 2]++;
    if (status !== 'reached') group.blockers.push({ finess, name: member.name, status });
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([code]) => code !== NONE_KEY)
    .map(([code, g]) => ({
      code,
      evaluated: g.counts[0] + g.counts[1] + g.counts[2],
      reached: g.counts[0],
      notReached: g.counts[1],
      unknown: g.counts[2],
      status: g.counts[1] > 0 ? 'not-reached' : g.counts[2] > 0 ? 'unknown' : 'reached',
      blockers: [
        ...g.blockers.filter((b) => b.status === 'not-reached'),
        ...g.blockers.filter((b) => b.status === 'unknown'),
      ],
    }));
}

/** The programme's published series that a figure of this report can stand beside. */
function referenceComparisons(
  programme: Programme,
  dashboard: EvaluationDashboard,
  funding: OverviewOptions['fundingByDomain'],
): Comparison[] {
  const out: Comparison[] = [];
  const add = (id: ReferenceSeriesId, computed: (keys: readonly string[]) => ComputedPoint[]) => {
    const series = referenceSeries(programme, id);
    if (series.points.length === 0) return;
    out.push(compareWithReference(computed(series.points.map((p) => p.key)), series));
  };
  const prerequisites = dashboard.national.levels.prerequisites?.reached;
  add('prerequisites-reached', (keys) =>
    prerequisites === undefined ? [] : keys.map((key) => ({ key, value: prerequisites })),
  );
  add('funds-share-by-domain', () => (funding === undefined ? [] : fundsShare(funding)));
  return out;
}

/** Each domain's share of the total, in percent, from exact cents. */
function fundsShare(funding: NonNullable<OverviewOptions['fundingByDomain']>): ComputedPoint[] {
  const cents = funding.map((d) => {
    const money = parseMoney(d.amount);
    return money.ok ? toCents(money.value) : 0n;
  });
  const total = cents.reduce((a, b) => a + b, 0n);
  if (total === 0n) return [];
  return funding.map((d, i) => ({ key: d.domain, value: (Number(cents[i]!) * 100) / Number(total) }));
}
