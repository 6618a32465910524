import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import {
  addMoney,
  allocate,
  compareMoney,
  equalsMoney,
  fromCents,
  isMoneyString,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  money,
  multiplyMoney,
  parseMoney,
  percentOf,
  ROUNDING_MODES,
  roundMoney,
  subtractMoney,
  sumMoney,
  toCents,
  toMoneyString,
  ZERO,
} from '../../src/money/index.js';

describe('parseMoney', () => {
  it('reads strings and numbers and serialises with two decimals', () => {
    const cases: [unknown, string][] = [
      ['420000000', '420000000.00'],
      ['37000.5', '37000.50'],
      ['0.01', '0.01'],
      [12.3, '12.30'],
      [0, '0.00'],
      ['-0', '0.00'],
    ];
    for (const [input, expected] of cases) {
      const r = parseMoney(input);
      expect(r.ok && String(r.value)).toBe(expected);
    }
  });

  it('serialises to a JSON string, never a float', () => {
    expect(JSON.stringify({ a: money('420000000') })).toBe('{"a":"420000000.00"}');
  });

  it('says when an amount is finer than a cent', () => {
    for (const input of ['12.345', 0.001]) {
      const r = parseMoney(input);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('money-sub-cent');
    }
  });

  it('refuses unreadable amounts with a stable code and both languages', () => {
    for (const input of [
      '1,50',
      '1e3',
      ' 12',
      '.5',
      '+3',
      '',
      'abc',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      {},
    ]) {
      const r = parseMoney(input, { path: ['cells', 0, 'amount'] });
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('invalid-money');
      expect(r.issues[0]?.path).toEqual(['cells', 0, 'amount']);
      expect(r.issues[0]?.message.fr.length).toBeGreaterThan(0);
    }
  });

  it('refuses negative amounts unless allowed', () => {
    expect(parseMoney('-1.00').issues[0]?.code).toBe('negative-money');
    const r = parseMoney('-1.00', { allowNegative: true });
    expect(r.ok && String(r.value)).toBe('-1.00');
  });

  it('money() throws a PalierError on a bad literal', () => {
    expect(() => money('1.234')).toThrow(PalierError);
    expect(String(money('-2'))).toBe('-2.00');
  });
});

describe('arithmetic', () => {
  it('adds HN mid-course delegated amounts exactly (58 M€ + 95.5 M€)', () => {
    expect(String(addMoney(money('58000000'), money('95500000')))).toBe('153500000.00');
  });

  it('adds cents that binary floats get wrong', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(String(addMoney(money('0.10'), money('0.20')))).toBe('0.30');
  });

  it('sums, subtracts, compares', () => {
    expect(String(sumMoney([]))).toBe('0.00');
    expect(String(sumMoney([money('33.34'), money('33.33'), money('33.33')]))).toBe('100.00');
    expect(String(subtractMoney(money('1'), money('2')))).toBe('-1.00');
    expect(isNegativeMoney(subtractMoney(money('1'), money('2')))).toBe(true);
    expect(isNegativeMoney(ZERO)).toBe(false);
    expect(isZeroMoney(subtractMoney(money('2'), money('2')))).toBe(true);
    expect(compareMoney(money('1.00'), money('0.99'))).toBe(1);
    expect(compareMoney(money('0.99'), money('1.00'))).toBe(-1);
    expect(compareMoney(money('1'), money('1.00'))).toBe(0);
    expect(equalsMoney(money('1'), money('1.00'))).toBe(true);
    expect(String(minMoney(money('5'), money('3')))).toBe('3.00');
    expect(String(maxMoney(money('5'), money('3')))).toBe('5.00');
  });

  it('rounds with the named mode', () => {
    expect(String(roundMoney('0.125', 'half-even'))).toBe('0.12');
    expect(String(roundMoney('0.135', 'half-even'))).toBe('0.14');
    expect(String(roundMoney('0.125', 'half-up'))).toBe('0.13');
    expect(String(roundMoney('0.125', 'half-down'))).toBe('0.12');
    expect(String(roundMoney('0.121', 'up'))).toBe('0.13');
    expect(String(roundMoney('0.129', 'down'))).toBe('0.12');
    expect(String(roundMoney('-0.121', 'floor'))).toBe('-0.13');
    expect(String(roundMoney('-0.129', 'ceil'))).toBe('-0.12');
    expect(ROUNDING_MODES).toHaveLength(7);
  });

  it('multiplies and takes percentages with a named rounding', () => {
    expect(String(percentOf(money('420000000'), 52, 'half-even'))).toBe('218400000.00');
    expect(String(percentOf(money('0.05'), 50, 'down'))).toBe('0.02');
    expect(String(percentOf(money('0.05'), 50, 'up'))).toBe('0.03');
    expect(String(multiplyMoney(money('10.00'), '0.125', 'half-even'))).toBe('1.25');
    expect(String(multiplyMoney(money('0.01'), '0.5', 'half-even'))).toBe('0.00');
  });

  it('converts to and from cents', () => {
    expect(toCents(money('33.34'))).toBe(3334n);
    expect(toCents(money('-0.05'))).toBe(-5n);
    expect(String(fromCents(3334n))).toBe('33.34');
    expect(String(fromCents(42_000_000_000))).toBe('420000000.00');
    expect(toMoneyString(money('37000'))).toBe('37000.00');
    expect(isMoneyString('33.34')).toBe(true);
    expect(isMoneyString('33.3')).toBe(false);
    expect(isMoneyString(33.34)).toBe(false);
  });
});

