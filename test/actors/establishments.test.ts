import { describe, expect, it } from 'vitest';
import {
  actorDepartment,
  checkSiteAttachments,
  establishmentFromLegalEntity,
  establishmentFromSite,
  sitesOf,
} from '../../src/actors/index.js';
import { BASTIA_HAD, BASTIA_MAIN, CH_BASTIA, ENTITIES, HCL, HCL_VAR, withKey } from './fixtures.js';

describe('actorDepartment', () => {
  it('uses the explicit department, else the FINESS one', () => {
    expect(actorDepartment({ finess: '2B0000012' })).toBe('2B');
    expect(actorDepartment({ finess: '750712184', department: '92' })).toBe('92');
    expect(actorDepartment({ finess: '980500003' })).toBe('976');
    expect(actorDepartment({ finess: 'garbage' })).toBeUndefined();
  });
  it('lets a site sit in another department than its legal entity', () => {
    expect(actorDepartment(HCL)).toBe('69');
    expect(actorDepartment(HCL_VAR)).toBe('83');
  });
});

describe('establishmentFromLegalEntity', () => {
  const sites = [BASTIA_MAIN, BASTIA_HAD, HCL_VAR];
  it('takes the union of its own sites’ activities, in the canonical order', () => {
    const e = establishmentFromLegalEntity(CH_BASTIA, sites);
    expect(e).toMatchObject({
      finess: '2B0000020',
      level: 'legal-entity',
      status: 'public',
      department: '2B',
    });
    expect(e.activities).toEqual(['MCO', 'PSY', 'HAD']);
  });
  it('keeps only the traits every site has', () => {
    expect(establishmentFromLegalEntity(CH_BASTIA, sites).traits).toEqual(['NO_EXTERNAL_CONSULTATIONS']);
    expect(establishmentFromLegalEntity(HCL, sites).traits).toBeUndefined();
  });
  it('gives no activity to an entity without sites', () => {
    const e = establishmentFromLegalEntity(CH_BASTIA, []);
    expect(e.activities).toEqual([]);
    expect(e.traits).toBeUndefined();
  });
  it('ignores sites of other entities', () => {
    expect(sitesOf(HCL, sites)).toEqual([HCL_VAR]);
    expect(establishmentFromLegalEntity(HCL, sites).activities).toEqual(['SSR']);
  });
});

describe('establishmentFromSite', () => {
  it('takes status from the legal entity and department from the site FINESS', () => {
    const r = establishmentFromSite(HCL_VAR, HCL);
    expect(r).toMatchObject({ ok: true, value: { level: 'site', status: 'public', department: '83' } });
  });
  it('refuses an entity that is not the site’s', () => {
    const r = establishmentFromSite(HCL_VAR, CH_BASTIA);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'site-entity-mismatch', expected: '690781810' }] });
  });
});

describe('checkSiteAttachments', () => {
  it('accepts sites each attached to one known entity, across departments', () => {
    const r = checkSiteAttachments(ENTITIES, [BASTIA_MAIN, BASTIA_HAD, HCL_VAR]);
    expect(r.issues).toEqual([]);
    expect(r.ok && [...r.value]).toEqual([
      [BASTIA_MAIN.finess, BASTIA_MAIN.legalEntity],
      [BASTIA_HAD.finess, BASTIA_HAD.legalEntity],
      [HCL_VAR.finess, HCL_VAR.legalEntity],
    ]);
  });
  it('accepts empty input', () => {
    expect(checkSiteAttachments([], [])).toEqual({ ok: true, value: new Map(), issues: [] });
  });
  it('reports every problem with its path', () => {
    const { issues } = checkSiteAttachments(
      [HCL, CH_BASTIA, { ...HCL, name: 'again' }],
      [
        BASTIA_MAIN,
        { ...BASTIA_MAIN, legalEntity: '690781810' },
        { ...HCL_VAR, finess: withKey('33000002'), legalEntity: withKey('33000001') },
        { ...HCL_VAR, finess: '750712148' },
        HCL_VAR,
        HCL_VAR,
      ],
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.severity])).toEqual([
      ['duplicate-legal-entity', 'entities.2.finess', 'error'],
      ['site-in-several-legal-entities', 'sites.1.legalEntity', 'error'],
      ['unknown-legal-entity', 'sites.2.legalEntity', 'error'],
      ['invalid-finess-key', 'sites.3.finess', 'error'],
      ['duplicate-site', 'sites.5.finess', 'warning'],
    ]);
  });
});
