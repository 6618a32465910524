import { atBoundary, refuseArgument } from '../core/guards.js';
import type { MoneyString } from '../core/label.js';
import { moneyStringProblem } from '../core/money-string.js';
import { centsOfString, formatCents } from '../money/cents.js';
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

/** Running figures, amounts in whole cents. */
interface Acc {
  applications: number;
  selected: number;
  committed: bigint;
  paid: bigint;
}

const empty = (): Acc => ({ applications: 0, selected: 0, committed: 0n, paid: 0n });
const out = (a: Acc): ProgrammingFigures => ({
  applications: a.applications,
  selected: a.selected,
  committed: formatCents(a.committed),
  paid: formatCents(a.paid),
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
  return atBoundary('aggregateNational', 'regions', () => {
    const total = empty();
    const byRegion: Record<string, EnvelopeFigures> = {};
    const byDomain = new Map<string, Acc>();
    const byStatus = new Map<StatusGroup, Acc>();
    for (const region of regions) {
      const acc = empty();
      for (const d of region.decisions) {
        const slices = [total, acc, slot(byDomain, d.domain), slot(byStatus, d.group)];
        const forfait = cents(d.forfait);
        const paid = cents(d.paid);
        for (const s of slices) {
          s.applications += 1;
          if (d.selected) {
            s.selected += 1;
            s.committed += forfait;
          }
          s.paid += paid;
        }
      }
      byRegion[region.region] = { ...out(acc), envelope: region.envelope, remaining: region.remaining };
    }
    let envelope = 0n;
    let remaining = 0n;
    for (const r of regions) {
      envelope += cents(r.envelope);
      remaining += cents(r.remaining);
    }
    return {
      total: { ...out(total), envelope: formatCents(envelope), remaining: formatCents(remaining) },
      byRegion,
      byDomain: Object.fromEntries([...byDomain].map(([k, v]) => [k, out(v)])),
      byStatus: Object.fromEntries([...byStatus].map(([k, v]) => [k, out(v)])),
    };
  });
}

/** The cents of an amount of a programming (made by `programmeRegion`, or read back from JSON). */
function cents(amount: MoneyString): bigint {
  if (moneyStringProblem(amount, { allowNegative: true }) === undefined) return centsOfString(amount);
  return refuseArgument(
    'aggregateNational',
    'regions',
    {
      fr: 'des programmations régionales aux montants en euros',
      en: 'regional programmings with amounts in euros',
    },
    amount,
  );
}

function slot<K>(map: Map<K, Acc>, key: K): Acc {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = empty();
    map.set(key, acc);
  }
  return acc;
}
