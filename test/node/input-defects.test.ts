/**
 * The input defects of issue 12, one test each: every one of them failed on the main branch before the
 * streaming readers (numbers rounded or truncated, bytes decoded as control characters, rows and records lost
 * or misreported, unbounded reading).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/node/cli/io.js';
import { runCli } from '../../src/node/cli/main.js';
import { readDeclarations } from '../../src/node/io/read-declarations.js';
import { readEstablishments } from '../../src/node/io/read-establishments.js';
import { hopen } from '../../src/programmes/index.js';
import { run } from './fake-io.js';

const V = hopen.version;
const HEADER = 'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason';
const row = (indicator: string, cells: string) => `750712184,2021-01-01,2021-03-31,${indicator},${cells}`;
const json = (values: string) =>
  `[{"finess":"750712184","level":"legal-entity","programme":{"id":"hopen","version":"${V}"},"period":{"start":"2021-01-01","end":"2021-03-31"},"values":{${values}}}]`;

/** Evaluates `text` as `file` through the CLI (JSON report) and returns the status of each indicator. */
async function statuses(file: string, text: string | Uint8Array, extra: string[] = []) {
  const r = await run(['evaluate', file, '--as-of', '2021-06-30', '--format', 'json', ...extra], {
    files: { [file]: text },
  });
  const report = JSON.parse(r.stdout) as { evaluations: { prerequisites: Req[]; domains: Req[] }[] };
  interface Req {
    indicators: { code: string; status: string; reason: string }[];
  }
  const out: Record<string, string> = {};
  for (const e of report.evaluations) {
    for (const req of [...e.prerequisites, ...e.domains])
      for (const i of req.indicators) out[i.code] = `${i.status}:${i.reason}`;
  }
  return { out, r };
}

describe('numbers are read from their text, never rounded or truncated', () => {
  it('an unquoted decimal comma in a comma-separated CSV is a field-count error for that row, not 97', async () => {
    const text = `${HEADER}\n${row('D2.2', '97,99,,,')}\n${row('P2.1', 'oui,,,')}\n`;
    const { out, r } = await statuses('d.csv', text);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/d\.csv:2:1: error \[csv-field-count\]/);
    expect(out['D2.2']).toMatch(/^invalid:/);
    expect(out['P2.1']).toBe('unknown:threshold-unverified'); // read and evaluated (not missing): HOP'EN P2.1 has no public threshold
  });

  it('digit groups must be groups of three: "4 9" is an error, "1 250" is 1250', () => {
    const r = readDeclarations(
      `${HEADER}\n${row('D2.2', ',4 9,50,')}\n${row('D2.5', ',1 250,1\u00a0300,')}\n`,
      {
        file: 'd.csv',
        programme: hopen,
      },
    );
    expect(r.problems.map((p) => [p.issue.code, p.location.line, p.location.column])).toEqual([
      ['invalid-number', 2, 39],
    ]);
    expect(r.values[0]?.values['D2.5']).toEqual({ kind: 'rate', numerator: 1250, denominator: 1300 });
  });

  it('JSON integers beyond 2^53 are refused, not rounded: 9007199254740993 / 9007199254740992 is not met', async () => {
    const text = json('"D2.2":{"kind":"rate","numerator":9007199254740993,"denominator":9007199254740992}');
    const { out, r } = await statuses('d.json', text);
    expect(out['D2.2']).not.toMatch(/^met/);
    expect(out['D2.2']).toMatch(/^invalid:/);
    expect(r.stderr).toMatch(/d\.json:1:\d+: \[0\]\.values\.D2\.2\.numerator: error \[inexact-number\]/);
  });

  it('97.99999999999999 % is not met at 98 %, and 97.999999999999999 % (a float would say 98) is refused', async () => {
    const near = await statuses('d.json', json('"D2.2":{"kind":"rate","percent":97.99999999999999}'));
    expect(near.out['D2.2']).toMatch(/^not-met/);
    const rounded = await statuses('e.json', json('"D2.2":{"kind":"rate","percent":97.999999999999999}'));
    expect(rounded.out['D2.2']).toMatch(/^invalid:/);
    expect(rounded.r.stderr).toContain('[inexact-number]');
  });
});