describe('independence from the global Decimal configuration', () => {
  afterEach(() => {
    Decimal.set({ defaults: true });
  });

  it('gives the same results after a caller sets precision 2 and another rounding globally', () => {
    const before = [
      String(percentOf(money('420000000'), 17, 'half-even')),
      String(roundMoney('1234567.125', 'half-even')),
      String(sumMoney([money('123456789.01'), money('0.99')])),
    ];
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP, toExpPos: 1, toExpNeg: -1 });
    const after = [
      String(percentOf(money('420000000'), 17, 'half-even')),
      String(roundMoney('1234567.125', 'half-even')),
      String(sumMoney([money('123456789.01'), money('0.99')])),
    ];
    expect(after).toEqual(before);
    expect(after).toEqual(['71400000.00', '1234567.12', '123456790.00']);
  });
});

describe('misuse from plain JavaScript', () => {
  it('fromCents refuses NaN and Infinity instead of building a Money that prints NaN', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '12', null]) {
      expect(() => fromCents(bad as number)).toThrow(PalierError);
    }
    expect(String(fromCents(-5))).toBe('-0.05');
    expect(String(fromCents(12345678901234567890n))).toBe('123456789012345678.90');
  });
  it('arithmetic refuses what is not a Money, naming the function and the argument', () => {
    const m = money('1.00');
    try {
      addMoney(m, '1.00' as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PalierError);
      expect(e).toMatchObject({ code: 'invalid-argument', function: 'addMoney', argument: 'b' });
    }
    expect(() => sumMoney([m, 3 as never])).toThrow(/amounts\[1\]/);
    expect(() => sumMoney(null as never)).toThrow(PalierError);
    expect(() => multiplyMoney(m, Number.NaN, 'half-even')).toThrow(PalierError);
    expect(() => multiplyMoney(m, 2, 'sideways' as never)).toThrow(/rounding mode/);
    expect(() => roundMoney('abc', 'half-up')).toThrow(PalierError);
    expect(() => toCents({} as never)).toThrow(PalierError);
  });

  describe('cases found by mutation testing: each refusal names its function and argument', () => {
    const m = money('1.00');
    const notMoney = '1.00' as never;
    const cases: [string, string, () => unknown][] = [
      ['addMoney', 'a', () => addMoney(notMoney, m)],
      ['addMoney', 'b', () => addMoney(m, notMoney)],
      ['subtractMoney', 'a', () => subtractMoney(notMoney, m)],
      ['subtractMoney', 'b', () => subtractMoney(m, notMoney)],
      ['sumMoney', 'amounts', () => sumMoney(null as never)],
      ['sumMoney', 'amounts', () => sumMoney(undefined as never)],
      ['sumMoney', 'amounts', () => sumMoney({} as never)],
      ['sumMoney', 'amounts[1]', () => sumMoney([m, notMoney])],
      ['compareMoney', 'a', () => compareMoney(notMoney, m)],
      ['compareMoney', 'b', () => compareMoney(m, notMoney)],
      ['equalsMoney', 'a', () => equalsMoney(notMoney, m)],
      ['equalsMoney', 'b', () => equalsMoney(m, notMoney)],
      ['isNegativeMoney', 'm', () => isNegativeMoney(notMoney)],
      ['isZeroMoney', 'm', () => isZeroMoney(notMoney)],
      ['minMoney', 'a', () => minMoney(notMoney, m)],
      ['minMoney', 'b', () => minMoney(m, notMoney)],
      ['maxMoney', 'a', () => maxMoney(notMoney, m)],
      ['maxMoney', 'b', () => maxMoney(m, notMoney)],
      ['multiplyMoney', 'm', () => multiplyMoney(notMoney, 2, 'half-even')],
      ['multiplyMoney', 'mode', () => multiplyMoney(m, 2, 'sideways' as never)],
      ['percentOf', 'm', () => percentOf(notMoney, 50, 'half-even')],
      ['percentOf', 'mode', () => percentOf(m, 50, 'sideways' as never)],
      ['roundMoney', 'mode', () => roundMoney('1.005', 'sideways' as never)],
      ['toCents', 'm', () => toCents(notMoney)],
      ['toMoneyString', 'm', () => toMoneyString(notMoney)],
      ['allocate', 'total', () => allocate(notMoney, [1])],
      ['allocate', 'weights', () => allocate(m, null as never)],
    ];
    it.each(cases)('%s refuses a bad %s', (fn, argument, call) => {
      let thrown: unknown;
      try {
        call();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(PalierError);
      const error = thrown as PalierError;
      expect(error).toMatchObject({ code: 'invalid-argument', function: fn, argument });
      expect(error.label.fr).toContain(`« ${argument} »`);
      expect(error.label.en).toContain(`"${argument}"`);
      expect(error.message).toContain(fn);
    });
    it('a Money and the totals of a sum are accepted, whatever iterable holds them', () => {
      expect(String(sumMoney(new Set([m, money('2.50')])))).toBe('3.50');
      expect(String(sumMoney([]))).toBe('0.00');
      expect(isNegativeMoney(money('-0.01'))).toBe(true);
      expect(isNegativeMoney(money('0.00'))).toBe(false);
      expect(isZeroMoney(money('0.00'))).toBe(true);
    });
  });
});

