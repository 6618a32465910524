import { describe, expect, it } from 'vitest';
import {
  aggregateEvaluations,
  fundingDashboard,
  fundsAmountByDomain,
  fundsShareByDomain,
  REFERENCE_SERIES,
  reachedPoints,
  referenceComparison,
  referenceSeries,
} from '../../src/dashboards/index.js';
import type { RegionalProgramming } from '../../src/funding/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';
import { testProgramme } from './fixtures.js';

describe('referenceSeries', () => {
  it('gives HOP’EN funds by domain as published (S20): seven shares summing to 100 %', () => {
    const s = referenceSeries(hopen, 'funds-share-by-domain');
    expect(s.programme).toEqual({ id: 'hopen', version: hopen.version });
    expect(s.points.map((p) => [p.key, p.value])).toEqual([
      ['D2', 52],
      ['D6', 17],
      ['D1', 11],
      ['D3', 9],
      ['D4', 4],
      ['D5', 4],
      ['D7', 3],
    ]);
    expect(s.points.reduce((a, p) => a + p.value, 0)).toBe(100);
    for (const p of s.points) {
      expect(p.unit).toBe('percent');
      expect(p.provenance.status).toBe('confirmed');
    }
  });

  it('gives the amounts by domain only where published (D2, D6)', () => {
    const s = referenceSeries(hopen, 'funds-amount-by-domain');
    expect(s.points.map((p) => [p.key, p.value, p.unit])).toEqual([
      ['D2', 217_000_000, 'EUR'],
      ['D6', 70_000_000, 'EUR'],
    ]);
  });

  it('gives the HOP’EN 2019 selection figures', () => {
    const values = Object.fromEntries(
      referenceSeries(hopen, 'selection').points.map((p) => [p.key, p.value]),
    );
    expect(values['hopen-selection-applications']).toBe(6589);
    expect(values['hopen-selection-applications-retained']).toBe(1712);
    expect(values['hopen-selection-preselected-establishments']).toBe(1440);
    expect(values['hopen-selection-interested-establishments']).toBe(2430);
    expect(values['hopen-selection-applications-D2']).toBe(1679);
    expect(values['hopen-selection-applications-D2-share']).toBe(25);
  });

  it('gives HN’s establishments reaching the prerequisites: about 2,000 at the assessment, 1,300 in 2016', () => {
    const points = referenceSeries(hopitalNumerique, 'prerequisites-reached').points;
    expect(points.map((p) => [p.key, p.value, p.precision])).toEqual([
      ['hn-outcome-prerequisites-establishments', 2000, 'about'],
      ['hn-2016-prerequisites-establishments', 1300, undefined],
    ]);
    expect(points[0]!.provenance.source).toBe('seed:002');
  });

  it('gives HN funding totals and outcome figures, and nothing for a programme without figures', () => {
    const funding = referenceSeries(hopitalNumerique, 'funding').points.map((p) => p.key);
    expect(funding).toContain('hn-2016-funds-committed');
    expect(funding).not.toContain('hn-outcome-envelope-consumed'); // a percentage, not an amount
    expect(referenceSeries(hopitalNumerique, 'outcome').points.map((p) => p.value)).toEqual([
      2000, 1200, 900, 95,
    ]);
    for (const id of REFERENCE_SERIES) expect(referenceSeries(testProgramme(), id).points).toEqual([]);
  });

  it('keys every point of every series uniquely, so a comparison is unambiguous', () => {
    for (const programme of [hopen, hopitalNumerique]) {
      for (const id of REFERENCE_SERIES) {
        const keys = referenceSeries(programme, id).points.map((p) => p.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});

describe('referenceComparison', () => {
  it('puts computed values next to published ones, key by key, with the difference', () => {
    const c = referenceComparison(
      [
        { key: 'D6', value: 20 },
        { key: 'D2', value: 50 },
        { key: 'D9', value: 1 },
      ],
      referenceSeries(hopen, 'funds-share-by-domain'),
    );
    expect(c.rows.map((r) => [r.key, r.computed, r.published?.value ?? null, r.difference])).toEqual([
      ['D2', 50, 52, -2],
      ['D6', 20, 17, 3],
      ['D1', null, 11, null],
      ['D3', null, 9, null],
      ['D4', null, 4, null],
      ['D5', null, 4, null],
      ['D7', null, 3, null],
      ['D9', 1, null, null],
    ]);
  });

  it('compares a funding dashboard’s shares and amounts by domain with HOP’EN’s published ones', () => {
    const programming: RegionalProgramming = {
      region: '11',
      envelope: '1000.00',
      amorcagePool: '200.00',
      usagePool: '800.00',
      committed: '0.00',
      paid: '0.00',
      remaining: '0.00',
      policy: { order: 'input-order' },
      asOf: '2020-12-31',
      decisions: (
        [
          ['D2', '520.00'],
          ['D6', '170.00'],
          ['D1', '310.00'],
        ] as const
      ).map(([domain, forfait]) => ({
        candidate: domain,
        finess: '750712184',
        domain,
        group: 'public' as const,
        selected: true,
        reason: 'selected' as const,
        forfait,
        amorcage: '0.00',
        paid: '0.00',
      })),
    };
    const funding = fundingDashboard([programming], { asOf: '2020-12-31' });
    expect(fundsShareByDomain(funding)).toEqual([
      { key: 'D1', value: 31 },
      { key: 'D2', value: 52 },
      { key: 'D6', value: 17 },
    ]);
    const c = referenceComparison(
      fundsShareByDomain(funding),
      referenceSeries(hopen, 'funds-share-by-domain'),
    );
    expect(c.rows.find((r) => r.key === 'D2')!.difference).toBe(0);
    expect(fundsAmountByDomain(funding).find((p) => p.key === 'D2')).toEqual({ key: 'D2', value: 520 });
    expect(fundsShareByDomain(fundingDashboard([], { asOf: '2020-12-31' }))).toEqual([]);
  });

  it('compares the national count reaching all prerequisites with HN’s figure, and gives nothing for an unknown level', () => {
    const dash = aggregateEvaluations([], [], { asOf: '2017-12-31', programme: hopitalNumerique });
    const points = reachedPoints(dash, 'prerequisites', 'hn-outcome-prerequisites-establishments');
    expect(points).toEqual([{ key: 'hn-outcome-prerequisites-establishments', value: 0 }]);
    const c = referenceComparison(points, referenceSeries(hopitalNumerique, 'prerequisites-reached'));
    expect(c.rows[0]).toMatchObject({ computed: 0, difference: -2000 });
    expect(reachedPoints(dash, 'X1', 'k')).toEqual([]);
  });
});
