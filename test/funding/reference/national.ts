/*
 * The decimal.js implementation as it was before funding moved to bigint cents (copied from
 * src/funding/national.ts): the reference of the differential test. Not maintained beyond that use.
 */
import type { MoneyString } from '../../../src/core/label.js';
import { readAmount } from '../../../src/funding/amounts.js';
import { addMoney, sumMoney } from '../../../src/money/arithmetic.js';
import { type Money, ZERO } from '../../../src/money/money.js';
import type { RegionalProgramming, StatusGroup } from './programming.js';

/**
 * Figures for one slice of a programming (a region, a domain, a status group, or the nation).
 *
 * @category Funding
 */
export interface ProgrammingFigures {
  /** Applications (candidate × domain) considered. */
  readonly applications: number;
  /** Applications selected. */
  readonly selected: number;
  /** Sum of selected forfaits. */
  readonly committed: MoneyString;
  /** Sum released. */
  readonly paid: MoneyString;
}

/**
 * Figures of a slice that has an envelope (a region, the nation).
 *
 * @category Funding
 */
export interface EnvelopeFigures extends ProgrammingFigures {
  /** Envelope (for the nation, the sum of the regional envelopes). */
  readonly envelope: MoneyString;
  /** Envelope minus committed. */
  readonly remaining: MoneyString;
}

/**
 * National figures aggregated from regional programmings.
 *
 * @category Funding
 */
export interface NationalFigures {
  /** Whole nation, with the envelopes' total and what remains. */
  readonly total: EnvelopeFigures;
  /** By region, with each envelope and what remains. */
  readonly byRegion: Readonly<Record<string, EnvelopeFigures>>;
  /** By domain. */
  readonly byDomain: Readonly<Record<string, ProgrammingFigures>>;
  /** By status group. */
  readonly byStatus: Readonly<Partial<Record<StatusGroup, ProgrammingFigures>>>;
}

interface Acc {
  applications: number;
  selected: number;
  committed: Money;
  paid: Money;
}

const empty = (): Acc => ({ applications: 0, selected: 0, committed: ZERO, paid: ZERO });
const out = (a: Acc): ProgrammingFigures => ({
  applications: a.applications,
  selected: a.selected,
  committed: String(a.committed),
  paid: String(a.paid),
});

/**
 * Aggregates regional programmings to national figures by region, domain and status group (exact sums).
 *
 * @example
 * ```ts
 * const n = aggregateNational([idf, ara]);
 * n.total.committed; n.byDomain.D2?.selected; n.byStatus.public?.paid;
 * ```
 *
 * @category Funding
 */
export function aggregateNational(regions: readonly RegionalProgramming[]): NationalFigures {
  const total = empty();
  const byRegion: Record<string, EnvelopeFigures> = {};
  const byDomain = new Map<string, Acc>();
  const byStatus = new Map<StatusGroup, Acc>();
  for (const region of regions) {
    const acc = empty();
    for (const d of region.decisions) {
      const slices = [total, acc, slot(byDomain, d.domain), slot(byStatus, d.group)];
      const forfait = readAmount(d.forfait, [], [])!;
      const paid = readAmount(d.paid, [], [])!;
      for (const s of slices) {
        s.applications += 1;
        if (d.selected) {
          s.selected += 1;
          s.committed = addMoney(s.committed, forfait);
        }
        s.paid = addMoney(s.paid, paid);
      }
    }
    byRegion[region.region] = { ...out(acc), envelope: region.envelope, remaining: region.remaining };
  }
  const envelope = sumMoney(regions.map((r) => readAmount(r.envelope, [], [])!));
  const remaining = sumMoney(regions.map((r) => readAmount(r.remaining, [], [])!));
  return {
    total: { ...out(total), envelope: String(envelope), remaining: String(remaining) },
    byRegion,
    byDomain: Object.fromEntries([...byDomain].map(([k, v]) => [k, out(v)])),
    byStatus: Object.fromEntries([...byStatus].map(([k, v]) => [k, out(v)])),
  };
}

function slot<K>(map: Map<K, Acc>, key: K): Acc {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = empty();
    map.set(key, acc);
  }
  return acc;
}
