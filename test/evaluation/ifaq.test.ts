import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ifaq2016Points, ifaq2016Score } from '../../src/evaluation/index.js';
import type { EstablishmentEvaluation, LevelStatus, RequirementResult } from '../../src/evaluation/types.js';

const level = (code: string, status: LevelStatus): RequirementResult => ({
  code,
  kind: code.startsWith('P') ? 'prerequisite' : 'domain',
  label: { fr: code, en: code },
  status,
  reason: 'test',
  indicators: [],
  blockers: [],
});

function evaluation(
  p: LevelStatus[],
  d2: LevelStatus,
  d3: LevelStatus,
  id = 'hopital-numerique',
): EstablishmentEvaluation {
  return {
    finess: '750712184',
    programme: { id, version: '2012.1' },
    period: { start: '2016-01-01', end: '2016-12-31' },
    asOf: '2017-01-31',
    prerequisites: p.map((s, i) => level(`P${i + 1}`, s)),
    domains: [level('D1', 'not-reached'), level('D2', d2), level('D3', d3), level('D4', 'unknown')],
    palier: { status: 'not-reached', reason: 'test', blockers: [] },
    diagnostics: [],
  };
}

const R: LevelStatus = 'reached';
const N: LevelStatus = 'not-reached';
const U: LevelStatus = 'unknown';

describe('IFAQ 2016 Hôpital numérique scale (0 / 4 / 8 / 9 / 10)', () => {
  it.each([
    [[N, N, N], N, N, 0],
    [[R, N, N], R, R, 4],
    [[R, R, N], R, R, 4],
    [[R, R, R], N, N, 8],
    [[R, R, R], R, N, 9],
    [[R, R, R], N, R, 9],
    [[R, R, R], R, R, 10],
    [[N, N, N], R, R, 0],
  ])('prerequisites %j, D2 %s, D3 %s → %d points', (p, d2, d3, points) => {
    expect(ifaq2016Score(evaluation(p, d2, d3))).toMatchObject({
      status: 'scored',
      points,
      reason: 'ifaq-scored',
    });
  });

  it('settles the score when unknowns cannot change it', () => {
    expect(ifaq2016Score(evaluation([R, N, U], U, U))).toMatchObject({ status: 'scored', points: 4 });
    expect(ifaq2016Score(evaluation([N, N, N], U, U))).toMatchObject({ status: 'scored', points: 0 });
  });

  it('returns unknown with the possible scores when unknowns matter, never a guess', () => {
    expect(ifaq2016Score(evaluation([R, R, U], N, N))).toMatchObject({
      status: 'unknown',
      reason: 'ifaq-outcome-unknown',
      possible: [4, 8],
    });
    expect(ifaq2016Score(evaluation([R, R, R], U, R))).toMatchObject({
      status: 'unknown',
      possible: [9, 10],
    });
    expect(ifaq2016Score(evaluation([U, U, U], U, U))).toMatchObject({ possible: [0, 4, 8, 9, 10] });
  });

  it('applies only to Hôpital numérique', () => {
    expect(ifaq2016Score(evaluation([R, R, R], R, R, 'hopen'))).toMatchObject({
      status: 'unknown',
      reason: 'ifaq-not-hopital-numerique',
      possible: [],
    });
  });

  it('carries the source of the scale', () => {
    const s = ifaq2016Score(evaluation([R, R, R], R, R));
    expect(s.provenance).toMatchObject({ status: 'confirmed' });
    expect(s.provenance.source).toContain('arrete-du-5-aout-2016');
  });

  it('the points never decrease when a level becomes reached', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(4),
        (p, d2, d3, flip) => {
          const before = ifaq2016Points(p, d2, d3);
          const q = [...p];
          let e2 = d2;
          let e3 = d3;
          if (flip < 3) q[flip] = true;
          else if (flip === 3) e2 = true;
          else e3 = true;
          expect(ifaq2016Points(q, e2, e3)).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
