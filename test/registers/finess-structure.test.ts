import { describe, expect, it } from 'vitest';
import {
  activityHints,
  decideStatus,
  isSanitaryCategory,
  legalStatusGroup,
  parseExtractHeader,
  parseGeolocalisation,
  parseStructureEj,
  parseStructureEt,
  readFinessDepartment,
  SANITARY_CATEGORIES,
  toEstablishment,
} from '../../src/registers/index.js';
import { badKey, etFields, PLACES, REAL_CAYENNE, REAL_FLEYRIAT, REAL_HEADER, withKey } from './fixtures.js';

const asOf = '2026-05-12';
const parse = (values: readonly string[], options = {}) => parseStructureEt(values, { asOf, ...options });
const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe('parseStructureEt on the two real lines of the 2026-05-12 extract', () => {
  it('reads CH de Fleyriat: numbers, names, category, place, status', () => {
    const values = REAL_FLEYRIAT.split(';');
    expect(values).toHaveLength(32);
    const r = parse(values);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([]);
    const c = r.value;
    expect(c.finess).toBe('010000024');
    expect(c.legalEntityFiness).toBe('010780054');
    expect(c.name).toBe('CH DE FLEYRIAT');
    expect(c.longName).toBe('CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT');
    expect(c.category).toEqual({
      code: '355',
      label: 'Centre hospitalier non dénommé ailleurs (CH)',
      listed: true,
    });
    expect(c.sanitary).toBe(true);
    expect(c.aggregateCategory).toEqual({ code: '1102', label: 'Centres Hospitaliers', listed: true });
    expect(c.place).toMatchObject({
      finessDepartment: '01',
      department: '01',
      region: { code: '84', name: 'Auvergne-Rhône-Alpes' },
      ars: { code: 'ars-auvergne-rhone-alpes' },
      rule: 'departement=01',
    });
    expect(c.status).toMatchObject({ value: 'public', rule: 'codesph=1' });
    expect(c.status.provenance.source).toContain('TRE_R73');
    expect(c.activityHints).toEqual([]);
    expect(c.siret).toBe('26010004500012');
    expect(c.opened).toBe('1979-02-13');
    expect(c.updated).toBe('2020-02-04');
  });

  it('reads CH de Cayenne: 9C is INSEE 973, region Guyane, ARS Guyane', () => {
    const r = parse(REAL_CAYENNE.split(';'));
    expect(r.ok && r.value.place).toMatchObject({
      finessDepartment: '9C',
      department: '973',
      region: { code: '03' },
      ars: { code: 'ars-guyane' },
      rule: 'departement=9C→973',
    });
    expect(r.issues).toEqual([]);
  });

  it('reads the region and ARS as of the date given (HN-era map before 2016)', () => {
    const r = parseStructureEt(REAL_FLEYRIAT.split(';'), { asOf: '2015-12-31' });
    expect(r.ok && r.value.place.region).toEqual({ code: '82', name: 'Rhône-Alpes' });
    expect(r.ok && r.value.place.ars?.code).toBe('ars-rhone-alpes');
  });

  it('accepts a line of 31 fields (no numuai, as in the official layout)', () => {
    const r = parse(REAL_FLEYRIAT.split(';').slice(0, 31));
    expect(r.ok).toBe(true);
  });
});

