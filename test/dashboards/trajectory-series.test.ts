import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trajectorySeries } from '../../src/dashboards/index.js';
import { compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import type { EstablishmentEvaluation } from '../../src/evaluation/types.js';
import {
  ALL_MET,
  declaration,
  establishment,
  populationArb,
  type RawValues,
  rawArb,
  testProgramme,
} from './fixtures.js';

const compiled = compileProgramme(testProgramme());
const Y2020 = { start: '2020-01-01', end: '2020-12-31' };
const Y2021 = { start: '2021-01-01', end: '2021-12-31' };
const NOT_MET: RawValues = { ...ALL_MET, d22: 1 };

function ev(finess: string, raw: RawValues, end: string, department = '75'): EstablishmentEvaluation {
  return evaluateEstablishment(
    compiled,
    establishment(finess, { department }),
    declaration(finess, raw, { start: `${end.slice(0, 4)}-01-01`, end }),
    { asOf: '2030-01-01' },
  );
}

describe('trajectorySeries', () => {
  it('counts per period who reached a level, for the first time, and so far', () => {
    const evaluations = [
      ev('A', ALL_MET, '2020-06-30'),
      ev('A', NOT_MET, '2021-06-30'),
      ev('B', NOT_MET, '2020-06-30'),
      ev('B', ALL_MET, '2021-12-31'),
      ev('C', NOT_MET, '2020-12-31'),
    ];
    const s = trajectorySeries(
      evaluations,
      ['A', 'B', 'C'].map((f) => establishment(f)),
      {
        asOf: '2022-01-01',
        programme: compiled,
        periods: [Y2021, Y2020],
      },
    );
    expect(s.periods).toEqual([Y2020, Y2021]);
    const [p2020, p2021] = s.national.points;
    expect(p2020!.observed).toBe(3);
    expect(p2021!.observed).toBe(2);
    expect(p2020!.levels.palier).toEqual({
      reached: 1,
      notReached: 2,
      unknown: 0,
      firstReached: 1,
      cumulative: 1,
    });
    expect(p2021!.levels.palier).toEqual({
      reached: 1,
      notReached: 1,
      unknown: 0,
      firstReached: 1,
      cumulative: 2,
    });
    expect(s.national.establishments).toBe(3);
  });

  it('uses the latest evaluation of an establishment within a period', () => {
    const s = trajectorySeries(
      [ev('A', ALL_MET, '2020-12-31'), ev('A', NOT_MET, '2020-06-30')],
      [establishment('A')],
      {
        asOf: '2022-01-01',
        programme: compiled,
        periods: [Y2020],
      },
    );
    expect(s.national.points[0]!.observed).toBe(1);
    expect(s.national.points[0]!.levels.D2!.reached).toBe(1);
  });

  it('places an evaluation ending on the last day of a period in that period (whole day), the next day in the next', () => {
    const s = trajectorySeries([ev('A', ALL_MET, '2020-12-31'), ev('B', ALL_MET, '2021-01-01')], [], {
      asOf: '2022-01-01',
      programme: compiled,
      periods: [Y2020, Y2021],
    });
    expect(s.national.points.map((p) => p.observed)).toEqual([1, 1]);
  });

  it('leaves out evaluations ending after asOf, outside every period, or of another programme', () => {
    const s = trajectorySeries(
      [
        ev('A', ALL_MET, '2021-06-30'),
        ev('B', ALL_MET, '2019-06-30'),
        { ...ev('C', ALL_MET, '2020-06-30'), programme: { id: 'other', version: '1' } },
        ev('D', ALL_MET, '2020-06-30'),
      ],
      [establishment('D')],
      { asOf: '2020-12-31', programme: compiled, periods: [Y2020, Y2021] },
    );
    expect(s.excluded).toEqual({ afterAsOf: 1, outsidePeriods: 1, otherProgramme: 1 });
    expect(s.national.establishments).toBe(1);
  });

  it('reports invalid and overlapping periods', () => {
    const s = trajectorySeries([], [], {
      asOf: '2022-01-01',
      programme: compiled,
      periods: [
        Y2020,
        { start: '2020-06-01', end: '2021-05-31' },
        { start: '2022-01-01', end: '2021-01-01' },
      ],
    });
    expect(s.diagnostics.map((i) => i.code)).toEqual(['invalid-period', 'overlapping-periods']);
    expect(s.periods).toHaveLength(2);
  });

  it('is empty but complete for empty input', () => {
    const s = trajectorySeries([], [], {
      asOf: '2022-01-01',
      programme: compiled,
      periods: [Y2020],
      by: ['ars'],
    });
    expect(s.national.establishments).toBe(0);
    expect(s.national.points[0]!.levels.palier).toEqual({
      reached: 0,
      notReached: 0,
      unknown: 0,
      firstReached: 0,
      cumulative: 0,
    });
    expect(s.by.ars!.rows).toEqual([]);
  });

  it('fixes ARS membership at asOf: Mayotte under its own ARS for every period when asOf is in 2020', () => {
    const evaluations = [ev('M', ALL_MET, '2019-06-30', '976'), ev('M', ALL_MET, '2020-06-30', '976')];
    const establishments = [establishment('M', { department: '976' })];
    const periods = [
      { start: '2019-01-01', end: '2019-12-31' },
      { start: '2020-01-01', end: '2020-12-31' },
    ];
    const in2019 = trajectorySeries(evaluations, establishments, {
      asOf: '2019-12-31',
      programme: compiled,
      periods,
      by: ['ars'],
    });
    const in2020 = trajectorySeries(evaluations, establishments, {
      asOf: '2020-12-31',
      programme: compiled,
      periods,
      by: ['ars'],
    });
    expect(in2019.by.ars!.rows.map((r) => r.key)).toEqual(['ars-ocean-indien']);
    expect(in2020.by.ars!.rows.map((r) => [r.key, r.points.map((p) => p.levels.palier!.cumulative)])).toEqual(
      [['ars-mayotte', [1, 1]]],
    );
  });
});

describe('trajectorySeries on random histories (properties)', () => {
  const periods = [
    { start: '2019-01-01', end: '2019-12-31' },
    { start: '2020-01-01', end: '2020-12-31' },
    { start: '2021-01-01', end: '2021-12-31' },
  ];
  const historyArb = populationArb(25).chain((members) =>
    fc
      .array(
        fc.tuple(
          fc.nat({ max: Math.max(members.length - 1, 0) }),
          rawArb,
          fc.constantFrom('2019', '2020', '2021'),
        ),
        {
          maxLength: members.length * 3,
        },
      )
      .map((rows) => ({ members, rows: members.length === 0 ? [] : rows })),
  );

  it('first-time counts sum to the last cumulative; cumulative never decreases; dimensions sum to the nation', () => {
    fc.assert(
      fc.property(historyArb, ({ members, rows }) => {
        const evaluations = rows.map(([i, raw, year]) => {
          const e = members[i]!.establishment;
          return evaluateEstablishment(
            compiled,
            e,
            declaration(e.finess, raw, { start: `${year}-01-01`, end: `${year}-06-30` }),
            {
              asOf: '2022-01-01',
            },
          );
        });
        const s = trajectorySeries(
          evaluations,
          members.map((m) => m.establishment),
          { asOf: '2022-01-01', programme: compiled, periods, by: ['region', 'status'] },
        );
        for (const level of s.levels) {
          const pts = s.national.points.map((p) => p.levels[level.code]!);
          let running = 0;
          for (const p of pts) {
            running += p.firstReached;
            expect(p.cumulative).toBe(running);
            expect(p.firstReached).toBeLessThanOrEqual(p.reached);
          }
          expect(running).toBeLessThanOrEqual(s.national.establishments);
          for (const dim of ['region', 'status'] as const) {
            const byRow = s.by[dim]!.rows;
            periods.forEach((_, p) => {
              const total = byRow.reduce((acc, r) => acc + r.points[p]!.levels[level.code]!.cumulative, 0);
              expect(total).toBe(pts[p]!.cumulative);
            });
          }
        }
        const distinct = new Set(rows.map(([i]) => i)).size;
        expect(s.national.establishments).toBe(distinct);
      }),
      { numRuns: 40 },
    );
  });
});
