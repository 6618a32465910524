import { describe, expect, it } from 'vitest';
import {
  ARS_LIST,
  ARS_OCEAN_INDIEN_SPLIT_DATE,
  arsAt,
  arsById,
  arsOf,
  DEPARTMENTS,
} from '../../src/actors/index.js';

const id = (r: ReturnType<typeof arsOf>) => (r.ok ? r.value.ars.id : r.issues[0]!.code);

describe('ARS over time', () => {
  it('counts 26 ARS before 2016, 17 from 2016 to 2019, 18 from 2020', () => {
    expect(arsAt('2015-12-31')).toHaveLength(26);
    expect(arsAt('2016-01-01')).toHaveLength(17);
    expect(arsAt('2019-12-31')).toHaveLength(17);
    expect(arsAt('2020-01-01')).toHaveLength(18);
    expect(ARS_OCEAN_INDIEN_SPLIT_DATE).toBe('2020-01-01');
  });
  it('covers every department exactly once at any date', () => {
    for (const asOf of ['2012-03-01', '2015-12-31', '2016-01-01', '2019-12-31', '2020-01-01', '2022-12-31']) {
      const covered = arsAt(asOf).flatMap((a) => a.departments);
      expect(covered.sort(), asOf).toEqual(DEPARTMENTS.map((d) => d.code).sort());
    }
  });
  it('has unique ids', () => {
    expect(new Set(ARS_LIST.map((a) => a.id)).size).toBe(ARS_LIST.length);
  });
  it('splits ARS Océan Indien on 2020-01-01 (décret 2020-18)', () => {
    expect(id(arsOf({ department: '974' }, '2019-12-31'))).toBe('ars-ocean-indien');
    expect(id(arsOf({ department: '976' }, '2019-12-31'))).toBe('ars-ocean-indien');
    expect(id(arsOf({ department: '974' }, '2020-01-01'))).toBe('ars-la-reunion');
    expect(id(arsOf({ department: '976' }, '2020-01-01'))).toBe('ars-mayotte');
    expect(id(arsOf({ region: '06' }, '2019-12-31'))).toBe('ars-ocean-indien');
    expect(id(arsOf({ region: '06' }, '2020-01-01'))).toBe('ars-mayotte');
    expect(arsById('ars-ocean-indien')?.provenance.source).toContain('legifrance');
  });
  it('switches to the merged ARS on 2016-01-01', () => {
    expect(id(arsOf({ department: '67' }, '2015-12-31'))).toBe('ars-alsace');
    expect(id(arsOf({ department: '67' }, '2016-01-01'))).toBe('ars-grand-est');
    expect(id(arsOf({ finess: '870000015' }, '2015-12-31'))).toBe('ars-limousin');
    expect(id(arsOf({ finess: '870000015' }, '2016-01-01'))).toBe('ars-nouvelle-aquitaine');
    expect(id(arsOf({ region: '74' }, '2015-12-31'))).toBe('ars-limousin');
    expect(arsOf({ region: '74' }, '2016-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-region' }],
    });
  });
  it('keeps one id for an ARS whose territory did not change (Corsica, Île-de-France, overseas)', () => {
    for (const asOf of ['2013-01-01', '2017-01-01', '2021-01-01']) {
      expect(id(arsOf({ department: '2A' }, asOf))).toBe('ars-corse');
      expect(id(arsOf({ finess: '2B0000020' }, asOf))).toBe('ars-corse');
      expect(id(arsOf({ finess: '750712184' }, asOf))).toBe('ars-ile-de-france');
      expect(id(arsOf({ finess: '970211207' }, asOf))).toBe('ars-martinique');
    }
  });
  it('tells a department from a region with the same code', () => {
    expect(id(arsOf({ department: '11' }, '2020-01-01'))).toBe('ars-occitanie');
    expect(id(arsOf({ region: '11' }, '2020-01-01'))).toBe('ars-ile-de-france');
  });
  it('returns the region and department found', () => {
    const r = arsOf({ finess: '980500003' }, '2020-01-01');
    expect(r).toMatchObject({ ok: true, value: { region: { code: '06' }, department: { code: '976' } } });
  });
  it('answers failures as data', () => {
    expect(arsOf({ department: '975' }, '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'overseas-collectivity' }],
    });
    expect(arsOf({ finess: '970500000' }, '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'overseas-collectivity' }],
    });
    expect(arsOf({ finess: 'xx' }, '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-department' }],
    });
    expect(arsOf({ department: '99' }, '2020-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-department' }],
    });
    expect(arsOf({ department: '75' }, '31/12/2019')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-date' }],
    });
  });
});
