import { describe, expect, it } from 'vitest';
import {
  compileProgramme,
  declarationRequirements,
  evaluateEstablishment,
  ifaq2016Score,
} from '../../src/evaluation/index.js';
import type { Declaration, DeclaredValue } from '../../src/evaluation/types.js';
import { applyReferential } from '../../src/programme/referential.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';
import { MCO, rate } from './programme-builder.js';

const compiled = compileProgramme(hopen);
const asOf = '2020-06-30';
const declaration = (values: Record<string, DeclaredValue>): Declaration => ({
  finess: MCO.finess,
  level: 'legal-entity',
  programme: { id: hopen.id, version: hopen.version },
  period: { start: '2020-01-01', end: '2020-03-31' },
  values,
});
const d22 = (n: number, d: number) =>
  evaluateEstablishment(compiled, MCO, declaration({ 'D2.2': rate(n, d) }), { asOf })
    .domains.find((x) => x.code === 'D2')!
    .indicators.find((i) => i.code === 'D2.2')!;

describe("HOP'EN, as bundled", () => {
  it('compiles without diagnostics', () => {
    expect(compiled.diagnostics).toEqual([]);
  });

  it('D2.2 target 98 %: 49/50 is met, 4899/5000 is not (1 stay short)', () => {
    expect(d22(49, 50)).toMatchObject({ status: 'met', observed: 98 });
    expect(d22(4899, 5000)).toMatchObject({ status: 'not-met', gap: { amount: 1, unit: 'units' } });
    expect(d22(4900, 5000).status).toBe('met');
    expect(d22(49, 50).provenance?.status).toBe('confirmed');
  });

  it('D2.5 and D3.5 use their confirmed 80 % targets', () => {
    const e = evaluateEstablishment(
      compiled,
      MCO,
      declaration({ 'D2.5': rate(79, 100), 'D3.5': rate(4, 5) }),
      { asOf },
    );
    const byCode = new Map([...e.domains].flatMap((r) => r.indicators.map((i) => [i.code, i])));
    expect(byCode.get('D2.5')).toMatchObject({ status: 'not-met', gap: { amount: 1 } });
    expect(byCode.get('D3.5')?.status).toBe('met');
  });

  it('no prerequisite or domain can be reached from the bundled catalogue alone: unknown, never guessed', () => {
    const values: Record<string, DeclaredValue> = {};
    for (const code of compiled.byCode.keys()) {
      const ci = compiled.byCode.get(code)!;
      values[code] = ci.kind === 'yes-no' ? { kind: 'yes-no', value: true } : rate(100, 100);
    }
    const e = evaluateEstablishment(compiled, MCO, declaration(values), { asOf });
    expect([...e.prerequisites, ...e.domains].every((r) => r.status === 'unknown')).toBe(true);
    expect(e.palier.status).toBe('unknown');
  });

  it('requirements for an MCO establishment list the known indicators with their rules', () => {
    const list = declarationRequirements(hopen, MCO);
    const d22rule = list.indicators.find((i) => i.code === 'D2.2')?.rule;
    expect(d22rule).toMatchObject({ role: 'target', known: true, threshold: { value: 98 } });
    expect(list.uncatalogued.map((u) => u.code)).toContain('P1');
    expect(
      declarationRequirements(hopen, { ...MCO, activities: ['HAD'] }).notConcerned.map((n) => n.code),
    ).toEqual(['D2.5']);
  });
});

describe('Hôpital numérique, as bundled', () => {
  const hn = compileProgramme(hopitalNumerique);
  const hnDeclaration = (values: Record<string, DeclaredValue>): Declaration => ({
    ...declaration(values),
    programme: { id: hopitalNumerique.id, version: hopitalNumerique.version },
  });
  const yes: DeclaredValue = { kind: 'yes-no', value: true };

  it('P2 (3 indicators, all in the catalogue) is unknown until P2.3 has a sourced threshold; then it can be reached and IFAQ 2016 stays unknown, with its possible scores', () => {
    const values = { 'P1.1': rate(1, 1), 'P2.1': yes, 'P2.2': yes, 'P2.3': yes, 'P3.1': yes, 'P3.2': yes };
    const bundled = evaluateEstablishment(hn, MCO, hnDeclaration(values), { asOf: '2016-12-31' });
    expect(bundled.prerequisites[1]).toMatchObject({ status: 'unknown', blockers: ['P2.3'] });
    const guide = applyReferential(
      hopitalNumerique,
      [{ line: 2, code: 'P2.3', value: 'oui', source: 'synthetic' }],
      {
        file: 'guide.csv',
      },
    );
    if (!guide.ok) throw new Error('refused');
    const e = evaluateEstablishment(compileProgramme(guide.value), MCO, hnDeclaration(values), {
      asOf: '2016-12-31',
    });
    expect(e.prerequisites.map((p) => p.status)).toEqual(['unknown', 'reached', 'unknown']);
    const s = ifaq2016Score(e);
    expect(s).toMatchObject({ status: 'unknown', reason: 'ifaq-outcome-unknown', possible: [4, 8, 9, 10] });
  });

  it('IFAQ 2016 is settled at 0 when no prerequisite can be reached (nothing declared)', () => {
    const e = evaluateEstablishment(hn, MCO, hnDeclaration({}), { asOf: '2016-12-31' });
    expect(ifaq2016Score(e)).toMatchObject({ status: 'scored', points: 0 });
  });
});
