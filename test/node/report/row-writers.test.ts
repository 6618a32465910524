/**
 * The streaming writers of `palier evaluate --format csv|json` write an evaluation read from compact results
 * from its columns, without building its indicator records. Differential test: on random declarations (every
 * status, gaps in units and points, unreachable thresholds, invalid values, hostile codes and names), their text
 * must equal, byte for byte, the straightforward writing of the plain records — each CSV line through
 * `csvLine`, each JSON record through `JSON.stringify({ name, ...plainEvaluation(e) })`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../src/core/label.js';
import { compileProgramme } from '../../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../../src/evaluation/establishment.js';
import { plainEvaluation } from '../../../src/evaluation/evaluation-view.js';
import type { DeclaredValue, EstablishmentEvaluation } from '../../../src/evaluation/types.js';
import { CSV_DIALECTS, type CsvDialect, CsvRowWriter, csvLine } from '../../../src/node/report/csv-out.js';
import { EvaluationJsonWriter } from '../../../src/node/report/evaluation-json.js';
import { ind, programme, req, th } from '../../evaluation/programme-builder.js';
import { params, RUNS } from '../../fuzz/harness.js';

const NOTED: Provenance = { source: 'https://example.org/a,b', status: 'reported', note: 'palier’s “note”' };

const PROGRAMME = programme(
  [
    req('P1', [
      ind('P1.1', 'rate', { eligibility: th('at-least', 98) }),
      ind('P1.2', 'yes-no', { eligibility: th('equal', true) }),
      ind('=HYPERLINK("x")', 'count', { eligibility: { ...th('at-least', 3), provenance: NOTED } }),
    ]),
    req('P2', [ind('P2.1', 'rate')], null),
  ],
  [
    req('D1', [
      ind('D1.1', 'rate', { target: th('at-most', 5, false) }),
      ind('D1.2', 'rate', { target: th('equal', 50) }),
      ind('D1.3', 'rate', { target: th('at-least', 97.5), applicability: { activities: ['PSY'] } }),
      ind('D1.4', 'rate', { target: th('at-least', 120) }),
    ]),
    req('D2', []),
  ],
);
const COMPILED = compileProgramme(PROGRAMME);
const CODES = [...PROGRAMME.prerequisites, ...PROGRAMME.domains].flatMap((r) =>
  r.indicators.map((i) => i.code),
);

const valueArb: fc.Arbitrary<DeclaredValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<DeclaredValue>(
    { kind: 'not-applicable', reason: 'aucun patient' },
    { kind: 'not-applicable', reason: ' ' },
    { kind: 'rate', numerator: 1, denominator: 0 },
    { kind: 'rate', percent: 120 },
    { kind: 'count', value: -1 },
  ),
  fc.boolean().map((value): DeclaredValue => ({ kind: 'yes-no', value })),
  fc.integer({ min: 0, max: 10 }).map((value): DeclaredValue => ({ kind: 'count', value })),
  fc
    .integer({ min: 1, max: 400 })
    .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)))
    .map(([numerator, denominator]): DeclaredValue => ({ kind: 'rate', numerator, denominator })),
  fc.integer({ min: 0, max: 10_000 }).map((n): DeclaredValue => ({ kind: 'rate', percent: n / 100 })),
);

const evaluationArb: fc.Arbitrary<EstablishmentEvaluation> = fc
  .tuple(
    fc.tuple(...CODES.map(() => valueArb)),
    fc.constantFrom<readonly ('MCO' | 'PSY')[]>(['MCO'], ['PSY']),
    fc.constantFrom('2021-01-01', '2022-06-30'),
  )
  .map(([values, activities, end]) =>
    evaluateEstablishment(
      COMPILED,
      { finess: '750712184', activities },
      {
        finess: '750712184',
        level: 'legal-entity',
        programme: { id: PROGRAMME.id, version: PROGRAMME.version },
        period: { start: '2021-01-01', end },
        values: Object.fromEntries(
          CODES.flatMap((code, k) => (values[k] === undefined ? [] : [[code, values[k]!]])),
        ),
      },
      { asOf: '2022-12-31' },
    ),
  );

const nameArb = fc.option(
  fc.constantFrom('CH Exemple', '=cmd|x', 'a,b;c', '"quoted"', ' spaced ', 'ligne\r\nsuivante', 'Hôpital’s'),
  { nil: undefined },
);

/** The CSV rows of an evaluation written the plain way: one `csvLine` of the 23 cells per indicator record. */
function plainRows(name: string | undefined, e: EstablishmentEvaluation, dialect: CsvDialect): string {
  let out = '';
  for (const r of [...e.prerequisites, ...e.domains])
    for (const i of r.indicators)
      out += csvLine(
        [
          e.finess,
          name,
          e.period.start,
          e.period.end,
          e.asOf,
          e.programme.id,
          e.programme.version,
          e.palier.status,
          r.code,
          r.kind,
          r.status,
          i.code,
          i.status,
          i.reason,
          i.observed,
          i.expected?.comparator,
          i.expected?.value,
          i.expected?.inclusive,
          i.expected?.role,
          i.gap?.amount,
          i.gap?.unit,
          i.provenance?.status,
          i.provenance?.source,
        ],
        dialect,
      );
  return out;
}

