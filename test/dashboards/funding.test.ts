import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FundingRow, fundingDashboard } from '../../src/dashboards/index.js';
import {
  type Candidate,
  programmeRegion,
  type RegionalProgramming,
  type SelectionDecision,
  STATUS_GROUPS,
} from '../../src/funding/index.js';

// Every amount below is synthetic (test data), not a programme figure.

function decision(
  d: Partial<SelectionDecision> & Pick<SelectionDecision, 'domain' | 'forfait'>,
): SelectionDecision {
  return {
    candidate: 'c',
    finess: 'F',
    group: 'public',
    selected: true,
    reason: 'selected',
    amorcage: '0.00',
    paid: '0.00',
    ...d,
  };
}

function programming(
  region: string,
  envelope: string,
  decisions: SelectionDecision[],
  asOf = '2020-12-31',
): RegionalProgramming {
  return {
    region,
    envelope,
    amorcagePool: '0.00',
    usagePool: '0.00',
    committed: '0.00',
    paid: '0.00',
    remaining: '0.00',
    decisions,
    policy: { order: 'input-order' },
    asOf,
  };
}

const cents = (s: string) => BigInt(s.replace('.', ''));
const sumCents = (rows: readonly FundingRow[], k: 'committed' | 'paid' | 'outstanding') =>
  rows.reduce((acc, r) => acc + cents(r[k]), 0n);

describe('fundingDashboard', () => {
  it('is all zeros for no programming', () => {
    const d = fundingDashboard([], { asOf: '2020-12-31' });
    expect(d.total).toEqual({
      key: 'national',
      applications: 0,
      selected: 0,
      committed: '0.00',
      paid: '0.00',
      outstanding: '0.00',
      envelope: '0.00',
      remaining: '0.00',
    });
    expect(d.byRegion).toEqual([]);
    expect(d.diagnostics).toEqual([]);
  });

  it('adds cents exactly and derives outstanding (committed − paid) and remaining (envelope − committed)', () => {
    const d = fundingDashboard(
      [
        programming('84', '100.00', [
          decision({ domain: 'D2', forfait: '33.33', paid: '6.67' }),
          decision({ domain: 'D2', forfait: '33.33', paid: '33.33', group: 'espic' }),
          decision({ domain: 'D6', forfait: '33.34', selected: false, reason: 'usage-pool-exhausted' }),
        ]),
      ],
      { asOf: '2020-12-31' },
    );
    expect(d.total.committed).toBe('66.66');
    expect(d.total.paid).toBe('40.00');
    expect(d.total.outstanding).toBe('26.66');
    expect(d.total.remaining).toBe('33.34');
    expect(d.total.applications).toBe(3);
    expect(d.total.selected).toBe(2);
    expect(d.byRegion[0]).toMatchObject({ key: '84', name: 'Auvergne-Rhône-Alpes', envelope: '100.00' });
    expect(d.byDomain.map((r) => [r.key, r.committed, r.applications])).toEqual([
      ['D2', '66.66', 2],
      ['D6', '0.00', 1],
    ]);
    expect(d.byStatus.map((r) => [r.key, r.committed])).toEqual([
      ['private-non-profit', '33.33'],
      ['public', '33.33'],
    ]);
    expect(d.byStatusGroup.map((r) => r.key)).toEqual(['espic', 'public']);
    expect(d.byRegionAndDomain.map((r) => r.key)).toEqual(['84/D2', '84/D6']);
  });

  it('groups La Réunion (04) and Mayotte (06) under ARS Océan Indien on 2019-12-31, apart from 2020-01-01', () => {
    const list = (asOf: string) => [
      programming('04', '10.00', [decision({ domain: 'D2', forfait: '4.00' })], asOf),
      programming('06', '5.00', [decision({ domain: 'D2', forfait: '1.00' })], asOf),
      programming('94', '1.00', [], asOf),
    ];
    const before = fundingDashboard(list('2019-12-31'), { asOf: '2019-12-31' });
    const after = fundingDashboard(list('2020-01-01'), { asOf: '2020-01-01' });
    expect(before.byArs.map((r) => [r.key, r.envelope, r.committed, r.remaining])).toEqual([
      ['ars-corse', '1.00', '0.00', '1.00'],
      ['ars-ocean-indien', '15.00', '5.00', '10.00'],
    ]);
    expect(after.byArs.map((r) => [r.key, r.envelope, r.committed])).toEqual([
      ['ars-corse', '1.00', '0.00'],
      ['ars-la-reunion', '10.00', '4.00'],
      ['ars-mayotte', '5.00', '1.00'],
    ]);
    expect(before.total.envelope).toBe(after.total.envelope);
  });

  it('reports a region programmed twice (and adds it up), another date, and an unreadable amount', () => {
    const d = fundingDashboard(
      [
        programming('11', '10.00', [decision({ domain: 'D1', forfait: '1.00' })]),
        programming('11', '5.00', [decision({ domain: 'D1', forfait: 'abc' })], '2021-06-30'),
      ],
      { asOf: '2020-12-31' },
    );
    expect(d.diagnostics.map((i) => i.code)).toEqual([
      'as-of-mismatch',
      'duplicate-region',
      'invalid-amount',
    ]);
    expect(d.diagnostics[2]!.path).toEqual(['programmings', 1, 'decisions', 0, 'forfait']);
    expect(d.byRegion).toHaveLength(1);
    expect(d.byRegion[0]).toMatchObject({ envelope: '15.00', committed: '1.00', applications: 1 });
  });

  it('reads non-canonical amounts through parseMoney and refuses negative ones', () => {
    const d = fundingDashboard(
      [
        programming('11', '10', [
          decision({ domain: 'D1', forfait: '1.5' }),
          decision({ domain: 'D1', forfait: '-1.00' }),
        ]),
      ],
      { asOf: '2020-12-31' },
    );
    expect(d.total.envelope).toBe('10.00');
    expect(d.total.committed).toBe('1.50');
    expect(d.diagnostics.map((i) => [i.code, i.received])).toEqual([['invalid-amount', '-1.00']]);
  });

  it('reads the funding engine output: committed and paid match programmeRegion to the cent', () => {
    const candidates: Candidate[] = [
      {
        id: 'A',
        finess: '750712184',
        status: 'public',
        prerequisites: { status: 'reached', reachedOn: '2020-01-31' },
        domains: [
          { domain: 'D2', forfait: '1000.01', amorcage: '200.00', reachedOn: '2020-06-30' },
          { domain: 'D6', forfait: '500.00', amorcage: '100.00' },
        ],
      },
      {
        id: 'B',
        finess: '690000000',
        status: 'private-for-profit',
        prerequisites: { status: 'not-reached' },
        domains: [{ domain: 'D2', forfait: '333.33', amorcage: '66.67' }],
      },
    ];
    const r = programmeRegion({
      region: '84',
      envelope: '10000.00',
      amorcageShare: 20,
      candidates,
      policy: { order: 'input-order' },
      asOf: '2020-12-31',
    });
    if (!r.ok) throw new Error('programming failed');
    const d = fundingDashboard([r.value], { asOf: '2020-12-31' });
    expect(d.total.committed).toBe(r.value.committed);
    expect(d.total.paid).toBe(r.value.paid);
    expect(d.total.remaining).toBe(r.value.remaining);
    expect(d.byRegion[0]!.committed).toBe(r.value.committed);
  });
});

