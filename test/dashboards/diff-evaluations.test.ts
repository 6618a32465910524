/**
 * `diffEvaluations` reads indicator statuses from the outcome columns of evaluation views; these tests pin that
 * it says exactly what a straightforward diff of the fully built records says, on random declarations, for
 * views of the same batch, of two programmes, and for plain evaluation objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffEvaluations, type EvaluationChange } from '../../src/dashboards/index.js';
import {
  compileProgramme,
  type EvaluationView,
  evaluateEstablishment,
  evaluateMany,
  plainEvaluation,
} from '../../src/evaluation/index.js';
import type {
  DeclaredValue,
  EstablishmentEvaluation,
  LevelStatus,
  RequirementResult,
} from '../../src/evaluation/types.js';
import type { Programme } from '../../src/programme/index.js';
import { withOverrides } from '../../src/programme/index.js';
import { declaration, establishment, rate, TEST, testProgramme } from './fixtures.js';

const ASOF = '2019-12-31';
const base = testProgramme();

/** The base with a lower D2.2 target: same shape, other statuses. */
const lowered = withOverrides(base, {
  source: 'test: diff',
  thresholds: [{ indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 90, inclusive: true }],
});

/** The base reshaped: domains in reverse order, D4 dropped, D2 with an extra indicator D2.9 listed first. */
function reshaped(): Programme {
  const [d2, d3] = base.domains;
  const extra = { ...d2!.indicators[0]!, code: 'D2.9', label: { fr: 'D2.9', en: 'D2.9' } };
  const indicators = [extra, ...d2!.indicators];
  const d2Wider = {
    ...d2!,
    indicators,
    indicatorCount: { value: indicators.length, provenance: TEST },
  };
  return { ...base, id: 'dash-test', version: '2', domains: [d3!, d2Wider] };
}

const PROGRAMMES = [base, lowered, reshaped()].map((p) => compileProgramme(p));

/** A declared value: around the thresholds, sometimes invalid (numerator above the denominator) or absent. */
const rateArb = fc.option(
  fc.integer({ min: 0, max: 110 }).map((n) => rate(n, 100)),
  { nil: undefined, freq: 6 },
);
const valuesArb: fc.Arbitrary<Record<string, DeclaredValue>> = fc
  .record({
    'P1.1': rateArb,
    'P2.1': fc.option(
      fc.boolean().map((value): DeclaredValue => ({ kind: 'yes-no', value })),
      { nil: undefined, freq: 6 },
    ),
    'D2.2': rateArb,
    'D2.9': rateArb,
    'D3.5': rateArb,
    'D4.1': rateArb,
  })
  .map((r) => {
    const out: Record<string, DeclaredValue> = {};
    for (const [code, v] of Object.entries(r)) if (v !== undefined) out[code] = v;
    return out;
  });
const activitiesArb = fc.subarray(['MCO', 'HAD'] as const);

/** A side of a diff: which programme, which values, and whether to hand the view or its plain copy. */
interface Side {
  readonly programme: number;
  readonly values: Record<string, DeclaredValue>;
  readonly activities: readonly ('MCO' | 'HAD')[];
  readonly plain: boolean;
}

/** Any side. */
const sideArb: fc.Arbitrary<Side> = fc.record({
  programme: fc.integer({ min: 0, max: PROGRAMMES.length - 1 }),
  values: valuesArb,
  activities: activitiesArb,
  plain: fc.boolean(),
});

function evaluate(side: Side): EstablishmentEvaluation {
  const programme = PROGRAMMES[side.programme]!;
  const decl = {
    ...declaration('A', { p11: 0, p21: false, d22: 0, d35: 0 }, undefined, {
      id: programme.programme.id,
      version: programme.programme.version,
    }),
    values: side.values,
  };
  const view = evaluateEstablishment(
    programme,
    establishment('A', { activities: [...side.activities] }),
    decl,
    {
      asOf: ASOF,
    },
  );
  return side.plain ? plainEvaluation(view) : view;
}

