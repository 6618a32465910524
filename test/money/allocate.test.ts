import { fc, test } from '@fast-check/vitest';
import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { allocate, fromCents, money, sumMoney, toCents } from '../../src/money/index.js';

const shares = (total: string, weights: (number | string | bigint)[]): string[] => {
  const r = allocate(money(total), weights);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.map(String);
};

describe('allocate', () => {
  it('refuses a list whose items cannot be read with a PalierError naming the weights, not a raw TypeError', () => {
    const hostile = new Proxy([1, 2], {
      get(target, key) {
        if (key === '0') throw new TypeError('boom');
        return Reflect.get(target, key);
      },
    });
    expect(() => allocate(money('10.00'), hostile)).toThrow(
      expect.objectContaining({ name: 'PalierError', function: 'allocate', argument: 'weights' }),
    );
  });

  it('splits 100.00 € in three as 33.34 / 33.33 / 33.33', () => {
    expect(shares('100.00', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
  });

  it('breaks ties by input order (earlier weight first)', () => {
    expect(shares('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
    expect(shares('0.01', [1, 1])).toEqual(['0.01', '0.00']);
  });

  it('gives leftover cents to the largest remainders first', () => {
    // exact shares 0.033…, 0.066… → floors 0.03 / 0.06, one cent left to the larger remainder (the second)
    expect(shares('0.10', [1, 2])).toEqual(['0.03', '0.07']);
  });

  it('gives zero weights nothing', () => {
    expect(shares('10.00', [0, 1, 0, 1])).toEqual(['0.00', '5.00', '0.00', '5.00']);
    expect(shares('0.01', [0, 0, 1])).toEqual(['0.00', '0.00', '0.01']);
  });

  it('splits zero among zero weights, and a zero total among any weights', () => {
    expect(shares('0', [0, 0])).toEqual(['0.00', '0.00']);
    expect(shares('0', [3, 1])).toEqual(['0.00', '0.00']);
  });

  it('accepts decimal strings and bigints as weights, exactly', () => {
    expect(shares('1.00', ['0.1', '0.2', '0.7'])).toEqual(['0.10', '0.20', '0.70']);
    expect(shares('1.00', [1n, 3n])).toEqual(['0.25', '0.75']);
    expect(shares('1.00', ['1e-30', '1e30'])).toEqual(['0.00', '1.00']);
  });

  it('refuses a negative total, negative or invalid weights, no weights, all-zero weights', () => {
    expect(allocate(money('-1'), [1]).issues.map((i) => i.code)).toEqual(['negative-total']);
    const bad = allocate(money('1'), [1, -2, Number.NaN, 'x']);
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative-weight', [1]],
      ['invalid-weight', [2]],
      ['invalid-weight', [3]],
    ]);
    expect(allocate(money('1'), []).issues[0]?.code).toBe('no-weights');
    expect(allocate(money('1'), [0, 0]).issues[0]?.code).toBe('zero-weights');
  });

  it('handles a huge total and many shares', () => {
    const weights = Array.from({ length: 10_000 }, (_, i) => (i % 7) + 1);
    const r = allocate(money('420000000000.01'), weights);
    expect(r.ok && String(sumMoney(r.value))).toBe('420000000000.01');
  });
});

const totalCents = fc.bigInt({ min: 0n, max: 10n ** 15n });
const weightList = fc.array(fc.oneof(fc.nat({ max: 1_000_000 }), fc.constant(0)), {
  minLength: 1,
  maxLength: 30,
});

describe('allocate properties', () => {
  afterEach(() => {
    Decimal.set({ defaults: true });
  });

  test.prop([totalCents, weightList])(
    'shares sum exactly to the total and are never negative',
    (cents, weights) => {
      fc.pre(weights.some((w) => w > 0));
      const r = allocate(fromCents(cents), weights);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(toCents(sumMoney(r.value))).toBe(cents);
      for (const share of r.value) expect(toCents(share) >= 0n).toBe(true);
    },
  );

  test.prop([totalCents, weightList])(
    'each share is within one cent of its exact proportional share',
    (cents, weights) => {
      const sum = BigInt(weights.reduce((a, b) => a + b, 0));
      fc.pre(sum > 0n);
      const r = allocate(fromCents(cents), weights);
      if (!r.ok) throw new Error('refused');
      r.value.forEach((share, i) => {
        // |share − total·w/Σw| < 1 cent  ⇔  |share·Σw − total·w| < Σw
        const diff = toCents(share) * sum - cents * BigInt(weights[i]!);
        expect(diff < sum && -diff < sum).toBe(true);
        if (weights[i] === 0) expect(toCents(share)).toBe(0n);
      });
    },
  );

  test.prop([totalCents, weightList, fc.constantFrom(...([0, 1, 2, 3, 4, 5, 6, 7, 8] as const))])(
    'results are unchanged under a global Decimal.set({ precision: 2, rounding })',
    (cents, weights, rounding) => {
      fc.pre(weights.some((w) => w > 0));
      const before = allocate(fromCents(cents), weights);
      Decimal.set({ precision: 2, rounding: rounding as Decimal.Rounding });
      try {
        const after = allocate(fromCents(cents), weights);
        expect(after.ok && after.value.map(String)).toEqual(before.ok && before.value.map(String));
      } finally {
        Decimal.set({ defaults: true });
      }
    },
  );
});
