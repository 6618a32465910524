import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateEvaluations,
  type DashboardRow,
  DIMENSIONS,
  type EvaluationDashboard,
  NONE_KEY,
  okEvaluations,
  UNASSIGNED_KEY,
} from '../../src/dashboards/index.js';
import {
  compileProgramme,
  evaluateEstablishment,
  evaluateMany,
  plainEvaluation,
} from '../../src/evaluation/index.js';
import {
  ALL_MET,
  declaration,
  establishment,
  type Member,
  populationArb,
  testProgramme,
} from './fixtures.js';

const compiled = compileProgramme(testProgramme());
const LEVELS = ['P1', 'P2', 'prerequisites', 'D2', 'D3', 'D4', 'palier'];

function evaluate(members: readonly Member[], asOf = '2019-12-31') {
  const inputs = members
    .filter((m) => m.evaluated)
    .map((m) => ({
      establishment: m.establishment,
      declaration: declaration(m.establishment.finess, m.raw),
    }));
  return okEvaluations(evaluateMany(compiled, inputs, { asOf }));
}

function dashboard(members: readonly Member[], asOf = '2019-12-31'): EvaluationDashboard {
  return aggregateEvaluations(
    evaluate(members, asOf),
    members.map((m) => m.establishment),
    { asOf, programme: compiled },
  );
}

const row = (
  d: EvaluationDashboard,
  dim: keyof EvaluationDashboard['by'],
  key: string,
): DashboardRow | undefined => d.by[dim]?.rows.find((r) => r.key === key);

