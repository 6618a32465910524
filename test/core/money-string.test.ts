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
});
