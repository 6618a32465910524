import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finessKey } from '../../src/actors/finess-key.js';
import {
  actorJsonSchemas,
  FinessSchema,
  parseEstablishment,
  parseEstablishments,
  parseGht,
  parseLegalEntity,
  parseSite,
  toJsonSchema,
} from '../../src/schemas/index.js';
import { ENTITIES, ESPIC_87 } from '../actors/fixtures.js';

const good = {
  finess: '750712184',
  level: 'legal-entity',
  name: 'AP-HP',
  status: 'public',
  activities: ['MCO'],
};

describe('FinessSchema', () => {
  it('outputs the canonical form', () => {
    expect(FinessSchema.parse('75 071 218 4')).toBe('750712184');
    expect(FinessSchema.parse('2a000001')).toBe('2A0000014');
  });
  it('reports a wrong key with expected and received', () => {
    const r = parseEstablishment({ ...good, finess: '750712148' });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-key', path: ['finess'], expected: '3', received: '8' }],
    });
    if (!r.ok) expect(r.issues[0]!.message.fr).toMatch(/Clé/);
  });
});

describe('parseLegalEntity / parseSite', () => {
  it('derives the department from the FINESS when absent', () => {
    expect(parseLegalEntity({ finess: '980500003', name: 'CH de Mayotte', status: 'public' })).toMatchObject({
      ok: true,
      value: { department: '976' },
    });
    expect(
      parseSite({ finess: '2B0000012', legalEntity: '2B0000020', name: 'Bastia', activities: ['MCO'] }),
    ).toMatchObject({ ok: true, value: { department: '2B', legalEntity: '2B0000020' } });
  });
  it('keeps an explicit department different from the FINESS one (normalised)', () => {
    expect(
      parseLegalEntity({ finess: '750712184', name: 'AP-HP', status: 'public', department: '2a' }),
    ).toMatchObject({ ok: true, value: { department: '2A' } });
  });
  it('rejects unknown departments and ESPIC on a non private non-profit entity', () => {
    const r = parseLegalEntity({
      finess: '750712184',
      name: 'X',
      status: 'public',
      espic: true,
      department: '20',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown-department', 'department']]);
    const espic = parseLegalEntity({
      finess: '750712184',
      name: 'X',
      status: 'private-for-profit',
      espic: true,
    });
    expect(espic).toMatchObject({
      ok: false,
      issues: [{ code: 'espic-not-private-non-profit', path: ['espic'] }],
    });
    expect(parseLegalEntity({ ...ESPIC_87 }).ok).toBe(true);
  });
});

describe('parseEstablishment', () => {
  it('accepts a valid record and rejects wrong enums, all issues at once', () => {
    expect(parseEstablishment(good)).toMatchObject({ ok: true, value: { department: '75' } });
    const r = parseEstablishment({ ...good, level: 'ght', name: ' ', activities: ['MCO', 'XX'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(['level', 'name', 'activities.1']);
      expect(r.issues.every((i) => i.message.fr.length > 0 && i.message.en.length > 0)).toBe(true);
    }
  });
});

describe('parseEstablishments (bulk)', () => {
  it('returns valid records and reports invalid ones with their index', () => {
    const r = parseEstablishments([good, { ...good, finess: '123456789' }, 42, { ...good, level: 'site' }]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.map((e) => e.level)).toEqual(['legal-entity', 'site']);
      expect(r.issues.map((i) => [i.path, i.severity])).toEqual([
        [[1, 'finess'], 'error'],
        [[2], 'error'],
      ]);
      expect(r.issues[0]!.code).toBe('invalid-finess-key');
    }
  });
  it('warns about a FINESS repeated at the same level, keeping both', () => {
    const r = parseEstablishments([good, { ...good, finess: '75 071 218 4' }]);
    expect(r).toMatchObject({
      ok: true,
      issues: [{ code: 'duplicate-finess', path: [1, 'finess'], severity: 'warning' }],
    });
    if (r.ok) expect(r.value).toHaveLength(2);
  });
  it('handles empty input and refuses a non-array', () => {
    expect(parseEstablishments([])).toEqual({ ok: true, value: [], issues: [] });
    expect(parseEstablishments({ a: 1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-type', expected: 'array', received: 'object' }],
    });
    expect(parseEstablishments(null)).toMatchObject({ ok: false, issues: [{ received: 'null' }] });
  });
  it('never loses a record: valid + rejected indexes = input length', () => {
    const record = fc.oneof(
      fc.constant(good),
      fc.integer({ min: 10_000_000, max: 95_999_999 }).map((n) => {
        const body = String(n).padStart(8, '0');
        return { ...good, finess: body + (finessKey(body) ?? '0') };
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (input) => {
        const r = parseEstablishments(input);
        if (!r.ok) throw new Error('array input must parse');
        const rejected = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.path[0]));
        expect(r.value.length + rejected.size).toBe(input.length);
      }),
    );
  });
  it('handles a large input', () => {
    const input = Array.from({ length: 5000 }, (_, i) => (i % 100 === 0 ? { ...good, finess: 'x' } : good));
    const r = parseEstablishments(input);
    expect(r.ok && r.value.length).toBe(4950);
    expect(r.issues.filter((i) => i.code === 'invalid-finess-format')).toHaveLength(50);
  });
});

describe('parseGht', () => {
  const ght = {
    code: 'COR-01',
    name: 'Haute-Corse',
    region: '94',
    support: '2B0000020',
    parties: ['2B0000020'],
  };
  it('parses a GHT and defaults associates and partners', () => {
    expect(parseGht(ght)).toEqual({ ok: true, value: { ...ght, associates: [], partners: [] }, issues: [] });
  });
  it('reports shape errors with paths', () => {
    const r = parseGht({ ...ght, parties: [], support: '2B0000021' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid-finess-key', 'support'],
        ['too-small', 'parties'],
      ]);
  });
  it('checks composition, and statuses when entities are given', () => {
    expect(parseGht({ ...ght, support: '750712184' })).toMatchObject({
      ok: false,
      issues: [{ code: 'ght-support-not-party', path: ['support'] }],
    });
    const withPrivate = { ...ght, parties: [...ght.parties, ESPIC_87.finess] };
    expect(parseGht(withPrivate).ok).toBe(true);
    expect(parseGht(withPrivate, { entities: ENTITIES })).toMatchObject({
      ok: false,
      issues: [{ code: 'ght-private-not-partner', path: ['parties', 1] }],
    });
  });
});

describe('JSON Schema', () => {
  it('exports the actor schemas with their required fields', () => {
    const s = actorJsonSchemas();
    expect(s.establishment.required).toEqual(['finess', 'level', 'name']);
    expect(s.site.required).toEqual(['finess', 'legalEntity', 'name', 'activities']);
    expect(s.legalEntity.properties?.status).toMatchObject({
      enum: ['public', 'private-non-profit', 'private-for-profit'],
    });
    expect(s.ght.required).toEqual(['code', 'name', 'region', 'support', 'parties']);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it('toJsonSchema accepts zod options', () => {
    expect(toJsonSchema(FinessSchema, { target: 'draft-07' }).$schema).toContain('draft-07');
  });
});
