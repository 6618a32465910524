import { describe, expect, it } from 'vitest';
import { compareDates, isCalendarDate, periodContains } from '../../src/dates/index.js';

describe('isCalendarDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isCalendarDate('2019-12-31')).toBe(true);
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });
  it('rejects impossible dates and other shapes', () => {
    for (const bad of [
      '2019-02-29',
      '1900-02-29',
      '2019-13-01',
      '2019-04-31',
      '2019-00-10',
      '2019-1-1',
      '',
      20190101,
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });
});

describe('periods', () => {
  const y2019 = { start: '2019-01-01', end: '2019-12-31' };
  it('includes both ends as whole days', () => {
    expect(periodContains(y2019, '2019-01-01')).toBe(true);
    expect(periodContains(y2019, '2019-12-31')).toBe(true);
    expect(periodContains(y2019, '2020-01-01')).toBe(false);
    expect(periodContains(y2019, '2018-12-31')).toBe(false);
  });
  it('orders dates', () => {
    expect(compareDates('2019-06-30', '2019-09-30')).toBeLessThan(0);
    expect(compareDates('2019-06-30', '2019-06-30')).toBe(0);
  });
});
