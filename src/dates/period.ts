import { type Arguments, atBoundary } from '../core/guards.js';
import { type CalendarDate, compareDates } from './calendar-date.js';

/**
 * A period of calendar dates; `end` is included as a whole day (`2019-01-01`–`2019-03-31` is one quarter).
 *
 * @category Dates
 */
export interface Period {
  /** First day, included. */
  readonly start: CalendarDate;
  /** Last day, included. */
  readonly end: CalendarDate;
}

/**
 * Whether `date` falls in `period`, both ends included.
 *
 * @example
 * ```ts
 * periodContains({ start: '2019-01-01', end: '2019-12-31' }, '2019-12-31'); // true
 * ```
 *
 * @category Dates
 */
export function periodContains(period: Period, date: CalendarDate): boolean {
  const args: Arguments = { period: [period, 'object'], date: [date, 'text'] };
  return atBoundary('periodContains', args, () => {
    return compareDates(period.start, date) <= 0 && compareDates(date, period.end) <= 0;
  });
}
