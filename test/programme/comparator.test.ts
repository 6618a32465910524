import { describe, expect, it } from 'vitest';
import { comparatorSymbol } from '../../src/programme/comparator.js';

describe('comparatorSymbol', () => {
  it.each([
    ['at-least', true, '≥'],
    ['at-least', false, '>'],
    ['at-most', true, '≤'],
    ['at-most', false, '<'],
    ['equal', true, '='],
    ['equal', false, '='],
  ] as const)('%s, inclusive %s → %s', (comparator, inclusive, sign) => {
    expect(comparatorSymbol({ comparator, inclusive })).toBe(sign);
  });
});
