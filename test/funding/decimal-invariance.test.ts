import { fc, test } from '@fast-check/vitest';
import Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  programmeRegion,
  recoveryOnControl,
  scheduleTranches,
  splitNationalEnvelope,
  splitRegionalEnvelope,
} from '../../src/funding/index.js';
import { fromCents } from '../../src/money/index.js';
import { fundingParams, milestones } from './fixtures.js';

/** Runs every money-producing funding function on the inputs and serialises the results. */
function runAll(total: bigint, weights: number[], share: number): string {
  const amount = String(fromCents(total));
  const national = splitNationalEnvelope(
    amount,
    weights.map((weight, i) => ({ region: String(i), weight })),
  );
  const pools = splitRegionalEnvelope(amount, share);
  const schedule = scheduleTranches(
    {
      application: 'A',
      domain: 'D2',
      forfait: amount,
      amorcage: pools.ok ? pools.value.amorcage : '0.00',
      selectedOn: '2019-09-30',
      prerequisites: { status: 'reached', reachedOn: '2019-01-01' },
      usage: { status: 'reached', reachedOn: '2020-01-01' },
    },
    { funding: fundingParams(), milestones, asOf: '2021-01-01' },
  );
  const recovery = schedule.ok
    ? recoveryOnControl(
        schedule.value.lines,
        { domain: 'D2', date: '2021-02-01', verified: 33, target: 80 },
        { kind: 'shortfall' },
      )
    : undefined;
  const region = programmeRegion({
    region: 'R',
    envelope: amount,
    amorcageShare: share,
    asOf: '2021-01-01',
    policy: { order: 'readiness-first', balance: { weights: { public: 3, 'private-for-profit': 1 } } },
    candidates: weights.map((w, i) => ({
      id: String(i),
      finess: String(i),
      status: i % 2 ? 'public' : 'private-for-profit',
      prerequisites: { status: 'reached' },
      domains: [
        {
          domain: 'D1',
          forfait: String(fromCents(BigInt(w) * 1234n)),
          amorcage: String(fromCents(BigInt(w) * 123n)),
        },
      ],
    })),
  });
  return JSON.stringify([national, pools, schedule, recovery, region]);
}

describe('funding results do not depend on the global Decimal configuration', () => {
  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 13n }),
    fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 8 }),
  ])('same output after Decimal.set({ precision: 2, rounding })', (total, weights, share, rounding) => {
    const before = runAll(total, weights, share);
    Decimal.set({ precision: 2, rounding: rounding as Decimal.Rounding, toExpNeg: -1, toExpPos: 1 });
    try {
      expect(runAll(total, weights, share)).toBe(before);
    } finally {
      Decimal.set({ defaults: true });
    }
  });
});
