import { type Arguments, atBoundary } from '../core/guards.js';
/**
 * A calendar date `YYYY-MM-DD` (Europe/Paris civil date, no time of day).
 *
 * palier never reads the clock: every function that depends on time takes such a date (`asOf`).
 *
 * @category Dates
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2019-02-29` is not).
 *
 * @example
 * ```ts
 * isCalendarDate('2020-02-29'); // true
 * isCalendarDate('2019-02-29'); // false
 * ```
 *
 * @category Dates
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Compares two calendar dates: negative when `a` is before `b`, 0 when equal, positive after.
 *
 * @example
 * ```ts
 * compareDates('2019-06-30', '2019-09-30') < 0; // true
 * ```
 *
 * @category Dates
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const args: Arguments = { a: [a, 'text'], b: [b, 'text'] };
  return atBoundary('compareDates', args, () => {
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
