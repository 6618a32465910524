import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateEstablishment, hopen, hopen2, hopitalNumerique } from '../../src/index.js';
import { readReferential, referentialToCsv } from '../../src/node/io/referential-csv.js';
import { csvCell } from '../../src/node/report/csv-out.js';
import {
  applyReferential,
  REFERENTIAL_COLUMNS,
  type ReferentialRow,
  referentialTemplate,
} from '../../src/programme/referential.js';
import { run } from '../node/fake-io.js';

/** Serialises rows the way the template is written (the test fills cells, as a user would in a spreadsheet). */
function toCsv(rows: readonly ReferentialRow[]): string {
  const lines = [REFERENTIAL_COLUMNS.join(',')];
  for (const row of rows) lines.push(REFERENTIAL_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The HOP'EN template with synthetic guide values (test data, not regulatory values). */
function filledHopen(): string {
  const rows = referentialTemplate(hopen).map((row) =>
    row.code === 'D3.5' ? { ...row, guide_indicators: '2', source: 'guide p. 40 (synthetic)' } : row,
  );
  rows.push({
    requirement: 'D3',
    code: 'D3.1',
    label_fr: 'Indicateur synthétique pour les tests',
    kind: 'rate',
    comparator: '≥',
    value: '50',
    source: 'guide p. 38 (synthetic)',
  });
  return toCsv(rows);
}

const EJ = { finess: '750712184', activities: ['MCO' as const] };
const declaration = (d31: number, d35: number) => ({
  finess: EJ.finess,
  level: 'legal-entity' as const,
  programme: { id: 'hopen', version: hopen.version },
  period: { start: '2020-01-01', end: '2020-12-31' },
  values: {
    'D3.1': { kind: 'rate' as const, numerator: d31, denominator: 100 },
    'D3.5': { kind: 'rate' as const, numerator: d35, denominator: 100 },
  },
});

describe('referential template', () => {
  it('has one row per known indicator, schedule step and incomplete indicator, with the known values and sources', () => {
    const rows = referentialTemplate(hopen);
    const d22 = rows.find((r) => r.code === 'D2.2')!;
    expect(d22).toMatchObject({
      requirement: 'D2',
      requirement_kind: 'domain',
      kind: 'rate',
      level: 'legal-entity',
      applies_to: 'MCO SSR PSY HAD DIALYSIS',
      role: 'target',
      comparator: '',
      value: '',
      known_threshold: '≥ 98 %',
      known_status: 'confirmed',
    });
    expect(d22.known_source).toContain('https://ressources.anap.fr/');
    expect(d22.label_fr).toBe(hopen.domains[1].indicators[0]!.label.fr);
    expect(rows.find((r) => r.key === 'hopen-p1-ins')).toMatchObject({
      code: '',
      role: 'eligibility',
      known_status: 'unknown',
    });
    const evaluable = [...hopen.prerequisites, ...hopen.domains].flatMap((r) => r.indicators).length;
    const incomplete = [...hopen.prerequisites, ...hopen.domains].flatMap(
      (r) => r.incompleteIndicators ?? [],
    ).length;
    expect(rows.length).toBe(evaluable + incomplete);
    // hopen2: a row for the base and one per programme year
    expect(
      referentialTemplate(hopen2)
        .filter((r) => r.code === '2.1')
        .map((r) => [r.period, r.known_threshold]),
    ).toEqual([
      ['', ''],
      ['2027', '≥ 75 %'],
      ['2028', '≥ 90 %'],
    ]);
    expect(referentialTemplate(hopitalNumerique).length).toBeGreaterThan(0);
  });

  it('turns the bundled HOPEN unknown verdicts into reached / not reached, citing the file and line', () => {
    const before = evaluateEstablishment(compileProgramme(hopen), EJ, declaration(60, 90), {
      asOf: '2021-06-30',
    });
    expect(before.domains.find((d) => d.code === 'D3')).toMatchObject({ status: 'unknown' });

    const read = readReferential(filledHopen(), 'my-guide.csv');
    expect(read.problems).toEqual([]);
    const applied = applyReferential(hopen, read.rows, { file: 'my-guide.csv' });
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    const guide = compileProgramme(applied.value);
    const lastLine = read.rows.at(-1)!.line;
    const d35Line = read.rows.find((r) => r.code === 'D3.5')!.line;

    const reached = evaluateEstablishment(guide, EJ, declaration(60, 90), { asOf: '2021-06-30' });
    const d3 = reached.domains.find((d) => d.code === 'D3')!;
    expect(d3).toMatchObject({ status: 'reached', reason: 'all-indicators-met' });
    expect(d3.indicators.find((i) => i.code === 'D3.1')!.provenance).toEqual({
      source: `my-guide.csv:${lastLine}`,
      status: 'override',
      note: 'guide p. 38 (synthetic)',
    });
    expect(applied.value.domains[2]!.indicatorCount?.provenance.source).toBe(`my-guide.csv:${d35Line}`);

    const missed = evaluateEstablishment(guide, EJ, declaration(49, 90), { asOf: '2021-06-30' });
    expect(missed.domains.find((d) => d.code === 'D3')).toMatchObject({
      status: 'not-reached',
      blockers: ['D3.1'],
    });
  });

  it('round-trips: template → fill → load → template again shows the values with their source', () => {
    const read = readReferential(filledHopen(), 'my-guide.csv');
    const applied = applyReferential(hopen, read.rows, { file: 'my-guide.csv' });
    if (!applied.ok) throw new Error('refused');
    const again = readReferential(referentialToCsv(applied.value), 'again.csv');
    const d31 = again.rows.find((r) => r.code === 'D3.1')!;
    expect(d31).toMatchObject({
      requirement: 'D3',
      kind: 'rate',
      label_fr: 'Indicateur synthétique pour les tests',
      guide_indicators: '2',
      known_threshold: '≥ 50 %',
      known_status: 'override',
      known_source: `my-guide.csv:${read.rows.at(-1)!.line} (guide p. 38 (synthetic))`,
    });
    // the template of the completed programme applies to it without changing anything
    const twice = applyReferential(applied.value, again.rows, { file: 'again.csv' });
    expect(twice.ok && twice.value.overrides.length).toBe(applied.value.overrides.length);
  });

  it('a filled year of a schedule adds a step (an ARS roadmap)', () => {
    const rows: ReferentialRow[] = [
      { line: 2, code: 'D2.2', comparator: '≥', value: '99', from: '2021-01-01', period: '2021 (ARS)' },
    ];
    const r = applyReferential(hopen, rows, { file: 'ars.csv' });
    if (!r.ok) throw new Error('refused');
    expect(r.value.domains[1]!.indicators[0]!.schedule).toEqual([
      {
        from: '2021-01-01',
        name: '2021 (ARS)',
        target: {
          comparator: 'at-least',
          value: 99,
          inclusive: true,
          provenance: { source: 'ars.csv:2', status: 'override' },
        },
        provenance: { source: 'ars.csv:2', status: 'override' },
      },
    ]);
  });

  it('reads yes/no answers and decimal commas exactly', () => {
    const r = applyReferential(
      hopen,
      [
        { line: 2, code: 'P2.1', value: 'non' },
        { line: 3, code: 'D2.5', comparator: '>', value: '74,99 %' },
      ],
      { file: 'g.csv' },
    );
    if (!r.ok) throw new Error('refused');
    expect(r.value.prerequisites[1]!.indicators[0]!.eligibility).toMatchObject({
      comparator: 'equal',
      value: false,
    });
    expect(r.value.domains[1]!.indicators[1]!.target).toMatchObject({
      comparator: 'at-least',
      value: 74.99,
      inclusive: false,
    });
  });

  it('reports every problem with its line and column, and applies nothing', () => {
    const rows: ReferentialRow[] = [
      { line: 2, code: 'D2.2', comparator: '≥', value: 'beaucoup' },
      { line: 3, code: 'D2.5', comparator: '≈', value: '80' },
      { line: 4, code: 'D2.2', comparator: '≥', value: '101', from: '2022-01-01' },
      { line: 5, code: 'X9.9', requirement: 'D9', kind: 'rate', comparator: '≥', value: '10' },
      { line: 6, code: 'D3.9', requirement: 'D3', comparator: '≥', value: '10', label_fr: 'x' },
      { line: 7, code: 'D3.8', requirement: 'D3', kind: 'rate', comparator: '≥', value: '10' },
      { line: 8, code: 'P2.1', value: 'peut-être' },
      { line: 9, code: 'D3.5', comparator: '≥', value: '10', from: '2021-02-30' },
      { line: 10, code: 'D3.5', requirement: 'D3', guide_indicators: 'deux' },
      { line: 11, code: 'D3.5', comparator: '≥', value: '12345678901234567' },
    ];
    const r = applyReferential(hopen, rows, { file: 'bad.csv' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.path.join(':'), i.code])).toEqual([
      ['2:value', 'referential-invalid-cell'],
      ['3:comparator', 'referential-invalid-cell'],
      ['4:value', 'referential-invalid-cell'],
      ['5:requirement', 'referential-unknown-requirement'],
      ['6:kind', 'referential-new-indicator-incomplete'],
      ['7:label_fr', 'referential-new-indicator-incomplete'],
      ['8:value', 'referential-invalid-cell'],
      ['9:from', 'referential-invalid-cell'],
      ['10:guide_indicators', 'referential-invalid-cell'],
      ['11:value', 'referential-invalid-cell'],
    ]);
    expect(r.issues[0]!.message.en).toBe(
      'Invalid value in column value: "beaucoup" (expected a number (97,5 or 97.5)).',
    );
  });

  it('refuses two rows for the same indicator and period', () => {
    const r = applyReferential(
      hopen,
      [
        { line: 2, code: 'D2.2', comparator: '≥', value: '90' },
        { line: 3, code: 'D2.2', comparator: '≥', value: '91' },
      ],
      { file: 'g.csv' },
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join(':')])).toEqual([
      ['referential-duplicate-row', '3:code'],
    ]);
  });

  it('an empty referential or one without values changes nothing', () => {
    const template = readReferential(referentialToCsv(hopen), 't.csv');
    const r = applyReferential(hopen, template.rows, { file: 't.csv' });
    expect(r.ok && r.value.overrides).toEqual([]);
    expect(readReferential('', 'e.csv').problems.map((p) => p.issue.code)).toEqual(['empty-input']);
    expect(readReferential('code;label\r\nD2.2;x\r\n', 'h.csv').problems.map((p) => p.issue.code)).toContain(
      'missing-column',
    );
  });
});

