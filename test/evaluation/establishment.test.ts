import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import type { Declaration } from '../../src/evaluation/types.js';
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
    // looked for once: a second read gives the same list, unknown code included
    const e = evaluateEstablishment(compiled, MCO, d, { asOf });
    const first = e.diagnostics;
    expect(e.diagnostics).toBe(first);
    // the one list every read returns cannot be changed by a reader
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.at(-1)?.path).toEqual(['values', 'X9.9']);
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

/*
 * The diagnostics `evaluateEstablishment` puts next to a result: each code with its path, severity, expected
 * and received, and their boundaries (a period ending on `asOf` is over). Written after mutation testing
 * showed they were counted but not read. Programmes are SYNTHETIC (see programme-builder).
 */
describe('cases found by mutation testing', () => {
  const compiled = compileProgramme(smallProgramme());
  const diagnostics = (declaration: Declaration, asOf = '2019-06-30', establishment = MCO) =>
    evaluateEstablishment(compiled, establishment, declaration, { asOf }).diagnostics.map((d) => ({
      code: d.code,
      path: d.path,
      severity: d.severity,
      expected: d.expected,
      received: d.received,
      hasMessage: d.message.fr.length > 0 && d.message.en.length > 0,
    }));
  const only = (
    code: string,
    path: (string | number)[],
    severity: string,
    expected?: string,
    received?: string,
  ) => [{ code, path, severity, expected, received, hasMessage: true }];

  describe('evaluateEstablishment diagnostics', () => {
    it('a clean declaration has none', () => {
      expect(diagnostics(decl({ 'D2.2': rate(49, 50) }))).toEqual([]);
    });

    it('another programme is an error; another version a warning; the base of a derived programme is fine', () => {
      expect(diagnostics(decl({}, { programme: { id: 'hopen', version: '1' } }))).toEqual(
        only('programme-mismatch', ['programme', 'id'], 'error', 'test-programme', 'hopen'),
      );
      expect(diagnostics(decl({}, { programme: { id: 'test-programme', version: '2' } }))).toEqual(
        only('programme-version-mismatch', ['programme', 'version'], 'warning', '1', '2'),
      );
      const derived = compileProgramme({
        ...smallProgramme(),
        id: 'ars-roadmap',
        version: '1+override',
        basedOn: { id: 'test-programme', version: '1' },
      });
      const onBase = evaluateEstablishment(derived, MCO, decl({}), { asOf: '2019-06-30' });
      expect(onBase.diagnostics).toEqual([]);
      const onOtherBaseVersion = evaluateEstablishment(
        derived,
        MCO,
        decl({}, { programme: { id: 'test-programme', version: '0' } }),
        {
          asOf: '2019-06-30',
        },
      );
      expect(onOtherBaseVersion.diagnostics.map((d) => d.code)).toEqual(['programme-mismatch']);
      const otherIdSameVersion = evaluateEstablishment(
        derived,
        MCO,
        decl({}, { programme: { id: 'hopen', version: '1' } }),
        {
          asOf: '2019-06-30',
        },
      );
      expect(otherIdSameVersion.diagnostics.map((d) => d.code)).toEqual(['programme-mismatch']);
    });

    it("someone else's FINESS, a period not over, a declaration dated after asOf: warnings with what was expected", () => {
      expect(diagnostics(decl({}, { finess: '330781196' }))).toEqual(
        only('finess-mismatch', ['finess'], 'warning', '750712184', '330781196'),
      );
      expect(diagnostics(decl({}), '2019-03-30')).toEqual(
        only('period-not-over', ['period', 'end'], 'warning', '≤ 2019-03-30', '2019-03-31'),
      );
      expect(diagnostics(decl({}), '2019-03-31')).toEqual([]);
      expect(diagnostics(decl({}, { declaredOn: '2019-07-01' }))).toEqual(
        only('declared-after-as-of', ['declaredOn'], 'warning', '≤ 2019-06-30', '2019-07-01'),
      );
      expect(diagnostics(decl({}, { declaredOn: '2019-06-30' }))).toEqual([]);
    });

    it('a diagnostic carries expected and received only when they say something', () => {
      const [d] = evaluateEstablishment(compiled, MCO, decl({ 'D9.9': rate(1, 2) }), {
        asOf: '2019-06-30',
      }).diagnostics;
      expect(Object.keys(d!).sort()).toEqual(['code', 'message', 'path', 'severity']);
    });

    it('an unknown code is found even when the declaration has as many values as the programme has indicators', () => {
      const fiveValues = decl({
        'P1.1': rate(95, 100),
        'P2.1': { kind: 'yes-no', value: true },
        'D2.2': rate(49, 50),
        'D2.5': rate(8, 10),
        'D9.9': rate(1, 2),
      });
      expect(diagnostics(fiveValues)).toEqual(only('unknown-indicator', ['values', 'D9.9'], 'warning'));
    });

    it('values: an unknown code, and a value for an indicator that does not concern the establishment', () => {
      expect(diagnostics(decl({ 'D9.9': rate(1, 2), 'D2.2': rate(1, 2) }))).toEqual(
        only('unknown-indicator', ['values', 'D9.9'], 'warning'),
      );
      const noConsultations = { ...MCO, traits: ['NO_EXTERNAL_CONSULTATIONS' as const] };
      expect(diagnostics(decl({ 'D2.5': rate(1, 2) }), '2019-06-30', noConsultations)).toEqual(
        only('value-for-not-applicable-indicator', ['values', 'D2.5'], 'warning'),
      );
      expect(
        diagnostics(
          decl({ 'D2.5': { kind: 'not-applicable', reason: 'no consultations' } }),
          '2019-06-30',
          noConsultations,
        ),
      ).toEqual([]);
    });
  });
});
