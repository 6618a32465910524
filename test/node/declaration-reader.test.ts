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
