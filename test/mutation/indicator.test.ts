/**
 * One indicator against every comparator, strict and inclusive, for each kind of value (numerator and
 * denominator, declared percentage, count, yes/no): status, reason and the exact gap. Written after mutation
 * testing showed that `at-most`, `equal` and strict thresholds, and the unreachable cases, were barely read.
 * All thresholds here are SYNTHETIC.
 */
import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateIndicator } from '../../src/evaluation/index.js';
import type { DeclaredValue } from '../../src/evaluation/types.js';
import type { Threshold } from '../../src/programme/index.js';
import { ind, programme, req, th } from '../evaluation/programme-builder.js';

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
    ['< 5, 5 %', th('at-most', 5, false), 5, 'not-met', 'above-threshold', points(0, 'decrease', true, true)],
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
      judge('yes-no', th('equal', true), { kind: 'yes-no', value: 'yes' } as unknown as DeclaredValue).status,
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
