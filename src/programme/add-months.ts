import type { CalendarDate } from '../dates/index.js';

/**
 * Adds whole months to a calendar date, clamping the day to the target month's length
 * (`2019-01-31` + 1 month = `2019-02-28`). Used to move milestones.
 *
 * @example
 * ```ts
 * addMonthsToDate('2021-12-31', 12); // '2022-12-31'
 * addMonthsToDate('2020-02-29', 12); // '2021-02-28'
 * ```
 *
 * @category Programmes
 */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