describe('departments: Corsica, every overseas code, Mayotte, Wallis, unknown codes', () => {
  const cases: [keyof typeof PLACES, string, string, string][] = [
    ['corseDuSud', '2A', '94', 'ars-corse'],
    ['hauteCorse', '2B', '94', 'ars-corse'],
    ['guadeloupe', '971', '01', 'ars-guadeloupe'],
    ['martinique', '972', '02', 'ars-martinique'],
    ['guyane', '973', '03', 'ars-guyane'],
    ['reunion', '974', '04', 'ars-la-reunion'],
    ['mayotte', '976', '06', 'ars-mayotte'],
  ];
  for (const [place, insee, region, ars] of cases) {
    it(`${PLACES[place].departement} → ${insee}, region ${region}, ${ars}`, () => {
      const p = PLACES[place];
      const r = parse(
        etFields({ nofinesset: p.finess, departement: p.departement, libdepartement: p.libdepartement }),
      );
      expect(r.ok).toBe(true);
      expect(r.issues).toEqual([]);
      expect(r.ok && r.value.place).toMatchObject({
        department: insee,
        region: { code: region },
        ars: { code: ars },
      });
    });
  }

  it('Mayotte (98…, 9F) belonged to ARS Océan Indien until 31 Dec 2019', () => {
    const p = PLACES.mayotte;
    const r = parseStructureEt(etFields({ nofinesset: p.finess, departement: '9F' }), { asOf: '2019-12-31' });
    expect(r.ok && r.value.place.ars?.code).toBe('ars-ocean-indien');
  });

  it('keeps Wallis et Futuna (9J) without region or ARS, and says so', () => {
    const p = PLACES.wallis;
    const r = parse(etFields({ nofinesset: p.finess, departement: '9J', libdepartement: p.libdepartement }));
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['finess-no-region']);
    expect(r.issues[0]?.severity).toBe('warning');
    expect(r.ok && r.value.place).toEqual({
      finessDepartment: '9J',
      departmentName: 'WALLIS ET FUTUNA',
      rule: 'departement=9J: Wallis et Futuna (9J), outside the ARS map',
      provenance: expect.objectContaining({ status: 'reported' }),
    });
  });

  for (const code of ['9E', '9G', '9H', '99', '00', '20']) {
    it(`reports ${code} as an unknown department code, kept with no region (never guessed)`, () => {
      const r = parse(etFields({ departement: code }));
      expect(r.ok).toBe(true);
      expect(codes(r)).toEqual(['finess-unknown-department']);
      expect(r.ok && r.value.place.department).toBeUndefined();
      expect(r.ok && r.value.place.region).toBeUndefined();
    });
  }

  it('rejects a malformed department code (the layout says two characters)', () => {
    const r = parse(etFields({ departement: '971' }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['finess-invalid-field']);
  });

  it('warns when the department does not match the FINESS number', () => {
    const r = parse(etFields({ departement: '9C' }));
    expect(codes(r)).toEqual(['finess-department-mismatch']);
    expect(r.ok && r.value.place.department).toBe('973');
  });

  it('reads department codes: the FINESS → INSEE table', () => {
    expect(readFinessDepartment('9A')).toMatchObject({ kind: 'insee', insee: '971' });
    expect(readFinessDepartment('9b')).toMatchObject({ kind: 'insee', insee: '972' });
    expect(readFinessDepartment('9D')).toMatchObject({ kind: 'insee', insee: '974' });
    expect(readFinessDepartment('9F')).toMatchObject({ kind: 'insee', insee: '976' });
    expect(readFinessDepartment('2B')).toMatchObject({ kind: 'insee', insee: '2B' });
    expect(readFinessDepartment('95')).toMatchObject({ kind: 'insee', insee: '95' });
    expect(readFinessDepartment('9J').kind).toBe('no-region');
    expect(readFinessDepartment('97').kind).toBe('unknown');
    expect(readFinessDepartment('9E').kind).toBe('unknown');
  });
});

describe('invalid lines', () => {
  it('rejects a bad FINESS key, with the expected key', () => {
    const r = parse(etFields({ nofinesset: badKey('01000002') }));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'finess-invalid-number',
      path: ['nofinesset'],
      expected: '4',
      received: badKey('01000002'),
    });
  });

  it('rejects a bad EJ key', () => {
    const r = parse(etFields({ nofinessej: '010780055' }));
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toEqual(['nofinessej']);
  });

  it('rejects a malformed FINESS (8 characters: the extract always writes the key)', () => {
    const r = parse(etFields({ nofinesset: '01000002' }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['finess-invalid-field']);
  });

  it('rejects a truncated line', () => {
    const r = parse(REAL_FLEYRIAT.split(';').slice(0, 20));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'finess-truncated-line', expected: '32', received: '20' });
  });

  it('warns on extra fields but keeps the line', () => {
    const r = parse([...REAL_FLEYRIAT.split(';'), 'x']);
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['finess-extra-fields']);
  });

  it('rejects an empty name, a malformed category and an impossible date, all reported', () => {
    const r = parse(etFields({ rs: ' ', categetab: '35', datemaj: '2021-02-30' }));
    expect(r.ok).toBe(false);
    expect(codes(r).sort()).toEqual(['finess-invalid-field', 'invalid-date', 'required']);
  });

  it('refuses another section', () => {
    expect(parse(['geolocalisation', '010000024']).ok).toBe(false);
  });
});