describe('aggregateEvaluations', () => {
  it('lists the levels in programme order, all prerequisites and palier included', () => {
    const d = dashboard([]);
    expect(d.levels.map((l) => l.code)).toEqual(LEVELS);
    expect(d.programme).toEqual({ id: 'dash-test', version: '1' });
  });

  it('gives an empty dashboard for empty input, with shares of an empty denominator null, not 0 %', () => {
    const d = dashboard([]);
    expect(d.national.evaluated).toBe(0);
    expect(d.national.withoutEvaluation).toBe(0);
    expect(d.national.levels.palier).toEqual({
      reached: 0,
      notReached: 0,
      unknown: 0,
      ofEvaluated: { count: 0, of: 0, percent: null },
      ofKnown: { count: 0, of: 0, percent: null },
    });
    for (const dim of DIMENSIONS) expect(d.by[dim]?.rows).toEqual([]);
    expect(d.diagnostics).toEqual([]);
  });

  it('counts reached, not reached and unknown separately and states both denominators', () => {
    const members: Member[] = [
      { establishment: establishment('A'), raw: ALL_MET, evaluated: true },
      { establishment: establishment('B'), raw: { ...ALL_MET, d22: 48 }, evaluated: true },
      { establishment: establishment('C', { activities: ['HAD'] }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('D'), raw: ALL_MET, evaluated: false },
    ];
    const d = dashboard(members);
    expect(d.national.evaluated).toBe(3);
    expect(d.national.withoutEvaluation).toBe(1);
    const palier = d.national.levels.palier!;
    expect([palier.reached, palier.notReached, palier.unknown]).toEqual([1, 1, 1]);
    expect(palier.ofEvaluated).toEqual({ count: 1, of: 3, percent: 100 / 3 });
    expect(palier.ofKnown).toEqual({ count: 1, of: 2, percent: 50 });
    expect(d.national.levels.D2!.reached).toBe(2);
    expect(d.national.levels.D4!.unknown).toBe(1);
    expect(d.national.levels.prerequisites!.reached).toBe(3);
  });

  it('takes the exact threshold as reached (P1.1 at 90 %) and one unit below as not reached', () => {
    const members: Member[] = [
      { establishment: establishment('A'), raw: { ...ALL_MET, p11: 90 }, evaluated: true },
      { establishment: establishment('B'), raw: { ...ALL_MET, p11: 89 }, evaluated: true },
    ];
    const d = dashboard(members);
    expect(d.national.levels.P1!.reached).toBe(1);
    expect(d.national.levels.P1!.notReached).toBe(1);
    expect(d.national.levels.prerequisites!.notReached).toBe(1);
  });

  it('places La Réunion and Mayotte under ARS Océan Indien on 2019-12-31 and under their own ARS from 2020-01-01', () => {
    const members: Member[] = [
      { establishment: establishment('R', { department: '974' }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('M', { department: '976' }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('P'), raw: ALL_MET, evaluated: true },
    ];
    const before = dashboard(members, '2019-12-31');
    const after = dashboard(members, '2020-01-01');
    expect(row(before, 'ars', 'ars-ocean-indien')?.evaluated).toBe(2);
    expect(row(before, 'ars', 'ars-la-reunion')).toBeUndefined();
    expect(row(after, 'ars', 'ars-ocean-indien')).toBeUndefined();
    expect(row(after, 'ars', 'ars-la-reunion')?.evaluated).toBe(1);
    expect(row(after, 'ars', 'ars-mayotte')?.evaluated).toBe(1);
    expect(row(after, 'ars', 'ars-mayotte')?.name).toBe('ARS Mayotte');
    for (const d of [before, after]) {
      expect(row(d, 'region', '04')?.evaluated).toBe(1);
      expect(row(d, 'region', '06')?.evaluated).toBe(1);
      const total = d.by.ars!.rows.reduce((s, r) => s + r.evaluated, 0);
      expect(total).toBe(d.national.evaluated);
      const palier = d.by.ars!.rows.reduce((s, r) => s + r.levels.palier!.reached, 0);
      expect(palier).toBe(d.national.levels.palier!.reached);
    }
  });

  it('places Corsica (2A, 2B) in region 94 and ARS Corse, departments apart, before and after 2016', () => {
    const members: Member[] = [
      { establishment: establishment('A', { department: '2A' }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('B', { department: '2B' }), raw: ALL_MET, evaluated: true },
    ];
    for (const asOf of ['2015-12-31', '2016-01-01']) {
      const d = aggregateEvaluations(
        evaluate(members, asOf).map((e) => ({
          ...plainEvaluation(e),
          period: { start: '2015-01-01', end: '2015-06-30' },
        })),
        members.map((m) => m.establishment),
        { asOf, programme: compiled },
      );
      expect(row(d, 'region', '94')?.evaluated).toBe(2);
      expect(row(d, 'region', '94')?.name).toBe('Corse');
      expect(row(d, 'ars', 'ars-corse')?.evaluated).toBe(2);
      expect(row(d, 'department', '2A')?.evaluated).toBe(1);
      expect(row(d, 'department', '2B')?.evaluated).toBe(1);
    }
  });

  it('uses the regional map in force: Bas-Rhin in Alsace until 2015-12-31, in Grand Est from 2016-01-01', () => {
    const members: Member[] = [
      { establishment: establishment('A', { department: '67' }), raw: ALL_MET, evaluated: true },
    ];
    const evaluations = evaluate(members).map((e) => ({
      ...plainEvaluation(e),
      period: { start: '2015-01-01', end: '2015-06-30' },
    }));
    const ests = members.map((m) => m.establishment);
    const old = aggregateEvaluations(evaluations, ests, { asOf: '2015-12-31', programme: compiled });
    const now = aggregateEvaluations(evaluations, ests, { asOf: '2016-01-01', programme: compiled });
    expect(old.by.region!.rows.map((r) => [r.key, r.name])).toEqual([['42', 'Alsace']]);
    expect(old.by.ars!.rows.map((r) => r.key)).toEqual(['ars-alsace']);
    expect(now.by.region!.rows.map((r) => [r.key, r.name])).toEqual([['44', 'Grand Est']]);
    expect(now.by.ars!.rows.map((r) => r.key)).toEqual(['ars-grand-est']);
  });

  it('derives the department from the FINESS when the establishment has none', () => {
    const e = establishment('2B0000012');
    const { department: _, ...withoutDepartment } = e;
    const d = aggregateEvaluations(
      [
        evaluateEstablishment(compiled, withoutDepartment, declaration('2B0000012', ALL_MET), {
          asOf: '2019-12-31',
        }),
      ],
      [withoutDepartment],
      { asOf: '2019-12-31', programme: compiled },
    );
    expect(d.by.department!.rows.map((r) => r.key)).toEqual(['2B']);
    expect(d.by.region!.rows.map((r) => r.key)).toEqual(['94']);
  });

  it('puts Saint-Pierre-et-Miquelon (975) in (unassigned) for region and ARS, with a diagnostic, and keeps sums whole', () => {
    const members: Member[] = [
      { establishment: establishment('S', { department: '975' }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('P'), raw: ALL_MET, evaluated: true },
    ];
    const d = dashboard(members);
    expect(d.by.region!.rows.map((r) => r.key)).toEqual(['11', UNASSIGNED_KEY]);
    expect(d.by.ars!.rows.map((r) => r.key)).toEqual(['ars-ile-de-france', UNASSIGNED_KEY]);
    expect(row(d, 'department', '975')?.evaluated).toBe(1);
    expect(d.diagnostics.map((i) => [i.code, i.received])).toEqual([
      ['no-region', '975 (overseas-collectivity)'],
    ]);
  });

  it('counts an evaluation whose FINESS is not among the establishments nationally and as (unassigned)', () => {
    const e = evaluateEstablishment(compiled, establishment('X'), declaration('X', ALL_MET), {
      asOf: '2019-12-31',
    });
    const d = aggregateEvaluations([e], [], { asOf: '2019-12-31', programme: compiled });
    expect(d.national.evaluated).toBe(1);
    for (const dim of DIMENSIONS) expect(d.by[dim]!.rows.map((r) => r.key)).toEqual([UNASSIGNED_KEY]);
    expect(d.diagnostics.map((i) => i.code)).toEqual(['establishment-not-found']);
  });

  it('keeps the latest evaluation known at asOf per FINESS and says what it left out', () => {
    const est = establishment('A');
    const ev = (raw: typeof ALL_MET, end: string, programme?: { id: string; version: string }) =>
      evaluateEstablishment(compiled, est, declaration('A', raw, { start: '2019-01-01', end }, programme), {
        asOf: '2021-01-01',
      });
    const d = aggregateEvaluations(
      [
        ev(ALL_MET, '2019-06-30'),
        ev({ ...ALL_MET, d22: 1 }, '2019-12-31'),
        ev(ALL_MET, '2020-06-30'),
        { ...plainEvaluation(ev(ALL_MET, '2019-03-31')), programme: { id: 'other', version: '1' } },
      ],
      [est],
      { asOf: '2019-12-31', programme: compiled },
    );
    expect(d.national.evaluated).toBe(1);
    expect(d.national.levels.D2!.notReached).toBe(1);
    expect(d.excluded).toEqual({ afterAsOf: 1, superseded: 1, otherProgramme: 1 });
    expect(d.diagnostics.map((i) => i.code)).toEqual(['programme-mismatch']);
  });

  it('reports a FINESS given twice among the establishments and uses the first', () => {
    const d = aggregateEvaluations(
      [],
      [establishment('A'), establishment('A', { status: 'private-for-profit' })],
      {
        asOf: '2019-12-31',
        programme: compiled,
      },
    );
    expect(d.national.withoutEvaluation).toBe(1);
    expect(d.by.status!.rows.map((r) => r.key)).toEqual(['public']);
    expect(d.diagnostics.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-establishment', ['establishments', 1, 'finess']],
    ]);
  });

  it('splits private non-profit into ESPIC and others in status groups, and sums them back in statuses', () => {
    const members: Member[] = [
      {
        establishment: establishment('A', { status: 'private-non-profit', espic: true }),
        raw: ALL_MET,
        evaluated: true,
      },
      { establishment: establishment('B', { status: 'private-non-profit' }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('C', { status: 'public', espic: true }), raw: ALL_MET, evaluated: true },
    ];
    const d = dashboard(members);
    expect(d.by.status!.rows.map((r) => [r.key, r.evaluated])).toEqual([
      ['private-non-profit', 2],
      ['public', 1],
    ]);
    expect(d.by['status-group']!.rows.map((r) => [r.key, r.evaluated])).toEqual([
      ['espic', 1],
      ['private-non-profit', 1],
      ['public', 1],
    ]);
  });

  it('counts an establishment once per activity it carries (overlapping rows), (none) without activity', () => {
    const members: Member[] = [
      { establishment: establishment('A', { activities: ['MCO', 'SSR'] }), raw: ALL_MET, evaluated: true },
      { establishment: establishment('B', { activities: [] }), raw: ALL_MET, evaluated: true },
    ];
    const d = dashboard(members);
    expect(d.by.activity!.overlapping).toBe(true);
    expect(d.by.activity!.rows.map((r) => [r.key, r.evaluated])).toEqual([
      ['MCO', 1],
      ['SSR', 1],
      [NONE_KEY, 1],
    ]);
    expect(d.by.region!.overlapping).toBe(false);
  });

  it('only computes the dimensions asked for', () => {
    const d = aggregateEvaluations([], [], { asOf: '2019-12-31', programme: compiled, by: ['ght'] });
    expect(Object.keys(d.by)).toEqual(['ght']);
  });
});

describe('aggregateEvaluations on random populations (properties)', () => {
  const sum = (rows: readonly DashboardRow[], f: (r: DashboardRow) => number) =>
    rows.reduce((s, r) => s + f(r), 0);

  it('rows of every partitioning dimension sum to the national row, level by level', () => {
    fc.assert(
      fc.property(populationArb(), (members) => {
        const d = dashboard(members);
        for (const dim of DIMENSIONS) {
          const { rows, overlapping } = d.by[dim]!;
          if (overlapping) continue;
          expect(sum(rows, (r) => r.evaluated)).toBe(d.national.evaluated);
          expect(sum(rows, (r) => r.withoutEvaluation)).toBe(d.national.withoutEvaluation);
          for (const code of LEVELS) {
            for (const k of ['reached', 'notReached', 'unknown'] as const)
              expect(sum(rows, (r) => r.levels[code]![k])).toBe(d.national.levels[code]![k]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('statuses add up to the evaluated count and shares match counts', () => {
    fc.assert(
      fc.property(populationArb(), (members) => {
        const d = dashboard(members);
        const all = [d.national, ...DIMENSIONS.flatMap((dim) => d.by[dim]!.rows)];
        for (const r of all) {
          for (const code of LEVELS) {
            const c = r.levels[code]!;
            expect(c.reached + c.notReached + c.unknown).toBe(r.evaluated);
            expect(c.ofEvaluated.count).toBe(c.reached);
            expect(c.ofEvaluated.of).toBe(r.evaluated);
            expect(c.ofKnown.of).toBe(c.reached + c.notReached);
            expect(c.ofEvaluated.percent).toBe(r.evaluated === 0 ? null : (c.reached * 100) / r.evaluated);
          }
        }
        expect(d.national.evaluated).toBe(members.filter((m) => m.evaluated).length);
        expect(d.national.evaluated + d.national.withoutEvaluation).toBe(members.length);
      }),
      { numRuns: 60 },
    );
  });

  it('activity rows count exactly the evaluated establishments carrying each activity', () => {
    fc.assert(
      fc.property(populationArb(), (members) => {
        const d = dashboard(members);
        for (const r of d.by.activity!.rows) {
          const expected = members.filter(
            (m) =>
              m.evaluated &&
              (r.key === NONE_KEY
                ? m.establishment.activities?.length === 0
                : m.establishment.activities?.includes(r.key as 'MCO')),
          ).length;
          expect(r.evaluated).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the palier is never reached where all prerequisites are not', () => {
    fc.assert(
      fc.property(populationArb(), (members) => {
        const d = dashboard(members);
        const n = d.national.levels;
        expect(n.palier!.reached).toBeLessThanOrEqual(n.prerequisites!.reached);
        expect(n.prerequisites!.reached).toBeLessThanOrEqual(Math.min(n.P1!.reached, n.P2!.reached));
      }),
      { numRuns: 40 },
    );
  });
});
