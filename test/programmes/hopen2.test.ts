import { describe, expect, it } from 'vitest';
import {
  compileProgramme,
  type Declaration,
  type DeclaredValue,
  evaluateEstablishment,
  explain,
  hopen,
  hopen2,
  hopitalNumerique,
  thresholdsInForce,
} from '../../src/index.js';
import { diffProgrammes, programmeToJson, thresholdIssues } from '../../src/programme/index.js';
import { walkObjects } from '../../src/programme/walk.js';
import { parseProgramme } from '../../src/schemas/programme.js';

const compiled = compileProgramme(hopen2);
const EJ = { finess: '750712184', activities: ['MCO' as const] };

function declare(values: Record<string, DeclaredValue>, start: string, end: string): Declaration {
  return {
    finess: EJ.finess,
    level: 'legal-entity',
    programme: { id: 'hopen2', version: hopen2.version },
    period: { start, end },
    values,
  };
}

const rate = (numerator: number, denominator: number): DeclaredValue => ({
  kind: 'rate',
  numerator,
  denominator,
});
const percent = (p: number): DeclaredValue => ({ kind: 'rate', percent: p });
const yes: DeclaredValue = { kind: 'yes-no', value: true };

function indicator(values: Record<string, DeclaredValue>, code: string, start: string, end: string) {
  const e = evaluateEstablishment(compiled, EJ, declare(values, start, end), { asOf: '2030-01-01' });
  const found = [...e.prerequisites, ...e.domains].flatMap((r) => r.indicators).find((i) => i.code === code);
  return found!;
}

