import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/node/cli/io.js';
import { readText } from '../../src/node/cli/read-input.js';
import type { InputFormat, InputProblem, ReadResult } from '../../src/node/index.js';
import {
  decodeBytes,
  detectDelimiter,
  detectFormat,
  firstInvalidUtf8,
  parseCsv,
  readDateCell,
  readDeclarations,
  readEstablishments,
  readJsonRecords,
  readNdjsonRecords,
  readNumber,
  readYesNo,
} from '../../src/node/index.js';
import { hopen } from '../../src/programmes/index.js';
import { parseEstablishment } from '../../src/schemas/index.js';
import {
  assertIssue,
  assertNoPollution,
  assertPlainData,
  DEEP,
  deepJsonText,
  noThrow,
  PROTO_JSON,
  params,
  RUNS,
  safeJson,
  shallowHostileValue,
} from './harness.js';
import { declaration, establishment } from './samples.js';

const FORMATS: readonly InputFormat[] = ['csv', 'json', 'ndjson'];
const MB = 1_000_000;

/** Throws unless a reader's result is coherent: counts add up, every problem is located and well formed. */
function assertRead(r: ReadResult<unknown>, file: string, sameCount = true): void {
  const { read, valid, invalid } = r.summary;
  if (read !== valid + invalid || valid < 0 || invalid < 0) throw new Error(`summary ${safeJson(r.summary)}`);
  if (r.values.length !== r.origins.length) throw new Error('values and origins differ in length');
  if (sameCount && r.values.length !== valid) throw new Error(`${r.values.length} values, ${valid} valid`);
  if (invalid > 0 && !r.problems.some((p) => p.issue.severity !== 'warning'))
    throw new Error('invalid records without an error');
  for (const p of r.problems) assertProblem(p, file);
  r.values.forEach(assertPlainData);
  for (let i = 0; i < r.values.length; i++) r.locate(i, ['x']);
}

function assertProblem(p: InputProblem, file: string): void {
  assertIssue(p.issue);
  const { location } = p;
  if (location.file !== file) throw new Error(`problem located in ${location.file}, not ${file}`);
  for (const n of [location.line, location.column])
    if (n !== undefined && !(Number.isInteger(n) && n >= 1))
      throw new Error(`bad line/column ${safeJson(location)}`);
}

/** Calls every reader on `text` in every format, checking each result. */
function readAll(text: string): void {
  for (const format of FORMATS) {
    const file = `in.${format}`;
    const d = noThrow(`readDeclarations(${format})`, () =>
      readDeclarations(text, { file, format, programme: hopen }),
    );
    assertRead(d, file, format !== 'csv');
    const e = noThrow(`readEstablishments(${format})`, () => readEstablishments(text, file, format));
    assertRead(e, file);
  }
  const d = noThrow('readDeclarations(detected)', () =>
    readDeclarations(text, { file: '-', programme: hopen }),
  );
  assertRead(d, '-', d.format !== 'csv');
  assertNoPollution();
}

/** Text an input file might hold: random unicode, CSV-ish and JSON-ish fragments. */
const fileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        ';',
        ',',
        '\t',
        '\r',
        '\n',
        '\r\n',
        '\uFEFF',
        '[',
        ']',
        '{',
        '}',
        ':',
        'a',
        '1',
        ' ',
      ),
      {
        maxLength: 80,
      },
    )
    .map((parts) => parts.join('')),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 })
    .map((vs) => vs.map((v) => JSON.stringify(v)).join('\n')),
);

/** A CSV cell: valid-looking, hostile, or random. */
const cell = fc.oneof(
  fc.constantFrom(
    '750712184',
    '2A0000014',
    '75071218',
    '2019-01-01',
    '31/12/2019',
    '2019-02-30',
    'D2.2',
    'P2.1',
    'rate',
    'yes-no',
    'oui',
    '97,5',
    '1 234,5',
    '1,234.5',
    '1e308',
    'NaN',
    '-0',
    '9007199254740993',
    '__proto__',
    'constructor',
    '',
    '"',
    '""',
    '\uD800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  shallowHostileValue.map((v) => (typeof v === 'string' ? v.slice(0, 200) : safeJson(v).slice(0, 200))),
);

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A CSV file with a real header (declarations or establishments) and rows of hostile cells. */
const csvFile = fc
  .tuple(
    fc.constantFrom(
      ['finess', 'period_start', 'period_end', 'indicator', 'kind', 'value', 'numerator', 'denominator'],
      ['finess', 'niveau', 'periode_debut', 'periode_fin', 'indicateur', 'valeur'],
      ['finess', 'name', 'status', 'activities', 'level', 'traits'],
      ['finess', 'finess', '__proto__', 'constructor'],
    ),
    fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }),
    fc.constantFrom(';', ',', '\t'),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, sep, quoted, eol]) =>
    [header, ...rows].map((r) => r.map((c) => (quoted ? quote(c) : c)).join(sep)).join(eol),
  );

