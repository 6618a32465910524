/**
 * Action plan tracking (*suivi du plan d'actions*): snapshots a user fills, progress roll-ups per lever,
 * overdue items, diffs between snapshots, validation against the plan.
 */
export * from './actors.js';
export * from './apply-diff.js';
export * from './check-dates.js';
export * from './compare-ids.js';
export * from './diff.js';
export * from './empty-tracking.js';
export * from './item-id.js';
export * from './overdue.js';
export * from './plan-items.js';
export * from './progress.js';
export * from './types.js';
export * from './validate.js';
