import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  aggregateNational,
  type Candidate,
  type ProgrammingPolicy,
  programmeRegion,
  type RegionalProgramming,
  type ScheduleContext,
  scheduleTranches,
  splitNationalEnvelope,
  type TrancheInput,
} from '../../src/funding/index.js';
import { hopen } from '../../src/programmes/index.js';
import { fundingParams, milestones } from './fixtures.js';
import { POLICY, synthesise } from './national-synthetic.js';
import { aggregateNational as referenceNational } from './reference/national.js';
import { programmeRegion as referenceRegion } from './reference/programming.js';
import { scheduleTranches as referenceSchedule } from './reference/tranches.js';

/*
 * Funding moved from decimal.js to bigint cents on its hot path (programmeRegion, aggregateNational,
 * scheduleTranches). The decimal implementation it replaced is kept in ./reference: both must give the same
 * results — every decision, figure, payment line and issue — on the national synthetic data and on edge cases.
 */

const asOf = '2021-06-30';
const data = synthesise();

function nationalRegions(programme: typeof programmeRegion): RegionalProgramming[] {
  const envelopes = splitNationalEnvelope(hopen.funding.envelope.value, data.weights);
  if (!envelopes.ok) throw new Error('envelopes');
  return envelopes.value.map((e) => {
    const r = programme({
      region: e.region,
      envelope: e.amount,
      amorcageShare: hopen.funding.amorcageShare.value,
      candidates: data.byRegion.get(e.region) ?? [],
      policy: POLICY,
      asOf,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}

describe('funding in cents gives the results of the decimal implementation', () => {
  it('on the national synthetic simulation: programmings, national figures and every payment schedule', () => {
    const regions = nationalRegions(programmeRegion);
    const reference = nationalRegions(referenceRegion);
    expect(regions).toStrictEqual(reference);
    expect(JSON.stringify(regions)).toBe(JSON.stringify(reference));
    const national = aggregateNational(regions);
    expect(national).toStrictEqual(referenceNational(regions));
    expect(JSON.stringify(national)).toBe(JSON.stringify(referenceNational(regions)));
    expect(national.total.selected).toBeGreaterThan(4000);
    let schedules = 0;
    for (const region of regions) {
      const byId = new Map((data.byRegion.get(region.region) ?? []).map((c) => [c.id, c]));
      for (const d of region.decisions) {
        const c = byId.get(d.candidate);
        const reachedOn = c?.domains.find((x) => x.domain === d.domain)?.reachedOn;
        const input: TrancheInput = {
          application: d.candidate,
          domain: d.domain,
          forfait: d.forfait,
          amorcage: d.amorcage,
          selectedOn: '2019-09-30',
          prerequisites: c?.prerequisites ?? { status: 'unknown' },
          usage: reachedOn ? { status: 'reached', reachedOn } : { status: 'not-reached' },
          bonus: { conditionMet: schedules % 3 === 0, metOn: '2020-03-01' },
        };
        const context = { funding: hopen.funding, milestones: hopen.milestones, asOf };
        const ours = scheduleTranches(input, context);
        const reference = referenceSchedule(input, context);
        expect(ours).toStrictEqual(reference);
        // the same JSON text too: fields in the same order
        expect(JSON.stringify(ours)).toBe(JSON.stringify(reference));
        schedules++;
      }
    }
    expect(schedules).toBe(6589);
  });

  const amount = fc.oneof(
    fc.constantFrom('0', '0.00', '0.01', '0.1', '1', '1.5', '33.33', '100.01', '99999999999.99', '007.50'),
    fc.bigInt({ min: 0n, max: 10n ** 13n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`),
    fc.integer({ min: 0, max: 10_000_000 }).map(String),
  );
  const hostile = fc.constantFrom('12.345', '-1.00', 'abc', '', ' 12', '1e3', '0x10', '-0');
  const money = fc.oneof({ weight: 8, arbitrary: amount }, { weight: 1, arbitrary: hostile });
  const status = fc.constantFrom('public', 'private-non-profit', 'private-for-profit') as fc.Arbitrary<
    Candidate['status']
  >;
  const attainment = fc.oneof(
    fc.constant({ status: 'reached' as const, reachedOn: '2019-06-30' }),
    fc.constant({ status: 'reached' as const, reachedOn: '2022-01-01' }),
    fc.constant({ status: 'not-reached' as const }),
    fc.constant({ status: 'unknown' as const }),
  );
  const candidate = fc.record({
    id: fc.string({ maxLength: 3 }),
    finess: fc.constantFrom('130783046', '750712184', '2A0000154'),
    status,
    espic: fc.boolean(),
    readiness: fc.double({ min: 0, max: 1, noNaN: true }),
    prerequisites: attainment,
    domains: fc.array(
      fc.record(
        {
          domain: fc.constantFrom('D1', 'D2', 'D3'),
          forfait: money,
          amorcage: money,
          reachedOn: fc.constantFrom('2020-01-15', '2022-01-15'),
        },
        { requiredKeys: ['domain', 'forfait', 'amorcage'] },
      ),
      { maxLength: 3 },
    ),
  }) as fc.Arbitrary<Candidate>;
  const policy = fc.record(
    {
      order: fc.constantFrom('readiness-first', 'input-order'),
      balance: fc.record(
        {
          weights: fc.record(
            {
              public: fc.nat(5),
              espic: fc.nat(5),
              'private-non-profit': fc.nat(5),
              'private-for-profit': fc.nat(5),
            },
            { requiredKeys: [] },
          ),
          redistribute: fc.boolean(),
        },
        { requiredKeys: ['weights'] },
      ),
      maxPerEstablishment: money,
      requirePrerequisites: fc.boolean(),
    },
    { requiredKeys: ['order'] },
  ) as fc.Arbitrary<ProgrammingPolicy>;

  test.prop(
    [
      fc.array(candidate, { maxLength: 8 }),
      money,
      fc.constantFrom(0, 20, 33, 33.3333, 100),
      policy,
      fc.constantFrom('2019-01-01', asOf),
    ],
    { numRuns: 400 },
  )(
    'programmeRegion and aggregateNational on random regions (uneven splits, zero envelopes, one cent, bad amounts)',
    (candidates, envelope, amorcageShare, p, date) => {
      const input = { region: '84', envelope, amorcageShare, candidates, policy: p, asOf: date };
      const ours = programmeRegion(input);
      expect(ours).toStrictEqual(referenceRegion(input));
      if (ours.ok) expect(aggregateNational([ours.value])).toStrictEqual(referenceNational([ours.value]));
    },
  );

  const context = fc.record({
    funding: fc.constantFrom(
      fundingParams(),
      fundingParams({ bonus: undefined }),
      hopen.funding as ReturnType<typeof fundingParams>,
    ),
    milestones: fc.constantFrom(milestones, hopen.milestones, []),
    asOf: fc.constantFrom('2019-01-01', '2020-06-30', '2023-12-31'),
  }) as fc.Arbitrary<ScheduleContext>;

  test.prop(
    [
      fc.record(
        {
          application: fc.constant('A1'),
          domain: fc.constant('D2'),
          forfait: money,
          amorcage: money,
          selectedOn: fc.constantFrom('2019-09-30', '2021-01-01'),
          prerequisites: attainment,
          usage: attainment,
          bonus: fc.record(
            {
              conditionMet: fc.boolean(),
              metOn: fc.constantFrom('2020-01-01', '2023-06-30'),
              amount: money,
            },
            { requiredKeys: [] },
          ),
        },
        {
          requiredKeys: [
            'application',
            'domain',
            'forfait',
            'amorcage',
            'selectedOn',
            'prerequisites',
            'usage',
          ],
        },
      ) as fc.Arbitrary<TrancheInput>,
      context,
    ],
    { numRuns: 600 },
  )('scheduleTranches on random inputs (amorçage above the forfait, bonus amounts, one cent)', (input, c) => {
    const ours = scheduleTranches(input, c);
    expect(ours).toStrictEqual(referenceSchedule(input, c));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(referenceSchedule(input, c)));
  });

  it('amounts given as numbers read the same as before (the boundary keeps decimal.js)', () => {
    const input: TrancheInput = {
      application: 'A1',
      domain: 'D2',
      forfait: 100.1 as unknown as string,
      amorcage: 0.3 as unknown as string,
      selectedOn: '2019-09-30',
      prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
      usage: { status: 'not-reached' },
    };
    const c = { funding: fundingParams(), milestones, asOf };
    const ours = scheduleTranches(input, c);
    expect(ours).toStrictEqual(referenceSchedule(input, c));
    expect(ours.ok && ours.value.lines.slice(0, 2).map((l) => l.amount)).toEqual(['0.30', '99.80']);
  });
});