describe('palier/node readers under hostile text', () => {
  it('readDeclarations / readEstablishments: any text, every format — no throw, counts add up, problems located', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        readAll(text);
      }),
      params(RUNS.heavy * 2),
    );
  });

  it('CSV files with real headers and hostile cells', () => {
    fc.assert(
      fc.property(csvFile, (text) => {
        readAll(text);
      }),
      params(RUNS.heavy * 2),
    );
  });

  it('JSON and NDJSON records with one hostile value in a valid record', () => {
    const record = fc.tuple(fc.constantFrom(declaration, establishment), fc.string(), shallowHostileValue);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), (records) => {
        const values = records.map(([base, key, v]) => ({ ...base, [key === '' ? 'finess' : key]: v }));
        const json = JSON.stringify(values, (_k, v) =>
          typeof v === 'number' && !Number.isFinite(v) ? 1e308 : v,
        );
        readAll(json);
        readAll(values.map((v) => safeJson(v)).join('\n'));
      }),
      params(RUNS.heavy),
    );
  });

  it('empty files: no value, no throw, and JSON says the file is empty', () => {
    for (const text of ['', '\uFEFF', '\n', '\r\n\r\n', '   ', ';;;', '[]', '{}']) {
      readAll(text);
      const json = readJsonRecords(text, 'e.json', parseEstablishment);
      expect(json.values).toEqual([]);
    }
    const empty = readJsonRecords('', 'e.json', parseEstablishment);
    expect(empty.problems.map((p) => p.issue.code)).toEqual(['empty-input']);
  });

  it(`deep nesting (${DEEP} and 100,000 levels) in JSON and NDJSON is reported, not thrown`, () => {
    for (const depth of [DEEP, 100_000]) {
      const text = deepJsonText(depth);
      readAll(text);
      const r = readJsonRecords(text, 'd.json', parseEstablishment);
      expect(r.summary).toEqual({ unit: 'records', read: 1, valid: 0, invalid: 1 });
      const nd = readNdjsonRecords(`${text}\n${text}`, 'd.ndjson', parseEstablishment);
      expect(nd.summary.invalid).toBe(2);
    }
  });

  it('__proto__ / constructor / prototype keys in records do not pollute prototypes', () => {
    const poisoned = PROTO_JSON.slice(1, -1);
    const est = JSON.stringify(establishment).slice(0, -1);
    const decl = JSON.stringify(declaration).slice(0, -1);
    for (const text of [
      `[${est},${poisoned}}]`,
      `${decl},${poisoned}}`,
      `[${decl},"values":${PROTO_JSON}}]`,
      `${PROTO_JSON}\n${PROTO_JSON}`,
    ]) {
      readAll(text);
    }
  });

  it('very long lines (1 MB cell, 1 MB NDJSON line, 1 MB JSON string) are read, not dropped silently', () => {
    const long = 'x'.repeat(MB);
    const csv = `finess;name;status;activities\n750712184;${long};public;MCO\n`;
    const e = readEstablishments(csv, 'e.csv');
    assertRead(e, 'e.csv');
    expect(e.values[0]?.name).toHaveLength(MB);
    const nd = readEstablishments(`${JSON.stringify({ ...establishment, name: long })}\n`, 'e.ndjson');
    assertRead(nd, 'e.ndjson');
    expect(nd.summary.valid).toBe(1);
    const unterminated = readEstablishments(`finess;name\n"${long}`, 'u.csv');
    assertRead(unterminated, 'u.csv');
    expect(unterminated.problems.map((p) => p.issue.code)).toContain('csv-unterminated-quote');
    readAll(`[${JSON.stringify(long)}]`);
  });
});

