/**
 * Action plan tracking (*suivi du plan d'actions*): snapshots a user fills, progress roll-ups per lever,
 * overdue items, diffs between snapshots, validation against the plan.
 */
export { KNOWN_PLAN_ACTORS, type KnownPlanActor } from './actors.js';
export { applyTrackingDiff } from './apply-diff.js';
export { trackingDateIssues } from './check-dates.js';
export { compareItemIds } from './compare-ids.js';
export {
  diffTracking,
  type FieldChange,
  type ItemChange,
  type ItemEntry,
  isEmptyDiff,
  TRACKED_FIELDS,
  type TrackedField,
  type TrackingDiff,
} from './diff.js';
export { emptyTracking, type ProgrammePlan } from './empty-tracking.js';
export { type ParsedItemId, parseTrackedItemId, trackedItemId } from './item-id.js';
export { type OverdueItem, overdueItems } from './overdue.js';
export { listPlanItems, type PlanItem } from './plan-items.js';
export { type LeverProgress, type PlanProgress, type Progress, planProgress } from './progress.js';
export {
  type EvidenceLink,
  type ItemTracking,
  type PlanActor,
  type PlanTracking,
  TRACKED_ITEM_KINDS,
  TRACKING_STATUSES,
  type TrackedItemId,
  type TrackedItemKind,
  type TrackingStatus,
} from './types.js';
export { trackingPlanIssues, validateTracking } from './validate.js';
