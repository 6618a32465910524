import { describe, expect, it } from 'vitest';
import { compileProgramme, trajectory } from '../../src/evaluation/index.js';
import { allMet, decl, MCO, rate, smallProgramme } from './programme-builder.js';

const compiled = compileProgramme(smallProgramme());
const failing = { ...allMet(), 'D2.2': rate(1, 2) };
const q = (start: string, end: string, values = allMet()) => decl(values, { period: { start, end } });

const series = [
  q('2020-10-01', '2020-12-31'), // reached, listed out of order on purpose
  q('2020-01-01', '2020-03-31', failing),
  q('2020-04-01', '2020-06-30', failing),
];

describe('trajectory', () => {
  it('gives the first period each level was reached, in date order', () => {
    const t = trajectory(compiled, MCO, series, { asOf: '2021-06-30' });
    expect(t.points.map((p) => p.index)).toEqual([1, 2, 0]);
    const palier = t.levels.find((l) => l.code === 'palier')!;
    expect(palier.firstReached).toEqual({ index: 0, period: { start: '2020-10-01', end: '2020-12-31' } });
    expect(palier.latest).toBe('reached');
    const p1 = t.levels.find((l) => l.code === 'P1')!;
    expect(p1.firstReached?.index).toBe(1);
  });

  it('a level reached in a period ending on the deadline day counts as reached by the deadline', () => {
    const on = trajectory(compiled, MCO, series, { asOf: '2021-06-30', deadline: '2020-12-31' });
    expect(on.levels.find((l) => l.code === 'palier')?.deadline).toBe('reached');
    const dayBefore = trajectory(compiled, MCO, series, { asOf: '2021-06-30', deadline: '2020-12-30' });
    expect(dayBefore.levels.find((l) => l.code === 'palier')?.deadline).toBe('missed');
    const pending = trajectory(compiled, MCO, series.slice(1), {
      asOf: '2020-07-01',
      deadline: '2020-12-31',
    });
    expect(pending.levels.find((l) => l.code === 'palier')?.deadline).toBe('pending');
  });

  it('says whether a level was reached within an observation window, both ends included', () => {
    const w = (start: string, end: string) =>
      trajectory(compiled, MCO, series, { asOf: '2021-06-30', window: { start, end } }).levels.find(
        (l) => l.code === 'palier',
      )?.window;
    expect(w('2020-12-31', '2021-03-31')).toEqual({
      outcome: 'reached',
      firstReached: { index: 0, period: { start: '2020-10-01', end: '2020-12-31' } },
    });
    expect(w('2020-01-01', '2020-12-30')).toEqual({ outcome: 'missed' });
    expect(w('2020-01-01', '2021-12-31')?.outcome).toBe('reached');
  });

  it('leaves out declarations not known at asOf, with a diagnostic', () => {
    const late = [...series, { ...q('2021-01-01', '2021-03-31'), declaredOn: '2021-05-02' }];
    const t = trajectory(compiled, MCO, late, { asOf: '2021-03-31' });
    expect(t.points).toHaveLength(3);
    expect(t.diagnostics.map((d) => [d.code, d.path])).toEqual([['declared-after-as-of', [3, 'declaredOn']]]);
    const early = trajectory(compiled, MCO, series, { asOf: '2020-12-30' });
    expect(early.diagnostics.map((d) => d.code)).toEqual(['period-not-over']);
    expect(early.levels.find((l) => l.code === 'palier')?.firstReached).toBeUndefined();
  });

  it('an empty series has no first reach and nothing latest', () => {
    const t = trajectory(compiled, MCO, [], { asOf: '2021-01-01', deadline: '2020-12-31' });
    expect(t.levels.find((l) => l.code === 'palier')).toEqual({
      code: 'palier',
      kind: 'palier',
      deadline: 'missed',
    });
  });
});
