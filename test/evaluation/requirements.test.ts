import { describe, expect, it } from 'vitest';
import { declarationRequirements } from '../../src/evaluation/index.js';
import { hopen } from '../../src/programmes/index.js';
import { ind, MCO, programme, req, smallProgramme, th } from './programme-builder.js';

describe('requirements', () => {
  it('lists what an MCO establishment must declare, with kind, unit and rule', () => {
    const list = declarationRequirements(smallProgramme(), MCO);
    expect(list.indicators.map((i) => i.code)).toEqual(['P1.1', 'P2.1', 'D2.2', 'D2.5', 'D3.5']);
    expect(list.indicators[2]).toMatchObject({
      requirement: 'D2',
      requirementKind: 'domain',
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      activities: ['MCO'],
      rule: {
        role: 'target',
        known: true,
        threshold: { comparator: 'at-least', value: 98, inclusive: true },
      },
    });
    expect(list.byActivity).toEqual({ MCO: ['P1.1', 'P2.1', 'D2.2', 'D2.5', 'D3.5'] });
    expect(list.notConcerned).toEqual([]);
    expect(list.uncatalogued).toEqual([]);
  });

  it('sets apart indicators that do not concern the establishment, and groups by activity', () => {
    const list = declarationRequirements(smallProgramme(), { ...MCO, activities: ['HAD', 'SSR'] });
    expect(list.notConcerned).toEqual([]);
    expect(list.byActivity.HAD).toEqual(['P1.1', 'P2.1', 'D2.2', 'D3.5']);
    expect(list.byActivity.SSR).toEqual(['P1.1', 'P2.1', 'D2.2', 'D2.5', 'D3.5']);
    const had = declarationRequirements(smallProgramme(), { ...MCO, activities: ['HAD'] });
    expect(had.notConcerned).toEqual([{ code: 'D2.5', requirement: 'D2' }]);
  });

  it('says when a rule is unknown, and which requirements the catalogue cannot list', () => {
    const p = programme(
      [req('P1', [ind('P1.1', 'rate')], 4), req('P3', [])],
      [req('D1', [ind('D1.1', 'yes-no', { target: th('equal', true) })], null)],
    );
    const list = declarationRequirements(p, MCO);
    expect(list.indicators[0]?.rule).toMatchObject({
      role: 'eligibility',
      known: false,
      reason: 'threshold-absent',
    });
    expect(list.uncatalogued).toEqual([
      { code: 'P1', kind: 'prerequisite', reason: 'catalogue-incomplete', indicatorCount: 4 },
      { code: 'P3', kind: 'prerequisite', reason: 'no-indicators-in-catalogue', indicatorCount: 0 },
      { code: 'D1', kind: 'domain', reason: 'catalogue-completeness-unknown' },
    ]);
  });
});

describe('cases found by mutation testing', () => {
  it("carries the indicator's numerator, denominator and not-applicable reasons, and no unit for a yes/no", () => {
    const list = declarationRequirements(hopen, MCO);
    const d22 = list.indicators.find((i) => i.code === 'D2.2');
    expect(d22?.numerator?.en).toBe(
      'Stays for which the DMP received at least one of the document types chosen by the CME',
    );
    expect(d22?.denominator?.en).toBe('Stays of patients who had a DMP on admission');
    expect(d22?.notApplicableWhen.map((l) => l.en)).toEqual(['No patient admitted in the period had a DMP']);
    const yesNo = declarationRequirements(smallProgramme(), MCO).indicators.find((i) => i.code === 'P2.1');
    expect(yesNo?.notApplicableWhen).toEqual([]);
    expect(yesNo !== undefined && ('unit' in yesNo || 'numerator' in yesNo || 'denominator' in yesNo)).toBe(
      false,
    );
  });

  it('gives the reason a rule is unknown: a prerequisite with only a target has no eligibility threshold', () => {
    const p = programme([req('P1', [ind('P1.1', 'rate', { target: th('at-least', 50) })])], []);
    expect(declarationRequirements(p, MCO).indicators[0]?.rule).toMatchObject({
      role: 'eligibility',
      known: false,
      reason: 'eligibility-absent-target-given',
    });
  });

  it('a requirement with no known indicator count has no indicatorCount key', () => {
    const p = programme([], [req('D1', [ind('D1.1', 'yes-no', { target: th('equal', true) })], null)]);
    expect(Object.keys(declarationRequirements(p, MCO).uncatalogued[0] ?? {}).sort()).toEqual([
      'code',
      'kind',
      'reason',
    ]);
  });

  it('refuses an unreadable establishment with a PalierError naming declarationRequirements and it', () => {
    expect(() => declarationRequirements(hopen, null as never)).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        function: 'declarationRequirements',
        argument: 'establishment',
      }),
    );
  });
});