/** The straightforward diff: every record built, matched by code through maps. */
function referenceDiff(
  before: EstablishmentEvaluation,
  after: EstablishmentEvaluation,
): EvaluationChange | undefined {
  const b = plainEvaluation(before);
  const a = plainEvaluation(after);
  const requirements: EvaluationChange['requirements'][number][] = [];
  const indicators: EvaluationChange['indicators'][number][] = [];
  const group = (bs: readonly RequirementResult[], as: readonly RequirementResult[]) => {
    const afterByCode = new Map(as.map((r) => [r.code, r]));
    for (const br of bs) {
      const ar = afterByCode.get(br.code);
      if (ar === undefined) continue;
      if (ar.status !== br.status)
        requirements.push({ code: br.code, kind: br.kind, from: br.status, to: ar.status });
      const afterIndicators = new Map(ar.indicators.map((i) => [i.code, i]));
      for (const bi of br.indicators) {
        const ai = afterIndicators.get(bi.code);
        if (ai !== undefined && ai.status !== bi.status)
          indicators.push({ code: bi.code, requirement: br.code, from: bi.status, to: ai.status });
      }
    }
  };
  group(b.prerequisites, a.prerequisites);
  group(b.domains, a.domains);
  const all = (ps: readonly RequirementResult[]): LevelStatus =>
    ps.length === 0
      ? 'unknown'
      : ps.some((p) => p.status === 'not-reached')
        ? 'not-reached'
        : ps.some((p) => p.status === 'unknown')
          ? 'unknown'
          : 'reached';
  const pb = all(b.prerequisites);
  const pa = all(a.prerequisites);
  const moved = b.palier.status !== a.palier.status;
  if (requirements.length === 0 && indicators.length === 0 && pb === pa && !moved) return undefined;
  return {
    finess: b.finess,
    indicators,
    requirements,
    ...(pb !== pa ? { prerequisites: { from: pb, to: pa } } : {}),
    ...(moved ? { palier: { from: b.palier.status, to: a.palier.status } } : {}),
  };
}

describe('diffEvaluations reads the outcome columns', () => {
  it('says what the diff of the built records says, for any two programmes, views or plain objects', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (before, after) => {
        const b = evaluate(before);
        const a = evaluate(after);
        expect(diffEvaluations(b, a)).toEqual(referenceDiff(b, a));
      }),
      { numRuns: 400 },
    );
  });

  it('says the same for rows of two batches evaluated under two programmes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ values: valuesArb, activities: activitiesArb }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: PROGRAMMES.length - 1 }),
        fc.integer({ min: 0, max: PROGRAMMES.length - 1 }),
        (rows, p, q) => {
          const batch = (index: number) => {
            const programme = PROGRAMMES[index]!;
            const inputs = rows.map((r, i) => ({
              establishment: establishment(`E${i}`, { activities: [...r.activities] }),
              declaration: {
                ...declaration(`E${i}`, { p11: 0, p21: false, d22: 0, d35: 0 }, undefined, {
                  id: programme.programme.id,
                  version: programme.programme.version,
                }),
                values: r.values,
              },
            }));
            return evaluateMany(programme, inputs, { asOf: ASOF }).records.map((r) => {
              if (!r.ok) throw new Error('record refused');
              return r.evaluation;
            });
          };
          const before = batch(p);
          const after = batch(q);
          before.forEach((b, i) => {
            expect(diffEvaluations(b, after[i]!)).toEqual(referenceDiff(b, after[i]!));
            // rows of one batch against each other
            const other = before[(i + 1) % before.length]!;
            expect(diffEvaluations(b, other)).toEqual(referenceDiff(b, other));
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds a moved indicator listed at another place in the other programme', () => {
    const values = { 'D2.2': rate(95, 100), 'D2.9': rate(10, 100) };
    const change = diffEvaluations(
      evaluate({ programme: 0, values, activities: ['MCO'], plain: false }),
      evaluate({
        programme: 2,
        values: { ...values, 'D2.2': rate(99, 100) },
        activities: ['MCO'],
        plain: false,
      }),
    );
    expect(change?.indicators).toEqual([{ code: 'D2.2', requirement: 'D2', from: 'not-met', to: 'met' }]);
  });

  it('reads from the columns the statuses the records give', () => {
    fc.assert(
      fc.property(sideArb, (side) => {
        const view = evaluate({ ...side, plain: false }) as EvaluationView;
        expect(view.palierStatus()).toBe(view.palier.status);
        for (const r of [...view.prerequisites, ...view.domains])
          expect(r.indicatorStatuses()).toEqual(r.indicators.map(({ code, status }) => ({ code, status })));
      }),
      { numRuns: 200 },
    );
  });

  it('says nothing moved between a view and its plain copy', () => {
    const side: Side = { programme: 1, values: { 'D2.2': rate(91, 100) }, activities: ['HAD'], plain: false };
    const view = evaluate(side);
    expect(diffEvaluations(view, plainEvaluation(view))).toBeUndefined();
    expect(diffEvaluations(plainEvaluation(view), view)).toBeUndefined();
  });
});
