/**
 * Funding: a national simulation at HOP'EN scale (18 regions, 2,430 candidates, 6,589 domain applications, as in
 * the 2019 selection [S20]) — regional envelopes from weights, selection within each envelope under a balanced,
 * readiness-first policy, payment schedules for every selected domain, national figures. Compared with the same
 * algorithm on plain JavaScript numbers (binary floats in euros, which is what exact amounts protect against),
 * and with the decimal.js implementation funding used before bigint cents (test/funding/reference).
 *
 * All amounts are SYNTHETIC (the official forfait grids are unverified). Run: `npx tsx bench/funding.bench.ts`.
 */

import {
  aggregateNational,
  programmeRegion,
  type StatusGroup,
  scheduleTranches,
  splitNationalEnvelope,
  statusGroup,
} from '../src/funding/index.js';
import { hopen } from '../src/programmes/index.js';
import { APPLICATIONS, POLICY, synthesise } from '../test/funding/national-synthetic.js';
import * as decimalNational from '../test/funding/reference/national.js';
import * as decimal from '../test/funding/reference/programming.js';
import * as decimalTranches from '../test/funding/reference/tranches.js';
import { interleave, report } from './lib.js';

const data = synthesise();
const countApplications = [...data.byRegion.values()].flat().reduce((n, c) => n + c.domains.length, 0);
if (countApplications !== APPLICATIONS)
  throw new Error(`expected ${APPLICATIONS} applications, got ${countApplications}`);
const policy = POLICY;
const asOf = '2021-06-30';

/** The functions of a funding implementation (palier's, or the decimal.js one it replaced). */
const PALIER = { programmeRegion, aggregateNational, scheduleTranches };
const DECIMAL = {
  programmeRegion: decimal.programmeRegion,
  aggregateNational: decimalNational.aggregateNational,
  scheduleTranches: decimalTranches.scheduleTranches,
} as unknown as typeof PALIER;

/** The palier pipeline: exact amounts, issues as data, explained decisions. */
function palierSimulation(impl = PALIER) {
  const envelopes = splitNationalEnvelope(hopen.funding.envelope.value, data.weights);
  if (!envelopes.ok) throw new Error('envelopes');
  const regions = envelopes.value.map((e) => {
    const r = impl.programmeRegion({
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
  return { regions, national: impl.aggregateNational(regions) };
}

function palierSchedules(regions: ReturnType<typeof palierSimulation>['regions'], impl = PALIER) {
  let lines = 0;
  for (const region of regions) {
    const byId = new Map(data.byRegion.get(region.region)!.map((c) => [c.id, c]));
    for (const d of region.decisions) {
      if (!d.selected) continue;
      const c = byId.get(d.candidate)!;
      const domain = c.domains.find((x) => x.domain === d.domain)!;
      const s = impl.scheduleTranches(
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
      const g = statusGroup(it.c);
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
    {
      name: 'before (decimal.js on the hot path): simulation + payment schedules',
      run: () => palierSchedules(palierSimulation(DECIMAL).regions, DECIMAL),
      items: APPLICATIONS,
      unit: 'applications',
    },
  ],
});

report(
  'funding',
  'Funding: national simulation (18 regions, 2,430 candidates, 6,589 domain applications; SYNTHETIC forfaits)',
  rows,
);
