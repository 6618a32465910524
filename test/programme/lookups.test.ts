import { describe, expect, it } from 'vitest';
import { addMonthsToDate } from '../../src/programme/add-months.js';
import {
  applicableIndicators,
  findIndicator,
  indicatorsOf,
  requirementOf,
  requirementsOf,
} from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

describe('lookups', () => {
  it('lists prerequisites then domains', () => {
    expect(requirementsOf(hopen).map((r) => r.code)).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
    ]);
  });

  it('finds an indicator by code, and nothing for an unknown or incomplete one', () => {
    expect(findIndicator(hopen, 'D2.2')?.target?.value).toBe(98);
    expect(findIndicator(hopen, 'D9.9')).toBeUndefined();
    expect(findIndicator(hopen, '')).toBeUndefined();
    // P1.3 is known to exist in HN but its kind is unverified: not evaluable.
    expect(findIndicator(hopitalNumerique, 'P1.3')).toBeUndefined();
  });

  it('lists the indicators of a requirement; empty for an unknown code or an empty domain', () => {
    expect(indicatorsOf(hopen, 'D2').map((i) => i.code)).toEqual(['D2.2', 'D2.5']);
    expect(indicatorsOf(hopen, 'D6')).toEqual([]);
    expect(indicatorsOf(hopen, 'X1')).toEqual([]);
  });

  it('finds the requirement of an indicator', () => {
    expect(requirementOf(hopen, 'D3.5')?.code).toBe('D3');
    expect(requirementOf(hopitalNumerique, 'P3.2')?.code).toBe('P3');
    expect(requirementOf(hopen, 'nope')).toBeUndefined();
  });

  it('selects the indicators that concern an establishment from its activities and traits', () => {
    const codes = (e: Parameters<typeof applicableIndicators>[1]) =>
      applicableIndicators(hopen, e).map((i) => i.code);
    expect(codes({ activities: ['MCO'] })).toEqual(['P2.1', 'P2.3', 'D2.2', 'D2.5', 'D3.5']);
    expect(codes({ activities: ['HAD'] })).toEqual(['P2.1', 'P2.3', 'D2.2', 'D3.5']);
    expect(codes({ activities: ['MCO'], traits: ['NO_EXTERNAL_CONSULTATIONS'] })).toEqual([
      'P2.1',
      'P2.3',
      'D2.2',
      'D3.5',
    ]);
    // No technical platform does not exclude D2.5 (its column says X).
    expect(codes({ activities: ['SSR'], traits: ['NO_TECHNICAL_PLATFORM'] })).toContain('D2.5');
    // No activity: only indicators without applicability data (they apply everywhere).
    expect(codes({ activities: [] })).toEqual(['P2.1', 'P2.3']);
  });
});

describe('addMonthsToDate', () => {
  it.each([
    ['2021-12-31', 12, '2022-12-31'],
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2019-06-30', -7, '2018-11-30'],
    ['2019-03-08', 0, '2019-03-08'],
    ['2019-12-15', 1, '2020-01-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsToDate(date, months)).toBe(expected);
  });
});
