import { readDate } from '../../core/dates.js';
import { type Arguments, atBoundary } from '../../core/guards.js';
import { issue } from '../../core/messages.js';
import { fail, ok, type Result } from '../../core/result.js';
import { exactNumberOf } from './exact-number.js';

/**
 * The number grammar of CSV cells, one for every number palier reads from a spreadsheet:
 *
 * - an optional sign, then digits, optionally grouped by threes with ONE kind of separator — a space, a no-break
 *   space (U+00A0) or a narrow no-break space (U+202F): `1250`, `1 250`, `12 345 678`;
 * - an optional decimal part after a comma or a point: `97,5`, `97.5`, `1 250,75`;
 * - for a percentage, an optional `%` after it (with or without a space): `98 %`, `98%`.
 *
 * Nothing else: `1,234.5` (two marks), `4 9` (a group of one), `1e3`, `.5`, `12,` are errors, never guessed.
 *
 * @category Input files
 */
export const NUMBER_GRAMMAR = /^([+-]?)(\d{1,3}(?:( |\u00a0|\u202f)\d{3})(?:\3\d{3})*|\d+)(?:[.,](\d+))?$/u;

/** Group separators, removed once the grammar has matched. */
const GROUPS = /[ \u00a0\u202f]/g;

/**
 * Options of {@link readNumber}.
 *
 * @category Input files
 */
export interface ReadNumberOptions {
  /** Accept a trailing `%` (the value cell of a rate). */
  readonly percent?: boolean;
}

/**
 * Reads a number from a cell by {@link NUMBER_GRAMMAR}, exactly: a value a JavaScript number cannot hold
 * (`9007199254740993`, `97,999999999999999`) is refused (`inexact-number`), never rounded. Whether the number
 * is allowed where it stands (a whole count, 0–100 for a percentage…) is for the declaration's checks to say.
 *
 * @example
 * ```ts
 * readNumber('97,5');                       // { ok: true, value: 97.5, issues: [] }
 * readNumber('1 250');                      // { ok: true, value: 1250, issues: [] }
 * readNumber('98 %', { percent: true });    // { ok: true, value: 98, issues: [] }
 * readNumber('4 9').ok;                     // false: invalid-number
 * readNumber('9007199254740993').ok;        // false: inexact-number
 * ```
 *
 * @category Input files
 */
export function readNumber(raw: string, options: ReadNumberOptions = {}): Result<number> {
  const args: Arguments = { raw: [raw, 'text'], options: [options, 'object?'] };
  return atBoundary('readNumber', args, () => numberCell(raw, options));
}

/** {@link readNumber} without the argument guard, for palier's readers on the cells they hold (internal). */
export function numberCell(raw: string, options: ReadNumberOptions): Result<number> {
  const short = shortWhole(raw);
  if (short !== undefined) return ok(short);
  let s = raw.trim();
  if (options.percent && s.endsWith('%')) s = s.slice(0, -1).replace(/[ \u00a0\u202f]$/u, '');
  const m = NUMBER_GRAMMAR.exec(s);
  if (!m) {
    return fail(
      issue(
        'invalid-number',
        { received: raw },
        { received: raw, expected: options.percent ? '97,5 | 97.5 | 1 250 | 98 %' : '97,5 | 97.5 | 1 250' },
      ),
    );
  }
  const [, sign = '', whole = '', , fraction] = m;
  const plain = `${sign}${whole.replace(GROUPS, '')}${fraction !== undefined ? `.${fraction}` : ''}`;
  const value = exactNumberOf(plain);
  if (value === undefined) return fail(issue('inexact-number', { received: raw }, { received: raw }));
  return ok(value);
}

/**
 * The number of a cell of 1 to 15 ASCII digits — most number cells of a file, the {@link NUMBER_GRAMMAR}'s
 * `\d+`, below 2^53 so read exactly — or `undefined` for any other cell, for {@link numberCell} to read
 * (internal: what {@link numberCell} does first, without building a result).
 */
export function shortWhole(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + (c - 48); // exact: every step stays below 10^15 < 2^53
  }
  return value;
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

/**
 * Reads a yes/no answer: `oui`/`non`, `yes`/`no`, `true`/`false`, `vrai`/`faux`, `o`/`n`, `1`/`0` (any case).
 *
 * @example
 * ```ts
 * readYesNo('Oui'); // { ok: true, value: true, issues: [] }
 * ```
 *
 * @category Input files
 */
export function readYesNo(raw: string): Result<boolean> {
  return atBoundary('readYesNo', 'raw', () => yesNoCell(raw));
}

/** {@link readYesNo} without the argument guard, for palier's readers on the cells they hold (internal). */
export function yesNoCell(raw: string): Result<boolean> {
  const answer = yesNoOf(raw);
  if (answer !== undefined) return ok(answer);
  return fail(
    issue(
      'invalid-yes-no',
      { received: raw },
      { received: raw, expected: 'oui/non, yes/no, true/false, 1/0' },
    ),
  );
}

/** The answer of a yes/no cell, or `undefined` (internal: {@link yesNoCell} without building a result). */
export function yesNoOf(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}

const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * Reads a date cell written `YYYY-MM-DD` or the French way `JJ/MM/AAAA`: the French writing is turned into
 * `YYYY-MM-DD`, then palier's one date reader (`readDate`) decides (`29/02/2019` does not exist).
 *
 * @example
 * ```ts
 * readDateCell('31/03/2020'); // { ok: true, value: '2020-03-31', issues: [] }
 * readDateCell('29/02/2019').ok; // false
 * ```
 *
 * @category Input files
 */
export function readDateCell(raw: string): Result<string> {
  return atBoundary('readDateCell', 'raw', () => {
    const s = raw.trim();
    const fr = FRENCH_DATE.exec(s);
    return readDate(fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s);
  });
}
