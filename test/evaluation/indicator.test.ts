import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateIndicator } from '../../src/evaluation/index.js';
import type { DeclaredValue } from '../../src/evaluation/types.js';
import type { Indicator, Threshold } from '../../src/programme/index.js';
import { ind, programme, rate, req, TEST, th } from './programme-builder.js';

/** Compiles one domain indicator with a usage target. */
function compiled(kind: Indicator['kind'], target?: Threshold, extra: Partial<Indicator> = {}) {
  const indicator = { ...ind('D1.1', kind, target ? { target } : {}), ...extra };
  return compileProgramme(programme([], [req('D1', [indicator])])).byCode.get('D1.1')!;
}

const evalRate = (t: Threshold, n: number, d: number) =>
  evaluateIndicator(compiled('rate', t), rate(n, d), true);

describe('boundaries at every comparator (rate from counts, exactly at the limit)', () => {
  // 49/50 = 98 %: exactly at the limit
  it.each([
    ['≥ 98', th('at-least', 98, true), 'met'],
    ['> 98', th('at-least', 98, false), 'not-met'],
    ['≤ 98', th('at-most', 98, true), 'met'],
    ['< 98', th('at-most', 98, false), 'not-met'],
    ['= 98', th('equal', 98), 'met'],
  ])('49/50 against %s is %s', (_, t, status) => {
    expect(evalRate(t, 49, 50).status).toBe(status);
  });

  it.each([
    ['≥ 98', th('at-least', 98, true), 'not-met', 'met'],
    ['> 98', th('at-least', 98, false), 'not-met', 'met'],
    ['≤ 98', th('at-most', 98, true), 'met', 'not-met'],
    ['< 98', th('at-most', 98, false), 'met', 'not-met'],
    ['= 98', th('equal', 98), 'not-met', 'not-met'],
  ])('one unit below (4899/5000) and above (4901/5000) %s', (_, t, below, above) => {
    expect(evalRate(t, 4899, 5000).status).toBe(below);
    expect(evalRate(t, 4901, 5000).status).toBe(above);
  });

  it('a decimal target (97.5 %) is compared exactly', () => {
    expect(evalRate(th('at-least', 97.5), 39, 40).status).toBe('met');
    expect(evalRate(th('at-least', 97.5), 389, 400).status).toBe('not-met');
  });
});

describe('boundaries for declared percentages and counts', () => {
  const pct = (percent: number): DeclaredValue => ({ kind: 'rate', percent });
  it.each([
    [th('at-least', 80, true), 80, 'met'],
    [th('at-least', 80, false), 80, 'not-met'],
    [th('at-most', 80, true), 80, 'met'],
    [th('at-most', 80, false), 80, 'not-met'],
    [th('equal', 80), 80, 'met'],
    [th('at-least', 80), 79.99, 'not-met'],
    [th('at-least', 0.3), 0.3, 'met'],
  ])('percent against %j: %d is %s', (t, p, status) => {
    expect(evaluateIndicator(compiled('rate', t), pct(p), true).status).toBe(status);
  });

  it('gives the gap in points for a declared percentage', () => {
    const r = evaluateIndicator(compiled('rate', th('at-least', 98)), pct(97.9), true);
    expect(r.gap).toEqual({
      amount: 0.1,
      unit: 'points',
      direction: 'increase',
      reachable: true,
      strict: false,
    });
    expect(r.observed).toBe(97.9);
  });

  const cnt = (value: number): DeclaredValue => ({ kind: 'count', value });
  it.each([
    [th('at-least', 3, true), 3, 'met', undefined],
    [th('at-least', 3, false), 3, 'not-met', 1],
    [th('at-most', 3, true), 3, 'met', undefined],
    [th('at-most', 3, false), 3, 'not-met', 1],
    [th('equal', 3), 2, 'not-met', 1],
    [th('at-least', 2.5), 2, 'not-met', 1],
  ])('count against %j: %d is %s (gap %s)', (t, c, status, gap) => {
    const r = evaluateIndicator(compiled('count', t), cnt(c), true);
    expect(r.status).toBe(status);
    expect(r.gap?.amount).toBe(gap);
  });
});

