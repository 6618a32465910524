import { readDate } from '../core/dates.js';
import { describeValue } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue as finessIssue } from '../core/messages/finess.js';
import { issue } from '../core/messages/regions.js';

/*
 * What region and ARS lookups say when they find nothing (internal): `invalid-date` (asOf is not a real
 * `YYYY-MM-DD`), `invalid-finess-department`, `unknown-department`, `unknown-region` (not a region code at that
 * date), `overseas-collectivity` (Saint-Pierre-et-Miquelon, `975`: no region and no ARS in palier's tables).
 */

/** The issue of an `asOf` that is not a real calendar date, or `undefined` when it is one. */
export function asOfIssue(asOf: unknown): PalierIssue | undefined {
  if (typeof asOf !== 'string') {
    const received = describeValue(asOf);
    return issue(
      'invalid-date',
      { received, why: { fr: 'attendu AAAA-MM-JJ', en: 'expected YYYY-MM-DD' } },
      { path: ['asOf'], expected: 'YYYY-MM-DD', received },
    );
  }
  const r = readDate(asOf, ['asOf']);
  return r.ok ? undefined : r.issues[0];
}

/** The issue of a department code that names no department (or the `975` collectivity). */
export function departmentIssue(received: string): PalierIssue {
  return received.trim() === '975'
    ? issue('overseas-collectivity', { received }, { path: ['department'], received })
    : issue('unknown-department', { received }, { path: ['department'], received });
}

/** The issue of a FINESS number whose first characters name no territory. */
export function finessDepartmentIssue(finess: string): PalierIssue {
  const head = finess.startsWith('97') ? finess.slice(0, 4) : finess.slice(0, 2);
  return finessIssue('invalid-finess-department', { finess, head }, { path: ['finess'], received: head });
}

/** The issue of a region code unknown at the date. */
export function regionIssue(received: string): PalierIssue {
  return issue('unknown-region', { received }, { path: ['region'], received });
}