/*
 * Money at its edges: what each rejected amount says, the cents exactly at two decimals, where the extra cent
 * of a split goes, decimal weights. Written after mutation testing showed these could change unnoticed.
 */
describe('cases found by mutation testing', () => {
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
        message: {
          fr: 'Montant plus précis que le centime : 0.125.',
          en: 'Amount finer than a cent: 0.125.',
        },
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
});

describe('amounts palier can hold exactly', () => {
  it('reads up to 15 digits before the decimal point and refuses more, from text or a number', () => {
    expect(parseMoney('999999999999999.99').ok).toBe(true);
    const text = parseMoney('1000000000000000');
    expect(text.ok).toBe(false);
    expect(text.issues[0]?.code).toBe('money-too-large');
    expect(parseMoney(`000${'1'.padEnd(16, '0')}.00`).issues[0]?.code).toBe('money-too-large');
    expect(parseMoney('000000000000000000001.00').ok).toBe(true);
    expect(parseMoney(1e15).issues[0]?.code).toBe('money-too-large');
    expect(parseMoney(-1e15, { allowNegative: true }).issues[0]?.code).toBe('money-too-large');
    expect(parseMoney(999_999_999_999_999).ok).toBe(true);
  });

  it('splits the largest amount to the cent', () => {
    const total = money('999999999999999.99');
    const r = allocate(total, [642, 301, 818]);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(
        r.value
          .slice(1)
          .reduce((a, b) => addMoney(a, b), r.value[0]!)
          .toString(),
      ).toBe(total.toString());
  });
});
