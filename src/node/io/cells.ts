import type { CalendarDate } from '../../dates/index.js';
import { isCalendarDate } from '../../dates/index.js';
import type { Label } from '../../programme/provenance.js';

/**
 * A cell read successfully.
 *
 * @category Input files
 */
export interface CellOk<T> {
  /** Discriminant. */
  readonly ok: true;
  /** The value read. */
  readonly value: T;
}

/**
 * A cell that could not be read, with a stable code and a message.
 *
 * @category Input files
 */
export interface CellError {
  /** Discriminant. */
  readonly ok: false;
  /** Stable code (`invalid-number`, `invalid-date` …). */
  readonly code: string;
  /** What is wrong. */
  readonly message: Label;
  /** What was expected, briefly. */
  readonly expected?: string;
}

/**
 * The outcome of reading one cell: the value, or a coded problem.
 *
 * @category Input files
 */
export type CellResult<T> = CellOk<T> | CellError;

const DECIMAL = /^[+-]?(\d+)(?:[.,](\d+))?$/;
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads a decimal number written the French way or the English way: `97,5` or `97.5`, with optional digit
 * grouping by spaces (`1 234,5`, also no-break spaces) and an optional trailing `%` when `percent` is allowed.
 * `1,234.5` is refused as ambiguous; values beyond ±1e15 are refused (not a plausible count or percentage).
 *
 * @example
 * ```ts
 * readDecimal('97,5');        // { ok: true, value: 97.5 }
 * readDecimal('98 %', true);  // { ok: true, value: 98 }
 * readDecimal('1,234.5');     // { ok: false, code: 'ambiguous-number', … }
 * ```
 *
 * @category Input files
 */
export function readDecimal(raw: string, percent = false): CellResult<number> {
  let s = raw.trim();
  if (percent && s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.includes(',') && s.includes('.')) {
    return fail('ambiguous-number', {
      fr: `Nombre ambigu « ${raw} » : utilisez une seule marque décimale (virgule ou point), sans séparateur de milliers.`,
      en: `Ambiguous number "${raw}": use one decimal mark (comma or point) and no thousands separator.`,
    });
  }
  if (GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f]/g, '');
  const m = DECIMAL.exec(s);
  if (!m) {
    return fail(
      'invalid-number',
      { fr: `« ${raw} » n’est pas un nombre.`, en: `"${raw}" is not a number.` },
      percent ? 'a number such as 97,5 or 97.5 %' : 'a number such as 97,5',
    );
  }
  const value = Number(s.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) {
    return fail('number-out-of-range', {
      fr: `Nombre hors limites : « ${raw} ».`,
      en: `Number out of range: "${raw}".`,
    });
  }
  return { ok: true, value };
}

/**
 * Reads a non-negative whole number (a count of stays, consultations …), up to 2^53 − 1.
 *
 * @example
 * ```ts
 * readCount('1 250'); // { ok: true, value: 1250 }
 * readCount('-3');    // { ok: false, code: 'invalid-count', … }
 * ```
 *
 * @category Input files
 */
export function readCount(raw: string): CellResult<number> {
  const s = raw.trim().replace(/[ \u00a0\u202f]/g, '');
  if (!/^\d+$/.test(s)) {
    return fail(
      'invalid-count',
      {
        fr: `« ${raw} » n’est pas un entier positif ou nul.`,
        en: `"${raw}" is not a non-negative whole number.`,
      },
      'a whole number ≥ 0',
    );
  }
  const value = Number(s);
  if (!Number.isSafeInteger(value)) {
    return fail('number-out-of-range', {
      fr: `Entier trop grand : « ${raw} ».`,
      en: `Whole number too large: "${raw}".`,
    });
  }
  return { ok: true, value };
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

/**
 * Reads a yes/no answer: `oui`/`non`, `yes`/`no`, `true`/`false`, `vrai`/`faux`, `o`/`n`, `1`/`0` (any case).
 *
 * @example
 * ```ts
 * readYesNo('Oui'); // { ok: true, value: true }
 * ```
 *
 * @category Input files
 */
export function readYesNo(raw: string): CellResult<boolean> {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  return fail(
    'invalid-yes-no',
    { fr: `« ${raw} » n’est ni oui ni non.`, en: `"${raw}" is neither yes nor no.` },
    'oui/non, yes/no, true/false, 1/0',
  );
}

const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * Reads a calendar date written `YYYY-MM-DD` or the French way `JJ/MM/AAAA`.
 *
 * @example
 * ```ts
 * readDate('31/03/2020'); // { ok: true, value: '2020-03-31' }
 * readDate('2019-02-29'); // { ok: false, code: 'invalid-date', … }
 * ```
 *
 * @category Input files
 */
export function readDate(raw: string): CellResult<CalendarDate> {
  const s = raw.trim();
  const fr = FRENCH_DATE.exec(s);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s;
  if (isCalendarDate(iso)) return { ok: true, value: iso };
  return fail(
    'invalid-date',
    { fr: `« ${raw} » n’est pas une date valide.`, en: `"${raw}" is not a valid date.` },
    'YYYY-MM-DD or JJ/MM/AAAA',
  );
}

function fail(code: string, message: Label, expected?: string): CellResult<never> {
  return expected === undefined ? { ok: false, code, message } : { ok: false, code, message, expected };
}
