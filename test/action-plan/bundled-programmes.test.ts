import { describe, expect, it } from 'vitest';
import {
  applyTrackingDiff,
  diffTracking,
  emptyTracking,
  listPlanItems,
  overdueItems,
  type PlanTracking,
  planProgress,
  validateTracking,
} from '../../src/action-plan/index.js';
import type { ActionPlan } from '../../src/programme/types.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';
import { parsePlanTracking } from '../../src/schemas/action-plan.js';

describe("HOP'EN action plan tracking", () => {
  const plan: ActionPlan = hopen.actionPlan;
  const items = listPlanItems(plan);
  const actionCount = plan.levers.flatMap((l) => l.engagements).reduce((n, e) => n + e.actions.length, 0);

  it('tracks the 21 engagements, numbered 1–21, and every action', () => {
    const engagements = items.filter((i) => i.kind === 'engagement').map((i) => i.id);
    expect(engagements).toEqual(Array.from({ length: 21 }, (_, i) => `engagement:${i + 1}`));
    expect(items.filter((i) => i.kind === 'action')).toHaveLength(actionCount);
    expect(items.some((i) => i.kind === 'axis' || i.kind === 'workstream')).toBe(false);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('rolls the empty tracking up over the 7 levers (5, 3, 4, 2, 3, 3, 1 engagements)', () => {
    const p = planProgress(hopen.actionPlan, emptyTracking(hopen, '2019-01-01'));
    expect(p.levers.map((l) => l.byKind.engagement.total)).toEqual([5, 3, 4, 2, 3, 3, 1]);
    expect(p.all).toMatchObject({ total: 21 + actionCount, active: 21 + actionCount, shareDone: 0 });
    expect(p.byKind.action.counts.planned).toBe(actionCount);
  });

  it('validates its own empty tracking and parses it back', () => {
    const t = emptyTracking(hopen, '2019-01-01');
    expect(t.programme).toEqual({ id: 'hopen', version: hopen.version });
    expect(validateTracking(hopen, t)).toEqual([]);
    expect(parsePlanTracking(JSON.parse(JSON.stringify(t)), { programme: hopen })).toEqual({
      ok: true,
      value: t,
      issues: [],
    });
  });

  it('follows a steering committee: progress, overdue items and what moved', () => {
    const start = emptyTracking(hopen, '2019-01-15');
    const copil: PlanTracking = {
      ...start,
      asOf: '2019-10-01',
      items: {
        ...start.items,
        'engagement:14': { status: 'in-progress', plannedDue: '2019-09-30', responsible: 'DGOS' },
        'action:14.1': { status: 'done', actualStart: '2019-02-01', actualDone: '2019-06-30' },
        'action:9.2': { status: 'dropped' },
        'engagement:13': { status: 'done', actualDone: '2019-09-30' },
      },
    };
    expect(validateTracking(hopen, copil)).toEqual([]);
    const lever4 = planProgress(hopen.actionPlan, copil).levers[3];
    expect(lever4?.byKind.engagement.counts).toEqual({ planned: 0, 'in-progress': 1, done: 1, dropped: 0 });
    const lever4Actions = plan.levers[3]!.engagements.reduce((n, e) => n + e.actions.length, 0);
    expect(lever4?.byKind.action.shareDone).toBe(1 / lever4Actions);
    expect(overdueItems(copil, '2019-09-30')).toEqual([]);
    expect(overdueItems(copil, '2019-10-01').map((o) => [o.id, o.daysLate])).toEqual([['engagement:14', 1]]);
    const d = diffTracking(start, copil);
    expect(d.changed.map((c) => c.id)).toEqual([
      'action:9.2',
      'action:14.1',
      'engagement:13',
      'engagement:14',
    ]);
    const applied = applyTrackingDiff(start, d);
    expect(applied.ok && applied.value).toEqual(copil);
  });

  it('rejects an engagement the plan does not have (there is no engagement 22)', () => {
    const t = emptyTracking(hopen, '2019-01-01');
    const r = parsePlanTracking(
      { ...t, items: { ...t.items, 'engagement:22': { status: 'planned' } } },
      { programme: hopen },
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-item']);
  });
});

describe('Hôpital numérique: axes and workstreams tracked the same way', () => {
  it('tracks the 4 axes and the 4 transversal workstreams', () => {
    expect(listPlanItems(hopitalNumerique.actionPlan).map((i) => i.id)).toEqual([
      'axis:1',
      'axis:2',
      'axis:3',
      'axis:4',
      'workstream:1',
      'workstream:2',
      'workstream:3',
      'workstream:4',
    ]);
    expect(validateTracking(hopitalNumerique, emptyTracking(hopitalNumerique, '2012-01-01'))).toEqual([]);
  });

  it('rolls axes up per lever and workstreams together', () => {
    const start = emptyTracking(hopitalNumerique, '2012-01-01');
    const t: PlanTracking = {
      ...start,
      asOf: '2017-12-31',
      items: {
        ...start.items,
        'axis:4': { status: 'done', responsible: 'DGOS' },
        'workstream:1': { status: 'done' },
        'workstream:3': { status: 'dropped' },
      },
    };
    const p = planProgress(hopitalNumerique.actionPlan, t);
    expect(p.levers.map((l) => l.all.counts.done)).toEqual([0, 0, 0, 1]);
    expect(p.workstreams).toMatchObject({ total: 4, active: 3, shareDone: 1 / 3 });
    expect(p.all).toMatchObject({ total: 8, active: 7, shareDone: 2 / 7 });
    expect(validateTracking(hopen, t).map((i) => i.code)).toContain('programme-mismatch');
  });
});
