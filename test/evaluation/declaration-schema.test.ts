import { describe, expect, it } from 'vitest';
import { declarationJsonSchema, parseDeclaration, parseDeclarations } from '../../src/schemas/declaration.js';
import { MCO, smallProgramme } from './programme-builder.js';

const base = {
  finess: '750712184',
  level: 'legal-entity',
  programme: { id: 'test-programme', version: '1' },
  period: { start: '2019-01-01', end: '2019-03-31' },
  values: { 'D2.2': { kind: 'rate', numerator: 49, denominator: 50 } },
};
const withValue = (value: unknown) => ({ ...base, values: { 'D2.2': value } });
const codes = (input: unknown, opts = {}) =>
  parseDeclaration(input, opts).issues.map((i) => [i.code, i.path]);

describe('parseDeclaration', () => {
  it('accepts a well-formed declaration and keeps its values', () => {
    const r = parseDeclaration(base, { programme: smallProgramme() });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.values['D2.2']).toEqual({ kind: 'rate', numerator: 49, denominator: 50 });
  });

  it.each([
    [{ kind: 'rate', numerator: 51, denominator: 50 }, 'numerator-exceeds-denominator', 'numerator'],
    [{ kind: 'rate', numerator: 0, denominator: 0 }, 'zero-denominator', 'denominator'],
    [{ kind: 'rate', numerator: -1, denominator: 5 }, 'negative-value', 'numerator'],
    [{ kind: 'rate', numerator: 1.5, denominator: 5 }, 'non-integer-value', 'numerator'],
    [{ kind: 'rate', numerator: Number.NaN, denominator: 5 }, 'not-finite', 'numerator'],
    [{ kind: 'rate', numerator: 1, denominator: Number.POSITIVE_INFINITY }, 'not-finite', 'denominator'],
    [{ kind: 'rate', percent: 100.5 }, 'percent-out-of-range', 'percent'],
    [{ kind: 'count', value: -3 }, 'negative-value', 'value'],
    [{ kind: 'count', value: 2.5 }, 'non-integer-value', 'value'],
    [{ kind: 'not-applicable', reason: '  ' }, 'missing-reason', 'reason'],
  ])('reports %j as %s at its path', (value, code, field) => {
    expect(codes(withValue(value))).toContainEqual([code, ['values', 'D2.2', field]]);
  });

  it('reports a rate with both forms, or neither', () => {
    expect(codes(withValue({ kind: 'rate', percent: 50, numerator: 1, denominator: 2 }))[0]?.[0]).toBe(
      'malformed-value',
    );
    expect(codes(withValue({ kind: 'rate' }))[0]?.[0]).toBe('malformed-value');
    expect(codes(withValue({ kind: 'rate', numerator: 1 }))).toEqual([
      ['malformed-value', ['values', 'D2.2', 'denominator']],
    ]);
  });

  it('reports a period ending before it starts, and dates that do not exist', () => {
    expect(codes({ ...base, period: { start: '2019-03-31', end: '2019-01-01' } })).toEqual([
      ['period-end-before-start', ['period', 'end']],
    ]);
    expect(codes({ ...base, period: { start: '2019-02-29', end: '2019-03-31' } })).toEqual([
      ['invalid-date', ['period', 'start']],
    ]);
    expect(parseDeclaration({ ...base, period: { start: '2020-02-29', end: '2020-02-29' } }).ok).toBe(true);
  });

  it('with a programme: unknown codes, wrong kinds and programme mismatches are errors', () => {
    const programme = smallProgramme();
    expect(codes({ ...base, values: { 'D9.9': { kind: 'yes-no', value: true } } }, { programme })).toEqual([
      ['unknown-indicator', ['values', 'D9.9']],
    ]);
    expect(codes({ ...base, values: { 'P2.1': { kind: 'rate', percent: 100 } } }, { programme })).toEqual([
      ['wrong-kind', ['values', 'P2.1', 'kind']],
    ]);
    expect(parseDeclaration({ ...base, programme: { id: 'hopen', version: '1' } }, { programme }).ok).toBe(
      false,
    );
    const v = parseDeclaration({ ...base, programme: { id: 'test-programme', version: '0' } }, { programme });
    expect(v.ok).toBe(true);
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['programme-version-mismatch', 'warning']]);
  });

  it('with an establishment: a value for an indicator that does not concern it is a warning', () => {
    const r = parseDeclaration(withValue({ kind: 'rate', numerator: 1, denominator: 2 }), {
      programme: smallProgramme(),
      establishment: { ...MCO, activities: ['PSY'], traits: [] },
    });
    expect(r.ok).toBe(true);
    const had = parseDeclaration(
      { ...base, values: { 'D2.5': { kind: 'rate', numerator: 1, denominator: 2 } } },
      { programme: smallProgramme(), establishment: { ...MCO, activities: ['HAD'] } },
    );
    expect(had.ok).toBe(true);
    expect(had.issues.map((i) => [i.code, i.severity])).toEqual([
      ['value-for-not-applicable-indicator', 'warning'],
    ]);
  });

  it('every issue carries a French and an English message', () => {
    const r = parseDeclaration(withValue({ kind: 'rate', numerator: 51, denominator: 50 }));
    expect(r.issues[0]?.message.fr).toMatch(/numérateur/);
    expect(r.issues[0]?.message.en).toMatch(/numerator/);
  });

  it('reports a wrong FINESS and a missing field', () => {
    const { finess: _, ...noFiness } = base;
    expect(codes(noFiness)[0]?.[0]).toBe('required');
    expect(parseDeclaration({ ...base, finess: '123' }).ok).toBe(false);
  });
});

