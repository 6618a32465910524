/**
 * Funding: a national simulation at HOP'EN scale (18 regions, 2,430 candidates, 6,589 domain applications, as in
 * the 2019 selection [S20]) — regional envelopes from weights, selection within each envelope under a balanced,
 * readiness-first policy, payment schedules for every selected domain, national figures. Compared with the same
 * algorithm on plain JavaScript numbers (binary floats in euros, which is what exact decimals protect against).
 *
 * All amounts are SYNTHETIC (the official forfait grids are unverified). Run: `npx tsx bench/funding.bench.ts`.
 */

import { REGIONS as REGIONS_SINCE_2016 } from '../src/actors/index.js';
import type { LegalStatus } from '../src/actors/types.js';
import {
  aggregateNational,
  type Candidate,
  programmeRegion,
  type StatusGroup,
  scheduleTranches,
  splitNationalEnvelope,
  statusGroup,
} from '../src/funding/index.js';
import { hopen } from '../src/programmes/index.js';
import { interleave, report, rng } from './lib.js';

/** The 18 regions since 2016. */
const REGIONS = REGIONS_SINCE_2016.map((r) => r.code);
const CANDIDATES = 2430;
const APPLICATIONS = 6589;
const DOMAINS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];
/** SYNTHETIC forfaits in cents per domain (not official values). */
const SYNTHETIC_FORFAIT_CENTS = [
  9_000_000, 21_000_000, 12_000_000, 6_000_000, 5_000_000, 15_000_000, 4_500_000,
];

interface Synthetic {
  readonly byRegion: Map<string, Candidate[]>;
  readonly weights: { region: string; weight: number }[];
}

function synthesise(): Synthetic {
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

const data = synthesise();
const countApplications = [...data.byRegion.values()].flat().reduce((n, c) => n + c.domains.length, 0);
if (countApplications !== APPLICATIONS)
  throw new Error(`expected ${APPLICATIONS} applications, got ${countApplications}`);
const policy = {
  order: 'readiness-first' as const,
  balance: { weights: { public: 50, espic: 10, 'private-non-profit': 10, 'private-for-profit': 30 } },
};
const asOf = '2021-06-30';

/** The palier pipeline: exact decimals, issues as data, explained decisions. */
function palierSimulation() {
  const envelopes = splitNationalEnvelope(hopen.funding.envelope.value, data.weights);
  if (!envelopes.ok) throw new Error('envelopes');
  const regions = envelopes.value.map((e) => {
    const r = programmeRegion({
      region: e.region,
      envelope: e.amount,
      amorcageShare: hopen.funding.amorcageShare.value,
      candidates: data.byRegion.get(e.region)!,
      policy,
      asOf,
    });
    if (!r.ok) throw new Error('programming');
    return r.value;
  });
  return { regions, national: aggregateNational(regions) };
}

function palierSchedules(regions: ReturnType<typeof palierSimulation>['regions']) {
  let lines = 0;
  for (const region of regions) {
    const byId = new Map(data.byRegion.get(region.region)!.map((c) => [c.id, c]));
    for (const d of region.decisions) {
      if (!d.selected) continue;
      const c = byId.get(d.candidate)!;
      const domain = c.domains.find((x) => x.domain === d.domain)!;
      const s = scheduleTranches(
        {
          application: d.candidate,
          domain: d.domain,
          forfait: d.forfait,
          amorcage: d.amorcage,
          selectedOn: '2019-09-30',
          prerequisites: c.prerequisites,
          usage: domain.reachedOn
            ? { status: 'reached', reachedOn: domain.reachedOn }
            : { status: 'not-reached' },
          bonus: { conditionMet: false },
        },
        { funding: hopen.funding, milestones: hopen.milestones, asOf },
      );
      if (s.ok) lines += s.value.lines.length;
    }
  }
  return lines;
}

/** Baseline: the same selection with plain numbers in euros (no exactness, no issues, no explanations). */
function plainSimulation() {
  const total = 420_000_000;
  const weightSum = data.weights.reduce((a, w) => a + w.weight, 0);
  const groups: StatusGroup[] = ['public', 'espic', 'private-non-profit', 'private-for-profit'];
  const groupWeightSum = groups.reduce((a, g) => a + (policy.balance.weights[g] ?? 0), 0);
  const rank = { reached: 0, unknown: 1, 'not-reached': 2 } as const;
  let committed = 0;
  let paid = 0;
  for (const w of data.weights) {
    const envelope = Math.round(((total * w.weight) / weightSum) * 100) / 100;
    let amorcageLeft = envelope * 0.2;
    let usageLeft = envelope - amorcageLeft;
    const groupLeft = new Map(
      groups.map((g) => [g, (envelope * (policy.balance.weights[g] ?? 0)) / groupWeightSum]),
    );
    const items = data.byRegion
      .get(w.region)!
      .flatMap((c, ci) =>
        c.domains.map((d) => ({ c, d, ci, forfait: Number(d.forfait), amorcage: Number(d.amorcage) })),
      );
    items.sort(
      (a, b) =>
        rank[a.c.prerequisites.status] - rank[b.c.prerequisites.status] ||
        (b.c.readiness ?? 0) - (a.c.readiness ?? 0) ||
        a.ci - b.ci,
    );
    const refused: typeof items = [];
    const take = (it: (typeof items)[number], useGroups: boolean) => {
      const g = statusGroup(it.c.status, it.c.espic);
      const usage = it.forfait - it.amorcage;
      if (it.amorcage > amorcageLeft || usage > usageLeft) return;
      if (useGroups && it.forfait > groupLeft.get(g)!) {
        refused.push(it);
        return;
      }
      amorcageLeft -= it.amorcage;
      usageLeft -= usage;
      if (useGroups) groupLeft.set(g, groupLeft.get(g)! - it.forfait);
      committed += it.forfait;
      if (it.c.prerequisites.status === 'reached')
        paid += it.d.reachedOn && it.d.reachedOn <= asOf ? it.forfait : it.amorcage;
    };
    for (const it of items) take(it, true);
    for (const it of [...refused]) take(it, false);
  }
  return { committed, paid };
}

const result = palierSimulation();
const scheduleLines = palierSchedules(result.regions);
const plain = plainSimulation();
console.log(
  `national: committed ${result.national.total.committed} €, paid ${result.national.total.paid} €, remaining ${result.national.total.remaining} €, ` +
    `${result.national.total.selected}/${result.national.total.applications} applications selected; ${scheduleLines} payment lines` +
    `\nplain-number baseline (binary floats): committed ${plain.committed} €, paid ${plain.paid} €`,
);

const BASELINE = 'plain numbers: envelopes + selection (baseline)';
const rows = await interleave({
  baseline: { name: BASELINE, run: plainSimulation, items: APPLICATIONS, unit: 'applications' },
  cases: [
    {
      name: 'palier: envelopes + selection + national figures',
      run: palierSimulation,
      items: APPLICATIONS,
      unit: 'applications',
    },
    {
      name: 'palier: payment schedules of every selected domain',
      run: () => palierSchedules(result.regions),
      items: result.national.total.selected,
      unit: 'schedules',
    },
    {
      name: 'palier: simulation + payment schedules',
      run: () => palierSchedules(palierSimulation().regions),
      items: APPLICATIONS,
      unit: 'applications',
      target: '≤ 50 ms',
    },
  ],
});

report(
  'funding',
  'Funding: national simulation (18 regions, 2,430 candidates, 6,589 domain applications; SYNTHETIC forfaits)',
  rows,
);
