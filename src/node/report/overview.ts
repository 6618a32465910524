import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary } from '../../core/guards.js';
import { aggregateEvaluations } from '../../dashboards/aggregate.js';
import {
  type Comparison,
  type ComputedPoint,
  type Dimension,
  type EvaluationDashboard,
  type ReferenceSeriesId,
  referenceComparison,
  referenceSeries,
  type TrajectorySeries,
} from '../../dashboards/index.js';
import { trajectorySeries } from '../../dashboards/trajectory-series.js';
import type { CalendarDate, Period } from '../../dates/index.js';
import type { EstablishmentEvaluation } from '../../evaluation/types.js';
import { parseMoney, toCents } from '../../money/index.js';
import type { Programme } from '../../programme/types.js';
import { type GhtReach, ghtReach } from './ght-reach.js';
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
  /** Reach of each GHT the establishments carry, and who blocks (`ghtReach`; empty when none carries one). */
  readonly ght: readonly GhtReach[];
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
 * `trajectorySeries`, `referenceSeries`) and the GHT reach of the other report formats (`ghtReach`): nothing is
 * counted twice in two ways.
 *
 * @example
 * ```ts
 * const o = buildOverview(evaluations, establishments, { programme: hopen, asOf: '2021-12-31' });
 * o.dashboard.by.region?.rows.map((r) => [r.name, r.levels.palier?.ofEvaluated.percent]);
 * o.ght[0]?.blockers; // members keeping the first GHT from the palier (see ghtReach)
 * ```
 *
 * @category Reports
 */
export function buildOverview(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  options: OverviewOptions,
): Overview {
  const args: Arguments = {
    evaluations: [evaluations, 'list'],
    establishments: [establishments, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('buildOverview', args, () => {
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
      ght: ghtReach(evaluations, new Map(establishments.map((e) => [e.finess, e])), asOf),
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
    out.push(referenceComparison(computed(series.points.map((p) => p.key)), series));
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