describe("hopen2: the HospiConnect / HOP'EN 2 targets at their edges", () => {
  const march2027 = ['2027-03-01', '2027-03-31'] as const;
  const march2028 = ['2028-03-01', '2028-03-31'] as const;

  it('2.1 in 2027: 75 % is met, 74.99 % is not (counts and percentages)', () => {
    expect(indicator({ '2.1': rate(75, 100) }, '2.1', ...march2027).status).toBe('met');
    expect(indicator({ '2.1': rate(7499, 10000) }, '2.1', ...march2027)).toMatchObject({
      status: 'not-met',
      reason: 'below-threshold',
      gap: { amount: 1, unit: 'units' },
    });
    expect(indicator({ '2.1': percent(75) }, '2.1', ...march2027).status).toBe('met');
    expect(indicator({ '2.1': percent(74.99) }, '2.1', ...march2027).status).toBe('not-met');
  });

  it('2.2 in 2027: 40 % is met, one user short is not', () => {
    expect(indicator({ '2.2': rate(40, 100) }, '2.2', ...march2027).status).toBe('met');
    expect(indicator({ '2.2': rate(399, 1000) }, '2.2', ...march2027).status).toBe('not-met');
  });

  it('2028 uses the 2028 targets: 90 % and 60 %', () => {
    expect(indicator({ '2.1': rate(89, 100) }, '2.1', ...march2028)).toMatchObject({
      status: 'not-met',
      expected: { value: 90, role: 'target', inForce: { name: '2028' } },
    });
    expect(indicator({ '2.1': rate(90, 100) }, '2.1', ...march2028).status).toBe('met');
    expect(indicator({ '2.2': rate(59, 100) }, '2.2', ...march2028).status).toBe('not-met');
    expect(indicator({ '2.2': rate(60, 100) }, '2.2', ...march2028).status).toBe('met');
    // the same 80 % meets 2027's 75 % and misses 2028's 90 %
    expect(indicator({ '2.1': rate(80, 100) }, '2.1', ...march2027).status).toBe('met');
    expect(indicator({ '2.1': rate(80, 100) }, '2.1', ...march2028).status).toBe('not-met');
  });

  it('every objective is assessed per legal entity', () => {
    const all = [...hopen2.prerequisites, ...hopen2.domains].flatMap((r) => r.indicators);
    expect(all.length).toBe(9);
    expect(new Set(all.map((i) => i.level))).toEqual(new Set(['legal-entity']));
  });

  it('a 2027 declaration meeting every objective reaches the mandatory objective and both sets; 2026 ones are not in force', () => {
    const values = {
      '1.0': yes,
      '1.1': yes,
      '1.2': yes,
      '1.3': yes,
      '1.4': yes,
      '2.1': rate(75, 100),
      '2.2': rate(40, 100),
    };
    const e = evaluateEstablishment(compiled, EJ, declare(values, ...march2027), { asOf: '2030-01-01' });
    const status = Object.fromEntries(
      [...e.prerequisites, ...e.domains].map((r) => [r.code, [r.status, r.reason]]),
    );
    expect(status).toEqual({
      HC0: ['reached', 'all-indicators-met'],
      PH1: ['unknown', 'no-indicators-in-catalogue'],
      HC2026: ['reached', 'none-in-force'],
      HC1: ['reached', 'all-indicators-met'],
      HC2: ['reached', 'all-indicators-met'],
    });
    expect(e.diagnostics).toEqual([]);
  });

  it('the mandatory objective missed blocks, explained as a prerequisite with the 2027 wording in force', () => {
    const r = indicator({ '1.0': { kind: 'yes-no', value: false } }, '1.0', ...march2027);
    expect(r).toMatchObject({ status: 'not-met', reason: 'answered-no', expected: { role: 'eligibility' } });
    expect(explain(r, { lang: 'fr' })).toContain("seuil d'éligibilité, en vigueur pour 2027");
  });

  it('in 2026 only the framing objectives are in force', () => {
    const e = evaluateEstablishment(
      compiled,
      EJ,
      declare({ '2026.1': yes, '2026.2': yes }, '2026-01-01', '2026-12-31'),
      {
        asOf: '2030-01-01',
      },
    );
    expect(e.domains.find((d) => d.code === 'HC2026')!.status).toBe('reached');
    expect(e.prerequisites[0]).toMatchObject({ status: 'reached', reason: 'none-in-force' });
    expect(e.domains.find((d) => d.code === 'HC2')!.reason).toBe('none-in-force');
  });

  it('a declaration straddling 2027 and 2028 is judged by 2028 and warned about', () => {
    const e = evaluateEstablishment(
      compiled,
      EJ,
      declare({ '2.1': rate(80, 100) }, '2027-12-01', '2028-01-31'),
      {
        asOf: '2030-01-01',
      },
    );
    expect(e.domains.find((d) => d.code === 'HC2')!.indicators[0]).toMatchObject({
      status: 'not-met',
      expected: { value: 90 },
    });
    expect(e.diagnostics.filter((d) => d.code === 'period-straddles-schedule').map((d) => d.path[1])).toEqual(
      ['1.0', '1.1', '1.2', '1.3', '1.4', '2.1', '2.2'],
    );
  });
});

