/**
 * A national funding simulation at HOP'EN scale (18 regions, 2,430 candidates, 6,589 domain applications, as in
 * the 2019 selection [S20]), shared by bench/funding.bench.ts and the differential test of funding in cents. All
 * amounts are SYNTHETIC (the official forfait grids are unverified).
 */

import { rng } from '../../bench/lib.js';
import { REGIONS as REGIONS_SINCE_2016 } from '../../src/actors/index.js';
import type { LegalStatus } from '../../src/actors/types.js';
import type { Candidate } from '../../src/funding/index.js';

/** The national selection policy of the simulation. */
export const POLICY = {
  order: 'readiness-first' as const,
  balance: { weights: { public: 50, espic: 10, 'private-non-profit': 10, 'private-for-profit': 30 } },
};

/** The 18 regions since 2016. */
export const REGIONS = REGIONS_SINCE_2016.map((r) => r.code);
const CANDIDATES = 2430;
export const APPLICATIONS = 6589;
const DOMAINS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];
/** SYNTHETIC forfaits in cents per domain (not official values). */
const SYNTHETIC_FORFAIT_CENTS = [
  9_000_000, 21_000_000, 12_000_000, 6_000_000, 5_000_000, 15_000_000, 4_500_000,
];

/** Candidates by region and the regional weights (their counts). */
export interface Synthetic {
  readonly byRegion: Map<string, Candidate[]>;
  readonly weights: { region: string; weight: number }[];
}

/**
 * The national synthetic data (deterministic): 2,430 candidates over the 18 regions, 6,589 domain applications,
 * SYNTHETIC forfaits, 40 % of domains reached in 2020, prerequisites reached for 60 % of candidates.
 */
export function synthesise(): Synthetic {
  const random = rng(2019);
  const statuses: LegalStatus[] = ['public', 'public', 'private-non-profit', 'private-for-profit'];
  const byRegion = new Map<string, Candidate[]>(REGIONS.map((r) => [r, []]));
  let extra = APPLICATIONS - 2 * CANDIDATES; // every candidate applies for 2 domains, 1,729 for a 3rd
  for (let i = 0; i < CANDIDATES; i++) {
    const region = REGIONS[Math.floor(random() * random() * REGIONS.length)]!;
    const count = 2 + (extra-- > 0 ? 1 : 0);
    const first = Math.floor(random() * DOMAINS.length);
    const domains = Array.from({ length: count }, (_, k) => {
      const index = (first + k * 3) % DOMAINS.length;
      const cents = SYNTHETIC_FORFAIT_CENTS[index]! + Math.floor(random() * 100) * 1001;
      const reached = random() < 0.4;
      return {
        domain: DOMAINS[index]!,
        forfait: (cents / 100).toFixed(2),
        amorcage: (Math.floor(cents / 5) / 100).toFixed(2),
        ...(reached ? { reachedOn: `2020-0${1 + Math.floor(random() * 9)}-15` } : {}),
      };
    });
    const pre = random();
    byRegion.get(region)!.push({
      id: `C${i}`,
      finess: String(100000000 + i),
      status: statuses[i % statuses.length]!,
      espic: i % 8 === 2,
      readiness: random(),
      prerequisites:
        pre < 0.6
          ? { status: 'reached', reachedOn: '2019-06-30' }
          : { status: pre < 0.9 ? 'not-reached' : 'unknown' },
      domains,
    });
  }
  const weights = REGIONS.map((region) => ({ region, weight: byRegion.get(region)!.length }));
  return { byRegion, weights };
}