describe('palier catalogue --template csv / evaluate --referential', () => {
  it('writes the template, and evaluates with the filled one', async () => {
    const template = await run(['catalogue', '--template', 'csv', '--out', 'guide.csv']);
    expect(template.code).toBe(0);
    expect(template.files.get('guide.csv')).toBe(referentialToCsv(hopen));
    const decl = [
      'finess,level,programme,version,period_start,period_end,indicator,value,numerator,denominator,na_reason',
      `${EJ.finess},legal-entity,hopen,${hopen.version},2020-01-01,2020-12-31,D3.1,,60,100,`,
      `${EJ.finess},legal-entity,hopen,${hopen.version},2020-01-01,2020-12-31,D3.5,,90,100,`,
    ].join('\n');
    const r = await run(
      ['evaluate', 'd.csv', '--referential', 'my-guide.csv', '--as-of', '2021-06-30', '--format', 'json'],
      {
        files: { 'd.csv': decl, 'my-guide.csv': filledHopen() },
      },
    );
    expect(r.stderr).toContain('2 values applied');
    const report = JSON.parse(r.stdout);
    const text = JSON.stringify(report);
    expect(text).toContain('my-guide.csv:');
    expect(r.code).toBe(0);
  });

  it('a bad referential is reported with file, line and column, exit 3', async () => {
    const bad = `${REFERENTIAL_COLUMNS.join(',')}\r\nD2,domain,D2.2,,,,,,,,,≥,nope,,,,,,,\r\n`;
    const r = await run(['catalogue', '--referential', 'bad.csv'], { files: { 'bad.csv': bad } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('bad.csv:2');
    expect(r.stderr).toContain('referential-invalid-cell');
  });
});
