import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { trackingDateIssues } from './check-dates.js';
import type { ProgrammePlan } from './empty-tracking.js';
import { parseTrackedItemId } from './item-id.js';
import { listPlanItems } from './plan-items.js';
import type { PlanTracking } from './types.js';

/**
 * Checks a snapshot against the programme's plan:
 * - `programme-mismatch` (error): the snapshot tracks another programme;
 * - `programme-version-mismatch` (warning): it tracks another version of the definition;
 * - `invalid-item-id` (error): an id that does not follow the scheme (`engagement:9`, `action:9.1` …);
 * - `unknown-item` (error): an id the plan does not have;
 * - `untracked-item` (warning): a plan item missing from the snapshot (it counts as `planned`);
 * - `engagement-done-with-open-actions` (warning): an engagement `done` while some of its actions are neither
 *   `done` nor `dropped`.
 *
 * @example
 * ```ts
 * trackingPlanIssues(hopen, { ...emptyTracking(hopen, '2019-01-01'), items: { 'engagement:99': { status: 'done' } } })
 *   .map((i) => i.code); // ['unknown-item', 'untracked-item', …]
 * ```
 *
 * @category Action plan
 */
export function trackingPlanIssues(programme: ProgrammePlan, tracking: PlanTracking): PalierIssue[] {
  const args: Arguments = { programme: [programme, 'object'], tracking: [tracking, 'object'] };
  return atBoundary('trackingPlanIssues', args, () => {
    const issues: PalierIssue[] = [];
    if (tracking.programme.id !== programme.id) {
      issues.push({
        code: 'programme-mismatch',
        path: ['programme', 'id'],
        message: {
          fr: `Ce suivi porte sur le programme « ${tracking.programme.id} », pas « ${programme.id} ».`,
          en: `This tracking is for programme "${tracking.programme.id}", not "${programme.id}".`,
        },
        expected: programme.id,
        received: tracking.programme.id,
        severity: 'error',
      });
    } else if (tracking.programme.version !== programme.version) {
      issues.push({
        code: 'programme-version-mismatch',
        path: ['programme', 'version'],
        message: {
          fr: `Ce suivi porte sur la version ${tracking.programme.version}, le programme est en ${programme.version}.`,
          en: `This tracking is for version ${tracking.programme.version}; the programme is ${programme.version}.`,
        },
        expected: programme.version,
        received: tracking.programme.version,
        severity: 'warning',
      });
    }
    const planItems = listPlanItems(programme.actionPlan);
    const known = new Set(planItems.map((i) => i.id));
    for (const id of Object.keys(tracking.items)) {
      if (known.has(id)) continue;
      const valid = parseTrackedItemId(id) !== undefined;
      issues.push({
        code: valid ? 'unknown-item' : 'invalid-item-id',
        path: ['items', id],
        message: valid
          ? { fr: `Le plan n'a pas d'élément « ${id} ».`, en: `The plan has no item "${id}".` }
          : {
              fr: `Identifiant « ${id} » invalide (attendu : engagement:9, action:9.1, axis:1, workstream:2).`,
              en: `Invalid id "${id}" (expected: engagement:9, action:9.1, axis:1, workstream:2).`,
            },
        received: id,
        severity: 'error',
      });
    }
    for (const item of planItems) {
      if (Object.hasOwn(tracking.items, item.id)) continue;
      issues.push({
        code: 'untracked-item',
        path: ['items', item.id],
        message: {
          fr: `L'élément « ${item.id} » du plan n'est pas suivi (compté « planned »).`,
          en: `Plan item "${item.id}" is not tracked (counted as "planned").`,
        },
        severity: 'warning',
      });
    }
    issues.push(...openActionsOfDoneEngagements(planItems, tracking));
    return issues;
  });
}

function openActionsOfDoneEngagements(
  planItems: ReturnType<typeof listPlanItems>,
  tracking: PlanTracking,
): PalierIssue[] {
  const out: PalierIssue[] = [];
  for (const engagement of planItems.filter((i) => i.kind === 'engagement')) {
    if (tracking.items[engagement.id]?.status !== 'done') continue;
    const open = planItems
      .filter((i) => i.parent === engagement.id)
      .filter((i) => {
        const s = Object.hasOwn(tracking.items, i.id) ? tracking.items[i.id]!.status : 'planned';
        return s !== 'done' && s !== 'dropped';
      })
      .map((i) => i.id);
    if (open.length === 0) continue;
    out.push({
      code: 'engagement-done-with-open-actions',
      path: ['items', engagement.id, 'status'],
      message: {
        fr: `Engagement réalisé mais actions encore ouvertes : ${open.join(', ')}.`,
        en: `Engagement done but actions still open: ${open.join(', ')}.`,
      },
      received: open.join(', '),
      severity: 'warning',
    });
  }
  return out;
}

/**
 * Every issue of a snapshot: its dates ({@link trackingDateIssues}) and its fit to the programme's plan
 * ({@link trackingPlanIssues}). Errors make the snapshot invalid; warnings are worth a look.
 *
 * @example
 * ```ts
 * validateTracking(hopen, snapshot).filter((i) => i.severity === 'error'); // [] for a clean snapshot
 * ```
 *
 * @category Action plan
 */
export function validateTracking(programme: ProgrammePlan, tracking: PlanTracking): PalierIssue[] {
  const args: Arguments = { programme: [programme, 'object'], tracking: [tracking, 'object'] };
  return atBoundary('validateTracking', args, () => {
    return [...trackingPlanIssues(programme, tracking), ...trackingDateIssues(tracking)];
  });
}