describe('gaps for rates from counts', () => {
  it('is the smallest number of numerator units to add', () => {
    expect(evalRate(th('at-least', 98), 4899, 5000).gap).toEqual({
      amount: 1,
      unit: 'units',
      direction: 'increase',
      reachable: true,
    });
    expect(evalRate(th('at-least', 98, false), 4899, 5000).gap?.amount).toBe(2);
    expect(evalRate(th('at-least', 80), 0, 3).gap?.amount).toBe(3);
  });

  it('is the number of units to remove under a ceiling', () => {
    expect(evalRate(th('at-most', 10), 3, 20).gap).toEqual({
      amount: 1,
      unit: 'units',
      direction: 'decrease',
      reachable: true,
    });
    expect(evalRate(th('at-most', 10, false), 2, 20).gap?.amount).toBe(1);
  });

  it('is capped at the denominator, and flagged unreachable, when no numerator meets the threshold', () => {
    const over = evalRate(th('at-least', 100, false), 10, 10);
    expect(over.status).toBe('not-met');
    expect(over.reason).toBe('threshold-unreachable');
    expect(over.gap).toEqual({ amount: 0, unit: 'units', direction: 'increase', reachable: false });
    expect(evalRate(th('at-least', 120), 7, 10).gap).toEqual({
      amount: 3,
      unit: 'units',
      direction: 'increase',
      reachable: false,
    });
    expect(evalRate(th('at-most', 0, false), 2, 10).gap).toMatchObject({ amount: 2, reachable: false });
    expect(evalRate(th('equal', 50), 1, 3)).toMatchObject({ reason: 'threshold-unreachable' });
    expect(evalRate(th('equal', 50), 1, 4).gap).toEqual({
      amount: 1,
      unit: 'units',
      direction: 'increase',
      reachable: true,
    });
  });

  it('adding the gap meets the threshold, and one unit less does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (d, n0, tenths, inclusive) => {
          const n = n0 % (d + 1);
          const t = th('at-least', tenths / 10, inclusive);
          const r = evalRate(t, n, d);
          if (r.status === 'met') return;
          const gap = r.gap!;
          if (gap.reachable === false) {
            expect(evalRate(t, d, d).status).toBe('not-met');
            expect(gap.amount).toBe(d - n);
            return;
          }
          expect(evalRate(t, n + gap.amount, d).status).toBe('met');
          expect(evalRate(t, n + gap.amount - 1, d).status).toBe('not-met');
        },
      ),
    );
  });
});

describe('raising a numerator never turns met into not-met (at-least)', () => {
  it('holds for any counts and target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (d, a, b, hundredths, inclusive) => {
          const lo = Math.min(a, b) % (d + 1);
          const hi = Math.max(lo, Math.max(a, b) % (d + 1));
          const t = th('at-least', hundredths / 100, inclusive);
          if (evalRate(t, lo, d).status === 'met') expect(evalRate(t, hi, d).status).toBe('met');
        },
      ),
    );
  });
});

