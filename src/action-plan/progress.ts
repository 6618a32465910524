import { type Arguments, atBoundary } from '../core/guards.js';
import type { Label } from '../core/label.js';
import type { ActionPlan } from '../programme/types.js';
import { listPlanItems, type PlanItem } from './plan-items.js';
import {
  type PlanTracking,
  TRACKED_ITEM_KINDS,
  TRACKING_STATUSES,
  type TrackedItemKind,
  type TrackingStatus,
} from './types.js';

/**
 * Progress of a group of items (*avancement*).
 *
 * Dropped items stay in `total` and `counts.dropped` but leave the denominator of `shareDone`: a dropped item
 * no longer has to be done, so it neither helps nor hurts. `shareDone = done / (total − dropped)`, `null` when
 * nothing is left to do (no item, or every item dropped).
 *
 * @category Action plan
 */
export interface Progress {
  /** Number of items. */
  readonly total: number;
  /** Number of items per status (they sum to `total`). */
  readonly counts: Readonly<Record<TrackingStatus, number>>;
  /** Items still to be done or done: `total − dropped`. */
  readonly active: number;
  /** `done / active`, between 0 and 1; `null` when `active` is 0. */
  readonly shareDone: number | null;
}

/**
 * Progress of one lever (HN: axis).
 *
 * @category Action plan
 */
export interface LeverProgress {
  /** Lever number. */
  readonly lever: number;
  /** Lever label. */
  readonly label: Label;
  /** Every tracked item of the lever (engagements and actions, or the axis itself). */
  readonly all: Progress;
  /** The same items per kind (zero for kinds the lever has none of). */
  readonly byKind: Readonly<Record<TrackedItemKind, Progress>>;
}

/**
 * Progress of a whole plan at a snapshot's date.
 *
 * @category Action plan
 */
export interface PlanProgress {
  /** Date of the snapshot. */
  readonly asOf: string;
  /** Per lever, in plan order. */
  readonly levers: readonly LeverProgress[];
  /** The transversal workstreams together (HN). */
  readonly workstreams: Progress;
  /** Every tracked item of the plan: the levers' and the workstreams'. */
  readonly all: Progress;
  /** The same items per kind. */
  readonly byKind: Readonly<Record<TrackedItemKind, Progress>>;
}

/**
 * Builds a {@link Progress} from counts per status.
 *
 * @example
 * ```ts
 * progressFromCounts({ planned: 1, 'in-progress': 0, done: 2, dropped: 1 }).shareDone; // 2 / 3
 * ```
 *
 * @category Action plan
 */
export function progressFromCounts(counts: Readonly<Record<TrackingStatus, number>>): Progress {
  const total = TRACKING_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const active = total - counts.dropped;
  return { total, counts: { ...counts }, active, shareDone: active === 0 ? null : counts.done / active };
}

function zeroCounts(): Record<TrackingStatus, number> {
  return { planned: 0, 'in-progress': 0, done: 0, dropped: 0 };
}

function progressOf(items: readonly PlanItem[], tracking: PlanTracking): Progress {
  const counts = zeroCounts();
  for (const item of items) counts[statusOf(item.id, tracking)] += 1;
  return progressFromCounts(counts);
}

function byKindOf(items: readonly PlanItem[], tracking: PlanTracking): Record<TrackedItemKind, Progress> {
  const out = {} as Record<TrackedItemKind, Progress>;
  for (const kind of TRACKED_ITEM_KINDS) {
    out[kind] = progressOf(
      items.filter((i) => i.kind === kind),
      tracking,
    );
  }
  return out;
}

/** An item missing from the snapshot counts as `planned`, the state {@link emptyTracking} starts from. */
function statusOf(id: string, tracking: PlanTracking): TrackingStatus {
  return Object.hasOwn(tracking.items, id) ? tracking.items[id]!.status : 'planned';
}

/**
 * Rolls a snapshot up per lever, for the workstreams and for the whole plan.
 *
 * Only the plan's items count: a plan item missing from the snapshot counts as `planned`; a snapshot item
 * the plan does not have is ignored (see {@link validateTracking}, which reports both).
 *
 * @example
 * ```ts
 * const p = planProgress(hopen.actionPlan, snapshot);
 * p.levers[0]?.byKind.action.shareDone; // share of lever 1's actions done
 * p.all.counts.done; // every done item of the plan
 * ```
 *
 * @category Action plan
 */
export function planProgress(plan: ActionPlan, tracking: PlanTracking): PlanProgress {
  const args: Arguments = { plan: [plan, 'object'], tracking: [tracking, 'object'] };
  return atBoundary('planProgress', args, () => {
    const items = listPlanItems(plan);
    const byLever = new Map<number, PlanItem[]>();
    for (const item of items) {
      if (item.lever === undefined) continue;
      const list = byLever.get(item.lever);
      if (list) list.push(item);
      else byLever.set(item.lever, [item]);
    }
    const levers = plan.levers.map((lever) => {
      const own = byLever.get(lever.number) ?? [];
      return {
        lever: lever.number,
        label: lever.label,
        all: progressOf(own, tracking),
        byKind: byKindOf(own, tracking),
      };
    });
    return {
      asOf: tracking.asOf,
      levers,
      workstreams: progressOf(
        items.filter((i) => i.kind === 'workstream'),
        tracking,
      ),
      all: progressOf(items, tracking),
      byKind: byKindOf(items, tracking),
    };
  });
}
