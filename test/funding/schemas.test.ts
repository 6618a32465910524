import { describe, expect, it } from 'vitest';
import { hopen } from '../../src/programmes/index.js';
import {
  fundingJsonSchemas,
  MoneyStringSchema,
  parseApplication,
  parseApplications,
  parseCandidatesFile,
  parseForfaitGrid,
  parseWith,
} from '../../src/schemas/index.js';

const app = {
  id: 'A1',
  programme: 'hopen',
  applicant: { kind: 'establishment', finess: '33 078 119 6' },
  domains: ['D2'],
  filedOn: '2019-06-01',
  software: [{ name: 'DPI X', relims: true, qhn: 'committed' }],
};
const candidate = {
  id: 'C1',
  finess: '2A0000014',
  status: 'public',
  prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
  domains: [{ domain: 'D2', forfait: '150000', amorcage: 30000 }],
};

describe('MoneyStringSchema', () => {
  it('normalises amounts and refuses bad ones with palier codes', () => {
    expect(parseWith(MoneyStringSchema, '37000')).toMatchObject({ ok: true, value: '37000.00' });
    expect(parseWith(MoneyStringSchema, 12.5)).toMatchObject({ ok: true, value: '12.50' });
    expect(parseWith(MoneyStringSchema, '1,5').issues[0]?.code).toBe('invalid-money');
    expect(parseWith(MoneyStringSchema, '1.555').issues[0]?.code).toBe('money-sub-cent');
    const neg = parseWith(MoneyStringSchema, '-3');
    expect(neg.issues[0]?.code).toBe('negative-money');
    expect(neg.issues[0]?.message.fr).toContain('négatif');
  });
});

describe('parseForfaitGrid (SYNTHETIC grid)', () => {
  const grid = {
    cells: [
      { category: 'CH', domain: 'D2', amount: '150000' },
      { category: '*', domain: 'D6', amount: { min: '60000', max: '120000' } },
    ],
    provenance: { source: 'SYNTHETIC example grid' },
  };

  it('parses, normalises amounts and defaults the provenance status to override', () => {
    const r = parseForfaitGrid(grid);
    expect(r.ok && r.value.cells[0]?.amount).toBe('150000.00');
    expect(r.ok && r.value.provenance.status).toBe('override');
  });

  it('checks against the programme range when given', () => {
    const big = { ...grid, cells: [{ category: 'CH', domain: 'D2', amount: '700000.01' }] };
    expect(parseForfaitGrid(big).ok).toBe(true);
    const r = parseForfaitGrid(big, { range: hopen.funding.forfaitRange });
    expect(r.issues[0]).toMatchObject({ code: 'forfait-above-range', path: ['cells', 0, 'amount'] });
  });

  it('reports inverted ranges, missing provenance and unknown keys with paths', () => {
    const r = parseForfaitGrid({
      cells: [{ category: 'CH', domain: 'D2', amount: { min: '2', max: '1' }, extra: 1 }],
    });
    expect(r.ok).toBe(false);
    const codes = r.issues.map((i) => [i.code, i.path.join('.')]);
    expect(codes).toContainEqual(['required', 'provenance']);
    expect(codes).toContainEqual(['unknown-key', 'cells.0']);
  });

  it('reports an inverted range', () => {
    const r = parseForfaitGrid({
      cells: [{ category: 'CH', domain: 'D2', amount: { min: '2', max: '1' } }],
      provenance: { source: 's' },
    });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['forfait-range-inverted', ['cells', 0, 'amount']],
    ]);
  });
});

describe('parseApplication(s)', () => {
  it('parses an application and normalises the FINESS', () => {
    const r = parseApplication(app);
    expect(r.ok && r.value.applicant).toEqual({ kind: 'establishment', finess: '330781196' });
  });

  it('parses a GHT application with Corsican members', () => {
    const r = parseApplication({
      ...app,
      applicant: { kind: 'ght', ght: 'COR-01', support: '2B0000020', members: ['2B0000020', '2b0000012'] },
    });
    expect(r.ok && r.value.applicant.kind === 'ght' && r.value.applicant.members).toEqual([
      '2B0000020',
      '2B0000012',
    ]);
  });

  it('keeps valid applications and reports invalid ones by index', () => {
    const r = parseApplications([
      app,
      { ...app, id: 'A2', filedOn: '2019-02-30' },
      { ...app, applicant: { kind: 'establishment', finess: '750712148' } },
    ]);
    expect(r.ok && r.value.map((a) => a.id)).toEqual(['A1']);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-format', [1, 'filedOn']],
      ['invalid-finess-key', [2, 'applicant', 'finess']],
    ]);
    expect(parseApplications({}).ok).toBe(false);
    expect(parseApplications([])).toMatchObject({ ok: true, value: [] });
  });
});

describe('parseCandidatesFile', () => {
  it('keeps valid candidates and reports invalid ones with their path', () => {
    const bad = { ...candidate, id: 'C2', domains: [{ domain: 'D2', forfait: '100', amorcage: '100.01' }] };
    const r = parseCandidatesFile({ region: '94', envelope: '1000000', candidates: [candidate, bad] });
    expect(r.ok && r.value).toMatchObject({
      region: '94',
      envelope: '1000000.00',
      candidates: [{ id: 'C1', domains: [{ forfait: '150000.00', amorcage: '30000.00' }] }],
    });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['amorcage-exceeds-forfait', ['candidates', 1, 'domains', 0, 'amorcage']],
    ]);
  });

  it('refuses a file without region', () => {
    expect(parseCandidatesFile({ candidates: [] }).issues[0]).toMatchObject({
      code: 'required',
      path: ['region'],
    });
  });
});

describe('fundingJsonSchemas', () => {
  it('exports JSON Schemas of the input files', () => {
    const s = fundingJsonSchemas();
    expect(s.forfaitGrid.required).toEqual(['cells', 'provenance']);
    expect(s.application.required).toEqual(
      expect.arrayContaining(['id', 'programme', 'applicant', 'domains', 'filedOn']),
    );
    expect(JSON.stringify(s.candidatesFile)).toContain('amorcage');
  });
});
