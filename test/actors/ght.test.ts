import { describe, expect, it } from 'vitest';
import {
  buildGht,
  checkGhtNetwork,
  type GhtInput,
  ghtMemberships,
  publicEntitiesOutsideGhts,
} from '../../src/actors/index.js';
import { isError } from '../../src/core/issue.js';
import type { Result } from '../../src/core/result.js';
import {
  APHP,
  CH_AJACCIO,
  CH_BASTIA,
  CH_CORSE_C,
  CH_LIMOUSIN_B,
  CHU_LIMOGES,
  CLCC_87,
  CLINIC_87,
  ENTITIES,
  ESPIC_87,
  withKey,
} from './fixtures.js';

const NA_04: GhtInput = {
  code: 'NA-04',
  name: 'GHT du Limousin',
  region: '75',
  support: CHU_LIMOGES.finess,
  parties: [CHU_LIMOGES.finess, CH_LIMOUSIN_B.finess],
  partners: [ESPIC_87.finess, CLINIC_87.finess],
};
const COR_01: GhtInput = {
  code: 'COR-01',
  name: 'GHT de Haute-Corse',
  region: '94',
  support: CH_BASTIA.finess,
  parties: [CH_BASTIA.finess, CH_CORSE_C.finess],
};
const COR_02: GhtInput = {
  code: 'COR-02',
  name: 'GHT fictif de Corse-du-Sud',
  region: '94',
  support: CH_AJACCIO.finess,
  parties: [CH_AJACCIO.finess],
};
const context = { entities: ENTITIES };
const errors = (r: Result<unknown>) => r.issues.filter(isError);
const codes = (r: Result<unknown>) => (r.ok ? [] : errors(r).map((v) => v.code));

describe('buildGht', () => {
  it('builds a valid GHT (NA-04 with the CHU de Limoges, ESPIC and clinic as partners)', () => {
    const r = buildGht(NA_04, context);
    expect(r).toMatchObject({ ok: true, issues: [] });
    if (r.ok) expect(r.value).toMatchObject({ code: 'NA-04', support: '870000015', associates: [] });
  });
  it('normalises FINESS (spaces, 8-character form) including Corsica', () => {
    const r = buildGht(
      { ...COR_01, support: '2B 000 002 0', parties: ['2B000002', CH_CORSE_C.finess] },
      context,
    );
    expect(r.ok && r.value.parties).toEqual(['2B0000020', CH_CORSE_C.finess]);
    expect(r.ok && r.value.support).toBe('2B0000020');
  });
  it('rejects a private party, ESPIC included, and a private associate', () => {
    const r = buildGht(
      {
        ...NA_04,
        parties: [...NA_04.parties, ESPIC_87.finess],
        associates: [CLINIC_87.finess],
        partners: [],
      },
      context,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errors(r).map((v) => [v.code, v.path.join('.')])).toEqual([
        ['ght-private-not-partner', 'parties.2'],
        ['ght-private-not-partner', 'associates.0'],
      ]);
      expect(errors(r)[0]!.message.en).toContain('ESPIC');
    }
  });
  it('accepts a cancer centre (CLCC) as partner but not as party', () => {
    expect(buildGht({ ...NA_04, partners: [CLCC_87.finess] }, context).ok).toBe(true);
    expect(codes(buildGht({ ...NA_04, parties: [...NA_04.parties, CLCC_87.finess] }, context))).toEqual([
      'ght-private-not-partner',
    ]);
  });
  it('reports every violation at once', () => {
    const r = buildGht(
      {
        code: ' ',
        name: 'x',
        region: '74',
        support: CH_BASTIA.finess,
        parties: ['750712148', CHU_LIMOGES.finess],
        partners: [CHU_LIMOGES.finess, '12345'],
      },
      context,
    );
    expect(codes(r)).toEqual([
      'ght-missing-code',
      'ght-unknown-region',
      'invalid-finess-key',
      'ght-duplicate-member',
      'invalid-finess-format',
      'ght-support-not-party',
    ]);
    if (!r.ok) expect(errors(r)[2]).toMatchObject({ path: ['parties', 0], expected: '3', received: '8' });
  });
  it('warns about members it cannot check, without failing', () => {
    const stranger = withKey('87009901');
    const r = buildGht({ ...NA_04, associates: [stranger] }, context);
    expect(r).toMatchObject({
      ok: true,
      issues: [{ code: 'ght-unknown-entity', path: ['associates', 0] }],
    });
  });
});

describe('checkGhtNetwork', () => {
  it('accepts real-looking GHTs while AP-HP is in none', () => {
    const r = checkGhtNetwork([NA_04, COR_01, COR_02], ENTITIES);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(publicEntitiesOutsideGhts(r.value, ENTITIES).map((e) => e.finess)).toContain(APHP.finess);
  });
  it('rejects a public entity party to two GHTs, with the GHT index in the path', () => {
    const r = checkGhtNetwork(
      [COR_01, { ...COR_02, parties: [CH_AJACCIO.finess, CH_BASTIA.finess] }],
      ENTITIES,
    );
    expect(r).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'ght-public-party-in-several',
          path: [1, 'parties', 1],
          expected: 'COR-01',
          received: 'COR-02',
        },
      ],
    });
  });
  it('lets a private entity be a partner of several GHTs', () => {
    const other = { ...COR_02, partners: [ESPIC_87.finess] };
    expect(checkGhtNetwork([NA_04, other], ENTITIES).ok).toBe(true);
  });
  it('reports duplicate codes and the violations inside each GHT, prefixed', () => {
    const r = checkGhtNetwork([COR_01, { ...COR_02, code: 'COR-01', support: CH_BASTIA.finess }], ENTITIES);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errors(r).map((v) => [v.code, v.path.join('.')])).toEqual([
        ['ght-support-not-party', '1.support'],
        ['ght-duplicate-code', '1.code'],
      ]);
    }
  });
  it('accepts an empty list', () => {
    expect(checkGhtNetwork([], ENTITIES)).toEqual({ ok: true, value: [], issues: [] });
  });
});

describe('ghtMemberships', () => {
  it('gives the role and support flag', () => {
    const r = checkGhtNetwork([NA_04, COR_01], ENTITIES);
    if (!r.ok) throw new Error('fixture');
    expect(ghtMemberships(r.value, '2B 0000020')).toEqual([{ ght: 'COR-01', role: 'party', support: true }]);
    expect(ghtMemberships(r.value, ESPIC_87.finess)).toEqual([
      { ght: 'NA-04', role: 'partner', support: false },
    ]);
    expect(ghtMemberships(r.value, APHP.finess)).toEqual([]);
  });
});
