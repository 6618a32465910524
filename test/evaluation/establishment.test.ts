import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import {
  allMet,
  decl,
  ind,
  MCO,
  programme,
  rate,
  req,
  smallProgramme,
  th,
  yes,
} from './programme-builder.js';

const compiled = compileProgramme(smallProgramme());
const asOf = '2019-06-30';

describe('evaluateEstablishment', () => {
  it('reaches the palier when every applicable indicator is met', () => {
    const e = evaluateEstablishment(compiled, MCO, decl(allMet()), { asOf });
    expect(e.palier).toEqual({ status: 'reached', reason: 'all-requirements-reached', blockers: [] });
    expect(e.prerequisites.map((p) => p.status)).toEqual(['reached', 'reached']);
    expect(e.diagnostics).toEqual([]);
    expect(e.asOf).toBe(asOf);
    expect(e.programme).toEqual({ id: 'test-programme', version: '1' });
  });

  it('lists the indicator that blocks a domain, and the domain that blocks the palier', () => {
    const e = evaluateEstablishment(compiled, MCO, decl({ ...allMet(), 'D2.2': rate(4899, 5000) }), { asOf });
    const d2 = e.domains[0]!;
    expect(d2.status).toBe('not-reached');
    expect(d2.reason).toBe('indicators-not-met');
    expect(d2.blockers).toEqual(['D2.2']);
    expect(e.palier.status).toBe('not-reached');
    expect(e.palier.blockers).toEqual(['D2']);
    const d22 = d2.indicators[0]!;
    expect(d22.gap).toEqual({ amount: 1, unit: 'units', direction: 'increase', reachable: true });
    expect(d22.path).toEqual(['values', 'D2.2']);
    expect(d22.expected).toEqual({ comparator: 'at-least', value: 98, inclusive: true, role: 'target' });
  });

  it('a missing value blocks its prerequisite', () => {
    const { 'P2.1': _, ...rest } = allMet();
    const e = evaluateEstablishment(compiled, MCO, decl(rest), { asOf });
    expect(e.prerequisites[1]).toMatchObject({ status: 'not-reached', blockers: ['P2.1'] });
    expect(e.prerequisites[1]!.indicators[0]).toMatchObject({
      status: 'missing',
      reason: 'no-value-declared',
    });
  });

  it('an indicator that does not concern the establishment is not applicable, and a value for it is flagged', () => {
    const noAce = { ...MCO, traits: ['NO_EXTERNAL_CONSULTATIONS' as const] };
    const e = evaluateEstablishment(compiled, noAce, decl(allMet()), { asOf });
    const d25 = e.domains[0]!.indicators[1]!;
    expect(d25).toMatchObject({ status: 'not-applicable', reason: 'not-applicable-to-establishment' });
    expect(e.domains[0]!.status).toBe('reached');
    expect(e.diagnostics.map((d) => d.code)).toEqual(['value-for-not-applicable-indicator']);
  });

  it('reports programme, version and FINESS mismatches, unknown codes and periods not over', () => {
    const d = decl(
      { ...allMet(), 'X9.9': yes() },
      {
        programme: { id: 'hopen', version: '1' },
        finess: '130783293',
        period: { start: '2019-04-01', end: '2019-07-31' },
      },
    );
    const codes = evaluateEstablishment(compiled, MCO, d, { asOf }).diagnostics.map((x) => x.code);
    expect(codes).toEqual(['programme-mismatch', 'finess-mismatch', 'period-not-over', 'unknown-indicator']);
    const v = decl(allMet(), { programme: { id: 'test-programme', version: '2' } });
    expect(evaluateEstablishment(compiled, MCO, v, { asOf }).diagnostics[0]).toMatchObject({
      code: 'programme-version-mismatch',
      severity: 'warning',
      expected: '1',
      received: '2',
    });
  });

  it('a requirement without indicators in the catalogue is unknown, so the palier is never reached', () => {
    const p = programme(
      [req('P1', [ind('P1.1', 'yes-no', { eligibility: th('equal', true) })]), req('P3', [])],
      [],
    );
    const e = evaluateEstablishment(compileProgramme(p), MCO, decl({ 'P1.1': yes() }), { asOf });
    expect(e.prerequisites[1]).toMatchObject({ status: 'unknown', reason: 'no-indicators-in-catalogue' });
    expect(e.palier).toEqual({ status: 'unknown', reason: 'requirements-unknown', blockers: ['P3'] });
  });

  it('a requirement whose guide has more indicators than the catalogue is unknown even when all listed are met', () => {
    const p = programme([req('P1', [ind('P1.1', 'yes-no', { eligibility: th('equal', true) })], 4)], []);
    const e = evaluateEstablishment(compileProgramme(p), MCO, decl({ 'P1.1': yes() }), { asOf });
    expect(e.prerequisites[0]).toMatchObject({
      status: 'unknown',
      reason: 'catalogue-incomplete',
      blockers: [],
    });
    const miss = evaluateEstablishment(compileProgramme(p), MCO, decl({ 'P1.1': yes(false) }), { asOf });
    expect(miss.prerequisites[0]).toMatchObject({ status: 'not-reached', reason: 'indicators-not-met' });
  });

  it('not-reached wins over unknown at every level', () => {
    const p = programme(
      [req('P1', [ind('P1.1', 'rate'), ind('P1.2', 'yes-no', { eligibility: th('equal', true) })])],
      [req('D1', [])],
    );
    const e = evaluateEstablishment(
      compileProgramme(p),
      MCO,
      decl({ 'P1.1': rate(1, 2), 'P1.2': yes(false) }),
      {
        asOf,
      },
    );
    expect(e.prerequisites[0]).toMatchObject({ status: 'not-reached', blockers: ['P1.1', 'P1.2'] });
    expect(e.prerequisites[0]!.indicators[0]).toMatchObject({
      status: 'unknown',
      reason: 'threshold-absent',
      observed: 50,
    });
    expect(e.palier).toMatchObject({ status: 'not-reached', blockers: ['P1', 'D1'] });
  });
});

describe('catalogue completeness', () => {
  it('a requirement without an indicator count is unknown even when all listed indicators are met', () => {
    const p = programme([req('P2', [ind('P2.1', 'yes-no', { eligibility: th('equal', true) })], null)], []);
    const e = evaluateEstablishment(compileProgramme(p), MCO, decl({ 'P2.1': yes() }), { asOf });
    expect(e.prerequisites[0]).toMatchObject({ status: 'unknown', reason: 'catalogue-completeness-unknown' });
  });
});
