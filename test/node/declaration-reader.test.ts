import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/evaluation/types.js';
import { DeclarationReader } from '../../src/node/io/declaration-reader.js';
import type { InputProblem } from '../../src/node/io/problem.js';
import { hopen } from '../../src/programmes/index.js';

const HEADER = 'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason';
const row = (indicator: string, cells: string) => `750712184,2021-01-01,2021-03-31,${indicator},${cells}`;

function read(pieces: readonly string[], truncated = false) {
  const declarations: Declaration[] = [];
  const problems: InputProblem[] = [];
  const reader = new DeclarationReader(
    { file: 'd.csv', format: 'csv', programme: hopen },
    { declaration: (d) => declarations.push(d), problem: (p) => problems.push(p) },
  );
  for (const piece of pieces) reader.push(piece);
  reader.end(truncated);
  return { declarations, problems, summary: reader.summary };
}

describe('DeclarationReader, rows it cannot be sure of', () => {
  it('counts a row with a quoting problem invalid and does not use its value', () => {
    const r = read([`${HEADER}\n${row('D2.2', ',49,50,')}\n${row('D3.1', '"9"7,,,')}\n`]);
    expect(r.summary).toMatchObject({ read: 2, valid: 1, invalid: 1 });
    expect(r.problems.map((p) => [p.issue.code, p.location.line])).toEqual([['csv-text-after-quote', 3]]);
    expect(Object.keys(r.declarations[0]!.values)).toEqual(['D2.2']);
  });

  it('counts an unterminated quote invalid', () => {
    const r = read([`${HEADER}\n${row('D2.2', ',49,50,')}\n${row('D3.1', '"97,,,')}\n`]);
    expect(r.summary).toMatchObject({ read: 2, valid: 1, invalid: 1 });
    expect(r.problems.map((p) => p.issue.code)).toContain('csv-unterminated-quote');
  });

  it('does not read the last row of text cut short (an undecodable piece) as complete', () => {
    const r = read([`${HEADER}\n${row('D2.2', ',49,50,')}\n${row('D3.1', ',4')}`], true);
    expect(r.summary).toMatchObject({ read: 1, valid: 1, invalid: 0 });
    expect(Object.keys(r.declarations[0]!.values)).toEqual(['D2.2']);
  });
});

describe('DeclarationReader, rows read by their fast paths', () => {
  // unquoted one-line rows are cut by indexOf and their head compared in one slice; quoted cells go through the
  // character-by-character reading and the cell-by-cell comparison: both must give the same declarations
  const indicators = [...hopen.prerequisites, ...hopen.domains].flatMap((r) => r.indicators);
  const yesNo = indicators.filter((i) => i.kind === 'yes-no').map((i) => i.code);
  const rate = indicators.filter((i) => i.kind === 'rate').map((i) => i.code);
  const cells = fc.record({
    finess: fc.constantFrom('750712184', '330781196', '2A0000154', '75 071 218 4', '750712148'),
    start: fc.constantFrom('2021-01-01', '01/01/2021', '2021-04-01'),
    end: fc.constantFrom('2021-03-31', '31/03/2021', '2021-06-30'),
    method: fc.constantFrom('', 'audit', 'extraction DPI'),
    value: fc.oneof(
      fc.tuple(
        fc.constantFrom(...yesNo),
        fc.constantFrom('oui', 'non', 'peut-être'),
        fc.constant(''),
        fc.constant(''),
      ),
      fc.tuple(
        fc.constantFrom(...rate),
        fc.constant(''),
        fc.constantFrom('49', '1 250', 'x', ''),
        fc.constantFrom('50', '0'),
      ),
    ),
  });
  const layouts = [
    {
      header: [
        'finess',
        'period_start',
        'period_end',
        'method',
        'indicator',
        'value',
        'numerator',
        'denominator',
      ],
    },
    {
      header: [
        'indicator',
        'finess',
        'value',
        'period_start',
        'numerator',
        'period_end',
        'denominator',
        'method',
      ],
    },
  ];

  it('reads a file the same with every cell quoted or none, whatever the order of its columns', () => {
    fc.assert(
      fc.property(
        fc.array(cells, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...layouts),
        fc.boolean(),
        (rows, layout, crlf) => {
          const of = (r: (typeof rows)[number]): Record<string, string> => ({
            finess: r.finess,
            period_start: r.start,
            period_end: r.end,
            method: r.method,
            indicator: r.value[0],
            value: r.value[1],
            numerator: r.value[2],
            denominator: r.value[3],
          });
          const write = (quote: (cell: string) => string) =>
            [
              layout.header.join(';'),
              ...rows.map((r) => layout.header.map((c) => quote(of(r)[c] ?? '')).join(';')),
            ].join(crlf ? '\r\n' : '\n');
          const plain = readWith(write((c) => c));
          const quoted = readWith(write((c) => `"${c}"`));
          expect(plain.declarations).toEqual(quoted.declarations);
          expect(plain.summary).toEqual(quoted.summary);
          // the same problems on the same lines (columns differ by the quotes)
          const codes = (r: typeof plain) =>
            r.problems.map((p) => [p.issue.code, p.location.line, p.issue.path]);
          expect(codes(plain)).toEqual(codes(quoted));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function readWith(text: string) {
  const declarations: Declaration[] = [];
  const problems: InputProblem[] = [];
  const reader = new DeclarationReader(
    { file: 'd.csv', format: 'csv', programme: hopen },
    { declaration: (d) => declarations.push(d), problem: (p) => problems.push(p) },
  );
  reader.push(text);
  reader.end();
  return { declarations, problems, summary: reader.summary };
}
