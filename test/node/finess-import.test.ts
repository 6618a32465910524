import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exampleData } from '../../src/node/example/index.js';
import { parseCsv } from '../../src/node/io/csv.js';
import { type ImportedEstablishment, importFinessExtract } from '../../src/node/io/finess-extract.js';
import type { InputProblem } from '../../src/node/io/problem.js';
import { declarationsToCsv } from '../../src/node/io/write-csv.js';
import { programmeToJson } from '../../src/programme/json.js';
import type { FinessLocation } from '../../src/registers/index.js';
import {
  badKey,
  etLine,
  PLACES,
  REAL_CAYENNE,
  REAL_FLEYRIAT,
  REAL_HEADER,
  withKey,
} from '../registers/fixtures.js';
import { run } from './fake-io.js';

const GEO =
  'geolocalisation;010000024;870215.7;6571590.4;"1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93";2024-03-01';

/** The extract fixture: the two real lines and lines written in the same format. */
const EXTRACT = [
  REAL_HEADER,
  REAL_FLEYRIAT,
  REAL_CAYENNE,
  ...Object.values(PLACES)
    .filter((p) => p.finess !== '970300026')
    .map((p) =>
      etLine({ nofinesset: p.finess, departement: p.departement, libdepartement: p.libdepartement }),
    ),
  etLine({ nofinesset: withKey('01000005'), rs: 'LIEU DE VIE "MAVOUNA MEMA 1"', numuai: '' }),
  etLine({ nofinesset: withKey('01000006'), categetab: '500', libcategetab: 'EHPAD', categagretab: '4401' }),
  etLine({ nofinesset: withKey('01000007'), categetab: '999', libcategetab: 'Inventée' }),
  etLine({ nofinesset: badKey('01000008') }),
  'structureet;010000099;010780054;TRONQUEE',
  etLine({ nofinesset: withKey('01000009'), categetab: '127', codesph: '0' }),
  etLine({ nofinesset: withKey('01000010'), departement: '9E' }),
  GEO,
].join('\r\n');

const lines = (text: string) => text.split(/\r?\n/).filter((l) => l !== '');
const parseCsvOut = (text: string) => parseCsv(text, ',').records.map((r) => [...r.values]);

