import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRate,
  compareScaled,
  compileRate,
  differenceScaled,
  numeratorBounds,
  toScaledDecimal,
} from '../../src/evaluation/exact.js';

describe('toScaledDecimal', () => {
  it.each([
    [97.5, 975n, 1],
    [98, 98n, 0],
    [0, 0n, 0],
    [1e-7, 1n, 7],
    [1e21, 10n ** 21n, 0],
    [-2.25, -225n, 2],
    [0.1, 1n, 1],
  ])('reads %d exactly', (value, units, exponent) => {
    expect(toScaledDecimal(value)).toEqual({ units, exponent });
  });

  it('refuses NaN and infinities', () => {
    expect(toScaledDecimal(Number.NaN)).toBeUndefined();
    expect(toScaledDecimal(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(toScaledDecimal(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });

  it('compares like the decimals written, and subtracts exactly', () => {
    expect(compareScaled(toScaledDecimal(97.99)!, toScaledDecimal(98)!)).toBe(-1);
    expect(compareScaled(toScaledDecimal(98.0)!, toScaledDecimal(98)!)).toBe(0);
    expect(differenceScaled(toScaledDecimal(0.1)!, toScaledDecimal(0.3)!)).toBe(0.2);
  });
});

describe('compareRate: n × 100 against t × d, exactly', () => {
  const t98 = compileRate(98)!;
  it('49/50 is exactly 98 % and 4899/5000 is below', () => {
    expect(compareRate(49, 50, t98)).toBe(0);
    expect(compareRate(4899, 5000, t98)).toBe(-1);
    expect(compareRate(4900, 5000, t98)).toBe(0);
    expect(compareRate(4901, 5000, t98)).toBe(1);
  });

  it('is exact where floating point is not: 29/100 is 29 %, although 29 / 100 × 100 < 29 in doubles', () => {
    expect((29 / 100) * 100 < 29).toBe(true);
    expect(compareRate(29, 100, compileRate(29)!)).toBe(0);
    expect((57 / 100) * 100 < 57).toBe(true);
    expect(compareRate(57, 100, compileRate(57)!)).toBe(0);
  });

  it('handles decimal thresholds (97.5 %) and denominators beyond exact doubles', () => {
    const t = compileRate(97.5)!;
    expect(compareRate(39, 40, t)).toBe(0);
    expect(compareRate(38, 40, t)).toBe(-1);
    const huge = 2 ** 60;
    expect(compareRate(huge / 2, huge, compileRate(50)!)).toBe(0);
    expect(compareRate(huge / 2 - 2 ** 8, huge, compileRate(50)!)).toBe(-1);
  });

  it('agrees with bigint arithmetic for any counts and any threshold with up to 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (d, milli, n0) => {
          const n = n0 % (d + 1);
          const t = milli / 1000;
          const left = BigInt(n) * 100_000n;
          const right = BigInt(milli) * BigInt(d);
          const expected = left < right ? -1 : left > right ? 1 : 0;
          expect(compareRate(n, d, compileRate(t)!)).toBe(expected);
        },
      ),
    );
  });

  it('refuses negative or non-finite thresholds', () => {
    expect(compileRate(-1)).toBeUndefined();
    expect(compileRate(Number.NaN)).toBeUndefined();
  });
});

describe('numeratorBounds', () => {
  it('gives the numerators at the limit for each comparator', () => {
    expect(numeratorBounds(5000, compileRate(98)!)).toEqual({
      atLeast: 4900n,
      above: 4901n,
      atMost: 4900n,
      below: 4899n,
      exact: 4900n,
    });
    expect(numeratorBounds(3, compileRate(50)!)).toEqual({
      atLeast: 2n,
      above: 2n,
      atMost: 1n,
      below: 1n,
      exact: undefined,
    });
  });

  it('atLeast is the smallest numerator meeting ≥ t %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), (d, tenths) => {
        const rate = compileRate(tenths / 10)!;
        const { atLeast } = numeratorBounds(d, rate);
        const m = Number(atLeast);
        if (m <= d) expect(compareRate(m, d, rate)).toBeGreaterThanOrEqual(0);
        if (m - 1 >= 0 && m - 1 <= d) expect(compareRate(m - 1, d, rate)).toBe(-1);
      }),
    );
  });
});
