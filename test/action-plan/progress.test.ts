import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyTracking,
  listPlanItems,
  type PlanTracking,
  type Progress,
  planProgress,
  TRACKED_ITEM_KINDS,
  TRACKING_STATUSES,
} from '../../src/action-plan/index.js';
import { progressFromCounts } from '../../src/action-plan/progress.js';
import {
  axesPlan,
  axesProgramme,
  leversPlan,
  leversProgramme,
  mixedPlan,
  mixedProgramme,
  trackingArb,
} from './fixtures.js';

const with_ = (t: PlanTracking, items: PlanTracking['items']): PlanTracking => ({
  ...t,
  items: { ...t.items, ...items },
});

function sum(progresses: readonly Progress[]) {
  const counts = { planned: 0, 'in-progress': 0, done: 0, dropped: 0 };
  for (const p of progresses) for (const s of TRACKING_STATUSES) counts[s] += p.counts[s];
  return counts;
}

describe('progressFromCounts', () => {
  it('leaves dropped items out of the share done', () => {
    const p = progressFromCounts({ planned: 1, 'in-progress': 0, done: 2, dropped: 1 });
    expect(p).toEqual({
      total: 4,
      counts: { planned: 1, 'in-progress': 0, done: 2, dropped: 1 },
      active: 3,
      shareDone: 2 / 3,
    });
  });
  it('has no share when nothing is left to do', () => {
    expect(progressFromCounts({ planned: 0, 'in-progress': 0, done: 0, dropped: 0 }).shareDone).toBeNull();
    expect(progressFromCounts({ planned: 0, 'in-progress': 0, done: 0, dropped: 3 }).shareDone).toBeNull();
    expect(progressFromCounts({ planned: 0, 'in-progress': 0, done: 1, dropped: 3 }).shareDone).toBe(1);
  });
});

describe('planProgress', () => {
  it('rolls a hand-made snapshot up per lever and kind', () => {
    const t = with_(emptyTracking(leversProgramme, '2019-06-30'), {
      'engagement:1': { status: 'in-progress' },
      'action:1.1': { status: 'done' },
      'action:1.2': { status: 'dropped' },
      'action:3.1': { status: 'done' },
    });
    const p = planProgress(leversPlan, t);
    expect(p.asOf).toBe('2019-06-30');
    expect(p.levers.map((l) => l.lever)).toEqual([1, 2]);
    const [l1, l2] = p.levers;
    expect(l1?.byKind.action.counts).toEqual({ planned: 1, 'in-progress': 0, done: 1, dropped: 1 });
    expect(l1?.byKind.action.shareDone).toBe(1 / 2);
    expect(l1?.byKind.engagement.counts).toEqual({ planned: 1, 'in-progress': 1, done: 0, dropped: 0 });
    expect(l1?.all.total).toBe(5);
    expect(l2?.byKind.action.shareDone).toBe(1 / 2);
    expect(l2?.byKind.axis.total).toBe(0);
    expect(p.byKind.action.counts.done).toBe(2);
    expect(p.all).toMatchObject({ total: 8, active: 7, shareDone: 2 / 7 });
    expect(p.workstreams.total).toBe(0);
  });

  it('counts a plan item missing from the snapshot as planned and ignores items the plan lacks', () => {
    const t: PlanTracking = {
      programme: { id: 'test-levers', version: '1' },
      asOf: '2019-06-30',
      items: { 'action:1.1': { status: 'done' }, 'engagement:99': { status: 'done' } },
    };
    const p = planProgress(leversPlan, t);
    expect(p.all.counts).toEqual({ planned: 7, 'in-progress': 0, done: 1, dropped: 0 });
  });

  it('supports HN axes and workstreams the same way', () => {
    const t = with_(emptyTracking(axesProgramme, '2014-12-31'), {
      'axis:1': { status: 'done' },
      'workstream:2': { status: 'in-progress' },
    });
    const p = planProgress(axesPlan, t);
    expect(p.levers[0]?.all.counts.done).toBe(1);
    expect(p.levers[0]?.byKind.axis.total).toBe(1);
    expect(p.levers[0]?.byKind.engagement.total).toBe(0);
    expect(p.workstreams.counts).toEqual({ planned: 1, 'in-progress': 1, done: 0, dropped: 0 });
    expect(p.all.shareDone).toBe(1 / 4);
  });

  it('gives an empty plan zero counts and no share', () => {
    const p = planProgress({ levers: [], workstreams: [] }, emptyTracking(leversProgramme, '2019-01-01'));
    expect(p.levers).toEqual([]);
    expect(p.all).toMatchObject({ total: 0, active: 0, shareDone: null });
  });

  it('is consistent on any snapshot: levers and workstreams sum to the plan, kinds too, shares match counts', () => {
    const ids = listPlanItems(mixedPlan).map((i) => i.id);
    fc.assert(
      fc.property(trackingArb(mixedProgramme, ids), (t) => {
        const p = planProgress(mixedPlan, t);
        expect(p.all.total).toBe(ids.length);
        expect(sum([...p.levers.map((l) => l.all), p.workstreams])).toEqual(p.all.counts);
        expect(sum(TRACKED_ITEM_KINDS.map((k) => p.byKind[k]))).toEqual(p.all.counts);
        for (const lever of p.levers) {
          expect(sum(TRACKED_ITEM_KINDS.map((k) => lever.byKind[k]))).toEqual(lever.all.counts);
        }
        const all = [p.all, p.workstreams, ...p.levers.flatMap((l) => [l.all, ...Object.values(l.byKind)])];
        for (const g of all) {
          expect(g.active).toBe(g.total - g.counts.dropped);
          expect(g.shareDone).toBe(g.active === 0 ? null : g.counts.done / g.active);
          if (g.shareDone !== null) expect(g.shareDone).toBeGreaterThanOrEqual(0);
          if (g.shareDone !== null) expect(g.shareDone).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('scales to a large plan (300 levers × 10 engagements × 10 actions)', () => {
    const p = { source: 'test', status: 'override' } as const;
    const levers = Array.from({ length: 300 }, (_, i) => ({
      number: i + 1,
      label: { fr: '', en: '' },
      objectives: [],
      provenance: p,
      engagements: Array.from({ length: 10 }, (_, j) => ({
        number: i * 10 + j + 1,
        label: { fr: '', en: '' },
        provenance: p,
        actions: Array.from({ length: 10 }, (_, k) => ({
          id: `${i * 10 + j + 1}.${k + 1}`,
          label: { fr: '', en: '' },
        })),
      })),
    }));
    const plan = { levers, workstreams: [] };
    const t = emptyTracking({ ...leversProgramme, actionPlan: plan }, '2019-01-01');
    const progress = planProgress(plan, t);
    expect(progress.all.total).toBe(300 * 10 * 11);
    expect(progress.byKind.action.counts.planned).toBe(30_000);
  });
});