describe('statuses other than met / not-met', () => {
  it('missing when no value, not-applicable when declared so or when the indicator does not concern', () => {
    const c = compiled('rate', th('at-least', 98));
    expect(evaluateIndicator(c, undefined, true)).toMatchObject({
      status: 'missing',
      reason: 'no-value-declared',
    });
    expect(evaluateIndicator(c, { kind: 'not-applicable', reason: 'aucun DMP' }, true)).toMatchObject({
      status: 'not-applicable',
      reason: 'declared-not-applicable',
    });
    expect(evaluateIndicator(c, rate(1, 2), false)).toMatchObject({
      status: 'not-applicable',
      reason: 'not-applicable-to-establishment',
    });
    expect(evaluateIndicator(c, undefined, false).status).toBe('not-applicable');
  });

  it.each([
    [{ kind: 'yes-no', value: true }, 'wrong-kind'],
    [{ kind: 'rate', numerator: 6, denominator: 5 }, 'numerator-exceeds-denominator'],
    [{ kind: 'rate', numerator: 0, denominator: 0 }, 'zero-denominator'],
    [{ kind: 'rate', numerator: Number.NaN, denominator: 5 }, 'not-finite'],
    [{ kind: 'rate', numerator: 1, denominator: Number.POSITIVE_INFINITY }, 'not-finite'],
    [{ kind: 'rate', numerator: -1, denominator: 5 }, 'negative-value'],
    [{ kind: 'rate', numerator: 1.5, denominator: 5 }, 'non-integer-value'],
    [{ kind: 'rate', percent: 101 }, 'percent-out-of-range'],
    [{ kind: 'not-applicable', reason: '' }, 'missing-reason'],
    [{ kind: 'bogus' }, 'malformed-value'],
  ])('invalid: %j → %s', (value, reason) => {
    const r = evaluateIndicator(compiled('rate', th('at-least', 98)), value as DeclaredValue, true);
    expect(r).toMatchObject({ status: 'invalid', reason, path: ['values', 'D1.1'] });
  });

  it('unknown when the threshold is absent or unverified, keeping the observed value', () => {
    expect(evaluateIndicator(compiled('rate'), rate(1, 4), true)).toMatchObject({
      status: 'unknown',
      reason: 'threshold-absent',
      observed: 25,
      expected: undefined,
    });
    const unverified = compiled('rate', undefined, { unverified: [{ field: 'target', provenance: TEST }] });
    expect(evaluateIndicator(unverified, rate(1, 4), true)).toMatchObject({
      status: 'unknown',
      reason: 'threshold-unverified',
    });
    const flagged = compiled('rate', {
      ...th('at-least', 98),
      provenance: { source: 'x', status: 'unverified' },
    });
    expect(evaluateIndicator(flagged, rate(1, 4), true).reason).toBe('threshold-unverified');
  });

  it('unknown, with a compile diagnostic, when the threshold cannot be compared with the kind', () => {
    const p = programme([], [req('D1', [ind('D1.1', 'rate', { target: th('equal', true) })])]);
    const c = compileProgramme(p);
    expect(c.diagnostics.map((d) => d.code)).toEqual(['threshold-not-comparable']);
    expect(evaluateIndicator(c.byCode.get('D1.1')!, rate(1, 2), true).reason).toBe(
      'threshold-not-comparable',
    );
  });

  it('yes/no: met on the expected answer, answered-no otherwise', () => {
    const c = compiled('yes-no', th('equal', true));
    expect(evaluateIndicator(c, { kind: 'yes-no', value: true }, true).status).toBe('met');
    expect(evaluateIndicator(c, { kind: 'yes-no', value: false }, true)).toMatchObject({
      status: 'not-met',
      reason: 'answered-no',
      observed: false,
    });
  });

  it('carries the provenance of the threshold applied', () => {
    const r = evalRate(th('at-least', 98), 49, 50);
    expect(r.provenance).toEqual(TEST);
    expect(r.kind).toBe('rate');
  });
});

/*
 * One indicator against every comparator, strict and inclusive, for each kind of value (numerator and
 * denominator, declared percentage, count, yes/no): status, reason and the exact gap. Written after mutation
 * testing showed that `at-most`, `equal` and strict thresholds, and the unreachable cases, were barely read.
 * All thresholds here are SYNTHETIC.
 */
