/**
 * Money at its edges: what each rejected amount says, the cents exactly at two decimals, where the extra cent
 * of a split goes, decimal weights. Written after mutation testing showed these could change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import {
  allocate,
  fromCents,
  isMoneyString,
  isNegativeMoney,
  maxMoney,
  minMoney,
  money,
  parseMoney,
} from '../../src/money/index.js';

const issueOf = (input: unknown, allowNegative = false) => {
  const r = parseMoney(input, { path: ['amount'], allowNegative });
  if (r.ok) throw new Error(`${String(input)} was accepted`);
  return r.issues[0]!;
};
const split = (total: string, weights: (number | string)[]) => {
  const r = allocate(money(total), weights);
  return r.ok ? r.value.map(String) : r.issues.map((i) => i.code);
};

describe('parseMoney explains each rejection', () => {
  it('a string finer than a cent, and one that is not an amount at all', () => {
    expect(issueOf('12.345')).toEqual({
      code: 'money-sub-cent',
      path: ['amount'],
      severity: 'error',
      expected: 'MoneyString, e.g. "37000.00"',
      received: '12.345',
      message: {
        fr: 'Montant plus précis que le centime : 12.345.',
        en: 'Amount finer than a cent: 12.345.',
      },
    });
    for (const text of ['x12.345', '12.345x', '1 000.00', '1,5', '1e3', '']) {
      const i = issueOf(text);
      expect(i.code, text).toBe('invalid-money');
      expect(i.message.en).toBe(
        `Unreadable amount: "${text}" (digits, dot decimal separator, at most two decimals).`,
      );
      expect(i.message.fr).toBe(
        `Montant illisible : « ${text} » (chiffres, point décimal, deux décimales au plus).`,
      );
    }
  });

  it('numbers: not finite, finer than a cent; exactly two decimals is fine', () => {
    expect(issueOf(Number.NaN)).toMatchObject({
      code: 'invalid-money',
      received: 'number NaN',
      message: {
        fr: 'Montant illisible : « number NaN » (chiffres, point décimal, deux décimales au plus).',
        en: 'Unreadable amount: "number NaN" (digits, dot decimal separator, at most two decimals).',
      },
    });
    expect(issueOf(Number.POSITIVE_INFINITY).received).toBe('number Infinity');
    expect(issueOf(0.125)).toMatchObject({
      code: 'money-sub-cent',
      received: '0.125',
      message: { fr: 'Montant plus précis que le centime : 0.125.', en: 'Amount finer than a cent: 0.125.' },
    });
    const r = parseMoney(12.55);
    expect(r.ok && String(r.value)).toBe('12.55');
  });

  it('other types name what they are (null is null, not object); negatives unless allowed', () => {
    expect(issueOf(null)).toMatchObject({ code: 'invalid-money', received: 'null' });
    expect(issueOf({}).received).toBe('object');
    expect(issueOf(undefined).message.en).toContain('"undefined"');
    expect(issueOf('-3')).toMatchObject({
      code: 'negative-money',
      received: '-3',
      message: { fr: 'Montant négatif : -3.', en: 'Negative amount: -3.' },
    });
    expect(issueOf(-3)).toMatchObject({ code: 'negative-money', received: '-3' });
    expect(parseMoney('-3', { allowNegative: true }).ok).toBe(true);
    expect(parseMoney('-0.00').ok).toBe(true);
  });

  it('money() throws a PalierError carrying the issue for a bad literal', () => {
    expect(() => money('1.005')).toThrow('Amount finer than a cent: 1.005.');
    expect(() => money('abc')).toThrow(PalierError);
    try {
      money('1.005');
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid-argument', function: 'money', argument: 'value' });
      expect((e as PalierError).issues.map((i) => i.code)).toEqual(['money-sub-cent']);
    }
  });

  it('isMoneyString wants the canonical form, whole', () => {
    expect(['33.34', '-1.00', '0.00'].map(isMoneyString)).toEqual([true, true, true]);
    expect(['33.3', 'x1.00', '1.00x', '1.000', 33.34].map(isMoneyString)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('sign and order helpers', () => {
    expect(isNegativeMoney(money('5'))).toBe(false);
    expect(isNegativeMoney(money('0'))).toBe(false);
    expect(isNegativeMoney(money('-0.01'))).toBe(true);
    expect(String(maxMoney(money('3'), money('5')))).toBe('5.00');
    expect(String(minMoney(money('5'), money('3')))).toBe('3.00');
    expect(String(fromCents(1234))).toBe('12.34');
    expect(String(fromCents(-5n))).toBe('-0.05');
    expect(String(fromCents(1234.9))).toBe('12.34');
    expect(parseMoney('1').issues).toEqual([]);
    expect(parseMoney('x').issues[0]?.path).toEqual([]);
  });
});

describe('allocate: where the cents go', () => {
  it('the extra cent goes to the largest remainder, ties to the earlier share', () => {
    expect(split('1.00', [1, 2])).toEqual(['0.33', '0.67']);
    expect(split('1.00', [2, 1])).toEqual(['0.67', '0.33']);
    expect(split('0.10', [1, 3])).toEqual(['0.03', '0.07']);
    expect(split('100.00', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(split('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
  });

  it('decimal weights are exact (not rounded to integers first)', () => {
    expect(split('1.00', ['0.25', '0.75'])).toEqual(['0.25', '0.75']);
    expect(split('1.00', [0.5, 1.5])).toEqual(['0.25', '0.75']);
    expect(split('3.00', ['0.001', '0.002'])).toEqual(['1.00', '2.00']);
    expect(split('1.75', ['0.5', '1.25'])).toEqual(['0.50', '1.25']);
    expect(allocate(money('1.00'), [1, 3]).issues).toEqual([]);
    expect(allocate(money('0.00'), [0]).issues).toEqual([]);
  });

  it('explains every refusal, each at its place', () => {
    const r = allocate(money('-1'), []);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'negative-total',
        path: [],
        received: '-1.00',
        severity: 'error',
        message: { fr: 'Le total à répartir est négatif.', en: 'The total to split is negative.' },
      },
      {
        code: 'no-weights',
        path: [],
        received: '[]',
        severity: 'error',
        message: { fr: 'Aucune clé de répartition.', en: 'No weights to split by.' },
      },
    ]);
    const bad = allocate(money('1'), [1, 'x', -2]);
    expect(bad.ok ? [] : bad.issues).toEqual([
      {
        code: 'invalid-weight',
        path: [1],
        received: 'x',
        severity: 'error',
        message: { fr: 'Poids illisible : x.', en: 'Unreadable weight: x.' },
      },
      {
        code: 'negative-weight',
        path: [2],
        received: '-2',
        severity: 'error',
        message: { fr: 'Poids négatif : -2.', en: 'Negative weight: -2.' },
      },
    ]);
    const zero = allocate(money('1'), [0, 0]);
    expect(zero.ok ? [] : zero.issues).toEqual([
      {
        code: 'zero-weights',
        path: [],
        received: '0',
        severity: 'error',
        message: {
          fr: 'Les poids sont tous nuls : rien ne permet de répartir.',
          en: 'All weights are zero: nothing to split by.',
        },
      },
    ]);
    expect(split('0.00', [0, 0])).toEqual(['0.00', '0.00']);
  });
});