describe('palier import finess', () => {
  it('imports the health establishments, counts add up, problems located by line', async () => {
    const r = await run(['import', 'finess', 'et.csv'], { files: { 'et.csv': EXTRACT } });
    expect(r.code).toBe(3);
    const out = parseCsvOut(r.stdout);
    expect(out[0]?.slice(0, 10)).toEqual([
      'finess',
      'name',
      'level',
      'status',
      'espic',
      'activities',
      'traits',
      'department',
      'ght',
      'category',
    ]);
    const finess = out.slice(1).map((row) => row[0]);
    expect(finess).toEqual([
      '010000024',
      '970300026',
      '2A0000014',
      '2B0000012',
      PLACES.guadeloupe.finess,
      '970211207',
      PLACES.reunion.finess,
      '980500003',
      PLACES.wallis.finess,
      withKey('01000005'),
      withKey('01000009'),
      withKey('01000010'),
    ]);
    const byFiness = new Map(out.slice(1).map((row) => [row[0], row]));
    expect(byFiness.get('980500003')?.[7]).toBe('976');
    expect(byFiness.get('980500003')?.[16]).toBe('ars-mayotte');
    expect(byFiness.get('2A0000014')?.[15]).toBe('94 Corse');
    expect(byFiness.get(PLACES.wallis.finess)?.[7]).toBe('');
    expect(byFiness.get(PLACES.wallis.finess)?.[16]).toBe('');
    expect(byFiness.get(withKey('01000009'))?.[3]).toBe('unknown');
    expect(byFiness.get(withKey('01000009'))?.[5]).toBe('unknown');
    expect(byFiness.get(withKey('01000009'))?.[18]).toBe('HAD (hint: categetab=127)');
    expect(r.stdout).toContain('"LIEU DE VIE ""MAVOUNA MEMA 1"""');
    expect(r.stderr).toContain('et.csv:14: nofinesset: error [finess-invalid-number]');
    expect(r.stderr).toContain('et.csv:15: error [finess-truncated-line]');
    expect(r.stderr).toContain('et.csv:10: departement: warning [finess-no-region]');
    expect(r.stderr).toContain('et.csv:17: departement: warning [finess-unknown-department]');
    expect(r.stderr).toContain('17 rows read = 12 kept + 2 not sanitary + 1 geolocation + 2 invalid');
    expect(r.stderr).toContain('regions and ARS as of 2026-05-12');
  });

  it('keeps every line with --all, reporting codes outside the lists', async () => {
    const r = await run(['import', 'finess', 'et.csv', '--all'], { files: { 'et.csv': EXTRACT } });
    expect(r.stderr).toContain('17 rows read = 14 kept + 0 not sanitary + 1 geolocation + 2 invalid');
    expect(r.stderr).toContain('et.csv:12: categetab: warning [finess-unknown-code]');
    expect(r.stderr).toContain('categetab=500 ×1, categagretab=4401 ×1, categetab=999 ×1');
    expect(r.stdout).toContain(`${withKey('01000006')},CH DE FLEYRIAT,site,public,,unknown,,01,,500`);
  });

  it('reads a Windows-1252 extract (detected), accents intact', async () => {
    const bytes = iconv.encode(EXTRACT, 'windows-1252');
    expect(bytes.includes(0xe9)).toBe(true);
    const r = await run(['import', 'finess', 'et.csv', '--format', 'ndjson'], { files: { 'et.csv': bytes } });
    expect(r.stderr).toContain('et.csv (Windows-1252)');
    const first = JSON.parse(lines(r.stdout)[0]!);
    expect(first.register.status.provenance.note).toContain('1 public health establishment');
    expect(first.register.place.region.name).toBe('Auvergne-Rhône-Alpes');
    const utf8 = await run(['import', 'finess', 'et.csv', '--format', 'ndjson'], {
      files: { 'et.csv': EXTRACT },
    });
    expect(utf8.stdout).toBe(r.stdout);
  });

  it('writes JSON with the register details: rules, hints with provenance', async () => {
    const r = await run(['import', 'finess', 'et.csv', '--format', 'json'], { files: { 'et.csv': EXTRACT } });
    const all = JSON.parse(r.stdout);
    expect(all).toHaveLength(12);
    const had = all.find((e: { finess: string }) => e.finess === withKey('01000009'));
    expect(had).toMatchObject({ level: 'site', category: '127' });
    expect(had.status).toBeUndefined();
    expect(had.activities).toBeUndefined();
    expect(had.register.activityHints).toEqual([
      expect.objectContaining({
        activity: 'HAD',
        hint: true,
        rule: 'categetab=127',
        provenance: expect.objectContaining({ status: 'reported' }),
      }),
    ]);
    expect(had.register.status.rule).toBe('codesph=0, no EJ legal status');
  });

  it('reads the legal status from the EJ file (--ej)', async () => {
    const ej = [
      'finess;etalab;111;2026-05-12',
      `structureej;010780054;SARL EXEMPLE;;;1;RUE;DE LA PAIX;;;;451;01440 VIRIAT;01;AIN;0474000000;72;Société A Responsabilité Limitée (S.A.R.L.);;;;;2000-01-01`,
      'structureej;010780099;BAD',
    ].join('\n');
    const r = await run(['import', 'finess', 'et.csv', '--ej', 'ej.csv', '--format', 'json'], {
      files: { 'et.csv': EXTRACT, 'ej.csv': ej },
    });
    const had = JSON.parse(r.stdout).find((e: { finess: string }) => e.finess === withKey('01000009'));
    expect(had.status).toBe('private-for-profit');
    expect(had.register.status.rule).toBe('codesph=0+statutjuridique=72');
    expect(r.stderr).toContain('ej.csv: 2 EJ rows read, 1 legal entity, 1 invalid');
    expect(r.stderr).toContain('warning [finess-status-conflict]');
    expect(r.stderr).toContain('warning [finess-unknown-ej]');
  });

  it('reports a legal entity listed twice in the EJ file, and the counts add up', async () => {
    const line = `structureej;010780054;SARL EXEMPLE;;;1;RUE;DE LA PAIX;;;;451;01440 VIRIAT;01;AIN;0474000000;72;Société A Responsabilité Limitée (S.A.R.L.);;;;;2000-01-01`;
    const ej = ['finess;etalab;111;2026-05-12', line, line].join('\n');
    const r = await run(['import', 'finess', 'et.csv', '--ej', 'ej.csv'], {
      files: { 'et.csv': EXTRACT, 'ej.csv': ej },
    });
    expect(r.stderr).toContain('ej.csv: 2 EJ rows read, 1 legal entity, 1 invalid');
    expect(r.stderr).toMatch(/ej\.csv:3: .*\[finess-duplicate\]/);
  });

  it('uses --as-of for regions and ARS (Mayotte in ARS Océan Indien in 2019)', async () => {
    const r = await run(['import', 'finess', 'et.csv', '--as-of', '2019-12-31', '--format', 'ndjson'], {
      files: { 'et.csv': EXTRACT },
    });
    const mayotte = lines(r.stdout)
      .map((l) => JSON.parse(l))
      .find((e) => e.finess === '980500003');
    expect(mayotte.register.place.ars.code).toBe('ars-ocean-indien');
    expect(r.stderr).toContain('regions and ARS as of 2019-12-31');
    expect(
      (await run(['import', 'finess', 'et.csv', '--as-of', '2021-02-30'], { files: { 'et.csv': EXTRACT } }))
        .code,
    ).toBe(2);
  });

  it('refuses to place establishments without a date: no header line and no --as-of', async () => {
    const r = await run(['import', 'finess', 'et.csv'], { files: { 'et.csv': REAL_FLEYRIAT } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[finess-bad-header]');
    expect(r.stderr).toContain('reading stopped');
    const dated = await run(['import', 'finess', 'et.csv', '--as-of', '2026-01-01'], {
      files: { 'et.csv': REAL_FLEYRIAT },
    });
    expect(dated.stderr).toContain('1 row read = 1 kept');
  });

  it('reports usage errors, unreadable files and a missing subcommand', async () => {
    expect((await run(['import'])).code).toBe(2);
    expect((await run(['import', 'finess'])).code).toBe(2);
    expect((await run(['import', 'finess', 'x.csv', '--format', 'xml'])).code).toBe(2);
    expect((await run(['import', 'finess', 'missing.csv'])).code).toBe(4);
    expect((await run(['import', 'ght', 'g.csv', '--support', 'NA-04'])).code).toBe(2);
  });
});

describe('import finess → evaluate --establishments, end to end', () => {
  it('evaluate reads the import output directly (CSV and JSON)', async () => {
    const data = exampleData();
    const sites = data.establishments.map((e, i) =>
      etLine({ nofinesset: e.finess, rs: `REGISTRE ${i}`, departement: '63', libdepartement: 'PUY DE DOME' }),
    );
    const extract = [REAL_HEADER, ...sites].join('\n');
    for (const format of ['csv', 'json'] as const) {
      const imported = await run(['import', 'finess', 'et.csv', '--format', format, '--out', `e.${format}`], {
        files: { 'et.csv': extract },
      });
      expect(imported.code).toBe(0);
      const establishments = imported.files.get(`e.${format}`)!;
      const evaluated = await run(
        [
          'evaluate',
          'd.csv',
          '--programme',
          'p.json',
          '--establishments',
          `e.${format}`,
          '--as-of',
          '2022-01-31',
          '--format',
          'json',
        ],
        {
          files: {
            'd.csv': declarationsToCsv(data.declarations),
            'p.json': programmeToJson(data.programme),
            [`e.${format}`]: establishments,
          },
        },
      );
      expect(evaluated.stderr).toContain(`e.${format}: ${data.establishments.length}`);
      expect(evaluated.stderr).not.toMatch(/\berror\b.*e\.(csv|json)/);
      expect(evaluated.stderr).not.toContain('unknown-column');
      expect(evaluated.stdout).toContain('REGISTRE 0');
      expect(evaluated.code).toBe(0);
    }
  });
});

describe('importFinessExtract streaming', () => {
  it('joins a quoted field across a line break, reports an unterminated quote', async () => {
    const text = [
      REAL_HEADER,
      etLine({ complrs: 'BATIMENT A\nAILE NORD' }),
      REAL_CAYENNE,
      'structureet;"010000024',
    ].join('\n');
    const got: ImportedEstablishment[] = [];
    const problems: InputProblem[] = [];
    const s = await importFinessExtract(chunks(new TextEncoder().encode(text), 7), 'x.csv', {
      onEstablishment: (e) => got.push(e),
      onProblem: (p) => problems.push(p),
    });
    expect(got.map((e) => e.line)).toEqual([2, 4]);
    expect(s).toMatchObject({ read: 3, kept: 2, invalid: 1 });
    expect(problems[0]).toMatchObject({ location: { line: 5 }, issue: { code: 'csv-unterminated-quote' } });
  });

  it('reports a record split by a lone carriage return instead of keeping its first part', async () => {
    const split = etLine({ rs: '"CH\rXX"' }).replace('"CH\rXX"', 'CH\r"XX"');
    const text = [REAL_HEADER, split, REAL_CAYENNE].join('\n');
    const problems: InputProblem[] = [];
    const s = await importFinessExtract(chunks(new TextEncoder().encode(text), 11), 'x.csv', {
      onEstablishment: () => {},
      onProblem: (p) => problems.push(p),
    });
    expect(s).toMatchObject({ read: 2, kept: 1, invalid: 1 });
    expect(problems.map((p) => [p.issue.code, p.location.line])).toContainEqual(['finess-split-record', 2]);
  });

  it('bounds a record left open by a stray quote, and reads the lines after it', async () => {
    const filler = Array.from({ length: 40 }, () => `structureet;${'x'.repeat(30_000)}`);
    const text = [REAL_HEADER, 'structureet;"010000024', ...filler, REAL_CAYENNE].join('\n');
    const problems: InputProblem[] = [];
    const got: ImportedEstablishment[] = [];
    const s = await importFinessExtract(chunks(new TextEncoder().encode(text), 65_536), 'x.csv', {
      onEstablishment: (e) => got.push(e),
      onProblem: (p) => problems.push(p),
    });
    expect(got.map((e) => e.line)).toEqual([43]);
    expect(s.invalid).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ location: { line: 2 }, issue: { code: 'record-too-long' } });
  });

  it('hands the geolocalisation lines to onLocation, the source field whole', async () => {
    const locations: FinessLocation[] = [];
    await importFinessExtract(
      chunks(new TextEncoder().encode([REAL_HEADER, REAL_FLEYRIAT, GEO].join('\n')), 5),
      'x',
      {
        onEstablishment: () => {},
        onProblem: () => {},
        onLocation: (l) => locations.push(l),
      },
    );
    expect(locations).toEqual([
      {
        finess: '010000024',
        x: '870215.7',
        y: '6571590.4',
        source: '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93',
        updated: '2024-03-01',
      },
    ]);
  });

  const kinds = ['sanitary', 'ehpad', 'badkey', 'truncated', 'geo', 'other'] as const;
  const lineOf = (kind: (typeof kinds)[number], i: number): string => {
    const f = withKey(`01${String(i).padStart(6, '0')}`);
    switch (kind) {
      case 'sanitary':
        return etLine({ nofinesset: f, rs: `ET "${i}"; n°${i}` });
      case 'ehpad':
        return etLine({ nofinesset: f, categetab: '500' });
      case 'badkey':
        return etLine({ nofinesset: badKey(`01${String(i).padStart(6, '0')}`) });
      case 'truncated':
        return `structureet;${f};010780054`;
      case 'geo':
        return `geolocalisation;${f};1.5;2;"a,b";2024-01-01`;
      case 'other':
        return `autre;${i}`;
    }
  };

  test.prop([
    fc.array(fc.constantFrom(...kinds), { maxLength: 60 }),
    fc.integer({ min: 1, max: 400 }),
    fc.boolean(),
  ])(
    'every kept line becomes exactly one establishment; read = kept + filtered + invalid',
    async (mix, size, windows) => {
      const text = [REAL_HEADER, ...mix.map((k, i) => lineOf(k, i + 1))].join('\r\n');
      const bytes = windows ? iconv.encode(text, 'windows-1252') : new TextEncoder().encode(text);
      const got: ImportedEstablishment[] = [];
      const s = await importFinessExtract(chunks(bytes, size), 'p.csv', {
        onEstablishment: (e) => got.push(e),
        onProblem: () => {},
      });
      const count = (k: (typeof kinds)[number]) => mix.filter((m) => m === k).length;
      expect(s.read).toBe(mix.length);
      expect(s.read).toBe(s.kept + s.filteredOut['not-sanitary'] + s.filteredOut.geolocation + s.invalid);
      expect(s.kept).toBe(count('sanitary'));
      expect(got).toHaveLength(s.kept);
      expect(got.map((e) => e.line)).toEqual(mix.flatMap((k, i) => (k === 'sanitary' ? [i + 2] : [])));
      expect(got.map((e) => e.establishment.name)).toEqual(
        mix.flatMap((k, i) => (k === 'sanitary' ? [`ET "${i + 1}"; n°${i + 1}`] : [])),
      );
      expect(new Set(got.map((e) => e.establishment.finess)).size).toBe(got.length);
      expect(s.filteredOut['not-sanitary']).toBe(count('ehpad'));
      expect(s.filteredOut.geolocation).toBe(count('geo'));
      expect(s.invalid).toBe(count('badkey') + count('truncated') + count('other'));
    },
  );
});

