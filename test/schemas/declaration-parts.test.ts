import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import type { Declaration } from '../../src/evaluation/types.js';
import { readDeclarations } from '../../src/node/io/read-declarations.js';
import { settleDeclaration } from '../../src/node/io/settle-declaration.js';
import { hopen } from '../../src/programmes/index.js';
import { parseDeclaration, parseWhole } from '../../src/schemas/declaration.js';

// parseDeclaration gives the schema the head of a declaration and only the values the engine's check refuses
// (a file of thousands of declarations is read at the speed of that check): it must be exactly the schema's
// result on the whole input (parseWhole), issue for issue and in the same order, whatever the input.

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

/** Values as a JSON file or a caller may write them: extra fields, another order, odd types, no prototype. */
const hostileValue = fc.oneof(
  value,
  fc.constantFrom<unknown>(
    { value: true, kind: 'yes-no' },
    { kind: 'yes-no', value: true, note: 'extra' },
    { kind: 'count', value: 3, percent: 5 },
    { kind: 'rate', denominator: 50, numerator: 49 },
    { kind: 'rate', numerator: 49, denominator: 50, percent: undefined },
    { kind: 'rate', numerator: 49, denominator: 50, percent: 98 },
    { kind: 'rate', percent: Number.NaN },
    { kind: 'count', value: Number.POSITIVE_INFINITY },
    { kind: 'count', value: '3' },
    { kind: 'not-applicable', reason: 'x', value: 1 },
    { kind: 'yes-no', value: true, [Symbol('s')]: 1 },
    Object.assign(Object.create(null), { kind: 'count', value: 2 }),
    Object.defineProperty({ kind: 'count' }, 'value', { value: 4, enumerable: false }),
    [{ kind: 'count', value: 1 }],
    null,
    'oui',
    42,
    undefined,
  ),
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

/** Whole inputs as anyone may pass them: extra and reordered fields, odd containers, symbols, no prototype. */
const hostile = fc
  .tuple(
    candidate,
    fc.uniqueArray(
      fc.tuple(fc.constantFrom(yesNo, rate, count, 'X9.9', '', '__proto__', '10'), hostileValue),
      {
        selector: ([c]) => c,
        maxLength: 6,
      },
    ),
    fc.constantFrom(
      'plain',
      'reversed',
      'extra',
      'null-prototype',
      'values-null-prototype',
      'symbol',
      'class',
    ),
  )
  .map(([c, entries, form]): unknown => {
    const values: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(values, k, { value: v, enumerable: true, writable: true });
    const base = { ...c, values };
    if (form === 'reversed') return Object.fromEntries(Object.entries(base).reverse());
    if (form === 'extra') return { note: 'x', ...base, values: { ...values }, zzz: 1 };
    if (form === 'null-prototype') return Object.assign(Object.create(null), base);
    if (form === 'values-null-prototype')
      return { ...c, values: Object.assign(Object.create(null), Object.fromEntries(entries)) };
    if (form === 'symbol') return { ...c, values: { ...values, [Symbol('s')]: { kind: 'count', value: 1 } } };
    return Object.assign(new (class Declaration {})(), base);
  });
/** Heads as anyone may write them: every field sound, odd, missing or present as `undefined`. */
const sparse = ['a'];
sparse[2] = 'c';
/** Mostly one of the sound forms, sometimes an odd one (so that whole heads are often sound). */
const mostly = (sound: unknown[], odd: unknown[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...sound), weight: 3 },
    { arbitrary: fc.constantFrom(...odd), weight: 1 },
  );
const hostileHead = fc
  .tuple(
    fc.record(
      {
        finess: mostly(['750712184', '75 071 218 4', '2a0000014', '75071218'], ['750712148', 750712184]),
        level: mostly(['legal-entity', 'site', 'ght'], ['EJ', undefined]),
        ght: mostly(['GHT 75'], ['', undefined, 75]),
        programme: mostly(
          [
            { id: hopen.id, version: hopen.version },
            { version: hopen.version, id: hopen.id, note: 'x' },
            Object.assign(Object.create(null), { id: hopen.id, version: hopen.version }),
          ],
          [
            { id: '', version: hopen.version },
            { id: hopen.id },
            Object.assign(new (class Ref {})(), { id: hopen.id, version: hopen.version }),
            [hopen.id, hopen.version],
            null,
          ],
        ),
        period: mostly(
          [
            { start: '2021-01-01', end: '2021-03-31' },
            { end: '2021-03-31', start: '2021-01-01', extra: 1 },
            { start: '2021-03-31', end: '2021-03-31' },
          ],
          [
            { start: '2021-03-31', end: '2021-01-01' },
            { start: '2020-02-29', end: '2021-02-29' },
            { start: '2021-01-01' },
            { start: 20210101, end: '2021-03-31' },
            '2021-01-01/2021-03-31',
          ],
        ),
        method: mostly(['extraction'], ['', undefined, 3]),
        evidence: mostly([[], ['audit.pdf']], [sparse, [1], 'audit.pdf', undefined]),
        declaredOn: mostly(['2021-04-02'], ['2021-04-31', undefined, null]),
        declaredBy: mostly(['DSI', ''], [undefined, 5]),
        note: fc.constant<unknown>('not in the schema'),
      },
      { requiredKeys: [] },
    ),
    fc.uniqueArray(fc.tuple(code, value), { selector: ([c]) => c, maxLength: 4 }),
  )
  .map(([h, entries]) => ({ ...h, values: Object.fromEntries(entries) }));

