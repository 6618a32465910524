import { addMonths, format } from 'date-fns';
import { type CalendarDate, compareDates, isCalendarDate } from '../dates/index.js';
import type { ParseResult } from '../issues.js';
import type { Provenance } from '../programme/provenance.js';
import type { Milestone } from '../programme/types.js';
import { fundingIssue } from './internal.js';

/**
 * Adds months to a calendar date; the day is clamped to the end of a shorter month (`2019-08-31` + 6 →
 * `2020-02-29`).
 *
 * @example
 * ```ts
 * addMonthsToDate('2021-12-31', 12); // '2022-12-31'
 * ```
 */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(addMonths(new Date(y, m - 1, d), months), 'yyyy-MM-dd');
}

/**
 * Moves one milestone of a calendar by some months and returns a new calendar (the input is not changed), with
 * the override recorded in the milestone's provenance. This is how the HOP'EN COVID extension (instruction of
 * 5 Jan 2021: up to +12 months) is expressed: pass the deadline's id, `12`, and your source.
 *
 * @example
 * ```ts
 * const r = extendMilestone(hopen.milestones, 'funding-files-deadline', 12, {
 *   source: 'https://www.ticsante.com/story?ID=6069', status: 'override', note: 'COVID extension applied by my ARS',
 * });
 * ```
 */
export function extendMilestone(
  milestones: readonly Milestone[],
  id: string,
  months: number,
  provenance: Provenance,
): ParseResult<Milestone[]> {
  if (!milestones.some((m) => m.id === id)) {
    return {
      ok: false,
      issues: [
        fundingIssue('unknown-milestone', ['id'], `Jalon inconnu : ${id}.`, `Unknown milestone: ${id}.`, {
          received: id,
        }),
      ],
    };
  }
  if (!Number.isInteger(months)) {
    return {
      ok: false,
      issues: [
        fundingIssue(
          'invalid-months',
          ['months'],
          `Nombre de mois non entier : ${months}.`,
          `Months is not an integer: ${months}.`,
        ),
      ],
    };
  }
  return {
    ok: true,
    value: milestones.map((m) =>
      m.id === id ? { ...m, date: addMonthsToDate(m.date, months), provenance } : m,
    ),
    issues: [],
  };
}

/**
 * The funding deadline of a calendar: the milestone with the given id, else the latest milestone of kind
 * `deadline`; `undefined` when there is none (a deadline that is not known is not invented).
 *
 * @example
 * ```ts
 * fundingDeadline([{ id: 'files', kind: 'deadline', date: '2021-12-31', label, provenance }])?.date; // '2021-12-31'
 * ```
 */
export function fundingDeadline(milestones: readonly Milestone[], id?: string): Milestone | undefined {
  if (id !== undefined) return milestones.find((m) => m.id === id && isCalendarDate(m.date));
  let latest: Milestone | undefined;
  for (const m of milestones) {
    if (
      m.kind === 'deadline' &&
      isCalendarDate(m.date) &&
      (latest === undefined || compareDates(m.date, latest.date) > 0)
    )
      latest = m;
  }
  return latest;
}
