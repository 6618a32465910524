/**
 * The evaluation engine and money under generated input: declared values of every shape (valid, at the limits,
 * hostile) for HOP'EN's indicators, batches with malformed records, and money strings and splits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../src/actors/types.js';
import { PalierError } from '../../src/core/error.js';
import type { PalierIssue } from '../../src/core/issue.js';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import { plainEvaluation } from '../../src/evaluation/evaluation-view.js';
import { explain } from '../../src/evaluation/explain.js';
import { evaluateMany } from '../../src/evaluation/many.js';
import { allocate } from '../../src/money/allocate.js';
import { addMoney } from '../../src/money/arithmetic.js';
import { parseMoney } from '../../src/money/money.js';
import { hopen } from '../../src/programmes/index.js';
import { assertIssue, isErrorIssue, params, RUNS, shallowHostileValue } from './harness.js';
import { declaration } from './samples.js';

const compiled = compileProgramme(hopen);
const codes = [...hopen.prerequisites, ...hopen.domains].flatMap((r) => r.indicators.map((i) => i.code));
const STATUSES = new Set(['met', 'not-met', 'not-applicable', 'missing', 'unknown', 'invalid']);
/** Whether a text holds a control character other than tab and line feed (C0, DEL, C1). */
function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

const count = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.constantFrom(0, 1, 2 ** 53 - 1, 2 ** 53, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
);
/** A declared value: well formed, at the limits, or hostile. */
const declaredValue = fc.oneof(
  fc.record({ kind: fc.constant('rate'), numerator: count, denominator: count }),
  fc.record({
    kind: fc.constant('rate'),
    percent: fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.constantFrom(0, 100, 97.5)),
  }),
  fc.record({ kind: fc.constant('yes-no'), value: fc.oneof(fc.boolean(), shallowHostileValue) }),
  fc.record({ kind: fc.constant('not-applicable'), reason: fc.oneof(fc.string(), shallowHostileValue) }),
  shallowHostileValue,
);
const values = fc.dictionary(
  fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 6 })),
  declaredValue,
  {
    maxKeys: 12,
  },
);
const activities = fc.subarray([...ACTIVITIES]);

describe('evaluation under generated declarations', () => {
  it('never fails inside: every record is evaluated or refused as malformed, statuses and counts hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(values, activities), { maxLength: 8 }), fc.boolean(), (rows, junk) => {
        const inputs: unknown[] = rows.map(([v, a]) => ({
          establishment: { finess: '750712184', activities: a },
          declaration: { ...declaration, values: v },
        }));
        if (junk) inputs.push(null, { establishment: 1 }, { declaration: {} });
        const batch = evaluateMany(compiled, inputs as never, { asOf: '2020-06-30' });
        expect(batch.records).toHaveLength(inputs.length);
        expect(batch.summary.evaluated + batch.summary.skipped).toBe(inputs.length);
        const { palier } = batch.summary;
        expect(palier.reached + palier['not-reached'] + palier.unknown).toBe(batch.summary.evaluated);
        for (const record of batch.records) {
          if (!record.ok) {
            expect(record.diagnostics.map((d) => d.code)).not.toContain('evaluation-failed');
            continue;
          }
          const evaluation = record.evaluation;
          const indicators = [...evaluation.prerequisites, ...evaluation.domains].flatMap(
            (r) => r.indicators,
          );
          expect(indicators).toHaveLength(codes.length);
          for (const i of indicators) expect(STATUSES.has(i.status)).toBe(true);
        }
      }),
      params(RUNS.heavy),
    );
  });

  it('a batch row and a single evaluation agree, and the explanation replays no control character', () => {
    fc.assert(
      fc.property(values, activities, (v, a) => {
        const input = {
          establishment: { finess: '750712184', activities: a },
          declaration: { ...declaration, values: v },
        };
        const [record] = evaluateMany(compiled, [input as never], { asOf: '2020-06-30' }).records;
        const single = evaluateEstablishment(compiled, input.establishment, input.declaration as never, {
          asOf: '2020-06-30',
        });
        expect(record?.ok).toBe(true);
        if (record?.ok !== true) return;
        expect(plainEvaluation(record.evaluation)).toEqual(plainEvaluation(single));
        for (const lang of ['fr', 'en'] as const) expect(hasControl(explain(single, { lang }))).toBe(false);
      }),
      params(RUNS.heavy),
    );
  });
});

/** Every issue well formed, and a refusal comes with at least one error (values may be Money, not plain data). */
function assertResult(r: { ok: boolean; issues: readonly PalierIssue[] }): void {
  r.issues.forEach(assertIssue);
  if (!r.ok) expect(r.issues.some(isErrorIssue)).toBe(true);
}

/** Money text: well formed, with separators, or anything. */
const moneyText = fc.oneof(
  fc
    .tuple(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 99 }))
    .map(([e, c]) => `${e}.${String(c).padStart(2, '0')}`),
  fc.constantFrom('0.00', '-0.00', '1.005', '1e3', '1 000,00', ' 1.00', '0x10', '', 'NaN', '9'.repeat(40)),
  fc.string({ maxLength: 20 }),
);

describe('money under generated input', () => {
  it('parseMoney explains every refusal, and an accepted amount reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(moneyText, shallowHostileValue), (text) => {
        const r = parseMoney(text);
        assertResult(r);
        if (r.ok) expect(parseMoney(r.value.toString()).ok).toBe(true);
      }),
      params(),
    );
  });

  it('allocate splits to the cent: the shares add up to the total, or the weights are refused', () => {
    fc.assert(
      fc.property(
        moneyText,
        fc.array(fc.oneof(fc.nat({ max: 1000 }), shallowHostileValue), { maxLength: 6 }),
        (text, weights) => {
          const total = parseMoney(text);
          if (!total.ok) return;
          let r: ReturnType<typeof allocate>;
          try {
            r = allocate(total.value, weights as never);
          } catch (error) {
            expect(error).toBeInstanceOf(PalierError);
            return;
          }
          assertResult(r);
          if (!r.ok) return;
          if (r.value.length === 0) return;
          const added = r.value.slice(1).reduce((a, b) => addMoney(a, b), r.value[0]!);
          expect(added.toString()).toBe(total.value.toString());
        },
      ),
      params(),
    );
  });
});