describe('encodings', () => {
  it('a Windows-1252 establishments file keeps – ’ œ € « » and accents in the report (golden)', async () => {
    const name = 'Hôpital Saint-Éloi – l’œuvre « 100 € »';
    const establishments = iconv.encode(
      `finess;name;status;activities\n750712184;${name};public;MCO\n`,
      'windows-1252',
    );
    const declarations = iconv.encode(`${HEADER}\n${row('P2.1', 'oui,,,')}\n`, 'windows-1252');
    const r = await run(
      [
        'evaluate',
        'd.csv',
        '--establishments',
        'e.csv',
        '--encoding',
        'windows-1252',
        '--as-of',
        '2021-06-30',
        '--format',
        'csv',
      ],
      { files: { 'd.csv': declarations, 'e.csv': establishments } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(name);
  });

  it('a UTF-16 file with its byte-order mark is read without --encoding', async () => {
    const text = `${HEADER}\n${row('P2.1', 'oui,,,')}\n`;
    const bytes = Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    const { out, r } = await statuses('d.csv', bytes);
    expect(r.code).toBe(0);
    expect(out['P2.1']).toBe('unknown:threshold-unverified'); // read and evaluated (not missing): HOP'EN P2.1 has no public threshold
  });
});

describe('no record lost, no result misreported', () => {
  it('an extra field in an establishments CSV row is an error for that row (PSY is not silently dropped)', () => {
    const r = readEstablishments(
      'finess;name;status;activities\n130783046;CHU Marseille;public;MCO;PSY\n',
      'e.csv',
    );
    expect(r.problems.map((p) => [p.issue.code, p.location.line])).toEqual([['csv-field-count', 2]]);
    expect(r.summary).toEqual({ unit: 'rows', read: 1, valid: 0, invalid: 1 });
  });

  it("an object's built-in property names are no status, trait or activity (constructor was read as a status)", () => {
    const r = readEstablishments(
      [
        'finess,name,status,activities,traits',
        '750712184,A,constructor,MCO,',
        '130783046,B,__proto__,MCO,',
        '690781810,C,public,MCO,constructor',
        '330781196,D,public,TOSTRING|constructor,',
      ].join('\n'),
      'e.csv',
    );
    expect(r.values).toEqual([]);
    expect(r.problems.map((p) => [p.issue.code, p.location.line, p.issue.received])).toEqual([
      ['invalid-status', 2, 'constructor'],
      ['invalid-status', 3, '__proto__'],
      ['invalid-trait', 4, 'constructor'],
      ['invalid-activity', 5, 'TOSTRING'],
      ['invalid-activity', 5, 'constructor'],
    ]);
  });

  it('rows with the same status and activities cells are read alike, each problem at its own line', () => {
    const r = readEstablishments(
      [
        'finess,name,status,activities',
        '750712184,A,Privé non lucratif,SMR|dialyse|MCO|SMR',
        '130783046,B,Privé non lucratif,SMR|dialyse|MCO|SMR',
        '690781810,C,public,MCO|XYZ',
        '330781196,D,public,MCO|XYZ',
        '750712184,E,inconnu,inconnues',
      ].join('\n'),
      'e.csv',
    );
    expect(r.values.map((e) => [e.name, e.status, e.espic, e.activities])).toEqual([
      ['A', 'private-non-profit', undefined, ['SSR', 'DIALYSIS', 'MCO']],
      ['B', 'private-non-profit', undefined, ['SSR', 'DIALYSIS', 'MCO']],
    ]);
    expect(r.values[0]!.activities).not.toBe(r.values[1]!.activities);
    expect(r.problems.map((p) => [p.issue.code, p.location.line])).toEqual([
      ['invalid-activity', 4],
      ['invalid-activity', 5],
      ['duplicate-record', 6],
    ]);
  });

  it('one not-applicable row with an unknown code does not drop the rest of the declaration', async () => {
    const text = `${HEADER}\n${row('P2.1', 'oui,,,')}\n${row('Z9.9', ',,,sans objet')}\n${row('D2.2', ',49,50,')}\n`;
    const { out, r } = await statuses('d.csv', text);
    expect(r.stderr).toMatch(/d\.csv:3:\d+: error \[unknown-indicator\]/);
    expect(out['P2.1']).toBe('unknown:threshold-unverified'); // read and evaluated (not missing): HOP'EN P2.1 has no public threshold
    expect(out['D2.2']).toBe('met:threshold-met');
    expect(r.stderr).toContain('3 rows read, 2 valid, 1 invalid');
  });

  it('an invalid value shows as invalid, with its reason, not as not declared', async () => {
    const text = `${HEADER}\n${row('D2.2', ',51,50,')}\n${row('D2.5', 'abc,,,')}\n`;
    const { out } = await statuses('d.csv', text);
    expect(out['D2.2']).toBe('invalid:numerator-exceeds-denominator');
    expect(out['D2.5']).toMatch(/^invalid:/);
  });

  it('duplicate JSON keys and duplicate JSON records are reported, as duplicates are in CSV', () => {
    const dupKey = readDeclarations(
      json('"P2.1":{"kind":"yes-no","value":true},"P2.1":{"kind":"yes-no","value":false}'),
      {
        file: 'd.json',
        programme: hopen,
      },
    );
    expect(dupKey.problems.map((p) => p.issue.code)).toEqual(['duplicate-key']);
    expect(dupKey.values[0]?.values['P2.1']).toEqual({ kind: 'yes-no', value: true });
    const one = json('"P2.1":{"kind":"yes-no","value":true}').slice(1, -1);
    const dupRecord = readDeclarations(`[${one},${one}]`, { file: 'd.json', programme: hopen });
    expect(dupRecord.problems.map((p) => [p.issue.code, p.location.path])).toEqual([
      ['duplicate-declaration', [1]],
    ]);
    expect(dupRecord.summary).toEqual({ unit: 'records', read: 2, valid: 1, invalid: 1 });
    const csv = readDeclarations(`${HEADER}\n${row('P2.1', 'oui,,,')}\n${row('P2.1', 'non,,,')}\n`, {
      file: 'd.csv',
      programme: hopen,
    });
    expect(csv.problems.map((p) => p.issue.code)).toEqual(['duplicate-indicator']);
    const nd = readDeclarations(`${one}\n${one}\n`, { file: 'd.ndjson', programme: hopen });
    expect(nd.problems.map((p) => [p.issue.code, p.location.line])).toEqual([['duplicate-declaration', 2]]);
  });

  it('unknown JSON keys are reported as warnings, not dropped without a word', () => {
    const text = json('"P2.1":{"kind":"yes-no","value":true,"comment":"x"}').replace(
      '"level"',
      '"note":1,"level"',
    );
    const r = readDeclarations(text, { file: 'd.json', programme: hopen });
    expect(r.problems.map((p) => [p.issue.code, p.issue.severity, p.location.path])).toEqual([
      ['unknown-key', 'warning', [0]],
      ['unknown-key', 'warning', [0, 'values', 'P2.1']],
    ]);
    expect(r.summary.valid).toBe(1);
  });

  it('each warning is printed once when --establishments is given', async () => {
    const r = await run(
      ['evaluate', 'd.csv', '--establishments', 'e.csv', '--as-of', '2021-06-30', '--format', 'csv'],
      {
        files: {
          'd.csv': `${HEADER}\n${row('D2.5', ',8,10,')}\n`,
          'e.csv': 'finess;name;status;activities\n750712184;X;public;HAD\n',
        },
      },
    );
    expect(r.stderr.match(/value-for-not-applicable-indicator/g), r.stderr).toHaveLength(1);
    expect(r.stderr).toContain('1 row read, 1 valid, 0 invalid');
  });
});

describe('bounded reading', () => {
  /** An environment whose file `f` streams `piece` forever. */
  function endless(piece: Uint8Array): { io: CliIo; err: () => string; pieces: () => number } {
    let stderr = '';
    let count = 0;
    const io: CliIo = {
      stdout: { write: () => undefined },
      stderr: {
        write: (s) => {
          stderr += s;
        },
      },
      readStdin: async () => new Uint8Array(0),
      env: { LANG: 'en_GB.UTF-8' },
      readFile: async () => new Uint8Array(0),
      streamFile: async function* () {
        for (;;) {
          count++;
          yield piece;
        }
      },
      writeFile: async () => undefined,
      today: () => '2022-06-30',
    };
    return { io, err: () => stderr, pieces: () => count };
  }

  it('validate /dev/zero ends with a located error instead of growing', async () => {
    const env = endless(new Uint8Array(1 << 16));
    const code = await runCli(['validate', '/dev/zero'], env.io, { version: 'test' });
    expect(code).toBe(3);
    expect(env.err()).toMatch(/\/dev\/zero:1:1: error \[binary-input\]/);
    expect(env.pieces()).toBeLessThan(4);
  });

  it('an endless line ends with record-too-long at its line, after about 1 MB', async () => {
    const env = endless(new TextEncoder().encode('a'.repeat(1 << 16)));
    const code = await runCli(['validate', 'f.csv'], env.io, { version: 'test' });
    expect(code).toBe(3);
    expect(env.err()).toMatch(/f\.csv:1:1: error \[record-too-long\]/);
    expect(env.pieces()).toBeLessThan(20);
  });
});
