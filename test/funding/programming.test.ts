import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  aggregateNational,
  type Candidate,
  programmeRegion,
  type RegionalProgrammingInput,
  statusGroup,
} from '../../src/funding/index.js';
import { fromCents, money, sumMoney, toCents } from '../../src/money/index.js';

const cand = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  finess: `F${id}`,
  status: 'public',
  prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
  domains: [{ domain: 'D2', forfait: '100.00', amorcage: '20.00' }],
  ...over,
});
const input = (
  candidates: Candidate[],
  over: Partial<RegionalProgrammingInput> = {},
): RegionalProgrammingInput => ({
  region: '84',
  envelope: '300.00',
  amorcageShare: 20,
  candidates,
  policy: { order: 'readiness-first' },
  asOf: '2020-12-31',
  ...over,
});
const run = (i: RegionalProgrammingInput) => {
  const r = programmeRegion(i);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('statusGroup', () => {
  it('separates ESPIC from other private non-profit establishments', () => {
    expect(statusGroup({ status: 'private-non-profit', espic: true })).toBe('espic');
    expect(statusGroup({ status: 'private-non-profit' })).toBe('private-non-profit');
    expect(statusGroup({ status: 'public', espic: true })).toBe('public');
    expect(statusGroup({ status: 'private-for-profit' })).toBe('private-for-profit');
  });
});

describe('programmeRegion', () => {
  it('selects within the envelope and reports committed, paid and remaining', () => {
    const r = run(input([cand('1'), cand('2'), cand('3'), cand('4')]));
    expect(r.decisions.map((d) => d.selected)).toEqual([true, true, true, false]);
    expect(r.decisions[3]?.reason).toBe('amorcage-pool-exhausted');
    expect(r).toMatchObject({
      amorcagePool: '60.00',
      usagePool: '240.00',
      committed: '300.00',
      remaining: '0.00',
      paid: '60.00',
    });
  });

  it('pays usage once the domain is reached by the date, and nothing before the prerequisites', () => {
    const r = run(
      input([
        cand('1', {
          domains: [{ domain: 'D2', forfait: '100.00', amorcage: '20.00', reachedOn: '2020-06-30' }],
        }),
        cand('2', {
          domains: [{ domain: 'D2', forfait: '100.00', amorcage: '20.00', reachedOn: '2021-01-01' }],
        }),
        cand('3', { prerequisites: { status: 'not-reached' } }),
      ]),
    );
    expect(r.decisions.map((d) => d.paid)).toEqual(['100.00', '20.00', '0.00']);
    expect(r.paid).toBe('120.00');
  });

  it('considers ready candidates first, then by readiness score, then in input order', () => {
    const r = run(
      input(
        [
          cand('late', { prerequisites: { status: 'not-reached' } }),
          cand('unknown', { prerequisites: { status: 'unknown' } }),
          cand('low', { readiness: 0.2 }),
          cand('high', { readiness: 0.9 }),
        ],
        { envelope: '200.00' },
      ),
    );
    expect(r.decisions.map((d) => d.candidate)).toEqual(['high', 'low', 'unknown', 'late']);
    expect(r.decisions.map((d) => d.selected)).toEqual([true, true, false, false]);
    const asGiven = run(input([cand('a'), cand('b')], { policy: { order: 'input-order' } }));
    expect(asGiven.decisions.map((d) => d.candidate)).toEqual(['a', 'b']);
  });

  it('can require the prerequisites', () => {
    const r = run(
      input([cand('1', { prerequisites: { status: 'unknown' } })], {
        policy: { order: 'input-order', requirePrerequisites: true },
      }),
    );
    expect(r.decisions[0]?.reason).toBe('prerequisites-required');
  });

  it('caps each establishment', () => {
    const two = cand('1', {
      domains: [
        { domain: 'D2', forfait: '100.00', amorcage: '20.00' },
        { domain: 'D6', forfait: '100.00', amorcage: '20.00' },
      ],
    });
    const r = run(input([two], { policy: { order: 'input-order', maxPerEstablishment: '150.00' } }));
    expect(r.decisions.map((d) => d.reason)).toEqual(['selected', 'max-per-establishment']);
  });

  it('balances across status groups, then redistributes what is left', () => {
    const cands = [
      cand('p1'),
      cand('p2'),
      cand('p3'),
      cand('e1', { status: 'private-non-profit', espic: true }),
      cand('c1', { status: 'private-for-profit' }),
    ];
    const weights = { public: 1, espic: 1, 'private-for-profit': 1 };
    const strict = run(
      input(cands, { policy: { order: 'input-order', balance: { weights, redistribute: false } } }),
    );
    expect(strict.decisions.map((d) => [d.candidate, d.reason])).toEqual([
      ['p1', 'selected'],
      ['p2', 'group-share-exhausted'],
      ['p3', 'group-share-exhausted'],
      ['e1', 'selected'],
      ['c1', 'selected'],
    ]);
    const envelope = '400.00';
    const spread = run(input(cands, { envelope, policy: { order: 'input-order', balance: { weights } } }));
    // shares of 400.00: 133.34 / 133.33 / 133.33 — one public project each, the 4th slot redistributed to p2
    expect(spread.decisions.map((d) => d.reason)).toEqual([
      'selected',
      'selected-on-redistribution',
      'amorcage-pool-exhausted',
      'selected',
      'selected',
    ]);
  });

  it('refuses bad input with paths', () => {
    const bad = programmeRegion(
      input([cand('1', { domains: [{ domain: 'D2', forfait: '10.00', amorcage: '11.00' }] })]),
    );
    expect(bad.issues[0]).toMatchObject({
      code: 'amorcage-exceeds-forfait',
      path: ['candidates', 0, 'domains', 0, 'amorcage'],
    });
    expect(programmeRegion(input([], { envelope: 'x' })).issues[0]?.path).toEqual(['envelope']);
    // what is paid compares dates as text: a date that is not a real YYYY-MM-DD one is refused, not misread
    const dates = programmeRegion(
      input([
        cand('1', {
          prerequisites: { status: 'reached', reachedOn: '2019-6-30' },
          domains: [{ domain: 'D2', forfait: '100.00', amorcage: '20.00', reachedOn: '2021-02-30' }],
        }),
      ]),
    );
    expect(dates.ok).toBe(false);
    expect(dates.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-date', ['candidates', 0, 'prerequisites', 'reachedOn']],
      ['invalid-date', ['candidates', 0, 'domains', 0, 'reachedOn']],
    ]);
    for (const asOf of [undefined, '2021-6-1', 20210601])
      expect(() => programmeRegion(input([cand('1')], { asOf: asOf as never }))).toThrow(
        /programmeRegion: argument "input.asOf" must be a real YYYY-MM-DD date/,
      );
    const zero = programmeRegion(
      input([cand('1')], { policy: { order: 'input-order', balance: { weights: {} } } }),
    );
    expect(zero.issues[0]?.code).toBe('zero-weights');
  });

  it('handles no candidates', () => {
    expect(run(input([]))).toMatchObject({
      committed: '0.00',
      paid: '0.00',
      remaining: '300.00',
      decisions: [],
    });
  });
});

