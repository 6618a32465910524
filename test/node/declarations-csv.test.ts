import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/node/io/problem.js';
import { readDeclarations } from '../../src/node/io/read-declarations.js';
import { hopen } from '../../src/programmes/index.js';

const HEADER = 'finess;level;period_start;period_end;indicator;value;numerator;denominator;na_reason';
const read = (text: string, file = 'd.csv') => readDeclarations(text, { file, programme: hopen });

describe('readDeclarations (long CSV)', () => {
  it('groups rows into one declaration per establishment and period, reading each kind', () => {
    const r = read(
      [
        HEADER,
        '750712184;EJ;2021-01-01;2021-03-31;P2.1;oui;;;',
        '750712184;EJ;01/01/2021;31/03/2021;D2.2;;4900;5000;',
        '750712184;EJ;2021-01-01;2021-03-31;D2.5;97,5;;;',
        '750712184;EJ;2021-01-01;2021-03-31;D3.5;;;;aucune prescription informatisée',
        '330781196;;2021-01-01;2021-03-31;P2.1;non;;;',
      ].join('\r\n'),
    );
    expect(r.problems.filter((p) => p.issue.severity !== 'warning')).toEqual([]);
    expect(r.summary).toEqual({ unit: 'rows', read: 5, valid: 5, invalid: 0 });
    expect(r.values).toHaveLength(2);
    const aphp = r.values.find((d) => d.finess === '750712184')!;
    expect(aphp.level).toBe('legal-entity');
    expect(aphp.programme).toEqual({ id: 'hopen', version: hopen.version });
    expect(aphp.values).toEqual({
      'P2.1': { kind: 'yes-no', value: true },
      'D2.2': { kind: 'rate', numerator: 4900, denominator: 5000 },
      'D2.5': { kind: 'rate', percent: 97.5 },
      'D3.5': { kind: 'not-applicable', reason: 'aucune prescription informatisée' },
    });
  });

  it('reports every bad cell at its line and column; bad values stay in their declaration, to show invalid', () => {
    const r = read(
      [
        HEADER,
        '750712148;EJ;2021-01-01;2021-03-31;P2.1;oui;;;',
        '750712184;EJ;2021-02-30;2021-03-31;P2.1;peut-être;;;',
        '750712184;EJ;2021-01-01;2021-03-31;D2.2;;5001;5000;',
        '750712184;EJ;2021-01-01;2021-03-31;D2.5;;;;',
        '750712184;EJ;2021-01-01;2021-03-31;D3.5;;10;;',
        '750712184;EJ;2021-01-01;2021-03-31;P2.3;oui;;;',
      ].join('\n'),
    );
    const found = r.problems.map((p) => [p.issue.code, p.location.line, p.location.column]);
    expect(found).toEqual([
      ['invalid-finess-key', 2, 1],
      ['invalid-date', 3, 14],
      ['invalid-yes-no', 3, 41],
      ['numerator-exceeds-denominator', 4, 42],
      ['missing-value', 5, 41],
      ['malformed-value', 6, 45],
    ]);
    expect(r.summary).toEqual({ unit: 'rows', read: 6, valid: 1, invalid: 5 });
    expect(r.values).toHaveLength(1);
    expect(r.values[0]?.values['P2.3']).toEqual({ kind: 'yes-no', value: true });
    expect(Object.keys(r.values[0]!.values).sort()).toEqual(['D2.2', 'D2.5', 'D3.5', 'P2.3']);
    expect(formatProblem(r.problems[1]!, 'en')).toMatch(/^d\.csv:3:14: error \[invalid-date\]/);
    expect(formatProblem(r.problems[1]!, 'fr')).toMatch(/^d\.csv:3:14: erreur \[invalid-date\]/);
  });

  it('rejects indicator codes the programme does not know, including __proto__, without polluting prototypes', () => {
    const r = read(
      [
        HEADER,
        '750712184;EJ;2021-01-01;2021-03-31;__proto__;oui;;;',
        '750712184;EJ;2021-01-01;2021-03-31;Z9.9;1;;;',
      ].join('\n'),
    );
    expect(r.problems.map((p) => [p.issue.code, p.location.line])).toEqual([
      ['forbidden-key', 2],
      ['unknown-indicator', 3],
    ]);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
    expect(r.summary).toEqual({ unit: 'rows', read: 2, valid: 0, invalid: 2 });
    expect(r.values.flatMap((d) => Object.keys(d.values))).toEqual([]);
  });

  it('refuses a __proto__ row at its indicator cell even when another value of the declaration is wrong', () => {
    const r = read(
      [
        HEADER,
        '750712184;EJ;2021-01-01;2021-03-31;__proto__;1;;;',
        '750712184;EJ;2021-01-01;2021-03-31;D2.2;;;;',
      ].join('\n'),
    );
    expect(r.problems.map((p) => [p.issue.code, p.location.line, p.location.column])).toEqual([
      ['forbidden-key', 2, 36],
      ['missing-value', 3, expect.any(Number)],
    ]);
    expect(r.summary).toEqual({ unit: 'rows', read: 2, valid: 0, invalid: 2 });
  });

  it('reports a duplicate indicator on its second row and keeps the first', () => {
    const r = read(
      [
        HEADER,
        '750712184;EJ;2021-01-01;2021-03-31;P2.1;oui;;;',
        '750712184;EJ;2021-01-01;2021-03-31;P2.1;non;;;',
      ].join('\n'),
    );
    expect(r.problems).toEqual([
      expect.objectContaining({ location: { file: 'd.csv', line: 3, column: 36 } }),
    ]);
    expect(r.problems[0]?.issue.code).toBe('duplicate-indicator');
    expect(r.values[0]?.values['P2.1']).toEqual({ kind: 'yes-no', value: true });
  });

  it('reports missing required columns once and reads no row', () => {
    const r = read('finess,indicator,value\n750712184,P2.1,oui\n');
    expect(r.problems.map((p) => p.issue.code)).toEqual(['missing-column']);
    expect(r.problems[0]?.issue.expected).toBe('period_start, period_end');
    expect(r.summary).toEqual({ unit: 'rows', read: 1, valid: 0, invalid: 1 });
  });

  it('accepts French column names, a BOM and a comma delimiter', () => {
    const r = read(
      '\ufeffFINESS,Niveau,Période début,Période fin,Indicateur,Valeur\r\n750712184,EJ,2021-01-01,2021-03-31,P2.1,Oui\r\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.values[0]?.values['P2.1']).toEqual({ kind: 'yes-no', value: true });
  });

  it('reports an empty file', () => {
    const r = read('');
    expect(r.problems.map((p) => p.issue.code)).toEqual(['empty-input']);
    expect(r.summary.read).toBe(0);
  });

  it('refuses huge numbers and flags a programme mismatch per row', () => {
    const r = readDeclarations(
      'finess,programme,period_start,period_end,indicator,numerator,denominator\n' +
        `750712184,hopen,2021-01-01,2021-03-31,D2.2,${'9'.repeat(30)},${'9'.repeat(31)}\n` +
        '750712184,hopital-numerique,2021-01-01,2021-03-31,D2.5,1,2\n',
      { file: 'x.csv', programme: hopen },
    );
    expect(r.problems.map((p) => [p.issue.code, p.location.line])).toEqual([
      ['inexact-number', 2],
      ['inexact-number', 2],
      ['programme-mismatch', 3],
    ]);
  });

  it('locates an unterminated quote', () => {
    const r = read(`${HEADER}\n750712184;EJ;2021-01-01;2021-03-31;P2.1;"oui;;;\n`);
    expect(r.problems.find((p) => p.issue.code === 'csv-unterminated-quote')).toMatchObject({
      location: { line: 2, column: 41 },
    });
  });
});
