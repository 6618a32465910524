import { type Arguments, atBoundary } from '../core/guards.js';
import type { CalendarDate } from '../dates/index.js';
import type { Programme } from '../programme/types.js';
import { listPlanItems } from './plan-items.js';
import type { ItemTracking, PlanTracking } from './types.js';

/**
 * The part of a programme the action-plan functions read.
 *
 * @category Action plan
 */
export type ProgrammePlan = Pick<Programme, 'id' | 'version' | 'actionPlan'>;

/**
 * A first tracking snapshot: every trackable item of the programme's plan, `planned`, nothing else filled.
 *
 * @example
 * ```ts
 * const t = emptyTracking(hopen, '2019-01-01');
 * t.items['engagement:9']; // { status: 'planned' }
 * ```
 *
 * @category Action plan
 */
export function emptyTracking(programme: ProgrammePlan, asOf: CalendarDate): PlanTracking {
  const args: Arguments = { programme: [programme, 'object'], asOf: [asOf, 'text'] };
  return atBoundary('emptyTracking', args, () => {
    const items: Record<string, ItemTracking> = {};
    for (const item of listPlanItems(programme.actionPlan)) items[item.id] = { status: 'planned' };
    return { programme: { id: programme.id, version: programme.version }, asOf, items };
  });
}