describe('categories', () => {
  it('reports an unknown category code with the line’s label, not interpreted', () => {
    const r = parse(etFields({ categetab: '999', libcategetab: 'Catégorie inventée' }));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'finess-unknown-code',
        path: ['categetab'],
        received: '999',
        severity: 'warning',
      }),
    ]);
    expect(r.ok && r.value.category).toEqual({ code: '999', label: 'Catégorie inventée', listed: false });
    expect(r.ok && r.value.sanitary).toBe(false);
  });

  it('marks a non-sanitary category (500 EHPAD) as such', () => {
    const r = parse(etFields({ categetab: '500', libcategetab: 'EHPAD', categagretab: '4401' }));
    expect(r.ok && r.value.sanitary).toBe(false);
    expect(isSanitaryCategory('500')).toBe(false);
    expect(isSanitaryCategory('101')).toBe(true);
    expect(SANITARY_CATEGORIES.codes.size).toBe(32);
  });

  it('a CHU is category 101 CHR', () => {
    const r = parse(etFields({ categetab: '101', categagretab: '1101' }));
    expect(r.ok && r.value.category.label).toBe('Centre hospitalier régional (CHR)');
    expect(r.ok && r.value.aggregateCategory.label).toBe('Centres Hospitaliers Régionaux');
  });

  it('gives activity hints only where the category implies them, marked as hints', () => {
    expect(activityHints('127')).toEqual([
      expect.objectContaining({ activity: 'HAD', hint: true, rule: 'categetab=127' }),
    ]);
    expect(activityHints('292')[0]?.activity).toBe('PSY');
    expect(activityHints('141')[0]?.activity).toBe('DIALYSIS');
    expect(activityHints('146')[0]?.activity).toBe('DIALYSIS');
    expect(activityHints('355')).toEqual([]);
    expect(activityHints('101')).toEqual([]);
    const r = parse(etFields({ categetab: '127' }));
    expect(r.ok && r.value.activityHints.map((h) => h.activity)).toEqual(['HAD']);
    expect(r.ok && toEstablishment(r.value).activities).toBeUndefined();
  });
});

describe('status', () => {
  it('decides from codesph: 1 public, 6 ESPIC, 7 private non-profit', () => {
    expect(decideStatus('1').decision).toMatchObject({ value: 'public', rule: 'codesph=1' });
    expect(decideStatus('6').decision.value).toBe('espic');
    expect(decideStatus('7').decision.value).toBe('private-non-profit');
  });

  it('falls back on the EJ legal status, else unknown', () => {
    expect(decideStatus('0', '72').decision).toMatchObject({
      value: 'private-for-profit',
      rule: 'codesph=0+statutjuridique=72',
    });
    expect(decideStatus('9', '61').decision.value).toBe('private-non-profit');
    expect(decideStatus('3', '14').decision.value).toBe('public');
    expect(decideStatus('0').decision).toMatchObject({
      value: 'unknown',
      rule: 'codesph=0, no EJ legal status',
    });
    expect(decideStatus('', '40').decision).toMatchObject({
      value: 'unknown',
      rule: 'codesph=empty, statutjuridique=40 undecided',
    });
  });

  it('reports a conflict, codesph winning', () => {
    const r = decideStatus('1', '72');
    expect(r.decision.value).toBe('public');
    expect(r.conflict).toBe('private-for-profit');
    expect(decideStatus('6', '61').conflict).toBeUndefined();
  });

  it('groups legal statuses only where the label settles it', () => {
    expect(['01', '13', '29', '30'].map(legalStatusGroup)).toEqual(['public', 'public', 'public', 'public']);
    expect(['47', '60', '63', '65'].map(legalStatusGroup)).toEqual(Array(4).fill('private-non-profit'));
    expect(['71', '72', '73', '75'].map(legalStatusGroup)).toEqual(Array(4).fill('private-for-profit'));
    expect(['000', '40', '66', '70', '74', '76', '99'].map(legalStatusGroup)).toEqual(
      Array(7).fill(undefined),
    );
  });

  it('uses the EJ file when given, and warns for an EJ it does not hold', () => {
    const ej = {
      finess: '010780054',
      name: 'CH BOURG',
      legalStatus: { code: '72', label: 'SARL', listed: true },
    };
    const withEj = parse(etFields({ codesph: '0' }), {
      legalEntity: (f: string) => (f === ej.finess ? ej : undefined),
    });
    expect(withEj.ok && withEj.value.status.value).toBe('private-for-profit');
    expect(withEj.ok && withEj.value.legalEntity).toEqual(ej);
    const missing = parse(etFields({ codesph: '0' }), { legalEntity: () => undefined });
    expect(codes(missing)).toEqual(['finess-unknown-ej']);
    const conflict = parse(etFields({ codesph: '1' }), { legalEntity: () => ej });
    expect(codes(conflict)).toEqual(['finess-status-conflict']);
  });

  it('reports a codesph outside TRE_R73 (8) and leaves the status unknown', () => {
    const r = parse(etFields({ codesph: '8' }));
    expect(codes(r)).toEqual(['finess-unknown-code']);
    expect(r.ok && r.value.status.value).toBe('unknown');
  });
});

