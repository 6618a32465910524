import { describe, expect, it } from 'vitest';
import {
  DEPARTMENTS,
  departmentByCode,
  isDepartmentCode,
  REGION_REFORM_DATE,
  REGIONS,
  REGIONS_BEFORE_2016,
  regionByCode,
  regionOf,
  regionOfDepartment,
  regionOfFiness,
  regionsAt,
} from '../../src/actors/index.js';

const name = (r: ReturnType<typeof regionOf>) => (r.ok ? r.value.region.name : r.issues[0]!.code);

describe('departments', () => {
  it('lists 101 departments with unique codes, 96 metropolitan and 5 overseas', () => {
    expect(DEPARTMENTS).toHaveLength(101);
    expect(new Set(DEPARTMENTS.map((d) => d.code)).size).toBe(101);
    expect(DEPARTMENTS.filter((d) => d.code.length === 3).map((d) => d.code)).toEqual([
      '971',
      '972',
      '973',
      '974',
      '976',
    ]);
  });
  it('has Corsica as 2A and 2B, never 20, and no 975', () => {
    expect(departmentByCode('2A')?.name).toBe('Corse-du-Sud');
    expect(departmentByCode('2b')?.name).toBe('Haute-Corse');
    expect(isDepartmentCode('20')).toBe(false);
    expect(isDepartmentCode('975')).toBe(false);
    expect(isDepartmentCode('976')).toBe(true);
  });
});

describe('regions', () => {
  it('has the 18 INSEE regions of the reference since 2016 (13 metropolitan + 5 overseas)', () => {
    expect(REGIONS.map((r) => r.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '06',
      '11',
      '24',
      '27',
      '28',
      '32',
      '44',
      '52',
      '53',
      '75',
      '76',
      '84',
      '93',
      '94',
    ]);
    expect(REGIONS.filter((r) => r.zone === 'overseas')).toHaveLength(5);
    expect(regionByCode('94', '2020-01-01')?.name).toBe('Corse');
  });
  it('has 27 pre-2016 regions (22 metropolitan + 5 overseas)', () => {
    expect(REGIONS_BEFORE_2016).toHaveLength(27);
    expect(REGIONS_BEFORE_2016.filter((r) => r.zone === 'metropolitan')).toHaveLength(22);
  });
  it('every department belongs to exactly one region in each map', () => {
    for (const map of [REGIONS, REGIONS_BEFORE_2016]) {
      const all = map.flatMap((r) => r.departments);
      expect(all).toHaveLength(101);
      expect(new Set(all).size).toBe(101);
      expect(map.every((r) => r.departments.length > 0)).toBe(true);
    }
  });
  it('each pre-2016 region lies inside one region of 2016 (the reform merged, never split)', () => {
    for (const old of REGIONS_BEFORE_2016) {
      const targets = new Set(old.departments.map((d) => departmentByCode(d)!.region));
      expect(targets.size, old.name).toBe(1);
    }
  });
  it('switches map on 2016-01-01', () => {
    expect(REGION_REFORM_DATE).toBe('2016-01-01');
    expect(regionsAt('2015-12-31')).toBe(REGIONS_BEFORE_2016);
    expect(regionsAt('2016-01-01')).toBe(REGIONS);
    expect(name(regionOf('67', '2015-12-31'))).toBe('Alsace');
    expect(name(regionOf('67', '2016-01-01'))).toBe('Grand Est');
    expect(name(regionOf('87', '2015-12-31'))).toBe('Limousin');
    expect(name(regionOf('87', '2016-01-01'))).toBe('Nouvelle-Aquitaine');
    expect(regionByCode('42', '2015-12-31')?.name).toBe('Alsace');
    expect(regionByCode('42', '2016-01-01')).toBeUndefined();
  });
  it('keeps Corsica and the overseas regions across the reform', () => {
    for (const asOf of ['2014-06-01', '2020-06-01']) {
      expect(name(regionOf('2A', asOf))).toBe('Corse');
      expect(name(regionOf('2B', asOf))).toBe('Corse');
      expect(name(regionOf('971', asOf))).toBe('Guadeloupe');
      expect(name(regionOf('974', asOf))).toBe('La Réunion');
      expect(name(regionOf('976', asOf))).toBe('Mayotte');
    }
  });
  it('answers a clear failure for 975, unknown codes and bad dates', () => {
    expect(regionOf('975', '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'overseas-collectivity', received: '975' }],
    });
    expect(regionOf('20', '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-department' }],
    });
    expect(regionOf('', '2020-01-01')).toMatchObject({ ok: false, issues: [{ code: 'unknown-department' }] });
    expect(regionOf('75', '2020-13-01')).toMatchObject({ ok: false, issues: [{ code: 'invalid-date' }] });
    const r = regionOf('975', '2020-01-01');
    if (!r.ok) expect(r.issues[0]!.message.fr).toContain('collectivité');
  });
  it('regionOfDepartment uses the 2016 map; regionOfFiness reads the FINESS department', () => {
    expect(name(regionOfDepartment('01'))).toBe('Auvergne-Rhône-Alpes');
    expect(name(regionOfFiness('750712184', '2019-01-01'))).toBe('Île-de-France');
    expect(name(regionOfFiness('2B0000020', '2019-01-01'))).toBe('Corse');
    expect(name(regionOfFiness('970211207', '2013-01-01'))).toBe('Martinique');
    expect(name(regionOfFiness('980500003', '2019-01-01'))).toBe('Mayotte');
    expect(name(regionOfFiness('870000015', '2014-01-01'))).toBe('Limousin');
    expect(regionOfFiness('970500000', '2019-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'overseas-collectivity' }],
    });
    expect(regionOfFiness('000000000', '2019-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-department' }],
    });
  });
});