describe('cases found by mutation testing', () => {
  type Kind = 'rate' | 'count' | 'yes-no';

  function judge(
    kind: Kind,
    threshold: Threshold | undefined,
    value: DeclaredValue | undefined,
    applicable = true,
  ) {
    const indicator = ind('X.1', kind, threshold === undefined ? {} : { target: threshold });
    const compiled = compileProgramme(programme([], [req('D1', [indicator])])).byCode.get('X.1')!;
    const r = evaluateIndicator(compiled, value, applicable);
    return { status: r.status, reason: r.reason, observed: r.observed, gap: r.gap, declared: r.declared };
  }
  const frac = (numerator: number, denominator: number): DeclaredValue => ({
    kind: 'rate',
    numerator,
    denominator,
  });
  const pct = (percent: number): DeclaredValue => ({ kind: 'rate', percent });
  const cnt = (value: number): DeclaredValue => ({ kind: 'count', value });

  const up = (amount: number, reachable = true) => ({
    amount,
    unit: 'units',
    direction: 'increase',
    reachable,
  });
  const down = (amount: number, reachable = true) => ({
    amount,
    unit: 'units',
    direction: 'decrease',
    reachable,
  });

  describe('a rate given as numerator and denominator', () => {
    it.each([
      ['≥ 98, 49/50', th('at-least', 98), frac(49, 50), 'met', 'threshold-met', undefined],
      ['≥ 98, 48/50', th('at-least', 98), frac(48, 50), 'not-met', 'below-threshold', up(1)],
      [
        '> 98, 49/50 (equal is not enough)',
        th('at-least', 98, false),
        frac(49, 50),
        'not-met',
        'below-threshold',
        up(1),
      ],
      ['> 98, 50/50', th('at-least', 98, false), frac(50, 50), 'met', 'threshold-met', undefined],
      [
        '> 100, 40/50 (cannot be met)',
        th('at-least', 100, false),
        frac(40, 50),
        'not-met',
        'threshold-unreachable',
        up(10, false),
      ],
      ['≤ 5, 3/50', th('at-most', 5), frac(3, 50), 'not-met', 'above-threshold', down(1)],
      ['≤ 5, 2/40 (equal is enough)', th('at-most', 5), frac(2, 40), 'met', 'threshold-met', undefined],
      ['< 5, 2/40', th('at-most', 5, false), frac(2, 40), 'not-met', 'above-threshold', down(1)],
      [
        '< 0, 3/40 (cannot be met)',
        th('at-most', 0, false),
        frac(3, 40),
        'not-met',
        'threshold-unreachable',
        down(3, false),
      ],
      [
        '≤ 0, 3/40 (zero numerator allowed)',
        th('at-most', 0),
        frac(3, 40),
        'not-met',
        'above-threshold',
        down(3),
      ],
      ['= 100, 3/10', th('equal', 100), frac(3, 10), 'not-met', 'not-equal-to-threshold', up(7)],
      [
        '= 150, 3/10 (above 100 %: out of reach)',
        th('equal', 150),
        frac(3, 10),
        'not-met',
        'threshold-unreachable',
        up(7, false),
      ],
      ['= 50, 3/10', th('equal', 50), frac(3, 10), 'not-met', 'not-equal-to-threshold', up(2)],
      ['= 50, 7/10', th('equal', 50), frac(7, 10), 'not-met', 'not-equal-to-threshold', down(2)],
      ['= 50, 5/10', th('equal', 50), frac(5, 10), 'met', 'threshold-met', undefined],
      [
        '= 33, 2/10 (no tenth is 33 %)',
        th('equal', 33),
        frac(2, 10),
        'not-met',
        'threshold-unreachable',
        up(8, false),
      ],
      [
        '= 33, 5/10 (no tenth is 33 %)',
        th('equal', 33),
        frac(5, 10),
        'not-met',
        'threshold-unreachable',
        down(5, false),
      ],
    ] as const)('%s', (_, threshold, value, status, reason, gap) => {
      const r = judge('rate', threshold, value);
      expect(r).toMatchObject({ status, reason });
      expect(r.gap).toEqual(gap);
      if (value.kind === 'rate' && 'numerator' in value)
        expect(r.observed).toBe((value.numerator * 100) / value.denominator);
    });
  });

  describe('a rate given as a percentage', () => {
    const points = (
      amount: number,
      direction: 'increase' | 'decrease',
      reachable: boolean,
      strict: boolean,
    ) => ({
      amount,
      unit: 'points',
      direction,
      reachable,
      strict,
    });
    it.each([
      ['≥ 98, 98 %', th('at-least', 98), 98, 'met', 'threshold-met', undefined],
      [
        '≥ 98, 97.5 %',
        th('at-least', 98),
        97.5,
        'not-met',
        'below-threshold',
        points(0.5, 'increase', true, false),
      ],
      [
        '> 98, 98 %',
        th('at-least', 98, false),
        98,
        'not-met',
        'below-threshold',
        points(0, 'increase', true, true),
      ],
      [
        '> 100, 100 % (at the strict bound: still up, and out of reach)',
        th('at-least', 100, false),
        100,
        'not-met',
        'threshold-unreachable',
        points(0, 'increase', false, true),
      ],
      [
        '≥ 150, 99 % (above 100 %: out of reach)',
        th('at-least', 150),
        99,
        'not-met',
        'threshold-unreachable',
        points(51, 'increase', false, false),
      ],
      [
        '≥ 100, 99 %',
        th('at-least', 100),
        99,
        'not-met',
        'below-threshold',
        points(1, 'increase', true, false),
      ],
      [
        '> 100, 99 %',
        th('at-least', 100, false),
        99,
        'not-met',
        'threshold-unreachable',
        points(1, 'increase', false, true),
      ],
      ['≤ 5, 7 %', th('at-most', 5), 7, 'not-met', 'above-threshold', points(2, 'decrease', true, false)],
      [
        '< 5, 5 %',
        th('at-most', 5, false),
        5,
        'not-met',
        'above-threshold',
        points(0, 'decrease', true, true),
      ],
      ['≤ 0, 1 %', th('at-most', 0), 1, 'not-met', 'above-threshold', points(1, 'decrease', true, false)],
      [
        '< 0, 1 %',
        th('at-most', 0, false),
        1,
        'not-met',
        'threshold-unreachable',
        points(1, 'decrease', false, true),
      ],
      [
        '= 50, 40 %',
        th('equal', 50),
        40,
        'not-met',
        'not-equal-to-threshold',
        points(10, 'increase', true, false),
      ],
      [
        '= 50, 60 %',
        th('equal', 50),
        60,
        'not-met',
        'not-equal-to-threshold',
        points(10, 'decrease', true, false),
      ],
    ] as const)('%s', (_, threshold, percent, status, reason, gap) => {
      const r = judge('rate', threshold, pct(percent));
      expect(r).toMatchObject({ status, reason, observed: percent });
      expect(r.gap).toEqual(gap);
    });
  });

  describe('a count', () => {
    it.each([
      ['≥ 10, 7', th('at-least', 10), 7, 'not-met', 'below-threshold', up(3)],
      ['> 10, 10', th('at-least', 10, false), 10, 'not-met', 'below-threshold', up(1)],
      ['≥ 2.5, 1', th('at-least', 2.5), 1, 'not-met', 'below-threshold', up(2)],
      ['> 2.5, 2', th('at-least', 2.5, false), 2, 'not-met', 'below-threshold', up(1)],
      ['≤ 3, 5', th('at-most', 3), 5, 'not-met', 'above-threshold', down(2)],
      ['< 3, 3', th('at-most', 3, false), 3, 'not-met', 'above-threshold', down(1)],
      ['≤ 2.5, 4', th('at-most', 2.5), 4, 'not-met', 'above-threshold', down(2)],
      ['< 2.5, 4', th('at-most', 2.5, false), 4, 'not-met', 'above-threshold', down(2)],
      [
        '< 0, 2 (cannot be met)',
        th('at-most', 0, false),
        2,
        'not-met',
        'threshold-unreachable',
        down(2, false),
      ],
      ['≤ 0, 2 (zero allowed)', th('at-most', 0), 2, 'not-met', 'above-threshold', down(2)],
      ['= 4, 1', th('equal', 4), 1, 'not-met', 'not-equal-to-threshold', up(3)],
      ['= 4, 6', th('equal', 4), 6, 'not-met', 'not-equal-to-threshold', down(2)],
      [
        '= 2.5, 6 (no whole count equals it)',
        th('equal', 2.5),
        6,
        'not-met',
        'threshold-unreachable',
        down(3, false),
      ],
      ['≥ 10, 10', th('at-least', 10), 10, 'met', 'threshold-met', undefined],
      ['≤ 3, 3', th('at-most', 3), 3, 'met', 'threshold-met', undefined],
    ] as const)('%s', (_, threshold, value, status, reason, gap) => {
      const r = judge('count', threshold, cnt(value));
      expect(r).toMatchObject({ status, reason, observed: value });
      expect(r.gap).toEqual(gap);
    });
  });

  describe('yes/no, missing, not applicable, no threshold', () => {
    it('answers against the expected answer, naming a wrong yes or a wrong no', () => {
      expect(judge('yes-no', th('equal', true), { kind: 'yes-no', value: true })).toMatchObject({
        status: 'met',
        reason: 'threshold-met',
        observed: true,
      });
      expect(judge('yes-no', th('equal', true), { kind: 'yes-no', value: false })).toMatchObject({
        status: 'not-met',
        reason: 'answered-no',
        observed: false,
      });
      expect(judge('yes-no', th('equal', false), { kind: 'yes-no', value: true })).toMatchObject({
        status: 'not-met',
        reason: 'answered-yes',
      });
      expect(judge('yes-no', th('equal', false), { kind: 'yes-no', value: false }).status).toBe('met');
    });

    it('a value of the wrong kind is invalid, whatever the fast path guesses', () => {
      expect(judge('yes-no', th('equal', true), frac(1, 2)).status).toBe('invalid');
      expect(judge('rate', th('at-least', 50), { kind: 'yes-no', value: true }).status).toBe('invalid');
      expect(judge('rate', th('at-least', 50), { kind: 'count', value: 3 }).status).toBe('invalid');
      expect(judge('rate', th('at-least', 50), frac(3, 2)).status).toBe('invalid');
      expect(judge('rate', th('at-least', 50), frac(-1, 2)).status).toBe('invalid');
      expect(judge('rate', th('at-least', 50), frac(1, 0)).status).toBe('invalid');
      expect(
        judge('rate', th('at-least', 50), {
          kind: 'rate',
          numerator: 1,
          denominator: 2,
          percent: 50,
        } as DeclaredValue).status,
      ).toBe('invalid');
      expect(judge('rate', th('at-least', 50), frac(0, 2))).toMatchObject({ status: 'not-met', observed: 0 });
      expect(judge('rate', th('at-least', 50), frac(2, 2))).toMatchObject({ status: 'met', observed: 100 });
      expect(
        judge('yes-no', th('equal', true), { kind: 'yes-no', value: 'yes' } as unknown as DeclaredValue)
          .status,
      ).toBe('invalid');
    });

    it('missing, not concerned, declared not applicable, and a missing threshold', () => {
      expect(judge('rate', th('at-least', 50), undefined).status).toBe('missing');
      expect(judge('rate', th('at-least', 50), null as unknown as DeclaredValue).status).toBe('missing');
      expect(judge('rate', th('at-least', 50), undefined, false).status).toBe('not-applicable');
      expect(judge('rate', th('at-least', 50), frac(1, 2), false)).toMatchObject({
        status: 'not-applicable',
        reason: 'not-applicable-to-establishment',
        declared: { kind: 'rate', numerator: 1, denominator: 2 },
      });
      expect(judge('rate', th('at-least', 50), undefined, false)).toMatchObject({
        status: 'not-applicable',
        reason: 'not-applicable-to-establishment',
        declared: undefined,
      });
      expect(judge('rate', th('at-least', 50), { kind: 'not-applicable', reason: 'none' })).toMatchObject({
        status: 'not-applicable',
        reason: 'declared-not-applicable',
      });
      expect(judge('rate', undefined, frac(1, 4))).toMatchObject({
        status: 'unknown',
        reason: 'threshold-absent',
        observed: 25,
      });
      expect(judge('rate', undefined, pct(12.5))).toMatchObject({ status: 'unknown', observed: 12.5 });
      expect(judge('count', undefined, cnt(3))).toMatchObject({ status: 'unknown', observed: 3 });
      expect(judge('yes-no', undefined, { kind: 'yes-no', value: false })).toMatchObject({
        status: 'unknown',
        observed: false,
      });
    });
  });
});
