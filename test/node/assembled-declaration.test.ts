import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import type { Declaration } from '../../src/evaluation/types.js';
import { readDeclarations } from '../../src/node/io/read-declarations.js';
import { settleDeclaration } from '../../src/node/io/settle-declaration.js';
import { hopen } from '../../src/programmes/index.js';
import { parseAssembledDeclaration, parseDeclaration } from '../../src/schemas/declaration.js';

// The CSV reader assembles declarations from cells it has already read and settles them without giving their
// sound values to the schema again (parseAssembledDeclaration): it must be exactly parseDeclaration.

const indicators = [...hopen.prerequisites, ...hopen.domains].flatMap((r) => r.indicators);
const codeOf = (kind: string) => indicators.find((i) => i.kind === kind)!.code;
const yesNo = codeOf('yes-no');
const rate = codeOf('rate');
const count = indicators.find((i) => i.kind === 'count')?.code ?? 'C0.0';
const compiled = compileProgramme(hopen);
const establishment = { finess: '750712184', activities: ['MCO'], traits: [] } as never;

/** Values as the CSV reader builds them: read from sound cells, or a bare `{ kind }` when a cell was not. */
const value = fc.constantFrom<unknown>(
  { kind: 'yes-no', value: true },
  { kind: 'yes-no', value: false },
  { kind: 'rate', numerator: 49, denominator: 50 },
  { kind: 'rate', numerator: 51, denominator: 50 },
  { kind: 'rate', numerator: 0, denominator: 0 },
  { kind: 'rate', numerator: 2.5, denominator: 10 },
  { kind: 'rate', numerator: 10 },
  { kind: 'rate', percent: 97.5 },
  { kind: 'rate', percent: 150 },
  { kind: 'count', value: 12 },
  { kind: 'count', value: -1 },
  { kind: 'count', value: 1.5 },
  { kind: 'not-applicable', reason: 'aucune activité' },
  { kind: 'not-applicable', reason: ' ' },
  { kind: 'rate' },
  { kind: 'count' },
  { kind: 'yes-no' },
  { kind: 'not-applicable' },
  { kind: 'foo' },
  { kind: '' },
);
const code = fc.constantFrom(yesNo, rate, count, 'X9.9', '__proto__', 'constructor');
const head = fc.record({
  finess: fc.constantFrom('750712184', '750712148', '2A0000014', ''),
  level: fc.constantFrom('legal-entity', 'site', 'ght', 'bogus'),
  programme: fc.constantFrom(
    { id: hopen.id, version: hopen.version },
    { id: hopen.id, version: '1999' },
    { id: 'hn', version: hopen.version },
  ),
  period: fc.constantFrom(
    { start: '2021-01-01', end: '2021-03-31' },
    { start: '2021-02-30', end: '2021-03-31' },
    { start: '2021-03-31', end: '2021-01-01' },
  ),
});
const tail = fc.record(
  {
    ght: fc.constant('GHT 75'),
    method: fc.constant('extraction'),
    declaredOn: fc.constantFrom('2021-04-02', '2021-13-01'),
  },
  { requiredKeys: [] },
);
const candidate = fc
  .tuple(head, tail, fc.uniqueArray(fc.tuple(code, value), { selector: ([c]) => c, maxLength: 6 }))
  .map(([h, t, entries]) => ({ ...h, ...t, values: Object.fromEntries(entries) }));
const OPTIONS = {
  programme: { programme: hopen },
  establishment: { programme: hopen, establishment },
  none: {},
};
const options = fc.constantFrom('programme', 'establishment', 'none' as const);

describe('a declaration assembled by the CSV reader', () => {
  test.prop([candidate, options], { numRuns: 300 })(
    'is parsed exactly as parseDeclaration parses it (issues and order included)',
    (c, o) => {
      expect(parseAssembledDeclaration(c, OPTIONS[o])).toEqual(parseDeclaration(c, OPTIONS[o]));
    },
  );

  test.prop([candidate], { numRuns: 300 })('is settled and evaluated exactly as through the schema', (c) => {
    const assembled = settleDeclaration(c, { programme: hopen, establishment, assembled: true });
    const schema = settleDeclaration(c, { programme: hopen, establishment });
    expect(assembled.issues).toEqual(schema.issues);
    expect(assembled.badCodes).toEqual(schema.badCodes);
    expect(assembled.declaration).toEqual(schema.declaration);
    if (schema.declaration === undefined) return;
    const evaluate = (d: Declaration) =>
      JSON.parse(JSON.stringify(evaluateEstablishment(compiled, establishment, d, { asOf: '2021-06-30' })));
    expect(evaluate(assembled.declaration!)).toEqual(evaluate(schema.declaration));
  });

  it('read from a CSV file, is evaluated as the same declaration read from JSON (through parseDeclaration)', () => {
    const rows = [
      [yesNo, 'oui', '', '', ''],
      [rate, '', '51', '50', ''],
      [count, '', '', '', 'aucune activité'],
      ['X9.9', '3', '', '', ''],
    ];
    const csv = [
      'finess;level;period_start;period_end;indicator;value;numerator;denominator;na_reason',
      ...rows.map((r) => ['750712184', 'EJ', '2021-01-01', '2021-03-31', ...r].join(';')),
    ].join('\n');
    const json = JSON.stringify([
      {
        finess: '750712184',
        level: 'legal-entity',
        programme: { id: hopen.id, version: hopen.version },
        period: { start: '2021-01-01', end: '2021-03-31' },
        values: {
          [yesNo]: { kind: 'yes-no', value: true },
          [rate]: { kind: 'rate', numerator: 51, denominator: 50 },
          [count]: { kind: 'not-applicable', reason: 'aucune activité' },
          'X9.9': { kind: 'count', value: 3 },
        },
      },
    ]);
    const fromCsv = readDeclarations(csv, { file: 'd.csv', programme: hopen });
    const fromJson = readDeclarations(json, { file: 'd.json', programme: hopen });
    expect(fromCsv.values).toHaveLength(1);
    expect(fromCsv.values).toEqual(fromJson.values);
    const codes = (r: typeof fromCsv) => r.problems.map((p) => [p.issue.code, p.issue.path]);
    expect(codes(fromCsv)).toEqual(codes(fromJson));
    expect(codes(fromCsv).map(([c]) => c)).toEqual(
      expect.arrayContaining(['numerator-exceeds-denominator', 'unknown-indicator']),
    );
    const evaluate = (d: Declaration) =>
      JSON.stringify(evaluateEstablishment(compiled, establishment, d, { asOf: '2021-06-30' }));
    expect(evaluate(fromCsv.values[0]!)).toEqual(evaluate(fromJson.values[0]!));
    expect(evaluate(fromCsv.values[0]!)).toContain('"invalid"');
  });
});
