import { type Arguments, atBoundary } from '../core/guards.js';
import type { Label, Provenance } from '../core/label.js';
import type { CalendarDate } from '../dates/index.js';
import type { ProgrammeRef } from '../evaluation/index.js';
import type { Programme, PublishedFigure } from '../programme/index.js';

/**
 * Series of published figures a dashboard can show next to computed values:
 *
 * - `prerequisites-reached` — establishments reported reaching the prerequisites (HN: about 2,000 at the
 *   assessment, 1,300 in 2016);
 * - `selection` — the HOP'EN 2019 selection (interest, applications, pre-selected establishments …);
 * - `funds-share-by-domain` — share of the funds going to each domain, in percent (HOP'EN, 2019 selection);
 * - `funds-amount-by-domain` — the amounts by domain where published, in euros;
 * - `funding` — funding totals published without a breakdown (HN's funds granted, delegated, committed);
 * - `outcome` — the programme's assessment (*bilan*) figures.
 *
 * @category Dashboards
 */
export type ReferenceSeriesId =
  | 'prerequisites-reached'
  | 'selection'
  | 'funds-share-by-domain'
  | 'funds-amount-by-domain'
  | 'funding'
  | 'outcome';

/**
 * Every {@link ReferenceSeriesId}.
 *
 * @category Dashboards
 */
export const REFERENCE_SERIES: readonly ReferenceSeriesId[] = Object.freeze([
  'prerequisites-reached',
  'selection',
  'funds-share-by-domain',
  'funds-amount-by-domain',
  'funding',
  'outcome',
]);

/**
 * One published value of a reference series.
 *
 * @category Dashboards
 */
export interface ReferencePoint {
  /** Key to match a computed value: the domain code (`D2`) in the `…-by-domain` series, else the figure id. */
  readonly key: string;
  /** Id of the published figure. */
  readonly figure: string;
  /** What it measures. */
  readonly label: Label;
  /** The value as published. */
  readonly value: number;
  /** Unit (`establishments`, `percent`, `EUR` …). */
  readonly unit: string;
  /** As published: `exact`, `about`, `more-than`; absent when the source does not qualify it. */
  readonly precision?: PublishedFigure['precision'];
  /** Date the figure refers to, when known. */
  readonly asOf?: CalendarDate;
  /** Source and status. */
  readonly provenance: Provenance;
}

/**
 * A series of published figures of one programme.
 *
 * @category Dashboards
 */
export interface ReferenceSeries {
  /** Which series. */
  readonly series: ReferenceSeriesId;
  /** Programme the figures are about. */
  readonly programme: ProgrammeRef;
  /** The points, in the programme's order (empty when the programme publishes none for this series). */
  readonly points: readonly ReferencePoint[];
}

const isDomain = (f: PublishedFigure) => f.dimension?.kind === 'domain';

const MATCH: Readonly<Record<ReferenceSeriesId, (f: PublishedFigure) => boolean>> = {
  'prerequisites-reached': (f) => f.unit === 'establishments' && /prerequisites/.test(f.id),
  selection: (f) => /(^|-)selection-/.test(f.id),
  'funds-share-by-domain': (f) => isDomain(f) && f.unit === 'percent' && /funds/.test(f.id),
  'funds-amount-by-domain': (f) => isDomain(f) && f.unit === 'EUR' && /funds/.test(f.id),
  funding: (f) => f.unit === 'EUR' && f.dimension === undefined,
  outcome: (f) => /(^|-)outcome-/.test(f.id),
};

function point(f: PublishedFigure, byDimension: boolean): ReferencePoint {
  return {
    key: byDimension ? (f.dimension?.key ?? f.id) : f.id,
    figure: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    ...(f.precision !== undefined ? { precision: f.precision } : {}),
    ...(f.asOf !== undefined ? { asOf: f.asOf } : {}),
    provenance: f.provenance,
  };
}

/**
 * A series of the programme's published figures (`programme.figures`), each point with its value, unit,
 * precision as published and provenance — to show next to computed values.
 *
 * @example
 * ```ts
 * referenceSeries(hopen, 'funds-share-by-domain').points.map((p) => [p.key, p.value]);
 * // [['D2', 52], ['D6', 17], ['D1', 11], …] — S20, confirmed
 * referenceSeries(hopitalNumerique, 'prerequisites-reached').points[0]?.value; // 2000 (precision 'about')
 * ```
 *
 * @category Dashboards
 */
export function referenceSeries(programme: Programme, series: ReferenceSeriesId): ReferenceSeries {
  const args: Arguments = { programme: [programme, 'object'], series: [series, REFERENCE_SERIES] };
  return atBoundary('referenceSeries', args, () => {
    const match = MATCH[series];
    return {
      series,
      programme: { id: programme.id, version: programme.version },
      points: programme.figures.filter((f) => match(f)).map((f) => point(f, series.endsWith('-by-domain'))),
    };
  });
}
