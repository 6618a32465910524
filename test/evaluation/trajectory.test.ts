import { describe, expect, it } from 'vitest';
import { compileProgramme, trajectory } from '../../src/evaluation/index.js';
import { allMet, decl, ind, MCO, programme, rate, req, smallProgramme, th } from './programme-builder.js';

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

describe('cases found by mutation testing', () => {
  const palierOf = (t: ReturnType<typeof trajectory>) => t.levels.find((l) => l.code === 'palier')!;

  it('orders points by period end, then period start, then input order', () => {
    const year = q('2020-01-01', '2020-12-31');
    const spring = q('2020-04-01', '2020-06-30');
    const lastQuarter = q('2020-10-01', '2020-12-31');
    const t = trajectory(compiled, MCO, [year, lastQuarter, spring, lastQuarter], { asOf: '2021-06-30' });
    // spring ends first although the year starts first; the year and the last quarter end together, the year
    // starting first; the two identical last quarters keep their input order
    expect(t.points.map((p) => p.index)).toEqual([2, 0, 1, 3]);
  });

  it('a declaration made on the asOf day is known at asOf', () => {
    const onTheDay = { ...q('2021-01-01', '2021-03-31'), declaredOn: '2021-04-15' };
    const t = trajectory(compiled, MCO, [onTheDay], { asOf: '2021-04-15' });
    expect(t.points.map((p) => p.index)).toEqual([0]);
    expect(t.diagnostics).toEqual([]);
  });

  it('reports a period not over at asOf with its path, as a warning, with the bound it needed', () => {
    const t = trajectory(compiled, MCO, [q('2021-01-01', '2021-03-31')], { asOf: '2021-03-30' });
    expect(t.points).toEqual([]);
    const [d] = t.diagnostics;
    expect(d).toMatchObject({
      code: 'period-not-over',
      path: [0, 'period', 'end'],
      severity: 'warning',
      expected: '≤ 2021-03-30',
      received: '2021-03-31',
    });
    expect(d?.message.fr).not.toBe('');
    expect(d?.message.en).not.toBe('');
  });

  it('reports a declaration made after asOf with the date it needed', () => {
    const late = { ...q('2021-01-01', '2021-03-31'), declaredOn: '2021-04-16' };
    const [d] = trajectory(compiled, MCO, [late], { asOf: '2021-04-15' }).diagnostics;
    expect(d).toMatchObject({
      code: 'declared-after-as-of',
      path: [0, 'declaredOn'],
      severity: 'warning',
      expected: '≤ 2021-04-15',
      received: '2021-04-16',
    });
  });

  it('a deadline falling on asOf is over: a level not reached by then is missed, not pending', () => {
    const failingOnly = [q('2020-01-01', '2020-03-31', failing)];
    expect(
      palierOf(trajectory(compiled, MCO, failingOnly, { asOf: '2020-12-31', deadline: '2020-12-31' }))
        .deadline,
    ).toBe('missed');
    expect(
      palierOf(trajectory(compiled, MCO, failingOnly, { asOf: '2020-12-30', deadline: '2020-12-31' }))
        .deadline,
    ).toBe('pending');
  });

  it('a window counts a period ending on its last day, not one ending before its first day', () => {
    const w = (start: string, end: string, asOf = '2021-06-30') =>
      palierOf(trajectory(compiled, MCO, series, { asOf, window: { start, end } })).window;
    expect(w('2020-07-01', '2020-12-31')?.outcome).toBe('reached');
    expect(w('2021-01-01', '2021-03-31')).toEqual({ outcome: 'missed' });
    // the window ends on asOf: over, so missed; ending after asOf: still pending
    expect(w('2021-01-01', '2021-06-30')?.outcome).toBe('missed');
    expect(w('2021-01-01', '2021-07-31')?.outcome).toBe('pending');
  });

  it('sets only the fields it knows: no deadline, window, first reach or latest keys without them', () => {
    expect(Object.keys(palierOf(trajectory(compiled, MCO, [], { asOf: '2021-01-01' }))).sort()).toEqual([
      'code',
      'kind',
    ]);
    const missedWindow = palierOf(
      trajectory(compiled, MCO, series, {
        asOf: '2021-06-30',
        window: { start: '2021-01-01', end: '2021-03-31' },
      }),
    );
    expect(Object.keys(missedWindow.window ?? {})).toEqual(['outcome']);
  });

  it('a level whose status is unknown in the counted periods is unknown by the deadline and in the window', () => {
    const withUnknown = compileProgramme(
      programme(
        [req('P1', [ind('P1.1', 'rate', { eligibility: th('at-least', 90) })])],
        [req('D9', [ind('D9.1', 'rate')])],
      ),
    );
    const values = { 'P1.1': rate(95, 100), 'D9.1': rate(1, 2) };
    const t = trajectory(withUnknown, MCO, [q('2020-01-01', '2020-03-31', values)], {
      asOf: '2021-06-30',
      deadline: '2020-12-31',
      window: { start: '2020-01-01', end: '2020-12-31' },
    });
    const palier = palierOf(t);
    expect(palier.latest).toBe('unknown');
    expect(palier.deadline).toBe('unknown');
    expect(palier.window).toEqual({ outcome: 'unknown' });
  });
});