const OPTIONS = {
  programme: { programme: hopen },
  establishment: { programme: hopen, establishment },
  none: {},
};
const options = fc.constantFrom('programme', 'establishment', 'none' as const);

describe("parseDeclaration, the head through the schema and the sound values by the engine's check", () => {
  test.prop([candidate, options], { numRuns: 300 })(
    'parses a declaration as the CSV reader assembles it exactly as the schema does (issues and order included)',
    (c, o) => {
      const parts = parseDeclaration(c, OPTIONS[o]);
      const whole = parseWhole(c, OPTIONS[o]);
      expect(parts).toEqual(whole);
      // the same declaration down to the order of its fields (a JSON report writes them in that order)
      expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
    },
  );

  test.prop([hostile, options], { numRuns: 300 })(
    'parses any input exactly as the schema does (extra or reordered fields, odd values, no prototype)',
    (input, o) => {
      const parts = parseDeclaration(input, OPTIONS[o]);
      const whole = parseWhole(input, OPTIONS[o]);
      expect(parts).toEqual(whole);
      expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
    },
  );

  test.prop([hostileHead, options], { numRuns: 500 })(
    'parses any head exactly as the schema does (every field sound, odd, missing or undefined)',
    (input, o) => {
      const parts = parseDeclaration(input, OPTIONS[o]);
      const whole = parseWhole(input, OPTIONS[o]);
      expect(parts).toEqual(whole);
      expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
      if (!parts.ok || !whole.ok) return;
      // present-but-undefined fields are kept as the schema keeps them (JSON.stringify would hide them)
      expect(Object.keys(parts.value)).toEqual(Object.keys(whole.value));
      // new objects, as the schema gives back: the caller's are never shared
      const head = input as Record<string, unknown>;
      for (const field of ['programme', 'period', 'evidence'] as const)
        if (head[field] !== undefined) expect(parts.value[field]).not.toBe(head[field]);
    },
  );

  it('parses each odd field of an otherwise sound head exactly as the schema does', () => {
    const sound = {
      finess: '750712184',
      level: 'site',
      ght: 'GHT 75',
      programme: { id: hopen.id, version: hopen.version },
      period: { start: '2021-01-01', end: '2021-03-31' },
      method: 'extraction',
      evidence: ['audit.pdf'],
      declaredOn: '2021-04-02',
      declaredBy: 'DSI',
      values: { [yesNo]: { kind: 'yes-no', value: true } },
    };
    const odd: Record<string, unknown[]> = {
      finess: ['750712148', '', 750712184, undefined],
      level: ['EJ', '', undefined],
      ght: ['', 75, null, undefined],
      programme: [{ id: '', version: 'v' }, { id: 'x' }, null, undefined],
      period: [
        { start: '2021-03-31', end: '2021-01-01' },
        { start: '2021-02-30', end: '2021-03-31' },
        undefined,
      ],
      method: ['', 3, null, undefined],
      evidence: [sparse, [1], 'audit.pdf', null, undefined],
      declaredOn: ['2021-04-31', '', null, undefined],
      declaredBy: [5, null, undefined],
    };
    let cases = 0;
    for (const [field, list] of Object.entries(odd)) {
      for (const bad of list) {
        const input = { ...sound, [field]: bad };
        const parts = parseDeclaration(input, OPTIONS.programme);
        const whole = parseWhole(input, OPTIONS.programme);
        expect(parts, `${field}: ${String(bad)}`).toEqual(whole);
        if (parts.ok && whole.ok) expect(Object.keys(parts.value)).toEqual(Object.keys(whole.value));
        cases++;
      }
    }
    expect(cases).toBe(34);
    expect(parseDeclaration(sound, OPTIONS.programme)).toEqual(parseWhole(sound, OPTIONS.programme));
  });

  it('refuses an input that throws when read as the schema path does (a PalierError saying why)', () => {
    const input = {
      finess: '750712184',
      level: 'legal-entity',
      programme: { id: hopen.id, version: hopen.version },
      period: { start: '2021-01-01', end: '2021-03-31' },
      values: {
        get [yesNo]() {
          throw new Error('boom');
        },
      },
    };
    expect(() => parseWhole(input)).toThrow('boom');
    expect(() => parseDeclaration(input)).toThrow(/argument "input" could not be read \(boom\)/);
  });

  test.prop([candidate], { numRuns: 300 })(
    'settles a sound declaration as the schema accepts it, and it evaluates the same',
    (c) => {
      const settled = settleDeclaration(c, { programme: hopen, establishment });
      const whole = parseWhole(c, { programme: hopen, establishment });
      if (!whole.ok) return;
      expect(settled.issues).toEqual(whole.issues);
      expect(settled.badCodes.size).toBe(0);
      expect(settled.declaration).toEqual(whole.value);
      const evaluate = (d: Declaration) =>
        JSON.stringify(evaluateEstablishment(compiled, establishment, d, { asOf: '2021-06-30' }));
      expect(evaluate(settled.declaration!)).toBe(evaluate(whole.value));
    },
  );

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
