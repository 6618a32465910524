/**
 * `checkDeclaredValue`, shape by shape: the reason and the path of each problem, first-only versus all (written
 * after mutation testing showed that most malformed shapes were never checked by a test); every issue is an
 * error whose message is the evaluation's sentence for its reason.
 */
import { describe, expect, it } from 'vitest';
import { checkDeclaredValue } from '../../src/evaluation/index.js';
import { REASONS } from '../../src/evaluation/reasons.js';

type Kind = 'rate' | 'count' | 'yes-no';
/** The problems of a failed check as `{ reason, path }` (the issue's code and path), `undefined` when it passes. */
const problems = (r: ReturnType<typeof checkDeclaredValue>) =>
  r.ok ? undefined : r.issues.map((i) => ({ reason: i.code, path: i.path }));
const first = (value: unknown, kind?: Kind) =>
  problems(checkDeclaredValue(value, kind === undefined ? {} : { kind }));
const all = (value: unknown, kind?: Kind) =>
  problems(checkDeclaredValue(value, kind === undefined ? { all: true } : { kind, all: true }));

describe('checkDeclaredValue', () => {
  it.each([
    ['null', null, undefined, [{ reason: 'malformed-value', path: [] }]],
    ['a number', 97, undefined, [{ reason: 'malformed-value', path: [] }]],
    ['a string', 'yes', 'yes-no', [{ reason: 'malformed-value', path: [] }]],
    ['no kind', { value: true }, undefined, [{ reason: 'malformed-value', path: ['kind'] }]],
    [
      'an unknown kind',
      { kind: 'ratio', value: 1 },
      undefined,
      [{ reason: 'malformed-value', path: ['kind'] }],
    ],
    ['a kind that is not a string', { kind: 1 }, undefined, [{ reason: 'malformed-value', path: ['kind'] }]],
    [
      'not applicable without reason',
      { kind: 'not-applicable' },
      'rate',
      [{ reason: 'missing-reason', path: ['reason'] }],
    ],
    [
      'not applicable with a blank reason',
      { kind: 'not-applicable', reason: '  ' },
      'rate',
      [{ reason: 'missing-reason', path: ['reason'] }],
    ],
    [
      'not applicable with a non-string reason',
      { kind: 'not-applicable', reason: 3 },
      'rate',
      [{ reason: 'missing-reason', path: ['reason'] }],
    ],
    ['the wrong kind', { kind: 'count', value: 1 }, 'rate', [{ reason: 'wrong-kind', path: ['kind'] }]],
    [
      'yes/no without a boolean',
      { kind: 'yes-no', value: 'oui' },
      'yes-no',
      [{ reason: 'malformed-value', path: ['value'] }],
    ],
    [
      'a count that is not a number',
      { kind: 'count', value: '3' },
      'count',
      [{ reason: 'malformed-value', path: ['value'] }],
    ],
    [
      'an infinite count',
      { kind: 'count', value: Number.POSITIVE_INFINITY },
      'count',
      [{ reason: 'not-finite', path: ['value'] }],
    ],
    [
      'a negative count',
      { kind: 'count', value: -1 },
      'count',
      [{ reason: 'negative-value', path: ['value'] }],
    ],
    [
      'a fractional count',
      { kind: 'count', value: 1.5 },
      'count',
      [{ reason: 'non-integer-value', path: ['value'] }],
    ],
    [
      'a percentage and counts together',
      { kind: 'rate', percent: 50, numerator: 1 },
      'rate',
      [{ reason: 'malformed-value', path: [] }],
    ],
    [
      'a percentage and a denominator together',
      { kind: 'rate', percent: 50, denominator: 2 },
      'rate',
      [{ reason: 'malformed-value', path: [] }],
    ],
    [
      'a percentage as text',
      { kind: 'rate', percent: '50' },
      'rate',
      [{ reason: 'malformed-value', path: ['percent'] }],
    ],
    [
      'an infinite percentage',
      { kind: 'rate', percent: Number.NaN },
      'rate',
      [{ reason: 'not-finite', path: ['percent'] }],
    ],
    [
      'a negative percentage',
      { kind: 'rate', percent: -0.01 },
      'rate',
      [{ reason: 'percent-out-of-range', path: ['percent'] }],
    ],
    [
      'a percentage over 100',
      { kind: 'rate', percent: 100.01 },
      'rate',
      [{ reason: 'percent-out-of-range', path: ['percent'] }],
    ],
    [
      'a zero denominator',
      { kind: 'rate', numerator: 0, denominator: 0 },
      'rate',
      [{ reason: 'zero-denominator', path: ['denominator'] }],
    ],
    [
      'a numerator over the denominator',
      { kind: 'rate', numerator: 3, denominator: 2 },
      'rate',
      [{ reason: 'numerator-exceeds-denominator', path: ['numerator'] }],
    ],
    [
      'a rate with neither form',
      { kind: 'rate' },
      'rate',
      [{ reason: 'malformed-value', path: ['numerator'] }],
    ],
  ] as const)('%s', (_, value, kind, problems) => {
    expect(first(value, kind)).toEqual(problems);
  });

  it.each([
    ['yes/no', { kind: 'yes-no', value: false }, 'yes-no'],
    ['a count of zero', { kind: 'count', value: 0 }, 'count'],
    ['0 %', { kind: 'rate', percent: 0 }, 'rate'],
    ['100 %', { kind: 'rate', percent: 100 }, 'rate'],
    ['a percentage with undefined counts', { kind: 'rate', percent: 40, numerator: undefined }, 'rate'],
    ['n = d', { kind: 'rate', numerator: 2, denominator: 2 }, 'rate'],
    ['0 / d', { kind: 'rate', numerator: 0, denominator: 5 }, 'rate'],
    ['not applicable with a reason', { kind: 'not-applicable', reason: 'no ED' }, 'count'],
    ['any kind when the indicator kind is unknown', { kind: 'count', value: 2 }, undefined],
  ] as const)('accepts %s', (_, value, kind) => {
    expect(first(value, kind)).toBeUndefined();
  });

  it('reports only the first problem of a rate, or all of them on request', () => {
    const bad = { kind: 'rate', numerator: -1, denominator: 1.5 };
    expect(first(bad, 'rate')).toEqual([{ reason: 'negative-value', path: ['numerator'] }]);
    expect(all(bad, 'rate')).toEqual([
      { reason: 'negative-value', path: ['numerator'] },
      { reason: 'non-integer-value', path: ['denominator'] },
    ]);
    expect(first({ kind: 'rate', numerator: 1, denominator: -2 }, 'rate')).toEqual([
      { reason: 'negative-value', path: ['denominator'] },
    ]);
    expect(all({ kind: 'rate', numerator: 5, denominator: 0 }, 'rate')).toEqual([
      { reason: 'zero-denominator', path: ['denominator'] },
    ]);
    expect(all({ kind: 'rate', numerator: 'x', denominator: 0 }, 'rate')).toEqual([
      { reason: 'malformed-value', path: ['numerator'] },
      { reason: 'zero-denominator', path: ['denominator'] },
    ]);
    expect(all({ kind: 'rate', numerator: 0.5, denominator: 4 }, 'rate')).toEqual([
      { reason: 'non-integer-value', path: ['numerator'] },
    ]);
    expect(all({ kind: 'rate', numerator: 3, denominator: 3 }, 'rate')).toBeUndefined();
  });
});

describe('checkDeclaredValue returns a Result', () => {
  it('gives the value back when it can be evaluated', () => {
    const value = { kind: 'rate', numerator: 49, denominator: 50 };
    const r = checkDeclaredValue(value, { kind: 'rate' });
    expect(r.ok && r.value).toBe(value);
  });
  it('fails with error issues carrying the reason sentence', () => {
    const r = checkDeclaredValue(
      { kind: 'rate', numerator: 51, denominator: 0 },
      { kind: 'rate', all: true },
    );
    expect(r.ok).toBe(false);
    for (const i of r.issues) {
      expect(i.severity).toBe('error');
      expect(i.message).toEqual(REASONS[i.code as keyof typeof REASONS]);
    }
  });
});