describe('palier import ght', () => {
  const LIST = [
    'REGION;DENOMINATION GHT;CODE GHT;FINESS;CATEGORIE;DENOMINATION ETABLISSEMENT;COMMUNE;CODE POSTAL',
    'NOUVELLE-AQUITAINE;GHT du Limousin;NA-04;870000015;CHR;CHU de Limoges;LIMOGES;87042',
    'NOUVELLE-AQUITAINE;GHT du Limousin;NA-04;750712184;CH;AP-HP (exemple hors région);PARIS;75004',
    'CORSE;GHT de Haute-Corse;COR-01;2B0000020;CH;CH de Bastia;BASTIA;20600',
    'CORSE;GHT de Haute-Corse;COR-01;870000015;CHR;CHU de Limoges;LIMOGES;87042',
    'CORSE;GHT de Haute-Corse;COR-01;2B0000021;CH;Clé fausse;BASTIA;20600',
  ].join('\r\n');

  it('builds GHT definitions, checks reported per line, support from --support or unknown', async () => {
    const r = await run(['import', 'ght', 'g.csv', '--support', 'NA-04=870000015'], {
      files: { 'g.csv': iconv.encode(LIST, 'windows-1252') },
    });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'NA-04',
        name: 'GHT du Limousin',
        region: '75',
        regionName: 'NOUVELLE-AQUITAINE',
        parties: ['870000015', '750712184'],
        support: '870000015',
        supportSource: 'option',
      },
      {
        code: 'COR-01',
        name: 'GHT de Haute-Corse',
        region: '94',
        regionName: 'CORSE',
        parties: ['2B0000020'],
        supportSource: 'unknown',
      },
    ]);
    expect(r.stderr).toContain('g.csv:3: finess: warning [ght-list-member-outside-region]');
    expect(r.stderr).toContain('g.csv:5: finess: error [ght-list-member-twice]');
    expect(r.stderr).toContain('g.csv:6: finess: error [finess-invalid-number]');
    expect(r.stderr).toContain('g.csv:4: support: warning [ght-list-support-unknown]');
    expect(r.stderr).toContain(
      '5 rows read = 3 members + 2 invalid; 2 GHTs, 1 without a known support establishment',
    );
  });

  it('reads a support column when present', async () => {
    const list =
      'REGION,DENOMINATION GHT,CODE GHT,FINESS,SUPPORT\nCORSE,GHT de Haute-Corse,COR-01,2B0000020,oui\n';
    const r = await run(['import', 'ght', 'g.csv'], { files: { 'g.csv': list } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ support: '2B0000020', supportSource: 'column' });
  });

  it('refuses a list without its required columns', async () => {
    const r = await run(['import', 'ght', 'g.csv'], {
      files: { 'g.csv': 'REGION;FINESS\nCORSE;2B0000020\n' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('missing-column');
  });
});

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('the establishments CSV reads "unknown"', () => {
  it('leaves status and activities unset, still rejecting other words', async () => {
    const csv =
      'finess,name,status,activities\n750712184,AP-HP,unknown,inconnues\n330781196,CHU,unknwn,MCO\n';
    const r = await run(['validate', 'e.csv', '--kind', 'establishments'], { files: { 'e.csv': csv } });
    expect(r.stderr).toContain('2 rows read, 1 valid, 1 invalid');
    expect(r.stderr).toContain('e.csv:3:');
  });
});

describe('codes outside the lists, on many lines', () => {
  it('are reported on their first line and counted', async () => {
    const extract = [
      REAL_HEADER,
      ...[1, 2, 3].map((i) => etLine({ nofinesset: withKey(`0100010${i}`), categetab: '500' })),
    ].join('\n');
    const r = await run(['import', 'finess', 'et.csv', '--all'], { files: { 'et.csv': extract } });
    expect(r.stderr.match(/finess-unknown-code/g)).toHaveLength(1);
    expect(r.stderr).toContain('et.csv:2: categetab: warning [finess-unknown-code]');
    expect(r.stderr).toContain('categetab=500 ×3');
    expect(r.stderr).toContain('3 rows read = 3 kept');
  });
});

describe('--out is never an input', () => {
  it('refuses to overwrite the extract or the EJ file', async () => {
    const files = { 'et.csv': EXTRACT, 'ej.csv': 'structureej;010780054' };
    expect((await run(['import', 'finess', 'et.csv', '--out', './et.csv'], { files })).code).toBe(2);
    const ej = await run(['import', 'finess', 'et.csv', '--ej', 'ej.csv', '--out', 'ej.csv'], { files });
    expect(ej.code).toBe(2);
    expect(ej.files.size).toBe(0);
  });
});
