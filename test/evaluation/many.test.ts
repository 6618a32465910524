import { describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../src/evaluation/index.js';
import { compileProgramme, evaluateEstablishment, evaluateMany } from '../../src/evaluation/index.js';
import { hopen } from '../../src/programmes/index.js';
import { declaration } from '../fuzz/samples.js';
import { allMet, decl, MCO, rate, smallProgramme } from './programme-builder.js';

const asOf = '2019-06-30';

describe('evaluateMany', () => {
  it('evaluates every record like evaluateEstablishment, in order, and counts palier statuses', () => {
    const inputs: EvaluationInput[] = [
      { establishment: MCO, declaration: decl(allMet()) },
      { establishment: MCO, declaration: decl({ ...allMet(), 'D3.5': rate(1, 10) }) },
    ];
    const compiled = compileProgramme(smallProgramme());
    const batch = evaluateMany(compiled, inputs, { asOf });
    expect(batch.records.map((r) => r.ok && r.evaluation.palier.status)).toEqual(['reached', 'not-reached']);
    const first = batch.records[0]!;
    expect(first.ok && first.evaluation).toEqual(
      evaluateEstablishment(compiled, MCO, decl(allMet()), { asOf }),
    );
    expect(batch.summary).toEqual({
      total: 2,
      evaluated: 2,
      skipped: 0,
      palier: { reached: 1, 'not-reached': 1, unknown: 0 },
    });
  });

  it('a malformed record never stops the others, and says where it is', () => {
    const inputs = [
      null,
      { establishment: MCO },
      { establishment: { finess: 1 }, declaration: decl(allMet()) },
      { establishment: MCO, declaration: { ...decl(allMet()), programme: undefined } },
      { establishment: MCO, declaration: decl(allMet()) },
    ] as unknown as EvaluationInput[];
    const batch = evaluateMany(smallProgramme(), inputs, { asOf });
    expect(batch.records.map((r) => (r.ok ? 'ok' : r.diagnostics[0]?.path))).toEqual([
      [0],
      [1, 'declaration'],
      [2, 'establishment'],
      [3, 'declaration', 'programme'],
      'ok',
    ]);
    expect(batch.summary).toMatchObject({ total: 5, evaluated: 1, skipped: 4 });
  });

  it('handles an empty batch and a large one', () => {
    expect(evaluateMany(smallProgramme(), [], { asOf }).summary.total).toBe(0);
    const many = Array.from({ length: 5000 }, (_, i) => ({
      establishment: MCO,
      declaration: decl({ ...allMet(), 'D2.2': rate(i % 51, 50) }),
    }));
    const batch = evaluateMany(smallProgramme(), many, { asOf });
    // 49/50 and 50/50 meet 98 %: i % 51 in {49, 50}, 98 full cycles of 51 then i % 51 = 0, 1
    expect(batch.summary.palier.reached).toBe(196);
    expect(batch.summary.palier['not-reached']).toBe(4804);
  });
});

describe('evaluateMany on untyped values (JSON null)', () => {
  const nullFor = (activities: readonly string[]) =>
    evaluateMany(
      hopen,
      [
        {
          establishment: { finess: '750712184', activities },
          declaration: { ...declaration, values: { 'D3.5': null } },
        } as never,
      ],
      { asOf: '2020-06-30' },
    ).records[0]!;
  const d35 = (record: ReturnType<typeof nullFor>) =>
    record.ok
      ? record.evaluation.domains.flatMap((d) => d.indicators).find((i) => i.code === 'D3.5')
      : undefined;

  it('a null value for an indicator that does not apply is not-applicable, not an internal failure', () => {
    const record = nullFor([]);
    expect(record.ok).toBe(true);
    expect(d35(record)?.status).toBe('not-applicable');
  });

  it('a null value for an indicator that applies reads as no value declared', () => {
    const record = nullFor(['MCO']);
    expect(record.ok).toBe(true);
    expect(d35(record)).toMatchObject({ status: 'missing', reason: 'no-value-declared' });
  });
});
