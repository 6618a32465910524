/**
 * Dashboards on 3,000 synthetic establishments: evaluate, aggregate (8 dimensions, date-aware region and ARS),
 * what-if on a target, trajectory series and a funding dashboard — each compared with a plain loop doing the
 * counting alone (keys precomputed, no lookups, no records).
 *
 * The programme, the population and the amounts are SYNTHETIC (test fixtures): the figures measure speed only.
 * Run: `npx tsx bench/dashboards.bench.ts`.
 */
import { actorDepartment, REGIONS, regionOf } from '../src/actors/index.js';
import {
  aggregateEvaluations,
  diffEvaluations,
  fundingDashboard,
  okEvaluations,
  trajectorySeries,
  whatIf,
} from '../src/dashboards/index.js';
import { compileProgramme, evaluateEstablishment, evaluateMany } from '../src/evaluation/index.js';
import type { EstablishmentEvaluation } from '../src/evaluation/types.js';
import type { RegionalProgramming, SelectionDecision } from '../src/funding/index.js';
import { withOverrides } from '../src/programme/index.js';
import { declaration, syntheticPopulation, testProgramme } from '../test/dashboards/fixtures.js';
import { interleave, report } from './lib.js';

const N = 3000;
const ASOF = '2021-12-31';
const programme = testProgramme();
const compiled = compileProgramme(programme);
const members = syntheticPopulation(N);
const establishments = members.map((m) => m.establishment);
const inputs = members.map((m) => ({
  establishment: m.establishment,
  declaration: declaration(m.establishment.finess, m.raw),
}));
const evaluations = okEvaluations(evaluateMany(compiled, inputs, { asOf: ASOF }));

/** Baseline: the counting alone, with every group key precomputed and statuses read straight off. */
function baselineKeys(): string[][] {
  return establishments.map((e) => {
    const dep = actorDepartment(e) ?? '';
    const region = regionOf(dep, ASOF);
    return [
      region.ok ? region.value.region.code : '?',
      region.ok ? region.value.region.code : '?',
      dep,
      e.status ?? '',
      e.espic ? 'espic' : (e.status ?? ''),
      (e.activities ?? []).join(','),
      e.category ?? '',
      e.ght ?? '',
    ];
  });
}
const keys = baselineKeys();
const STATUS = { reached: 0, 'not-reached': 1, unknown: 2 } as const;

function baseline(list: readonly EstablishmentEvaluation[]): number {
  const groups = new Map<string, Int32Array>();
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const statuses = [
      ...e.prerequisites.map((p) => STATUS[p.status]),
      ...e.domains.map((d) => STATUS[d.status]),
      STATUS[e.palier.status],
    ];
    for (const key of ['national', ...keys[i]!]) {
      let c = groups.get(key);
      if (c === undefined) {
        c = new Int32Array(statuses.length * 3);
        groups.set(key, c);
      }
      for (let l = 0; l < statuses.length; l++) c[l * 3 + statuses[l]!]!++;
    }
  }
  return groups.size;
}

const aggregate = () =>
  aggregateEvaluations(evaluations, establishments, { asOf: ASOF, programme: compiled });
const changes = {
  source: 'SYNTHETIC benchmark',
  thresholds: [
    {
      indicator: 'D2.2',
      role: 'target' as const,
      comparator: 'at-least' as const,
      value: 90,
      inclusive: true,
    },
  ],
};

// The same inputs under the what-if's derived programme, for the diff alone.
const derivedEvaluations = okEvaluations(
  evaluateMany(compileProgramme(withOverrides(programme, changes)), inputs, { asOf: ASOF }),
);

