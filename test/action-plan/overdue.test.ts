import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPlanItems, overdueItems, type PlanTracking } from '../../src/action-plan/index.js';
import { mixedPlan, mixedProgramme, trackingArb } from './fixtures.js';

const snap = (items: PlanTracking['items']): PlanTracking => ({
  programme: { id: 'test', version: '1' },
  asOf: '2019-12-31',
  items,
});

describe('overdueItems', () => {
  const t = snap({ 'action:14.3': { status: 'in-progress', plannedDue: '2019-09-30' } });

  it('is not overdue on its due date, overdue by 1 day the day after', () => {
    expect(overdueItems(t, '2019-09-29')).toEqual([]);
    expect(overdueItems(t, '2019-09-30')).toEqual([]);
    expect(overdueItems(t, '2019-10-01')).toEqual([
      { id: 'action:14.3', status: 'in-progress', plannedDue: '2019-09-30', daysLate: 1 },
    ]);
  });

  it('counts days across 29 February and year ends', () => {
    const leap = snap({ 'axis:1': { status: 'planned', plannedDue: '2020-02-28' } });
    expect(overdueItems(leap, '2020-03-01')[0]?.daysLate).toBe(2);
    const common = snap({ 'axis:1': { status: 'planned', plannedDue: '2019-02-28' } });
    expect(overdueItems(common, '2019-03-01')[0]?.daysLate).toBe(1);
    const year = snap({ 'workstream:1': { status: 'planned', plannedDue: '2019-12-31' } });
    expect(overdueItems(year, '2021-01-01')[0]?.daysLate).toBe(367);
  });

  it('never lists done or dropped items, nor items without a due date', () => {
    const t2 = snap({
      'engagement:1': { status: 'done', plannedDue: '2019-01-01' },
      'engagement:2': { status: 'dropped', plannedDue: '2019-01-01' },
      'engagement:3': { status: 'planned' },
      'engagement:4': { status: 'planned', plannedStart: '2019-01-01' },
    });
    expect(overdueItems(t2, '2022-12-31')).toEqual([]);
  });

  it('sorts by due date, then by id', () => {
    const t3 = snap({
      'engagement:10': { status: 'planned', plannedDue: '2019-06-30' },
      'engagement:2': { status: 'planned', plannedDue: '2019-06-30' },
      'action:1.1': { status: 'in-progress', plannedDue: '2019-07-01' },
      'axis:1': { status: 'planned', plannedDue: '2019-03-31' },
    });
    expect(overdueItems(t3, '2019-12-31').map((o) => o.id)).toEqual([
      'axis:1',
      'engagement:2',
      'engagement:10',
      'action:1.1',
    ]);
  });

  it('lists exactly the open items with a due date before asOf (property)', () => {
    const ids = listPlanItems(mixedPlan).map((i) => i.id);
    fc.assert(
      fc.property(
        trackingArb(mixedProgramme, ids),
        fc.constantFrom('2019-03-01', '2020-01-01', '2020-03-01'),
        (t, asOf) => {
          const listed = new Set(overdueItems(t, asOf).map((o) => o.id));
          for (const [id, item] of Object.entries(t.items)) {
            const expected =
              item.status !== 'done' &&
              item.status !== 'dropped' &&
              item.plannedDue !== undefined &&
              item.plannedDue < asOf;
            expect(listed.has(id)).toBe(expected);
          }
          for (const o of overdueItems(t, asOf)) expect(o.daysLate).toBeGreaterThan(0);
        },
      ),
    );
  });
});
