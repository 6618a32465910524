import { type Arguments, atBoundary, describeValue, refuseArgument } from './guards.js';
import type { IssuePath, PalierIssue } from './issue.js';
import { issue } from './messages/input.js';
import { fail, ok, type Result } from './result.js';
import { MONTH_NAMES } from './vocabulary.js';

/**
 * Reads a calendar date written `YYYY-MM-DD`, refusing impossible ones (`2021-02-30`) and other shapes
 * (`2021-6-1`, `01/06/2021`) with a reason in French and English. The one date parser of palier: options,
 * files, schemas and `asOf` all go through it.
 *
 * @example
 * ```ts
 * readDate('2024-02-29'); // { ok: true, value: '2024-02-29', issues: [] }
 * readDate('2021-02-30').ok; // false: 'février 2021 n’a que 28 jours' / 'February 2021 has only 28 days'
 * ```
 *
 * @category Core
 */
export function readDate(text: string, path: IssuePath = []): Result<string> {
  const args: Arguments = { text: [text, 'text'], path: [path, 'list?'] };
  return atBoundary('readDate', args, () => {
    const problem = dateProblem(text, path);
    return problem === undefined ? ok(text) : fail(problem);
  });
}

/**
 * A date argument of a public function (`asOf`), read with {@link readDate}; a value that is not a real
 * `YYYY-MM-DD` date is misuse and throws a `PalierError` (`invalid-argument`) naming the function and the argument.
 *
 * @example
 * ```ts
 * requireDate('regionsAt', 'asOf', '2016-01-01'); // '2016-01-01'
 * requireDate('regionsAt', 'asOf', '2016-02-30'); // throws PalierError
 * ```
 *
 * @category Core
 */
export function requireDate(fn: string, argument: string, value: unknown): string {
  if (typeof value === 'string' && dateProblem(value, []) === undefined) return value;
  const why =
    typeof value === 'string'
      ? dateProblem(value, [])!.message
      : { fr: `reçu : ${describeValue(value)}`, en: `received ${describeValue(value)}` };
  return refuseArgument(
    fn,
    argument,
    { fr: `une date AAAA-MM-JJ réelle (${why.fr})`, en: `a real YYYY-MM-DD date (${why.en})` },
    value,
  );
}

/**
 * Adds an `invalid-date` issue to `issues` for each date that is not a real `YYYY-MM-DD` date, at its path; an
 * `undefined` date is skipped (an optional date not given). For inputs whose dates are then compared as text.
 *
 * @example
 * ```ts
 * checkDates([[input.selectedOn ?? '', ['selectedOn']], [input.usage.reachedOn, ['usage', 'reachedOn']]], issues);
 * ```
 */
export function checkDates(dates: readonly (readonly [unknown, IssuePath])[], issues: PalierIssue[]): void {
  for (const [date, path] of dates) {
    const problem = date === undefined ? undefined : dateProblem(date as string, path);
    if (problem !== undefined) issues.push(problem);
  }
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(text: string, path: IssuePath): PalierIssue | undefined {
  const received = typeof text === 'string' ? text : String(text);
  const m = typeof text === 'string' ? SHAPE.exec(text) : null;
  const at = { path, expected: 'YYYY-MM-DD', received };
  if (m === null)
    return issue(
      'invalid-date',
      { received, why: { fr: 'attendu AAAA-MM-JJ', en: 'expected YYYY-MM-DD' } },
      at,
    );
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12)
    return issue(
      'invalid-date',
      { received, why: { fr: `pas de mois ${m[2]}`, en: `no month ${m[2]}` } },
      at,
    );
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const fr = `${MONTH_NAMES.fr[month - 1]} ${year} n’a que ${days} jours`;
    const en = `${MONTH_NAMES.en[month - 1]} ${year} has only ${days} days`;
    return issue(
      'invalid-date',
      { received, why: day < 1 ? { fr: 'pas de jour 00', en: 'no day 00' } : { fr, en } },
      at,
    );
  }
  return undefined;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
