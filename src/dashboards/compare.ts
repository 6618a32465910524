import { type Arguments, atBoundary } from '../core/guards.js';
import { parseMoney, toCents } from '../money/index.js';
import type { FundingDashboard } from './funding.js';
import type { ReferencePoint, ReferenceSeries } from './reference.js';
import type { EvaluationDashboard } from './types.js';

/**
 * A computed value to put next to a published one.
 *
 * @category Dashboards
 */
export interface ComputedPoint {
  /** Key matching {@link ReferencePoint.key} (a domain code, a figure id). */
  readonly key: string;
  /** The value, in the unit of the reference series. */
  readonly value: number;
}

/**
 * One row of a comparison: the computed value and the published one for a key.
 *
 * @category Dashboards
 */
export interface ComparisonRow {
  /** Key. */
  readonly key: string;
  /** Computed value, or `null` when none was computed for this key. */
  readonly computed: number | null;
  /** The published point, or `null` when nothing is published for this key. */
  readonly published: ReferencePoint | null;
  /** `computed − published.value`, or `null` when either is missing. */
  readonly difference: number | null;
}

/**
 * A computed series side by side with a published one.
 *
 * @category Dashboards
 */
export interface Comparison {
  /** The reference series. */
  readonly reference: ReferenceSeries;
  /** Published keys first (in their order), then computed keys with no published value. */
  readonly rows: readonly ComparisonRow[];
}

/**
 * Puts a computed series side by side with a published one, key by key. Nothing is judged: a published
 * figure marked `about` or `more-than` keeps its precision on the row for the reader.
 *
 * @example
 * ```ts
 * const c = referenceComparison(fundsShareByDomain(funding), referenceSeries(hopen, 'funds-share-by-domain'));
 * c.rows[0]; // { key: 'D2', computed: 49.8, published: { value: 52, … }, difference: -2.2 }
 * ```
 *
 * @category Dashboards
 */
export function referenceComparison(
  computed: readonly ComputedPoint[],
  reference: ReferenceSeries,
): Comparison {
  const args: Arguments = { computed: [computed, 'list'], reference: [reference, 'object'] };
  return atBoundary('referenceComparison', args, () => {
    const values = new Map<string, number>();
    for (const c of computed) values.set(c.key, c.value);
    const rows: ComparisonRow[] = reference.points.map((p) => {
      const value = values.get(p.key);
      return {
        key: p.key,
        computed: value ?? null,
        published: p,
        difference: value === undefined ? null : value - p.value,
      };
    });
    const published = new Set(reference.points.map((p) => p.key));
    for (const [key, value] of values) {
      if (!published.has(key)) rows.push({ key, computed: value, published: null, difference: null });
    }
    return { reference, rows };
  });
}

/**
 * Each domain's share of the committed funds, in percent (over the total committed), from a funding
 * dashboard — to compare with the `funds-share-by-domain` reference series. Empty when nothing is committed.
 *
 * @example
 * ```ts
 * fundsShareByDomain(funding); // [{ key: 'D2', value: 52.4 }, …]
 * ```
 *
 * @category Dashboards
 */
export function fundsShareByDomain(funding: FundingDashboard): ComputedPoint[] {
  return atBoundary('fundsShareByDomain', 'funding', () => {
    const total = cents(funding.total.committed);
    if (total === 0n) return [];
    return funding.byDomain.map((d) => ({
      key: d.key,
      value: (Number(cents(d.committed)) * 100) / Number(total),
    }));
  });
}

/**
 * Each domain's committed funds in euros (a number, for charts: the exact amount stays in the dashboard) — to
 * compare with the `funds-amount-by-domain` reference series.
 *
 * @example
 * ```ts
 * fundsAmountByDomain(funding); // [{ key: 'D2', value: 217000000 }, …]
 * ```
 *
 * @category Dashboards
 */
export function fundsAmountByDomain(funding: FundingDashboard): ComputedPoint[] {
  return atBoundary('fundsAmountByDomain', 'funding', () => {
    return funding.byDomain.map((d) => ({ key: d.key, value: Number(d.committed) }));
  });
}

/**
 * The national count of establishments that reached a level, as a computed point under `key` — e.g. all
 * prerequisites against HN's published "about 2,000" (`hn-outcome-prerequisites-establishments`). Empty when
 * the dashboard has no such level (never a made-up 0).
 *
 * @example
 * ```ts
 * const points = reachedPoints(dashboard, 'prerequisites', 'hn-outcome-prerequisites-establishments');
 * referenceComparison(points, referenceSeries(hopitalNumerique, 'prerequisites-reached'));
 * ```
 *
 * @category Dashboards
 */
export function reachedPoints(dashboard: EvaluationDashboard, level: string, key: string): ComputedPoint[] {
  const args: Arguments = { dashboard: [dashboard, 'object'], level: [level, 'text'], key: [key, 'text'] };
  return atBoundary('reachedPoints', args, () => {
    const counts = dashboard.national.levels[level];
    return counts === undefined ? [] : [{ key, value: counts.reached }];
  });
}

function cents(value: string): bigint {
  const r = parseMoney(value);
  return r.ok ? toCents(r.value) : 0n;
}
