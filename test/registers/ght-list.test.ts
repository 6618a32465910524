import { describe, expect, it } from 'vitest';
import { buildGhtList, type GhtListRow, regionCodeByName } from '../../src/registers/index.js';

const limousin = (finess: string, extra: Partial<GhtListRow> = {}): GhtListRow => ({
  region: 'NOUVELLE-AQUITAINE',
  ghtName: 'GHT du Limousin',
  ghtCode: 'NA-04',
  finess,
  ...extra,
});
const bastia = (finess: string): GhtListRow => ({
  region: 'CORSE',
  ghtName: 'GHT de Haute-Corse',
  ghtCode: 'COR-01',
  finess,
});
const codes = (r: ReturnType<typeof buildGhtList>) => r.issues.map((i) => [i.row, i.issue.code]);

describe('buildGhtList', () => {
  it('builds GHTs with their region and members; support unknown unless given', () => {
    const r = buildGhtList([limousin('870000015'), bastia('2B0000020')]);
    expect(r.ghts).toEqual([
      {
        code: 'NA-04',
        name: 'GHT du Limousin',
        region: '75',
        regionName: 'NOUVELLE-AQUITAINE',
        supportSource: 'unknown',
        parties: ['870000015'],
      },
      {
        code: 'COR-01',
        name: 'GHT de Haute-Corse',
        region: '94',
        regionName: 'CORSE',
        supportSource: 'unknown',
        parties: ['2B0000020'],
      },
    ]);
    expect(codes(r)).toEqual([
      [0, 'ght-list-support-unknown'],
      [1, 'ght-list-support-unknown'],
    ]);
    expect(r.validRows + r.invalidRows).toBe(2);
  });

  it('takes the support from --support, then from a column', () => {
    const r = buildGhtList(
      [limousin('870000015'), bastia('2B0000020'), { ...bastia('2A0000014'), support: 'oui' }],
      new Map([['NA-04', '870000015']]),
    );
    expect(r.ghts.map((g) => [g.code, g.support, g.supportSource])).toEqual([
      ['NA-04', '870000015', 'option'],
      ['COR-01', '2A0000014', 'column'],
    ]);
  });

  it('reports a support that is not a member, or for a GHT not in the list, or with a bad key', () => {
    const r = buildGhtList(
      [limousin('870000015')],
      new Map([
        ['NA-04', '330781196'],
        ['XX-99', '330781196'],
      ]),
    );
    expect(r.issues.map((i) => i.issue.code).sort()).toEqual([
      'ght-list-support-not-member',
      'ght-list-unknown-ght',
    ]);
    const bad = buildGhtList([limousin('870000015')], new Map([['NA-04', '750712148']]));
    expect(bad.issues.map((i) => i.issue.code)).toEqual([
      'finess-invalid-number',
      'ght-list-support-unknown',
    ]);
  });

  it('rejects a bad FINESS and a member in two GHTs, per row; warns for a member outside the region', () => {
    const r = buildGhtList([
      limousin('870000015'),
      limousin('750712148'),
      bastia('870000015'),
      limousin('750712184'),
    ]);
    expect(r.invalidRows).toBe(2);
    expect(r.validRows).toBe(2);
    expect(codes(r)).toEqual([
      [1, 'finess-invalid-number'],
      [2, 'ght-list-member-twice'],
      [3, 'ght-list-member-outside-region'],
      [0, 'ght-list-support-unknown'],
    ]);
    expect(r.ghts[0]?.parties).toEqual(['870000015', '750712184']);
  });

  it('warns for an unknown region name and for a GHT whose rows disagree', () => {
    const r = buildGhtList([
      { ...limousin('870000015'), region: 'LIMOUSIN' },
      { ...limousin('870000023'), region: 'NOUVELLE AQUITAINE', ghtName: 'Autre nom' },
    ]);
    const found = r.issues.map((i) => i.issue.code);
    expect(found).toContain('ght-list-unknown-region');
    expect(found.filter((c) => c === 'ght-list-inconsistent')).toHaveLength(2);
    expect(r.ghts[0]?.region).toBeUndefined();
  });

  it('reads region names as the DGOS list writes them', () => {
    expect(regionCodeByName("PROVENCE-ALPES-COTE D'AZUR")).toBe('93');
    expect(regionCodeByName('ILE-DE-FRANCE')).toBe('11');
    expect(regionCodeByName('La Réunion')).toBe('04');
    expect(regionCodeByName('Limousin')).toBeUndefined();
  });
});