describe('toEstablishment', () => {
  it('makes a site-level palier establishment, status mapped, activities left unknown', () => {
    const r = parse(REAL_CAYENNE.split(';'));
    expect(r.ok && toEstablishment(r.value)).toEqual({
      finess: '970300026',
      level: 'site',
      name: 'CENTRE HOSPITALIER DE CAYENNE',
      status: 'public',
      department: '973',
      category: '355',
    });
    const espic = parse(etFields({ codesph: '6' }));
    expect(espic.ok && toEstablishment(espic.value)).toMatchObject({
      status: 'private-non-profit',
      espic: true,
    });
    const seven = parse(etFields({ codesph: '7' }));
    expect(seven.ok && toEstablishment(seven.value)).toMatchObject({
      status: 'private-non-profit',
      espic: false,
    });
    const unknown = parse(etFields({ codesph: '0', departement: '9J', nofinesset: PLACES.wallis.finess }));
    const e = unknown.ok ? toEstablishment(unknown.value) : undefined;
    expect(e && 'status' in e).toBe(false);
    expect(e && 'department' in e).toBe(false);
  });
});

describe('other lines', () => {
  it('reads the header line', () => {
    expect(parseExtractHeader(REAL_HEADER.split(';'))).toEqual({
      ok: true,
      value: { flux: '111', extracted: '2026-05-12' },
      issues: [],
    });
    expect(parseExtractHeader(['finess', 'etalab', '111', '2026-13-01']).ok).toBe(false);
    expect(parseExtractHeader(['structureet', '010000024']).issues[0]?.code).toBe('finess-bad-header');
  });

  it('reads a geolocalisation line, coordinates as written, the source with its commas whole', () => {
    const r = parseGeolocalisation([
      'geolocalisation',
      '010000024',
      '870215.7',
      '6571590.4',
      '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93',
      '2024-03-01',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        finess: '010000024',
        x: '870215.7',
        y: '6571590.4',
        source: '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93',
        updated: '2024-03-01',
      },
      issues: [],
    });
    expect(parseGeolocalisation(['geolocalisation', '010000025', '1', '2', '', '']).ok).toBe(false);
    expect(parseGeolocalisation(['geolocalisation', '010000024']).issues[0]?.code).toBe(
      'finess-truncated-line',
    );
    expect(codes(parseGeolocalisation(['geolocalisation', '010000024', '1,5', '2', '', '']))).toEqual([
      'finess-invalid-field',
    ]);
  });

  it('reads a structureej line', () => {
    const fields = [
      'structureej',
      '010780054',
      'CH BOURG',
      '',
      '',
      '900',
      'RTE',
      'DE PARIS',
      '',
      '',
      '',
      '451',
      '01440 VIRIAT',
      '01',
      'AIN',
      '0474454647',
      '13',
      "Etablissement Public Communal d'Hospitalisation",
      '355',
      'CH',
      '260100045',
      '8610Z',
      '1979-01-01',
    ];
    const r = parseStructureEj(fields);
    expect(r.ok && r.value).toEqual({
      finess: '010780054',
      name: 'CH BOURG',
      legalStatus: { code: '13', label: "Etablissement Public Communal d'Hospitalisation", listed: true },
    });
    const unknown = [...fields];
    unknown[16] = '99';
    expect(codes(parseStructureEj(unknown))).toEqual(['finess-unknown-code']);
    const shifted = [...fields];
    shifted[16] = 'X';
    expect(parseStructureEj(shifted).ok).toBe(false);
    expect(parseStructureEj(fields.slice(0, 10)).issues[0]?.code).toBe('finess-truncated-line');
    expect(withKey('01078005')).toBe('010780054');
  });
});
