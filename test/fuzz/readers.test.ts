/**
 * Properties of the streaming readers, every format (long CSV, JSON array, NDJSON) and every encoding (UTF-8
 * with and without byte-order mark, UTF-16 LE/BE, Windows-1252), the bytes cut into random pieces:
 *
 * - counts add up: rows (records) read = valid + invalid;
 * - every valid value comes out exactly as written (the numbers included);
 * - hostile cells and random text never make a reader throw: only `PalierError` may leave palier, and the
 *   readers throw nothing at all;
 * - every problem is located in the file (a line; a column for CSV).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Declaration, DeclaredValue } from '../../src/evaluation/types.js';
import { DeclarationReader } from '../../src/node/io/declaration-reader.js';
import type { InputEncoding } from '../../src/node/io/decode.js';
import { createDecoder } from '../../src/node/io/decode.js';
import type { InputFormat } from '../../src/node/io/detect.js';
import type { InputProblem } from '../../src/node/io/problem.js';
import { hopen } from '../../src/programmes/index.js';
import { noThrow, params, RUNS } from './harness.js';

const FINESS = ['750712184', '330781196', '130783046'];
const QUARTERS = [
  ['2021-01-01', '2021-03-31'],
  ['2021-04-01', '2021-06-30'],
] as const;
const WORDS = ['sans objet', 'aucun séjour – l’œuvre', '« 100 € »', 'a;b', 'x"y', 'deux\nlignes'];

const value: Record<string, fc.Arbitrary<DeclaredValue>> = {
  'P2.1': fc.boolean().map((v) => ({ kind: 'yes-no', value: v })),
  'P2.3': fc.constantFrom(...WORDS).map((reason) => ({ kind: 'not-applicable', reason })),
  'D2.2': fc
    .tuple(fc.integer({ min: 1, max: 9_007_199_254_740_991 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([d, f]) => ({ kind: 'rate', numerator: Math.floor(d * f), denominator: d })),
  'D2.5': fc
    .integer({ min: 0, max: 100_000 })
    .map((n) => ({ kind: 'rate', percent: n / 1000 }) as DeclaredValue),
};

const declaration: fc.Arbitrary<Declaration> = fc
  .record({
    finess: fc.constantFrom(...FINESS),
    quarter: fc.constantFrom(...QUARTERS),
    codes: fc.subarray(Object.keys(value), { minLength: 1 }),
  })
  .chain(({ finess, quarter, codes }) =>
    fc.tuple(...codes.map((c) => value[c]!)).map(
      (vs): Declaration => ({
        finess,
        level: 'legal-entity',
        programme: { id: hopen.id, version: hopen.version },
        period: { start: quarter[0], end: quarter[1] },
        values: Object.fromEntries(codes.map((c, i) => [c, vs[i]!])),
      }),
    ),
  );

/** Declarations with distinct FINESS and period (duplicates are a separate property). */
const declarations = fc.uniqueArray(declaration, {
  minLength: 1,
  maxLength: 5,
  selector: (d) => `${d.finess}|${d.period.start}`,
});

