import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffDashboards,
  diffEvaluations,
  type WhatIfInput,
  whatIf,
  whatIfProgrammes,
} from '../../src/dashboards/index.js';
import { compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import type { EstablishmentEvaluation } from '../../src/evaluation/types.js';
import { withOverrides } from '../../src/programme/index.js';
import { hopen } from '../../src/programmes/index.js';
import {
  ALL_MET,
  declaration,
  establishment,
  type Member,
  populationArb,
  rate,
  testProgramme,
} from './fixtures.js';

const base = testProgramme();
const ASOF = '2019-12-31';
const inputsOf = (members: readonly Member[]): WhatIfInput[] =>
  members.map((m) => ({
    establishment: m.establishment,
    declaration: declaration(m.establishment.finess, m.raw),
  }));
const lower = (indicator: string, role: 'eligibility' | 'target', value: number) => ({
  source: 'test: what-if',
  thresholds: [{ indicator, role, comparator: 'at-least' as const, value, inclusive: true }],
});

describe('whatIf', () => {
  it('lists exactly the establishments whose D2.2 rate lies between the new (inclusive) and the old target', () => {
    const members: Member[] = [96, 94, 93, 100, 80].map((percent, i) => ({
      establishment: establishment(`E${i}`),
      raw: { ...ALL_MET, d22: percent / 2 },
      evaluated: true,
    }));
    const r = whatIf(base, lower('D2.2', 'target', 94), inputsOf(members), { asOf: ASOF });
    if (!r.ok) throw new Error('override refused');
    const report = r.value;
    expect(report.changed.map((c) => c.finess)).toEqual(['E0', 'E1']);
    expect(report.unchanged).toBe(3);
    expect(report.changed[0]).toEqual({
      index: 0,
      finess: 'E0',
      indicators: [{ code: 'D2.2', requirement: 'D2', from: 'not-met', to: 'met' }],
      requirements: [{ code: 'D2', kind: 'domain', from: 'not-reached', to: 'reached' }],
      palier: { from: 'not-reached', to: 'reached' },
    });
    expect(report.after.version).toBe('1+override');
    expect(report.after.overrides.map((o) => o.path)).toEqual(['domains.D2.indicators.D2.2.target']);
    const delta = report.aggregates.delta.national.levels;
    expect(delta.D2).toEqual({ reached: 2, notReached: -2, unknown: 0, ofEvaluatedPoints: 40 });
    expect(delta.palier!.reached).toBe(2);
    expect(delta.P1!.reached).toBe(0);
    expect(report.aggregates.before.national.levels.D2!.reached).toBe(1);
    expect(report.aggregates.after.national.levels.D2!.reached).toBe(3);
  });

  it('reports all prerequisites moving when an eligibility threshold moves', () => {
    const members: Member[] = [
      { establishment: establishment('A'), raw: { ...ALL_MET, p11: 85 }, evaluated: true },
    ];
    const r = whatIf(base, lower('P1.1', 'eligibility', 85), inputsOf(members), { asOf: ASOF });
    expect(r.ok && r.value.changed[0]?.prerequisites).toEqual({ from: 'not-reached', to: 'reached' });
  });

  it('returns the override issues, and evaluates nothing, when a change is invalid', () => {
    const r = whatIf(base, lower('Z9.9', 'target', 50), [], { asOf: ASOF });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-indicator']);
  });

  it('gives an empty report for no establishment', () => {
    const r = whatIf(base, lower('D2.2', 'target', 50), [], { asOf: ASOF });
    expect(r.ok && r.value.changed).toEqual([]);
    expect(r.ok && r.value.aggregates.delta.national.levels.palier).toEqual({
      reached: 0,
      notReached: 0,
      unknown: 0,
      ofEvaluatedPoints: null,
    });
  });

  it('works on the bundled HOP’EN: a lower D2.2 target moves the indicator, the domain stays unknown (catalogue incomplete)', () => {
    const est = establishment('750712184');
    const input: WhatIfInput = {
      establishment: est,
      declaration: {
        finess: est.finess,
        level: 'legal-entity',
        programme: { id: hopen.id, version: hopen.version },
        period: { start: '2019-01-01', end: '2019-06-30' },
        values: { 'D2.2': rate(47, 50), 'D2.5': rate(9, 10) },
      },
    };
    const r = whatIf(hopen, lower('D2.2', 'target', 90), [input], { asOf: ASOF, by: ['ars'] });
    if (!r.ok) throw new Error('override refused');
    expect(r.value.changed[0]!.indicators).toEqual([
      { code: 'D2.2', requirement: 'D2', from: 'not-met', to: 'met' },
    ]);
    expect(r.value.changed[0]!.requirements).toEqual([
      { code: 'D2', kind: 'domain', from: 'not-reached', to: 'unknown' },
    ]);
    expect(r.value.aggregates.delta.by.ars!.map((d) => d.key)).toEqual(['ars-ile-de-france']);
  });

  it('whatIfProgrammes takes an already derived programme', () => {
    const after = withOverrides(base, lower('D3.5', 'target', 70));
    const members: Member[] = [
      { establishment: establishment('A'), raw: { ...ALL_MET, d35: 75 }, evaluated: true },
    ];
    const report = whatIfProgrammes(base, after, inputsOf(members), { asOf: ASOF });
    expect(report.changed.map((c) => c.requirements)).toEqual([
      [{ code: 'D3', kind: 'domain', from: 'not-reached', to: 'reached' }],
    ]);
  });
});

describe('diffEvaluations and diffDashboards', () => {
  const compiled = compileProgramme(base);
  const ev = (raw = ALL_MET): EstablishmentEvaluation =>
    evaluateEstablishment(compiled, establishment('A'), declaration('A', raw), { asOf: ASOF });

  it('says nothing moved for the same evaluation', () => {
    expect(diffEvaluations(ev(), ev())).toBeUndefined();
  });

  it('compares a row present on one side only with zeros', () => {
    const r = whatIf(base, lower('D2.2', 'target', 50), inputsOf([]), { asOf: ASOF });
    if (!r.ok) throw new Error('override refused');
    const { before } = r.value.aggregates;
    const withRow = {
      ...before,
      by: {
        ght: { dimension: 'ght' as const, overlapping: false, rows: [{ ...before.national, key: 'G1' }] },
      },
    };
    const d = diffDashboards(before, withRow);
    expect(d.by.ght!.map((x) => x.key)).toEqual(['G1']);
    expect(d.by.ght![0]!.levels.palier!.reached).toBe(0);
  });
});

describe('whatIf on random populations (properties)', () => {
  const changeArb = fc.oneof(
    fc.record({
      indicator: fc.constant('D2.2'),
      role: fc.constant('target' as const),
      value: fc.integer({ min: 0, max: 98 }),
    }),
    fc.record({
      indicator: fc.constant('D3.5'),
      role: fc.constant('target' as const),
      value: fc.integer({ min: 0, max: 80 }),
    }),
    fc.record({
      indicator: fc.constant('P1.1'),
      role: fc.constant('eligibility' as const),
      value: fc.integer({ min: 0, max: 90 }),
    }),
  );
  const RANK = { met: 1, 'not-met': 0, reached: 1, 'not-reached': 0 } as Record<string, number | undefined>;
  const never = (from: string, to: string) => RANK[from] === 1 && RANK[to] === 0;

  it('lowering a threshold never turns met into not met nor reached into not reached; aggregates only gain', () => {
    fc.assert(
      fc.property(populationArb(40), changeArb, (members, c) => {
        const r = whatIf(base, lower(c.indicator, c.role, c.value), inputsOf(members), { asOf: ASOF });
        if (!r.ok) throw new Error('override refused');
        for (const ch of r.value.changed) {
          for (const i of ch.indicators) expect(never(i.from, i.to)).toBe(false);
          for (const q of ch.requirements) expect(never(q.from, q.to)).toBe(false);
          if (ch.palier) expect(never(ch.palier.from, ch.palier.to)).toBe(false);
          if (ch.prerequisites) expect(never(ch.prerequisites.from, ch.prerequisites.to)).toBe(false);
        }
        for (const level of Object.values(r.value.aggregates.delta.national.levels)) {
          expect(level.reached).toBeGreaterThanOrEqual(0);
          expect(level.reached + level.notReached + level.unknown).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the diff lists exactly the establishments whose statuses differ, and the delta is after − before', () => {
    fc.assert(
      fc.property(populationArb(40), changeArb, (members, c) => {
        const changes = lower(c.indicator, c.role, c.value);
        const r = whatIf(base, changes, inputsOf(members), { asOf: ASOF });
        if (!r.ok) throw new Error('override refused');
        const before = compileProgramme(base);
        const after = compileProgramme(withOverrides(base, changes));
        const statuses = (e: EstablishmentEvaluation) =>
          JSON.stringify([
            e.palier.status,
            [...e.prerequisites, ...e.domains].map((q) => [q.status, q.indicators.map((i) => i.status)]),
          ]);
        const expected = inputsOf(members).flatMap((input, index) => {
          const b = evaluateEstablishment(before, input.establishment, input.declaration, { asOf: ASOF });
          const a = evaluateEstablishment(after, input.establishment, input.declaration, { asOf: ASOF });
          return statuses(a) === statuses(b) ? [] : [index];
        });
        expect(r.value.changed.map((x) => x.index)).toEqual(expected);
        expect(r.value.unchanged).toBe(members.length - expected.length);
        const { before: db, after: da, delta } = r.value.aggregates;
        for (const [code, d] of Object.entries(delta.national.levels)) {
          expect(d.reached).toBe(da.national.levels[code]!.reached - db.national.levels[code]!.reached);
        }
        for (const row of delta.by.region!) {
          const b = db.by.region!.rows.find((x) => x.key === row.key)!;
          const a = da.by.region!.rows.find((x) => x.key === row.key)!;
          expect(row.levels.palier!.reached).toBe(a.levels.palier!.reached - b.levels.palier!.reached);
        }
      }),
      { numRuns: 40 },
    );
  });
});
