import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import {
  addMoney,
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
});
