import {
  type Arguments,
  atBoundary,
  describeValue,
  isRecord,
  refuseArgument,
  unreadable,
} from '../core/guards.js';
import { issue } from '../core/messages/finess.js';
import { fail, ok, type Result } from '../core/result.js';
import { departmentOfFiness } from './finess-department.js';
import { finessKey } from './finess-key.js';
import type { Finess } from './types.js';

/**
 * How much of a FINESS number to check: `key` (default) checks the format, the department and the check key;
 * `format` skips the key (whose algorithm is derived from data, not from an official text).
 *
 * @category Actors
 */
export type FinessCheck = 'key' | 'format';

/**
 * Options of {@link parseFiness} and {@link isValidFiness}.
 *
 * @category Actors
 */
export interface FinessOptions {
  /** What to check; `key` by default. */
  readonly check?: FinessCheck;
}

/**
 * The form a FINESS number was received in: `full` (9 characters, key included) or `without-key`
 * (8 characters, as in SNDS tables; palier computes the key).
 *
 * @category Actors
 */
export type FinessForm = 'full' | 'without-key';

/**
 * A FINESS number read by {@link parseFiness}: its canonical form and what it says.
 *
 * @category Actors
 */
export interface ParsedFiness {
  /** Canonical 9-character form (no spaces, upper case, key included). */
  readonly finess: Finess;
  /** Territory code (`75`, `2A`, `971`, `976`; `975` for Saint-Pierre-et-Miquelon). */
  readonly department: string;
  /** The form the input was in. */
  readonly form: FinessForm;
  /** The check key (9th character): read from the input, or computed for the 8-character form. */
  readonly key: string;
  /** Whether the key was verified (`false` under `check: 'format'` for a 9-character input). */
  readonly keyChecked: boolean;
}

const SHAPE = /^(?:\d{2}|2[AB])\d{6,7}$/;
/** The shape, language-neutral (the message says it in words): 8 or 9 characters, digits or 2A/2B first. */
const SHAPE_TEXT = '[0-9]{8,9} | 2[AB][0-9]{6,7}';

/**
 * Parses a FINESS number (*numéro FINESS*): spaces are ignored (`75 071 218 4`), letters may be lower case,
 * the 8-character form without key is accepted (the key is computed, and `form` says so), Corsica's `2A`/`2B`
 * are understood. Never throws: a rejected number comes back as a failed {@link Result} with one issue,
 * `invalid-finess-format`, `invalid-finess-department` or `invalid-finess-key` (with `expected` and `received`).
 *
 * The key check (Luhn mod 10, see `finessKey`) is derived from public data, not from an official text;
 * `{ check: 'format' }` skips it.
 *
 * @example
 * ```ts
 * parseFiness('75 071 218 4');
 * // { ok: true, value: { finess: '750712184', department: '75', form: 'full', key: '4', keyChecked: true }, issues: [] }
 * parseFiness('75071218').ok; // true, value.form 'without-key'
 * parseFiness('750712148');
 * // { ok: false, issues: [{ code: 'invalid-finess-key', expected: '3', received: '8', … }] } (75071214 calls for key 3)
 * ```
 *
 * @category Actors
 */
export function parseFiness(input: string, options: FinessOptions = {}): Result<ParsedFiness> {
  // described by its type: String() itself throws on some values (an object without prototype)
  if (typeof input !== 'string') return fail(formatIssue(describeValue(input)));
  const s = input.replace(/\s+/g, '').toUpperCase();
  if (!SHAPE.test(s)) return fail(formatIssue(input));
  const department = departmentOfFiness(s);
  if (department === undefined) return fail(departmentIssue(s));
  const computed = finessKey(s.slice(0, 8))!;
  if (s.length === 8) {
    return ok({ finess: s + computed, department, form: 'without-key', key: computed, keyChecked: true });
  }
  const key = s.charAt(8);
  const checkKey = readCheck(options) === 'key';
  if (checkKey && key !== computed) return fail(keyIssue(s, computed));
  return ok({ finess: s, department, form: 'full', key, keyChecked: checkKey });
}

/**
 * Whether `input` is a valid FINESS number (same rules and options as {@link parseFiness}).
 *
 * @example
 * ```ts
 * isValidFiness('2A0000014'); // true
 * isValidFiness('750712148'); // false (wrong key)
 * isValidFiness('750712148', { check: 'format' }); // true
 * ```
 *
 * @category Actors
 */
export function isValidFiness(input: string, options?: FinessOptions): boolean {
  const args: Arguments = { input: [input, 'text'], options: [options, 'object?'] };
  return atBoundary('isValidFiness', args, () => parseFiness(input, options).ok);
}

function readCheck(options: FinessOptions | undefined): FinessCheck {
  if (options === undefined) return 'key';
  if (!isRecord(options))
    refuseArgument('parseFiness', 'options', { fr: 'un objet d’options', en: 'an options object' }, options);
  let check: unknown;
  try {
    check = options.check ?? 'key';
  } catch (error) {
    throw unreadable('parseFiness', 'options', error);
  }
  if (check !== 'key' && check !== 'format')
    refuseArgument(
      'parseFiness',
      'options.check',
      { fr: "'key' ou 'format'", en: "'key' or 'format'" },
      check,
    );
  return check;
}

function formatIssue(received: string) {
  return issue('invalid-finess-format', { received }, { expected: SHAPE_TEXT, received });
}

function departmentIssue(finess: string) {
  const head = finess.startsWith('97') ? finess.slice(0, 4) : finess.slice(0, 2);
  return issue(
    'invalid-finess-department',
    { finess, head },
    { expected: '01–95 (not 20), 2A, 2B, 97 + 1–5 as 4th character, 98', received: head },
  );
}

function keyIssue(finess: string, expected: string) {
  const received = finess.charAt(8);
  return issue('invalid-finess-key', { finess, expected, received }, { expected, received });
}
