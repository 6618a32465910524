import { describe, expect, it } from 'vitest';
import { isMoneyString, moneyStringProblem } from '../../src/core/money-string.js';

describe('the one money-string grammar', () => {
  it('canonical: optional minus, no leading zero, exactly two decimals', () => {
    expect(['0.00', '33.34', '-1.00', '1250000.00'].map(isMoneyString)).toEqual([true, true, true, true]);
    expect(['01.00', '33.3', '1.000', '1,00', ' 1.00', '1e3', '', 33.34].map(isMoneyString)).toEqual(
      Array(8).fill(false),
    );
  });
  it('input: short forms are read, sub-cent and negatives are told apart', () => {
    expect(moneyStringProblem('37000')).toBeUndefined();
    expect(moneyStringProblem('37000.5')).toBeUndefined();
    expect(moneyStringProblem('007.50')).toBeUndefined();
    expect(moneyStringProblem('37000', { canonical: true })?.code).toBe('invalid-money');
    expect(moneyStringProblem('12.345')?.code).toBe('money-sub-cent');
    expect(moneyStringProblem('-1.00')?.code).toBe('negative-money');
    expect(moneyStringProblem('-0.00')).toBeUndefined();
    expect(moneyStringProblem('-1.00', { allowNegative: true })).toBeUndefined();
    expect(moneyStringProblem('1,50', { path: ['a', 0] })).toMatchObject({
      code: 'invalid-money',
      path: ['a', 0],
      received: '1,50',
    });
  });
  it('too large: more than 15 digits before the decimal point, leading zeros and the sign not counted', () => {
    const at = (text: string) => moneyStringProblem(text, { allowNegative: true })?.code;
    expect(at('999999999999999.99')).toBeUndefined();
    expect(at('-999999999999999')).toBeUndefined();
    expect(at('-000999999999999999.9')).toBeUndefined();
    expect(at('1000000000000000')).toBe('money-too-large');
    expect(at('-1000000000000000.00')).toBe('money-too-large');
    expect(at('0001000000000000000.5')).toBe('money-too-large');
    expect(moneyStringProblem('1000000000000000.00', { path: ['x'] })).toMatchObject({
      code: 'money-too-large',
      path: ['x'],
      expected: 'MoneyString, e.g. "37000.00"',
      received: '1000000000000000.00',
    });
  });
});