describe('fundingDashboard on random programmings (properties)', () => {
  const amount = fc
    .bigInt({ min: 0n, max: 10_000_000n })
    .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`);
  const decisionArb = fc
    .record({
      domain: fc.constantFrom('D1', 'D2', 'D3', 'D6'),
      forfait: amount,
      selected: fc.boolean(),
      group: fc.constantFrom(...STATUS_GROUPS),
      paidShare: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ forfait, paidShare, selected, ...rest }) => {
      const paid = selected ? (cents(forfait) * BigInt(paidShare)) / 100n : 0n;
      return decision({
        ...rest,
        forfait,
        selected,
        paid: `${paid / 100n}.${String(paid % 100n).padStart(2, '0')}`,
      });
    });
  const programmingsArb = fc.uniqueArray(
    fc.record({
      region: fc.constantFrom('11', '04', '06', '94', '84', '01'),
      envelope: amount,
      decisions: fc.array(decisionArb, { maxLength: 15 }),
    }),
    { selector: (p) => p.region, maxLength: 6 },
  );

  it('every breakdown sums to the total, to the cent, and outstanding = committed − paid everywhere', () => {
    fc.assert(
      fc.property(programmingsArb, fc.constantFrom('2019-12-31', '2020-01-01'), (list, asOf) => {
        const d = fundingDashboard(
          list.map((p) => programming(p.region, p.envelope, p.decisions, asOf)),
          { asOf },
        );
        expect(d.diagnostics).toEqual([]);
        const committed = list
          .flatMap((p) => p.decisions)
          .filter((x) => x.selected)
          .reduce((a, x) => a + cents(x.forfait), 0n);
        expect(cents(d.total.committed)).toBe(committed);
        for (const rows of [
          d.byRegion,
          d.byArs,
          d.byDomain,
          d.byStatus,
          d.byStatusGroup,
          d.byRegionAndDomain,
        ]) {
          for (const k of ['committed', 'paid', 'outstanding'] as const)
            expect(sumCents(rows, k)).toBe(cents(d.total[k]));
          expect(rows.reduce((a, r) => a + r.applications, 0)).toBe(d.total.applications);
        }
        for (const r of [d.total, ...d.byRegion, ...d.byDomain, ...d.byStatusGroup]) {
          expect(cents(r.outstanding)).toBe(cents(r.committed) - cents(r.paid));
        }
        for (const rows of [d.byRegion, d.byArs]) {
          expect(rows.reduce((a, r) => a + cents(r.envelope), 0n)).toBe(cents(d.total.envelope));
          for (const r of rows) expect(cents(r.remaining)).toBe(cents(r.envelope) - cents(r.committed));
        }
      }),
      { numRuns: 80 },
    );
  });
});