function csvCell(text: string): string {
  return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(ds: readonly Declaration[], comma: boolean): { text: string; rows: number } {
  const lines = ['finess;level;period_start;period_end;indicator;value;numerator;denominator;na_reason'];
  for (const d of ds) {
    for (const [code, v] of Object.entries(d.values)) {
      const head = `${d.finess};EJ;${d.period.start};${d.period.end};${code}`;
      if (v.kind === 'yes-no') lines.push(`${head};${v.value ? 'oui' : 'non'};;;`);
      else if (v.kind === 'not-applicable') lines.push(`${head};;;;${csvCell(v.reason)}`);
      else if (v.kind === 'rate' && 'percent' in v) {
        const p = String(v.percent);
        lines.push(`${head};${comma ? p.replace('.', ',') : p};;;`);
      } else if (v.kind === 'rate') lines.push(`${head};;${v.numerator};${v.denominator};`);
    }
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}

function serialise(
  ds: readonly Declaration[],
  format: InputFormat,
  comma: boolean,
): { text: string; read: number } {
  if (format === 'csv') {
    const { text, rows } = toCsv(ds, comma);
    return { text, read: rows };
  }
  if (format === 'json') return { text: JSON.stringify(ds, null, 1), read: ds.length };
  return { text: `${ds.map((d) => JSON.stringify(d)).join('\n')}\n`, read: ds.length };
}

const ENCODINGS: readonly { name: InputEncoding; encode: (text: string) => Uint8Array }[] = [
  { name: 'auto', encode: (t) => new TextEncoder().encode(t) },
  { name: 'auto', encode: (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]) },
  { name: 'auto', encode: (t) => Uint8Array.from([0xff, 0xfe, ...iconv.encode(t, 'utf-16le')]) },
  { name: 'auto', encode: (t) => Uint8Array.from([0xfe, 0xff, ...iconv.encode(t, 'utf-16be')]) },
  { name: 'windows-1252', encode: (t) => Uint8Array.from(iconv.encode(t, 'windows-1252')) },
];

/** Reads bytes cut at `cuts`, as the CLI does: decode piece by piece, hand each piece to the reader. */
function readBytes(bytes: Uint8Array, cuts: number[], format: InputFormat, encoding: InputEncoding) {
  const values: Declaration[] = [];
  const problems: InputProblem[] = [];
  const reader = new DeclarationReader(
    { file: 'f', format, programme: hopen },
    { declaration: (d) => values.push(d), problem: (p) => problems.push(p) },
  );
  const decoder = createDecoder('f', encoding);
  let from = 0;
  for (const cut of [...cuts.filter((c) => c <= bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    const r = decoder.write(bytes.subarray(from, cut));
    from = cut;
    if (!r.ok) throw new Error(`decoding failed: ${r.problem.issue.code}`);
    reader.push(r.text);
  }
  const end = decoder.end();
  if (!end.ok) throw new Error(`decoding failed: ${end.problem.issue.code}`);
  reader.push(end.text);
  reader.end();
  return { values, problems, summary: reader.summary };
}

const FORMATS: readonly InputFormat[] = ['csv', 'json', 'ndjson'];

describe('streaming readers: every format, every encoding, any cuts', () => {
  it('valid declarations come out exactly, counts add up, no problem', () => {
    fc.assert(
      fc.property(
        declarations,
        fc.constantFrom(...FORMATS),
        fc.constantFrom(...ENCODINGS),
        fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }),
        fc.boolean(),
        (ds, format, encoding, cuts, comma) => {
          const { text, read } = serialise(ds, format, comma);
          const r = noThrow('readers', () => readBytes(encoding.encode(text), cuts, format, encoding.name));
          expect(r.problems).toEqual([]);
          expect(r.summary.read).toBe(read);
          expect(r.summary.valid + r.summary.invalid).toBe(r.summary.read);
          expect(r.summary.invalid).toBe(0);
          const byKey = (d: Declaration) => `${d.finess}|${d.period.start}`;
          const got = new Map(r.values.map((d) => [byKey(d), d.values]));
          for (const d of ds) expect(got.get(byKey(d))).toEqual(d.values);
        },
      ),
      params(RUNS.heavy),
    );
  });

  it('one hostile cell: counts add up, nothing thrown, every problem located, the other values kept', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '97,99',
        '4 9',
        '1,234.5',
        '9007199254740993',
        '1e400',
        '-0',
        'NaN',
        '"',
        '""',
        '\u0000',
        '\u001b[2J',
        '﻿',
        '١٢',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(declarations, fc.constantFrom(...FORMATS), hostile, fc.nat(), (ds, format, bad, where) => {
        const { text } = serialise(ds, format, true);
        // replace one run of digits or one word with the hostile text
        const spots = [...text.matchAll(/\d+|oui|non/g)];
        const spot = spots[where % Math.max(1, spots.length)];
        const mutated =
          spot === undefined
            ? text
            : text.slice(0, spot.index) + bad + text.slice(spot.index + spot[0].length);
        const bytes = new TextEncoder().encode(mutated);
        let r: ReturnType<typeof readBytes> | undefined;
        try {
          r = readBytes(bytes, [], format, 'utf-8');
        } catch (error) {
          // only a decoding refusal (a NUL byte) may stop it, and that is a reported problem, not a throw
          expect(String(error)).toMatch(/decoding failed: binary-input/);
          return;
        }
        expect(r.summary.valid + r.summary.invalid).toBe(r.summary.read);
        for (const p of r.problems) {
          expect(p.location.file).toBe('f');
          expect(p.location.line).toBeGreaterThanOrEqual(1);
          if (format === 'csv') expect(p.location.column).toBeGreaterThanOrEqual(1);
        }
        if (r.summary.invalid > 0) expect(r.problems.some((p) => p.issue.severity === 'error')).toBe(true);
      }),
      params(RUNS.default),
    );
  });

  it('random text in any format: nothing thrown, counts add up', () => {
    const soup = fc.string({
      unit: fc.constantFrom('[', ']', '{', '}', '"', ',', ';', ':', '\n', '\r', '1', 'a', ' ', '\\', 'é'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        soup,
        fc.constantFrom(...FORMATS),
        fc.array(fc.nat({ max: 60 }), { maxLength: 4 }),
        (text, format, cuts) => {
          const r = noThrow('readers', () =>
            readBytes(new TextEncoder().encode(text), cuts, format, 'utf-8'),
          );
          expect(r.summary.valid + r.summary.invalid).toBe(r.summary.read);
          for (const p of r.problems) expect(p.location.line ?? 1).toBeGreaterThanOrEqual(1);
        },
      ),
      params(RUNS.default),
    );
  });

  it('a declaration whose rows are split beyond the held rows is reported, rows counted once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (hold) => {
        const head = 'finess;period_start;period_end;indicator;value;numerator;denominator;na_reason';
        const rows = [
          '750712184;2021-01-01;2021-03-31;P2.1;oui;;;',
          '330781196;2021-01-01;2021-03-31;P2.1;oui;;;',
          '330781196;2021-01-01;2021-03-31;P2.3;oui;;;',
          '750712184;2021-01-01;2021-03-31;P2.3;oui;;;',
        ];
        const values: Declaration[] = [];
        const problems: InputProblem[] = [];
        const reader = new DeclarationReader(
          { file: 'f', format: 'csv', programme: hopen, holdRows: hold },
          { declaration: (d) => values.push(d), problem: (p) => problems.push(p) },
        );
        reader.push(`${head}\n${rows.join('\n')}\n`);
        reader.end();
        const s = reader.summary;
        expect(s.read).toBe(4);
        expect(s.valid + s.invalid).toBe(4);
        const kept = values.reduce((n, d) => n + Object.keys(d.values).length, 0);
        expect(kept + problems.filter((p) => p.issue.code === 'declaration-not-grouped').length).toBe(4);
        if (hold >= 4) expect(problems).toEqual([]);
      }),
      params(20),
    );
  });
});
