import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';
import { compareDates } from '../dates/index.js';
import type { ItemTracking, PlanTracking } from './types.js';

function issue(
  code: string,
  path: (string | number)[],
  message: Label,
  severity: 'error' | 'warning',
  extra: { expected?: string; received?: string } = {},
): PalierIssue {
  return { code, path, message, severity, ...extra };
}

/**
 * Checks the dates of every item of a snapshot, on their own (no plan needed):
 * - `done-before-start` (error): actual completion before actual start;
 * - `due-before-start` (error): planned due date before planned start;
 * - `date-after-as-of` (error): an actual start or completion after the snapshot's `asOf`;
 * - `done-date-not-done` (warning): a completion date on an item whose status is not `done`;
 * - `start-date-on-planned` (warning): an actual start on an item still `planned`.
 *
 * Equal dates are consistent (done the day it started).
 *
 * @example
 * ```ts
 * trackingDateIssues({ programme, asOf: '2020-01-01', items: {
 *   'engagement:9': { status: 'done', actualStart: '2019-05-01', actualDone: '2019-04-01' },
 * } })[0]?.code; // 'done-before-start'
 * ```
 *
 * @category Action plan
 */
export function trackingDateIssues(tracking: PlanTracking): PalierIssue[] {
  return atBoundary('trackingDateIssues', 'tracking', () => {
    const issues: PalierIssue[] = [];
    for (const [id, item] of Object.entries(tracking.items)) {
      issues.push(...checkItem(['items', id], item, tracking.asOf));
    }
    return issues;
  });
}

function checkItem(path: string[], item: ItemTracking, asOf: string): PalierIssue[] {
  const out: PalierIssue[] = [];
  const { actualStart, actualDone, plannedStart, plannedDue } = item;
  if (actualStart && actualDone && compareDates(actualDone, actualStart) < 0) {
    out.push(
      issue(
        'done-before-start',
        [...path, 'actualDone'],
        {
          fr: `Date de réalisation (${actualDone}) antérieure au début effectif (${actualStart}).`,
          en: `Completion date (${actualDone}) is before the actual start (${actualStart}).`,
        },
        'error',
        { expected: `≥ ${actualStart}`, received: actualDone },
      ),
    );
  }
  if (plannedStart && plannedDue && compareDates(plannedDue, plannedStart) < 0) {
    out.push(
      issue(
        'due-before-start',
        [...path, 'plannedDue'],
        {
          fr: `Échéance (${plannedDue}) antérieure au début prévu (${plannedStart}).`,
          en: `Due date (${plannedDue}) is before the planned start (${plannedStart}).`,
        },
        'error',
        { expected: `≥ ${plannedStart}`, received: plannedDue },
      ),
    );
  }
  for (const field of ['actualStart', 'actualDone'] as const) {
    const date = item[field];
    if (date && compareDates(date, asOf) > 0) {
      out.push(
        issue(
          'date-after-as-of',
          [...path, field],
          {
            fr: `Date effective (${date}) postérieure à la date de l'état (${asOf}).`,
            en: `Actual date (${date}) is after the snapshot date (${asOf}).`,
          },
          'error',
          { expected: `≤ ${asOf}`, received: date },
        ),
      );
    }
  }
  if (actualDone && item.status !== 'done') {
    out.push(
      issue(
        'done-date-not-done',
        [...path, 'actualDone'],
        {
          fr: `Date de réalisation renseignée alors que l'état est « ${item.status} ».`,
          en: `A completion date is set but the status is "${item.status}".`,
        },
        'warning',
        { expected: 'done', received: item.status },
      ),
    );
  }
  if (actualStart && item.status === 'planned') {
    out.push(
      issue(
        'start-date-on-planned',
        [...path, 'actualStart'],
        {
          fr: "Début effectif renseigné alors que l'état est « planned ».",
          en: 'An actual start is set but the status is "planned".',
        },
        'warning',
        { expected: 'in-progress | done | dropped', received: 'planned' },
      ),
    );
  }
  return out;
}