describe('streaming writers: compact results written as the plain records would be', () => {
  it('CSV, every dialect: the same text from the columns and from the plain records', () => {
    const writers = Object.values(CSV_DIALECTS).map((d) => [d, new CsvRowWriter(d)] as const);
    fc.assert(
      fc.property(evaluationArb, nameArb, (e, name) => {
        const plain = plainEvaluation(e);
        for (const [dialect, writer] of writers) {
          const expected = plainRows(name, plain, dialect);
          expect(writer.rows(e.finess, name, e)).toBe(expected);
          expect(writer.rows(e.finess, name, plain)).toBe(expected);
        }
      }),
      params(RUNS.default),
    );
  });

  it('JSON: the same text as JSON.stringify of the plain evaluation, name first', () => {
    const writer = new EvaluationJsonWriter();
    fc.assert(
      fc.property(evaluationArb, nameArb, (e, name) => {
        const plain = plainEvaluation(e);
        const expected = JSON.stringify(name === undefined ? plain : { name, ...plain });
        expect(writer.record(e, name)).toBe(expected);
        expect(writer.record(plain, name)).toBe(expected);
      }),
      params(RUNS.default),
    );
  });

  it('covers what the writers special-case: every status, gaps, thresholds absent, hostile cells', () => {
    const seen = new Set<string>();
    const samples = fc.sample(evaluationArb, { numRuns: 300, seed: 1 });
    for (const e of samples)
      for (const r of [...e.prerequisites, ...e.domains])
        for (const i of r.indicators) {
          seen.add(i.status);
          if (i.gap !== undefined) seen.add(`gap ${i.gap.unit}`);
          if (i.expected === undefined) seen.add('no threshold');
        }
    expect([...seen].sort()).toEqual(
      [
        'met',
        'not-met',
        'not-applicable',
        'missing',
        'unknown',
        'invalid',
        'gap units',
        'gap points',
        'no threshold',
      ].sort(),
    );
  });

  it('a line in the French dialect: decimal comma, formula code defused, text with a delimiter quoted', () => {
    const e = evaluateEstablishment(
      COMPILED,
      { finess: '750712184', activities: ['MCO'] },
      {
        finess: '750712184',
        level: 'legal-entity',
        programme: { id: PROGRAMME.id, version: PROGRAMME.version },
        period: { start: '2021-01-01', end: '2021-12-31' },
        values: {
          'P1.1': { kind: 'rate', numerator: 391, denominator: 400 },
          '=HYPERLINK("x")': { kind: 'count', value: 1 },
        },
      },
      { asOf: '2022-12-31' },
    );
    const lines = new CsvRowWriter(CSV_DIALECTS.fr).rows(e.finess, 'a;b', e).split('\r\n');
    expect(lines[0]).toBe(
      '750712184;"a;b";2021-01-01;2021-12-31;2022-12-31;test-programme;1;not-reached;P1;prerequisite;not-reached;P1.1;not-met;below-threshold;97,75;at-least;98;true;eligibility;1;units;override;test',
    );
    expect(lines[2]).toBe(
      `750712184;"a;b";2021-01-01;2021-12-31;2022-12-31;test-programme;1;not-reached;P1;prerequisite;not-reached;"'=HYPERLINK(""x"")";not-met;below-threshold;1;at-least;3;true;eligibility;2;units;reported;"https://example.org/a,b"`,
    );
  });
});