describe('parseCsv and cell readers', () => {
  it('parseCsv never throws; every cell is located; issues are coded and placed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fileText, csvFile),
        fc.constantFrom<undefined | ';' | ',' | '\t'>(undefined, ';', ',', '\t'),
        (text, sep) => {
          const t = noThrow('parseCsv', () => parseCsv(text, sep));
          expect([';', ',', '\t']).toContain(t.delimiter);
          if (sep === undefined) expect(t.delimiter).toBe(detectDelimiter(text.replace(/^\uFEFF/, '')));
          for (const r of t.records) {
            expect(r.lines).toHaveLength(r.values.length);
            expect(r.columns).toHaveLength(r.values.length);
            for (const n of [...r.lines, ...r.columns]) expect(n).toBeGreaterThanOrEqual(1);
          }
          for (const i of t.issues) {
            expect(i.code).toMatch(/^csv-[a-z-]+$/);
            expect(i.message.fr.length * i.message.en.length).toBeGreaterThan(0);
            expect(Math.min(i.line, i.column)).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      params(RUNS.default * 2),
    );
  });

  it('quoted cells round-trip: any cells written with quotes read back unchanged', () => {
    const row = fc.array(fc.string({ unit: 'grapheme', maxLength: 10 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';', ',', '\t'),
        (rows, sep) => {
          const text = rows.map((r) => r.map(quote).join(sep)).join('\r\n');
          const t = parseCsv(text, sep as ';');
          expect(t.issues).toEqual([]);
          expect(t.records.map((r) => r.values)).toEqual(rows);
        },
      ),
      params(),
    );
  });

  it('cell readers never throw and always give a coded reason', () => {
    const raw = fc.oneof(cell, fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(raw, (s) => {
        const results = [
          noThrow('readNumber', () => readNumber(s)),
          noThrow('readNumber(percent)', () => readNumber(s, { percent: true })),
          noThrow('readYesNo', () => readYesNo(s)),
          noThrow('readDateCell', () => readDateCell(s)),
        ];
        for (const r of results) {
          if (r.ok) continue;
          for (const i of r.issues) {
            expect(i.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            expect(i.message.fr.trim().length * i.message.en.trim().length).toBeGreaterThan(0);
          }
        }
        const n = readNumber(s);
        // a number read is exactly the text: its shortest writing has the same digits
        if (n.ok) expect(Number.isFinite(n.value)).toBe(true);
      }),
      params(RUNS.default * 2),
    );
  });

  it('detectFormat always answers one of the formats', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fileText, (file, text) => {
        expect(FORMATS).toContain(noThrow('detectFormat', () => detectFormat(file, text)));
      }),
      params(),
    );
  });
});

describe('decodeBytes under invalid UTF-8', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
    fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.uint8Array({ minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 10 }),
      )
      .map(([a, bad, b]) =>
        Uint8Array.from([...new TextEncoder().encode(a), ...bad, ...new TextEncoder().encode(b)]),
      ),
  );

  it('agrees with a fatal TextDecoder, refuses NUL bytes, and locates the first bad byte', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const r = noThrow('decodeBytes', () => decodeBytes(b, 'f.csv'));
        let expected: string | undefined;
        try {
          expected = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
        } catch {
          expected = undefined;
        }
        expect(firstInvalidUtf8(b) === b.length).toBe(expected !== undefined);
        if (r.ok) {
          expect(r.text).toBe(expected);
          expect(r.text.includes('\u0000')).toBe(false);
        } else {
          assertProblem(r.problem, 'f.csv');
          const code = r.problem.issue.code;
          if (code === 'invalid-utf8') expect(expected).toBeUndefined();
          else expect(['binary-input', 'utf16-without-bom']).toContain(code);
          if (code === 'binary-input') expect(b.includes(0)).toBe(true);
        }
        const cp1252 = decodeBytes(b, 'f.csv', 'windows-1252');
        const undefinedByte = [0x81, 0x8d, 0x8f, 0x90, 0x9d].some((x) => b.includes(x));
        if (!b.includes(0) && !undefinedByte) expect(cp1252.ok).toBe(true);
      }),
      params(RUNS.default * 2),
    );
  });

  it('reports the line and column of a bad byte (and an empty file decodes to empty text)', () => {
    const r = decodeBytes(Uint8Array.from([0x61, 0x0a, 0x62, 0x63, 0xff]), 'f.csv');
    expect(r.ok ? undefined : r.problem.location).toEqual({ file: 'f.csv', line: 2, column: 3 });
    expect(decodeBytes(new Uint8Array(0), 'f.csv')).toEqual({ ok: true, text: '' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf]), 'f.csv')).toEqual({ ok: true, text: '' });
  });
});

describe('readText (the CLI reading a file or standard input)', () => {
  const io = (read: () => Promise<Uint8Array>): CliIo => ({
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    readStdin: read,
    env: {},
    readFile: read,
    writeFile: async () => undefined,
    today: () => '2020-01-01',
  });
  const failure = fc.oneof(
    fc.string().map((m) => new Error(m)),
    fc.constant(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    fc.anything({ maxDepth: 1 }),
  );

  it('turns any read failure into a located file-unreadable problem, and bad bytes into invalid-utf8', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }).map((b) => ({ bytes: b })),
          failure.map((e) => ({ error: e })),
        ),
        fc.constantFrom('d.csv', '-'),
        async (outcome, file) => {
          const read = async (): Promise<Uint8Array> => {
            if ('error' in outcome) throw outcome.error;
            return outcome.bytes;
          };
          const r = await readText(io(read), file, 'utf-8');
          const name = file === '-' ? '<stdin>' : file;
          if (r.ok) {
            expect('bytes' in outcome).toBe(true);
            expect(r.file).toBe(name);
            return;
          }
          assertProblem(r.problem, name);
          if ('error' in outcome) expect(r.problem.issue.code).toBe('file-unreadable');
          else expect(['invalid-utf8', 'binary-input', 'utf16-without-bom']).toContain(r.problem.issue.code);
          expect(r.kind).toBe('error' in outcome ? 'io' : 'invalid');
        },
      ),
      params(),
    );
  });
});
