import { describe, expect, it } from 'vitest';
import { fitTable, terminalWidth, visibleWidth } from '../../src/node/report/style.js';
import { run } from './fake-io.js';

async function exampleFiles(): Promise<Record<string, string>> {
  return Object.fromEntries((await run(['demo', '--export', 'ex'])).files);
}
const EX = [
  'ex/declarations.csv',
  '--establishments',
  'ex/establishments.csv',
  '--programme',
  'ex/programme.json',
];
const AS_OF = ['--as-of', '2022-01-31'];

/** The lines of every table of a text report: from a header line (above its rule) to the next blank line. */
function tableLines(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('─')) return;
    out.push(lines[i - 1] ?? '');
    for (let j = i; j < lines.length && lines[j] !== '' && !lines[j]!.startsWith('Légende'); j++)
      out.push(lines[j]!);
  });
  return out;
}

describe('the terminal width rule', () => {
  const headers = ['FINESS', 'Nom', 'A', 'B', 'C'];
  const rows = [
    ['750712184', 'Assistance publique – Hôpitaux de Paris', 'aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'],
    ['2A0000014', 'CH d’Ajaccio', '1', '2', '3'],
  ];

  it('lays a table out as it is when it fits', () => {
    expect(fitTable(headers, rows, [], 200)).toEqual(fitTable(headers, rows));
    expect(fitTable(headers, rows, [], 200)[2]).toContain('Assistance publique – Hôpitaux de Paris');
  });

  it('cuts the name column first, with …', () => {
    const lines = fitTable(headers, rows, [], 60, { shrink: 1 });
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(60);
    expect(lines[2]).toContain('…');
    expect(lines.join('\n')).toContain('cccccccccc');
  });

  it('wraps the other columns into blocks repeating the first one, losing no cell, at any width', () => {
    for (const width of [20, 30, 41, 50, 80]) {
      const lines = fitTable(headers, rows, [], width, { shrink: 1, minShrink: 8 });
      for (const l of lines)
        expect(visibleWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(Math.max(width, 9 + 2 + 10));
      const text = lines.join('\n');
      for (const cell of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', '2A0000014', 'CH d’Aj'])
        expect(text).toContain(cell);
      expect(lines.filter((l) => l.startsWith('750712184')).length).toBeGreaterThanOrEqual(
        width < 41 ? 2 : 1,
      );
    }
  });

  it('takes COLUMNS, else the terminal’s width, else no limit', () => {
    expect(terminalWidth({ COLUMNS: '80' }, { isTTY: true, columns: 200 })).toBe(80);
    expect(terminalWidth({ COLUMNS: 'wide' }, { isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ COLUMNS: '5' }, { isTTY: false })).toBe(Number.POSITIVE_INFINITY);
    expect(terminalWidth({}, { isTTY: false, columns: 100 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('palier evaluate fits every table to COLUMNS=80, and to a 60-column terminal', async () => {
    const files = await exampleFiles();
    for (const [env, width] of [
      [{ COLUMNS: '80' }, 80],
      [{ COLUMNS: '60' }, 60],
    ] as const) {
      const r = await run(['evaluate', ...EX, ...AS_OF, '--lang', 'fr'], { files, env });
      expect(r.code).toBe(0);
      const tables = tableLines(r.stdout);
      expect(tables.length).toBeGreaterThan(60);
      for (const l of tables) expect(visibleWidth(l), l).toBeLessThanOrEqual(width);
      expect(r.stdout).toContain('…');
    }
    const wide = await run(['evaluate', ...EX, ...AS_OF], { files });
    expect(Math.max(...tableLines(wide.stdout).map(visibleWidth))).toBeGreaterThan(80);
  });
});

describe('palier evaluate --group-by', () => {
  it('prints the aggregate table by region, fitted to the terminal, the national row last', async () => {
    const files = await exampleFiles();
    const r = await run(['evaluate', ...EX, ...AS_OF, '--group-by', 'region', '--lang', 'fr'], {
      files,
      env: { COLUMNS: '70' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Atteinte par région — 9 établissements, au 31 janvier 2022');
    expect(r.stdout).toMatch(/^84 +Auvergne-Rh/m);
    expect(r.stdout).toMatch(/^National +9 +0 +2/m);
    for (const l of tableLines(r.stdout)) expect(visibleWidth(l), l).toBeLessThanOrEqual(70);
    expect(r.stdout).toContain('22,2 %');
  });

  it('writes the same figures as csv (one row per group and level), json and md', async () => {
    const files = await exampleFiles();
    const args = ['evaluate', ...EX, ...AS_OF, '--group-by', 'status'];
    const csv = (await run([...args, '--format', 'csv'], { files })).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'dimension,key,name,level,evaluated,without_evaluation,reached,not_reached,unknown,percent_of_evaluated,percent_of_known',
    );
    const palier = csv.filter((l) => l.includes(',palier,'));
    expect(palier).toContain('status,public,,palier,5,0,0,4,1,0,0');
    expect(palier.at(-1)).toMatch(/^status,national,,palier,9,0,2,6,1,22\.2/);
    const json = JSON.parse((await run([...args, '--format', 'json'], { files })).stdout);
    expect(json.dimension).toBe('status');
    const sum = json.rows.reduce((n: number, row: { evaluated: number }) => n + row.evaluated, 0);
    expect(sum).toBe(json.national.evaluated);
    const md = (await run([...args, '--format', 'md', '--lang', 'fr'], { files })).stdout;
    expect(md).toContain('| privé non lucratif | 2 | 0 | 1 | 1 | 0 |');
    const fr = (await run([...args, '--format', 'csv', '--csv-dialect', 'fr'], { files })).stdout;
    expect(fr.startsWith('\uFEFFdimension;key;')).toBe(true);
    expect(fr).toMatch(/status;national;;palier;9;0;2;6;1;22,2/);
  });

  it('groups by activity (overlapping rows, said so), GHT, category, department and ARS', async () => {
    const files = await exampleFiles();
    for (const dim of ['activity', 'ght', 'category', 'department', 'ars']) {
      const r = await run(['evaluate', ...EX, ...AS_OF, '--group-by', dim, '--format', 'json'], { files });
      expect(r.code, dim).toBe(0);
      expect(JSON.parse(r.stdout).rows.length, dim).toBeGreaterThan(0);
    }
    const activity = await run(['evaluate', ...EX, ...AS_OF, '--group-by', 'activity'], { files });
    expect(activity.stdout).toContain('the rows do not add up');
  });

  it('refuses an unknown dimension, and html (the report has its own overview)', async () => {
    const files = await exampleFiles();
    const bad = await run(['evaluate', ...EX, '--group-by', 'planet'], { files });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--group-by expects region, ars, department, status, category, activity, ght',
    );
    expect((await run(['evaluate', ...EX, '--group-by', 'region', '--format', 'html'], { files })).code).toBe(
      2,
    );
  });
});

describe('the GHT section of palier evaluate', () => {
  it('shows each GHT’s reach and who blocks when the establishments carry GHT membership', async () => {
    const files = await exampleFiles();
    const r = await run(['evaluate', ...EX, ...AS_OF, '--lang', 'fr'], { files });
    expect(r.stdout).toContain('GHT : atteinte du palier et bloquants, au 31 janvier 2022');
    expect(r.stdout).toMatch(/^EX-01 +9 +9 +2 +6 +1 +non atteint$/m);
    expect(r.stdout).toContain('  630990083 Clinique du Parc Fictif (exemple) — non atteint : D2, D6, D7');
    const md = await run(['evaluate', ...EX, ...AS_OF, '--format', 'md'], { files });
    expect(md.stdout).toContain('## GHT: palier reach and blockers, as of 31 January 2022');
    const json = JSON.parse((await run(['evaluate', ...EX, ...AS_OF, '--format', 'json'], { files })).stdout);
    expect(json.ghts[0]).toMatchObject({
      code: 'EX-01',
      members: 9,
      evaluated: 9,
      reached: 2,
      status: 'not-reached',
    });
  });

  it('has no GHT section when no establishment carries a GHT', async () => {
    const files = await exampleFiles();
    const r = await run(['evaluate', 'ex/declarations.csv', '--programme', 'ex/programme.json', ...AS_OF], {
      files,
    });
    expect(r.stdout).not.toContain('GHT: palier reach');
  });
});

describe('CSV dialects and --out format inference', () => {
  it('--csv-dialect fr: byte-order mark, semicolons, decimal comma, CRLF; excel: byte-order mark and commas', async () => {
    const files = await exampleFiles();
    const fr = (await run(['evaluate', ...EX, ...AS_OF, '--format', 'csv', '--csv-dialect', 'fr'], { files }))
      .stdout;
    expect(fr.startsWith('\uFEFFfiness;name;period_start;')).toBe(true);
    expect(fr).toContain(';85,41666666666667;at-least;98;true;target;604;units;');
    expect(fr.split('\r\n').length).toBeGreaterThan(300);
    expect(fr.replace(/\r\n/g, '')).not.toContain('\n');
    const excel = (
      await run(['evaluate', ...EX, ...AS_OF, '--format', 'csv', '--csv-dialect', 'excel'], { files })
    ).stdout;
    expect(excel.startsWith('\uFEFFfiness,name,')).toBe(true);
    expect(excel).toContain(',85.41666666666667,');
    const rfc = (await run(['evaluate', ...EX, ...AS_OF, '--format', 'csv'], { files })).stdout;
    expect(rfc.startsWith('finess,name,')).toBe(true);
    const demo = (await run(['demo', '--format', 'csv', '--csv-dialect', 'fr'])).stdout;
    expect(demo.startsWith('\uFEFFfiness;')).toBe(true);
    expect((await run(['demo', '--format', 'csv', '--csv-dialect', 'de'])).code).toBe(2);
  });

  it('--out without --format writes the format its extension names', async () => {
    for (const [out, start] of [
      ['r.html', '<!doctype html>'],
      ['r.md', '# Evaluation'],
      ['r.csv', 'finess,name,'],
      ['r.json', '{'],
      ['r.txt', 'Evaluation — '],
    ] as const) {
      const r = await run(['demo', '--out', out]);
      expect(r.code, out).toBe(0);
      expect(r.files.get(out)?.startsWith(start), out).toBe(true);
    }
    const list = await run(['requirements', '--out', 'req.csv']);
    expect(list.files.get('req.csv')?.startsWith('requirement,indicator,')).toBe(true);
  });

  it('refuses an --out whose extension names no format the command writes, in both languages', async () => {
    const en = await run(['demo', '--out', 'r.pdf']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown format for --out r.pdf');
    expect(en.files.size).toBe(0);
    const fr = await run(['catalogue', '--out', 'c.csv', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('Format de --out c.csv inconnu');
    expect((await run(['demo', '--out', 'r.pdf', '--format', 'md'])).code).toBe(0);
  });
});
