import { type Arguments, atBoundary } from '../core/guards.js';
import { type CalendarDate, compareDates } from '../dates/index.js';
import { compareItemIds } from './compare-ids.js';
import type { PlanTracking, TrackedItemId, TrackingStatus } from './types.js';

/**
 * An item past its due date and neither done nor dropped (*action en retard*).
 *
 * @category Action plan
 */
export interface OverdueItem {
  /** Item id. */
  readonly id: TrackedItemId;
  /** Its status (`planned` or `in-progress`). */
  readonly status: TrackingStatus;
  /** Its planned due date. */
  readonly plannedDue: CalendarDate;
  /** Whole days between the due date and `asOf` (1 the day after the due date). */
  readonly daysLate: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/**
 * Items overdue on `asOf`: a planned due date strictly before `asOf`, and a status other than `done` or
 * `dropped`. A due date equal to `asOf` is not overdue (the due date includes its whole day). Items without a
 * due date are never overdue. Sorted by due date, then by id.
 *
 * @example
 * ```ts
 * overdueItems(snapshot, '2019-10-01');
 * // [{ id: 'action:14.3', status: 'in-progress', plannedDue: '2019-09-30', daysLate: 1 }]
 * ```
 *
 * @category Action plan
 */
export function overdueItems(tracking: PlanTracking, asOf: CalendarDate): OverdueItem[] {
  const args: Arguments = { tracking: [tracking, 'object'], asOf: [asOf, 'text'] };
  return atBoundary('overdueItems', args, () => {
    const out: OverdueItem[] = [];
    for (const [id, item] of Object.entries(tracking.items)) {
      if (item.status === 'done' || item.status === 'dropped') continue;
      const due = item.plannedDue;
      if (due === undefined || compareDates(due, asOf) >= 0) continue;
      out.push({ id, status: item.status, plannedDue: due, daysLate: dayNumber(asOf) - dayNumber(due) });
    }
    return out.sort((a, b) => compareDates(a.plannedDue, b.plannedDue) || compareItemIds(a.id, b.id));
  });
}
