import { atBoundary } from '../core/guards.js';
import type { Label } from '../core/label.js';
import type { ActionPlan } from '../programme/types.js';
import { trackedItemId } from './item-id.js';
import type { TrackedItemId, TrackedItemKind } from './types.js';

/**
 * One trackable item of a plan, with where it sits.
 *
 * @category Action plan
 */
export interface PlanItem {
  /** Its id (`engagement:9`, `action:9.1`, `axis:1`, `workstream:2`). */
  readonly id: TrackedItemId;
  /** Kind of item. */
  readonly kind: TrackedItemKind;
  /** Number of the lever (axis) it belongs to; absent for a workstream. */
  readonly lever?: number;
  /** Id of the item it belongs to: an action's engagement. */
  readonly parent?: TrackedItemId;
  /** Its label. */
  readonly label: Label;
}

/**
 * Lists every trackable item of a plan, in plan order. The scheme:
 * - a lever with engagements is tracked through them: `engagement:<number>`, then each of its actions
 *   `action:<action id>` right after its engagement;
 * - a lever without engagements (an HN axis) is tracked itself: `axis:<lever number>`;
 * - each transversal workstream: `workstream:<number>`.
 *
 * @example
 * ```ts
 * listPlanItems(hopen.actionPlan).map((i) => i.id).slice(0, 3);
 * // ['engagement:1', 'action:1.1', 'action:1.2']
 * ```
 *
 * @category Action plan
 */
export function listPlanItems(plan: ActionPlan): PlanItem[] {
  return atBoundary('listPlanItems', 'plan', () => {
    const items: PlanItem[] = [];
    for (const lever of plan.levers) {
      if (lever.engagements.length === 0) {
        items.push({
          id: trackedItemId('axis', lever.number),
          kind: 'axis',
          lever: lever.number,
          label: lever.label,
        });
        continue;
      }
      for (const engagement of lever.engagements) {
        const parent = trackedItemId('engagement', engagement.number);
        items.push({ id: parent, kind: 'engagement', lever: lever.number, label: engagement.label });
        for (const action of engagement.actions) {
          const id = trackedItemId('action', action.id);
          items.push({ id, kind: 'action', lever: lever.number, parent, label: action.label });
        }
      }
    }
    for (const ws of plan.workstreams) {
      items.push({ id: trackedItemId('workstream', ws.number), kind: 'workstream', label: ws.label });
    }
    return items;
  });
}