// Three yearly evaluations per establishment for the trajectory series.
const years = ['2019', '2020', '2021'];
const history = years.flatMap((y, k) =>
  members.map((m) =>
    evaluateEstablishment(
      compiled,
      m.establishment,
      declaration(
        m.establishment.finess,
        { ...m.raw, d22: Math.min(50, m.raw.d22 + k) },
        {
          start: `${y}-01-01`,
          end: `${y}-12-31`,
        },
      ),
      { asOf: ASOF },
    ),
  ),
);
const periods = years.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` }));

// Funding: 18 regions, 3,000 decisions with amounts that do not divide evenly.
const regionsCodes = REGIONS.map((r) => r.code);
const programmings: RegionalProgramming[] = regionsCodes.map((region, r) => ({
  region,
  envelope: '10000000.00',
  amorcagePool: '2000000.00',
  usagePool: '8000000.00',
  committed: '0.00',
  paid: '0.00',
  remaining: '0.00',
  policy: { order: 'input-order' },
  asOf: ASOF,
  decisions: Array.from(
    { length: Math.ceil(N / regionsCodes.length) },
    (_, i): SelectionDecision => ({
      candidate: `${region}-${i}`,
      finess: `F${r}-${i}`,
      domain: `D${1 + (i % 7)}`,
      group: (['public', 'espic', 'private-non-profit', 'private-for-profit'] as const)[i % 4]!,
      selected: i % 5 !== 0,
      reason: i % 5 !== 0 ? 'selected' : 'usage-pool-exhausted',
      forfait: `${10_000 + i}.33`,
      amorcage: '2000.00',
      paid: i % 5 !== 0 && i % 2 === 0 ? '2000.00' : '0.00',
    }),
  ),
}));
const decisionsCount = programmings.reduce((a, p) => a + p.decisions.length, 0);

function baselineFunding(): bigint {
  let total = 0n;
  for (const p of programmings)
    for (const d of p.decisions) if (d.selected) total += BigInt(d.forfait.replace('.', ''));
  return total;
}

/** 21 interleaved rounds after 5 warm-ups: the cases are short, the JIT needs a few runs. */
const rounds = { rounds: 21, warmup: 5 };
const est = { items: N, unit: 'est' };
const rows = [
  ...(await interleave({
    baseline: { name: 'baseline: plain counting loop', run: () => baseline(evaluations), ...est },
    cases: [
      { name: 'aggregate (8 dimensions)', run: aggregate, ...est },
      {
        name: 'trajectory series (3 periods, by region and status)',
        run: () =>
          trajectorySeries(history, establishments, {
            asOf: ASOF,
            programme: compiled,
            periods,
            by: ['region', 'status'],
          }),
        items: history.length,
        unit: 'evaluations',
      },
    ],
    ...rounds,
  })),
  ...(await interleave({
    baseline: {
      name: 'evaluate (evaluateMany)',
      run: () => evaluateMany(compiled, inputs, { asOf: ASOF }),
      ...est,
    },
    cases: [
      {
        name: 'evaluate + aggregate',
        run: () =>
          aggregateEvaluations(
            okEvaluations(evaluateMany(compiled, inputs, { asOf: ASOF })),
            establishments,
            {
              asOf: ASOF,
              programme: compiled,
            },
          ),
        ...est,
      },
      {
        name: 'diff (diffEvaluations, 3,000 pairs)',
        run: () => evaluations.map((e, i) => diffEvaluations(e, derivedEvaluations[i]!)),
        ...est,
      },
      {
        name: 'what-if (override, 2 evaluations, diff, 2 aggregates)',
        run: () => whatIf(programme, changes, inputs, { asOf: ASOF }),
        ...est,
      },
    ],
    ...rounds,
  })),
  ...(await interleave({
    baseline: {
      name: 'baseline: bigint sum of forfaits',
      run: baselineFunding,
      items: decisionsCount,
      unit: 'decisions',
    },
    cases: [
      {
        name: 'funding dashboard (6 breakdowns)',
        run: () => fundingDashboard(programmings, { asOf: ASOF }),
        items: decisionsCount,
        unit: 'decisions',
      },
    ],
    ...rounds,
  })),
];

report('dashboards', `Dashboards on ${N.toLocaleString('en-US')} synthetic establishments`, rows);
