import { arsOf, regionByCode } from '../actors/index.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString } from '../core/label.js';
import type { CalendarDate } from '../dates/index.js';
import type { RegionalProgramming, StatusGroup } from '../funding/index.js';
import { fromCents, isMoneyString, parseMoney, toCents } from '../money/index.js';
import { dashboardIssue } from './diagnostics.js';
import { compareKeys } from './groups.js';
import { UNASSIGNED_KEY } from './types.js';

/**
 * Funding figures of one slice (a region, a domain, a status …), amounts exact to the cent.
 *
 * @category Dashboards
 */
export interface FundingFigures {
  /** Applications (candidate × domain) considered. */
  readonly applications: number;
  /** Applications selected. */
  readonly selected: number;
  /** Committed (*engagé*): sum of the selected forfaits. */
  readonly committed: MoneyString;
  /** Paid (*versé*, released as of the programmings' date). */
  readonly paid: MoneyString;
  /** Still to pay on what is committed (*reste à verser*): committed − paid. */
  readonly outstanding: MoneyString;
}

/**
 * A row of a funding dashboard.
 *
 * @category Dashboards
 */
export interface FundingRow extends FundingFigures {
  /** Key: region code, ARS id, domain code, status or status group. */
  readonly key: string;
  /** Display name where known (regions, ARS). */
  readonly name?: string;
}

/**
 * A row for an envelope holder (a region, an ARS, the nation): with its envelope and what remains of it.
 *
 * @category Dashboards
 */
export interface EnvelopeRow extends FundingRow {
  /** Envelope (sum of the regional envelopes). */
  readonly envelope: MoneyString;
  /** Remaining (*reste à engager*): envelope − committed. */
  readonly remaining: MoneyString;
}

/**
 * A funding dashboard: committed, paid, outstanding and remaining, nationally and by slice.
 *
 * @category Dashboards
 */
export interface FundingDashboard {
  /** Date of the dashboard (regions and ARS in force). */
  readonly asOf: CalendarDate;
  /** The nation. */
  readonly total: EnvelopeRow;
  /** By region (code as given in the programmings). */
  readonly byRegion: readonly EnvelopeRow[];
  /** By ARS in force at `asOf` (ARS Océan Indien covers regions 04 and 06 until 2019-12-31). */
  readonly byArs: readonly EnvelopeRow[];
  /** By domain. */
  readonly byDomain: readonly FundingRow[];
  /** By legal status (`public`, `private-non-profit` with ESPIC, `private-for-profit`). */
  readonly byStatus: readonly FundingRow[];
  /** By status group (ESPIC apart). */
  readonly byStatusGroup: readonly FundingRow[];
  /** Region × domain, keyed `<region>/<domain>`. */
  readonly byRegionAndDomain: readonly FundingRow[];
  /** Problems found (a region programmed twice, another date, an unreadable amount). */
  readonly diagnostics: readonly PalierIssue[];
}

/**
 * Options of {@link fundingDashboard}.
 *
 * @category Dashboards
 */
export interface FundingDashboardOptions {
  /** Date of the dashboard; a programming made as of another date is reported. */
  readonly asOf: CalendarDate;
}

interface Acc {
  readonly key: string;
  readonly name: string | undefined;
  applications: number;
  selected: number;
  committed: bigint;
  paid: bigint;
  envelope: bigint;
}

function slot(map: Map<string, Acc>, key: string, name?: string): Acc {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = { key, name, applications: 0, selected: 0, committed: 0n, paid: 0n, envelope: 0n };
    map.set(key, acc);
  }
  return acc;
}

const money = (cents: bigint): MoneyString => String(fromCents(cents));

function row(a: Acc): FundingRow {
  return {
    key: a.key,
    ...(a.name !== undefined ? { name: a.name } : {}),
    applications: a.applications,
    selected: a.selected,
    committed: money(a.committed),
    paid: money(a.paid),
    outstanding: money(a.committed - a.paid),
  };
}

function envelopeRow(a: Acc): EnvelopeRow {
  return { ...row(a), envelope: money(a.envelope), remaining: money(a.envelope - a.committed) };
}

const rows = <R>(map: Map<string, Acc>, f: (a: Acc) => R): R[] =>
  [...map.values()].sort((a, b) => compareKeys(a.key, b.key)).map(f);

