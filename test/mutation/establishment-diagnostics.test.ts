/**
 * The diagnostics `evaluateEstablishment` puts next to a result: each code with its path, severity, expected
 * and received, and their boundaries (a period ending on `asOf` is over). Written after mutation testing
 * showed they were counted but not read. Programmes are SYNTHETIC (see programme-builder).
 */
import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import type { Declaration } from '../../src/evaluation/types.js';
import { decl, MCO, rate, smallProgramme } from '../evaluation/programme-builder.js';

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