describe('hopen2: the catalogue', () => {
  it('has its frame, phases and milestones, sourced', () => {
    expect(hopen2.period.value).toEqual({ start: '2024-01-01', end: '2028-12-31' });
    expect(hopen2.milestones.map((m) => [m.id, m.date, m.provenance.status])).toEqual([
      ['phase1-applications-open', '2024-07-25', 'reported'],
      ['phase2-applications-close', '2026-02-13', 'reported'],
    ]);
    expect(hopen2.facts?.map((f) => f.id)).toEqual([
      'hopen2-frame',
      'hopen2-scope',
      'hopen2-pilot',
      'hopen2-aims',
      'hopen2-phase1',
      'hopen2-phase2',
      'hopen2-legal-entity',
    ]);
    expect(Object.isFrozen(hopen2.domains[3].indicators[0])).toBe(true);
  });

  it('phase 1 has 8 objectives whose codes and targets are unverified', () => {
    const ph1 = hopen2.domains[0];
    expect(ph1.indicatorCount?.value).toBe(8);
    expect(ph1.indicators).toEqual([]);
    for (const i of ph1.incompleteIndicators ?? []) {
      expect(i.unverified.map((n) => n.field)).toEqual(['code', 'kind', 'target']);
      expect(i.target).toBeUndefined();
    }
  });

  it('targets are reported from the third-party transcription, read as inclusive, and say so', () => {
    const consent = hopen2.domains[3].indicators[0]!;
    expect(consent.schedule?.map((s) => [s.name, s.target?.value, s.target?.inclusive])).toEqual([
      ['2027', 75, true],
      ['2028', 90, true],
    ]);
    const p = consent.schedule![0]!.target!.provenance;
    expect(p.status).toBe('reported');
    expect(p.source).toContain('ans-hospiconnect-hopen2.yaml');
    expect(p.note).toContain("third party's transcription");
    expect(p.note).toContain('at least');
  });

  it('no funding value is invented: the parameters are absent and listed as unverified', () => {
    expect(hopen2.funding).toEqual({ eligibility: [] });
    expect(hopen2.unverified?.map((u) => u.field)).toEqual(
      expect.arrayContaining([
        'funding.envelope',
        'funding.amorcageShare',
        'funding.vehicles',
        'funding.forfaitRange',
      ]),
    );
  });

  it('every provenance of every bundled programme cites a seed or a public address', () => {
    for (const p of [hopen, hopitalNumerique, hopen2])
      walkObjects(p, (object, path) => {
        if (!('provenance' in object)) return;
        const source = (object as { provenance: { source: string } }).provenance.source;
        expect(source, `${p.id} ${path}`).toMatch(/^(seed:00[0-4]$|https?:\/\/)/);
      });
  });

  it('every provenance cites a seed or a public address, with a known status', () => {
    walkObjects(hopen2, (object) => {
      if (!('provenance' in object)) return;
      const p = (object as { provenance: { source: string; status: string } }).provenance;
      expect(p.source).toMatch(/^(seed:00[0-4]|https:\/\/)/);
      expect(['confirmed', 'reported', 'unverified', 'seed']).toContain(p.status);
    });
  });

  it('loads without a diagnostic, and round-trips through JSON', () => {
    expect(thresholdIssues(hopen2)).toEqual([]);
    expect(compiled.diagnostics).toEqual([]);
    const parsed = parseProgramme(JSON.parse(programmeToJson(hopen2)));
    expect(parsed.ok && parsed.issues).toEqual([]);
    expect(parsed.ok && parsed.value).toEqual(hopen2);
  });

  it('compiles one view per programme year', () => {
    const a = thresholdsInForce(compiled, '2027-01-01');
    expect(thresholdsInForce(compiled, '2027-12-31')).toBe(a);
    expect(a.byCode.get('2.2')!.threshold!.expected.value).toBe(40);
    expect(thresholdsInForce(compiled, '2028-07-14').byCode.get('2.2')!.threshold!.expected.value).toBe(60);
  });

  it('diffProgrammes(hopen, hopen2) says what changed', () => {
    const d = diffProgrammes(hopen, hopen2);
    expect(d.requirements.added).toEqual(['HC0', 'PH1', 'HC2026', 'HC1', 'HC2']);
    expect(d.requirements.removed).toEqual([
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
    expect(d.milestones.added).toEqual(['phase1-applications-open', 'phase2-applications-close']);
    expect(d.funding.find((f) => f.path === 'funding.envelope')).toEqual({
      path: 'funding.envelope',
      from: '420000000.00',
    });
  });
});

describe('palier catalogue --programme hopen2', () => {
  it('shows the objectives with their targets by year', async () => {
    const { run } = await import('../node/fake-io.js');
    const r = await run(['catalogue', '--programme', 'hopen2', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("HOP'EN 2");
    expect(r.stdout).toContain('2027: ≥ 75 % [reported]; 2028: ≥ 90 % [reported]');
    expect(r.stdout).toContain('2027: ≥ 40 % [reported]; 2028: ≥ 60 % [reported]');
    expect(r.stdout).not.toContain('missing-target');
  });
});
