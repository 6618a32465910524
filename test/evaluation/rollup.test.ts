import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineStatuses, compileProgramme, evaluateEstablishment } from '../../src/evaluation/index.js';
import type { DeclaredValue, LevelStatus } from '../../src/evaluation/types.js';
import { decl, ind, MCO, programme, rate, req, th } from './programme-builder.js';

/** A programme of 2 prerequisites and 2 domains, 3 indicators each, one of them without a threshold. */
const p = programme(
  ['P1', 'P2'].map((code) =>
    req(code, [
      ind(`${code}.1`, 'rate', { eligibility: th('at-least', 50) }),
      ind(`${code}.2`, 'yes-no', { eligibility: th('equal', true) }),
      ind(`${code}.3`, 'rate', code === 'P2' ? {} : { eligibility: th('at-most', 10) }),
    ]),
  ),
  ['D1', 'D2'].map((code) =>
    req(code, [
      ind(`${code}.1`, 'rate', { target: th('at-least', 80) }),
      ind(`${code}.2`, 'count', { target: th('at-least', 2) }),
      ind(`${code}.3`, 'rate', { target: th('at-least', 98, false) }),
    ]),
  ),
);
const compiled = compileProgramme(p);
const codes = [...compiled.byCode.keys()];

const valueArb: fc.Arbitrary<DeclaredValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ kind: 'not-applicable', reason: 'aucun patient' } as const),
  fc.boolean().map((value) => ({ kind: 'yes-no', value }) as const),
  fc.integer({ min: 0, max: 5 }).map((value) => ({ kind: 'count', value }) as const),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => rate(a, b)),
);
const valuesArb = fc.tuple(...codes.map(() => valueArb)).map((vs) => {
  const values: Record<string, DeclaredValue> = {};
  vs.forEach((v, i) => {
    if (v !== undefined) values[codes[i]!] = v;
  });
  return values;
});

describe('roll-up properties', () => {
  it('a level is reached only if all its children are; not-reached as soon as one child blocks', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const e = evaluateEstablishment(compiled, MCO, decl(values), { asOf: '2020-01-01' });
        for (const r of [...e.prerequisites, ...e.domains]) {
          const statuses = r.indicators.map((i) => i.status);
          const blocking = statuses.some((s) => s === 'not-met' || s === 'missing' || s === 'invalid');
          if (r.status === 'reached')
            expect(statuses.every((s) => s === 'met' || s === 'not-applicable')).toBe(true);
          expect(r.status === 'not-reached').toBe(blocking);
          expect(r.blockers).toEqual(
            r.indicators
              .filter((i) => i.status !== 'met' && i.status !== 'not-applicable')
              .map((i) => i.code),
          );
        }
        const all = [...e.prerequisites, ...e.domains].map((r) => r.status);
        expect(e.palier.status).toBe(combineStatuses(all));
        if (e.palier.status === 'reached') expect(all.every((s) => s === 'reached')).toBe(true);
      }),
    );
  });

  it('combineStatuses: not-reached wins over unknown, unknown over reached; empty is reached', () => {
    const statusArb = fc.array(fc.constantFrom<LevelStatus>('reached', 'not-reached', 'unknown'));
    fc.assert(
      fc.property(statusArb, (statuses) => {
        const s = combineStatuses(statuses);
        if (statuses.includes('not-reached')) expect(s).toBe('not-reached');
        else if (statuses.includes('unknown')) expect(s).toBe('unknown');
        else expect(s).toBe('reached');
      }),
    );
    expect(combineStatuses([])).toBe('reached');
  });

  it('a prerequisite with an indicator without threshold is never reached', () => {
    const values: Record<string, DeclaredValue> = {
      'P2.1': rate(9, 10),
      'P2.2': { kind: 'yes-no', value: true },
      'P2.3': rate(0, 10),
    };
    const e = evaluateEstablishment(compiled, MCO, decl(values), { asOf: '2020-01-01' });
    expect(e.prerequisites[1]).toMatchObject({
      status: 'unknown',
      reason: 'indicators-unknown',
      blockers: ['P2.3'],
    });
  });

  it('every indicator declared not applicable leaves the requirement reached (vacuously), said so', () => {
    const na = { kind: 'not-applicable', reason: 'aucune consultation externe' } as const;
    const e = evaluateEstablishment(compiled, MCO, decl({ 'D1.1': na, 'D1.2': na, 'D1.3': na }), {
      asOf: '2020-01-01',
    });
    expect(e.domains[0]).toMatchObject({ status: 'reached', reason: 'no-applicable-indicator' });
  });
});
