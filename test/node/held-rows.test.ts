import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/evaluation/types.js';
import { DeclarationReader } from '../../src/node/io/declaration-reader.js';
import { HELD_COLUMNS, HeldRows } from '../../src/node/io/held-rows.js';
import type { InputProblem, SourceLocation } from '../../src/node/io/problem.js';
import { hopen } from '../../src/programmes/index.js';

const value = fc.oneof(
  fc.record({ kind: fc.constant('yes-no'), value: fc.boolean() }),
  fc.record({ kind: fc.constant('count'), value: fc.double() }),
  fc.record({ kind: fc.constant('rate'), percent: fc.double() }),
  fc.record({ kind: fc.constant('rate'), numerator: fc.double(), denominator: fc.double() }),
  fc.record({ kind: fc.constant('rate'), numerator: fc.integer() }),
  fc.record({ kind: fc.constant('not-applicable'), reason: fc.string() }),
  fc.record({ kind: fc.string() }),
  fc.record({ kind: fc.constant('count'), value: fc.constant(undefined) }),
  fc.anything(),
);

describe('HeldRows: rows held in typed arrays', () => {
  test.prop([
    fc.array(fc.tuple(fc.constantFrom('P1.1', 'D2.1', '__proto__', 'X'), value, fc.nat()), { maxLength: 40 }),
  ])('gives back every value, code, line and column as held', (rows) => {
    const held = new HeldRows(['P1.1', 'D2.1']);
    let last = -1;
    const slots = rows.map(([code, v, line], i) => {
      last = held.add(
        code,
        v,
        line,
        HELD_COLUMNS.map((_, k) => k + i),
        last,
      );
      return last;
    });
    rows.forEach(([code, v, line], i) => {
      const slot = slots[i] as number;
      expect(held.code(slot)).toBe(code);
      expect(held.value(slot)).toStrictEqual(v);
      expect(held.line(slot)).toBe(line);
      expect(held.column(slot, 'kind')).toBe(HELD_COLUMNS.indexOf('kind') + i);
      expect(held.next(slot)).toBe(i + 1 < rows.length ? slots[i + 1] : -1);
    });
  });

  it('keeps one declaration when the others are handed on, and frees everything on clear', () => {
    const held = new HeldRows(['P1.1', 'P1.2']);
    const a1 = held.add('P1.1', { kind: 'count', value: 1 }, 2, [3, 3, 3, 3, 3, 3], -1);
    const b1 = held.add('P1.1', { kind: 'count', value: 2 }, 3, [4, 4, 4, 4, 4, 4], -1);
    const a2 = held.add('UNKNOWN', { kind: 'weird', extra: true }, 4, [5, 5, 5, 5, 5, 5], a1);
    held.add('P1.2', { kind: 'count', value: 4 }, 5, [6, 6, 6, 6, 6, 6], b1);
    held.mark(a2, true);
    const kept = held.keepOnly(b1);
    expect(kept).toEqual({ first: 0, last: 1 });
    expect([held.code(0), held.value(0), held.line(0)]).toStrictEqual([
      'P1.1',
      { kind: 'count', value: 2 },
      3,
    ]);
    expect([held.code(1), held.value(1), held.line(1), held.column(1, 'value')]).toStrictEqual([
      'P1.2',
      { kind: 'count', value: 4 },
      5,
      6,
    ]);
    expect(held.find(0, 'P1.2')).toBe(1);
    expect(held.find(0, 'UNKNOWN')).toBe(-1);
    expect(held.invalid(0) || held.invalid(1)).toBe(false);
    held.clear();
    const again = held.add('P1.2', { kind: 'rate', percent: -0 }, 9, [0, 0, 0, 0, 0, 0], -1);
    expect(again).toBe(0);
    expect(Object.is((held.value(again) as { percent: number }).percent, -0)).toBe(true);
  });
});

describe('DeclarationReader with held rows', () => {
  const head = 'finess;period_start;period_end;indicator;value;numerator;denominator;na_reason';

  function read(lines: string[], holdRows?: number) {
    const values: Declaration[] = [];
    const locates: ((path: (string | number)[]) => SourceLocation)[] = [];
    const problems: InputProblem[] = [];
    const reader = new DeclarationReader(
      { file: 'f', format: 'csv', programme: hopen, ...(holdRows ? { holdRows } : {}) },
      {
        declaration: (d, locate) => {
          values.push(d);
          locates.push(locate);
        },
        problem: (p) => problems.push(p),
      },
    );
    reader.push(`${head}\n${lines.join('\n')}\n`);
    reader.end();
    return { values, locates, problems, summary: reader.summary };
  }

  it('locates a value read back after the rows were handed on and their slots reused', () => {
    const r = read([
      '750712184;2021-01-01;2021-03-31;P2.1;oui;;;',
      '330781196;2021-01-01;2021-03-31;P2.1;oui;;;',
      '330781196;2021-01-01;2021-03-31;D2.2;;30;40;',
      '750712184;2021-01-01;2021-03-31;D2.5;;;;activité non exercée par cet établissement',
    ]);
    expect(r.values).toHaveLength(2);
    const first = r.values.findIndex((d) => d.finess === '750712184');
    expect(r.values[first]?.values['D2.5']).toEqual({
      kind: 'not-applicable',
      reason: 'activité non exercée par cet établissement',
    });
    expect(r.locates[first]?.(['values', 'D2.5', 'reason'])).toMatchObject({ line: 5, column: 41 });
    expect(r.locates[first]?.(['values', 'P2.1', 'value'])).toMatchObject({ line: 2, column: 38 });
    const second = 1 - first;
    expect(r.values[second]?.values['D2.2']).toEqual({ kind: 'rate', numerator: 30, denominator: 40 });
    expect(r.locates[second]?.(['values', 'D2.2', 'denominator'])).toMatchObject({ line: 4, column: 42 });
  });

  it('reports a row of a declaration already handed on, Corsican FINESS included', () => {
    const r = read(
      [
        '2A0000154;2021-01-01;2021-03-31;P2.1;oui;;;',
        '750712184;2021-01-01;2021-03-31;P2.1;oui;;;',
        '2B0000152;2021-01-01;2021-03-31;P2.1;oui;;;',
        '2A0000154;2021-01-01;2021-03-31;P2.3;oui;;;',
        '2A0000154;2021-04-01;2021-06-30;P2.3;oui;;;',
      ],
      1,
    );
    const late = r.problems.filter((p) => p.issue.code === 'declaration-not-grouped');
    expect(late.map((p) => p.location.line)).toEqual([5]);
    expect(r.summary).toMatchObject({ read: 5, valid: 4, invalid: 1 });
    expect(r.values.map((d) => d.finess)).toEqual(['2A0000154', '750712184', '2B0000152', '2A0000154']);
  });
});