const candidateArb = fc.record({
  status: fc.constantFrom('public' as const, 'private-non-profit' as const, 'private-for-profit' as const),
  espic: fc.boolean(),
  pre: fc.constantFrom('reached' as const, 'not-reached' as const, 'unknown' as const),
  readiness: fc.double({ min: 0, max: 1, noNaN: true }),
  domains: fc.array(
    fc.record({
      forfait: fc.bigInt({ min: 0n, max: 10_000_000n }),
      ratio: fc.integer({ min: 0, max: 100 }),
      reached: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
});

describe('programming properties', () => {
  test.prop([
    fc.array(candidateArb, { maxLength: 25 }),
    fc.bigInt({ min: 0n, max: 50_000_000n }),
    fc.boolean(),
    fc.option(fc.bigInt({ min: 0n, max: 20_000_000n }), { nil: undefined }),
  ])(
    'no pool is exceeded; paid ≤ committed ≤ envelope; nothing negative; national sums agree',
    (raw, envelopeCents, balance, cap) => {
      const candidates: Candidate[] = raw.map((c, i) => ({
        id: String(i),
        finess: `F${i % 7}`,
        status: c.status,
        espic: c.espic,
        readiness: c.readiness,
        prerequisites:
          c.pre === 'reached' ? { status: 'reached', reachedOn: '2019-01-01' } : { status: c.pre },
        domains: c.domains.map((d, j) => ({
          domain: `D${j + 1}`,
          forfait: String(fromCents(d.forfait)),
          amorcage: String(fromCents((d.forfait * BigInt(d.ratio)) / 100n)),
          ...(d.reached ? { reachedOn: '2020-01-01' } : {}),
        })),
      }));
      const r = run(
        input(candidates, {
          envelope: String(fromCents(envelopeCents)),
          policy: {
            order: 'readiness-first',
            ...(balance
              ? {
                  balance: {
                    weights: { public: 2, espic: 1, 'private-non-profit': 1, 'private-for-profit': 1 },
                  },
                }
              : {}),
            ...(cap !== undefined ? { maxPerEstablishment: String(fromCents(cap)) } : {}),
          },
        }),
      );
      const selected = r.decisions.filter((d) => d.selected);
      const amorcage = toCents(sumMoney(selected.map((d) => money(d.amorcage))));
      const forfaits = toCents(sumMoney(selected.map((d) => money(d.forfait))));
      expect(amorcage <= toCents(money(r.amorcagePool))).toBe(true);
      expect(forfaits - amorcage <= toCents(money(r.usagePool))).toBe(true);
      expect(forfaits).toBe(toCents(money(r.committed)));
      expect(toCents(money(r.paid)) <= forfaits).toBe(true);
      expect(toCents(money(r.remaining)) >= 0n).toBe(true);
      expect(toCents(money(r.remaining)) + forfaits).toBe(envelopeCents);
      if (cap !== undefined) {
        const per = new Map<string, bigint>();
        for (const d of selected) per.set(d.finess, (per.get(d.finess) ?? 0n) + toCents(money(d.forfait)));
        for (const v of per.values()) expect(v <= cap).toBe(true);
      }
      const n = aggregateNational([r]);
      expect(n.total.committed).toBe(r.committed);
      expect(n.total.paid).toBe(r.paid);
      const byDomain = sumMoney(Object.values(n.byDomain).map((f) => money(f.committed)));
      const byStatus = sumMoney(Object.values(n.byStatus).map((f) => money(f!.committed)));
      expect(String(byDomain)).toBe(r.committed);
      expect(String(byStatus)).toBe(r.committed);
    },
  );
});

describe('aggregateNational', () => {
  it('sums regions, domains and statuses', () => {
    const a = run(
      input([
        cand('1'),
        cand('2', {
          status: 'private-for-profit',
          domains: [{ domain: 'D6', forfait: '50.00', amorcage: '10.00' }],
        }),
      ]),
    );
    const b = run(input([cand('3')], { region: '94', envelope: '1000.00' }));
    const n = aggregateNational([a, b]);
    expect(n.total).toMatchObject({
      envelope: '1300.00',
      committed: '250.00',
      remaining: '1050.00',
      applications: 3,
      selected: 3,
      paid: '50.00',
    });
    expect(n.byRegion['94']).toMatchObject({ committed: '100.00', remaining: '900.00' });
    expect(n.byDomain.D6).toMatchObject({ committed: '50.00', selected: 1 });
    expect(n.byStatus.public).toMatchObject({ committed: '200.00', applications: 2 });
    expect(aggregateNational([]).total).toMatchObject({
      committed: '0.00',
      envelope: '0.00',
      applications: 0,
    });
  });
});