const LEGAL: Readonly<Record<StatusGroup, string>> = {
  public: 'public',
  espic: 'private-non-profit',
  'private-non-profit': 'private-non-profit',
  'private-for-profit': 'private-for-profit',
};

/**
 * A funding dashboard from the funding engine's regional programmings (`programmeRegion`): applications,
 * selections, committed, paid and outstanding (committed − paid) by region, ARS, domain, legal status, status
 * group and region × domain; envelopes and remaining (envelope − committed) for regions, ARS and the nation.
 * Sums are exact to the cent; every slice of a breakdown sums to the total. Pure.
 *
 * @example
 * ```ts
 * const r = programmeRegion({ region: '84', envelope: '1000000.00', amorcageShare: 20, asOf: '2020-12-31',
 *   policy: { order: 'readiness-first' }, candidates });
 * if (r.ok) fundingDashboard([r.value], { asOf: '2020-12-31' }).byDomain; // [{ key: 'D2', committed: '…', … }]
 * ```
 *
 * @category Dashboards
 */
export function fundingDashboard(
  programmings: readonly RegionalProgramming[],
  options: FundingDashboardOptions,
): FundingDashboard {
  const args: Arguments = { programmings: [programmings, 'list'], options: [options, 'object'] };
  return atBoundary('fundingDashboard', args, () => {
    const { asOf } = options;
    const diagnostics: PalierIssue[] = [];
    const total = slot(new Map(), 'national');
    const maps = {
      region: new Map<string, Acc>(),
      ars: new Map<string, Acc>(),
      domain: new Map<string, Acc>(),
      status: new Map<string, Acc>(),
      group: new Map<string, Acc>(),
      regionDomain: new Map<string, Acc>(),
    };
    const cents = (value: unknown, path: (string | number)[]): bigint | undefined => {
      // canonical non-negative "123.45": its cents are its digits; anything else goes through parseMoney
      if (isMoneyString(value) && value[0] !== '-') return BigInt(value.replace('.', ''));
      const r = parseMoney(value);
      if (r.ok) return toCents(r.value);
      diagnostics.push(
        dashboardIssue('invalid-amount', path, { received: String(value), severity: 'error' }),
      );
      return undefined;
    };
    programmings.forEach((programming, p) => {
      if (programming.asOf !== asOf) {
        diagnostics.push(
          dashboardIssue('as-of-mismatch', ['programmings', p, 'asOf'], {
            expected: asOf,
            received: programming.asOf,
          }),
        );
      }
      const code = programming.region;
      if (maps.region.has(code))
        diagnostics.push(dashboardIssue('duplicate-region', ['programmings', p, 'region']));
      const region = slot(maps.region, code, regionByCode(code, asOf)?.name);
      const found = arsOf({ region: code }, asOf);
      const ars = found.ok
        ? slot(maps.ars, found.value.ars.id, found.value.ars.name)
        : slot(maps.ars, UNASSIGNED_KEY);
      if (!found.ok)
        diagnostics.push(dashboardIssue('no-region', ['programmings', p, 'region'], { received: code }));
      const envelope = cents(programming.envelope, ['programmings', p, 'envelope']) ?? 0n;
      for (const acc of [total, region, ars]) acc.envelope += envelope;
      programming.decisions.forEach((d, i) => {
        const path = ['programmings', p, 'decisions', i];
        const forfait = cents(d.forfait, [...path, 'forfait']);
        const paid = cents(d.paid, [...path, 'paid']);
        if (forfait === undefined || paid === undefined) return;
        const slices = [
          total,
          region,
          ars,
          slot(maps.domain, d.domain),
          slot(maps.status, LEGAL[d.group] ?? d.group),
          slot(maps.group, d.group),
          slot(maps.regionDomain, `${code}/${d.domain}`),
        ];
        for (const s of slices) {
          s.applications++;
          if (d.selected) {
            s.selected++;
            s.committed += forfait;
          }
          s.paid += paid;
        }
      });
    });
    return {
      asOf,
      total: envelopeRow(total),
      byRegion: rows(maps.region, envelopeRow),
      byArs: rows(maps.ars, envelopeRow),
      byDomain: rows(maps.domain, row),
      byStatus: rows(maps.status, row),
      byStatusGroup: rows(maps.group, row),
      byRegionAndDomain: rows(maps.regionDomain, row),
      diagnostics,
    };
  });
}