describe('parseDeclaration and hostile keys', () => {
  it('reports a __proto__ value instead of dropping it, and pollutes nothing', () => {
    const input = JSON.parse(
      JSON.stringify({ ...base, values: { 'D2.2': base.values['D2.2'] } }).replace(
        '"values":{',
        '"values":{"__proto__":{"kind":"yes-no","value":true},',
      ),
    );
    const r = parseDeclaration(input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['forbidden-key', ['values', '__proto__']]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    const bulk = parseDeclarations([input, base]);
    expect(bulk.valid.map((v) => v.index)).toEqual([1]);
    expect(bulk.issues.map((i) => i.path)).toContainEqual([0, 'values', '__proto__']);
  });
});

describe('parseDeclaration reports the programme checks together with the shape problems', () => {
  it('lists an unknown code and a wrong kind even when the period is also wrong', () => {
    const input = {
      ...base,
      period: { start: '2019-03-31', end: '2019-01-01' },
      values: {
        'D2.2': { kind: 'yes-no', value: true },
        'X9.9': { kind: 'count', value: 1 },
        'D2.5': { kind: 'rate', numerator: 3, denominator: 2 },
      },
    };
    expect(codes(input, { programme: smallProgramme() })).toEqual(
      expect.arrayContaining([
        ['period-end-before-start', ['period', 'end']],
        ['wrong-kind', ['values', 'D2.2', 'kind']],
        ['unknown-indicator', ['values', 'X9.9']],
      ]),
    );
  });

  it('does the same in bulk, with the record index first', () => {
    const { valid, issues } = parseDeclarations(
      [{ ...base, period: 5, values: { 'X9.9': { kind: 'count', value: 1 } } }],
      {
        programme: smallProgramme(),
      },
    );
    expect(valid).toEqual([]);
    expect(issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([['unknown-indicator', [0, 'values', 'X9.9']]]),
    );
  });
});

describe('parseDeclarations', () => {
  it('keeps the valid records and reports the others with their index', () => {
    const rows = [base, withValue({ kind: 'rate', numerator: 5, denominator: 0 }), 'not an object', base];
    const r = parseDeclarations(rows, { programme: smallProgramme() });
    expect(r.valid.map((v) => v.index)).toEqual([0, 3]);
    expect(r.issues.map((i) => i.path.slice(0, 1))).toEqual([[1], [2]]);
    expect(r.issues[0]).toMatchObject({
      code: 'zero-denominator',
      path: [1, 'values', 'D2.2', 'denominator'],
    });
  });

  it('handles an empty list and a non-list', () => {
    expect(parseDeclarations([])).toEqual({ valid: [], issues: [] });
    expect(parseDeclarations({}).issues[0]).toMatchObject({ code: 'invalid-type', path: [] });
  });

  it('looks establishments up by canonical FINESS for applicability warnings', () => {
    const row = {
      ...base,
      finess: '75 071 218 4',
      values: { 'D2.5': { kind: 'rate', numerator: 1, denominator: 2 } },
    };
    const r = parseDeclarations([row], {
      programme: smallProgramme(),
      establishments: new Map([['750712184', { ...MCO, activities: ['HAD' as const] }]]),
    });
    expect(r.valid).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['value-for-not-applicable-indicator', [0, 'values', 'D2.5']],
    ]);
  });
});

describe('declarationJsonSchema', () => {
  it('describes the value kinds and the rate forms', () => {
    const schema = declarationJsonSchema() as {
      properties: Record<string, { additionalProperties?: unknown }>;
    };
    const values = JSON.stringify(schema.properties.values);
    expect(values).toContain('"const":"yes-no"');
    expect(values).toContain('"required":["percent"]');
    expect(JSON.stringify(schema.properties.period)).toContain('"format":"date"');
  });
});
