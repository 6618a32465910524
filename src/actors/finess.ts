import type { Label } from '../programme/provenance.js';
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
 * A FINESS number that passed {@link parseFiness}.
 *
 * @category Actors
 */
export interface FinessOk {
  /** Discriminant. */
  readonly ok: true;
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

/**
 * Why a FINESS number was rejected: bad characters or length, unknown department, wrong check key.
 *
 * @category Actors
 */
export type FinessFailureReason = 'format' | 'key' | 'department';

/**
 * A FINESS number rejected by {@link parseFiness}, with the reason and, where it helps, what was expected.
 *
 * @category Actors
 */
export interface FinessFailure {
  /** Discriminant. */
  readonly ok: false;
  /** Why. */
  readonly reason: FinessFailureReason;
  /** A sentence in French and English. */
  readonly message: Label;
  /** What was expected (the right key, the accepted shape). */
  readonly expected?: string;
  /** What was received. */
  readonly received?: string;
}

/**
 * Outcome of {@link parseFiness}.
 *
 * @category Actors
 */
export type FinessResult = FinessOk | FinessFailure;

const SHAPE = /^(?:\d{2}|2[AB])\d{6,7}$/;
const SHAPE_TEXT = '9 characters (8 without the key): digits, or 2A/2B then digits';

/**
 * Parses a FINESS number (*numéro FINESS*): spaces are ignored (`75 071 218 4`), letters may be lower case,
 * the 8-character form without key is accepted (the key is computed, and `form` says so), Corsica's `2A`/`2B`
 * are understood. Never throws: a rejected number comes back with its `reason` and a message.
 *
 * The key check (Luhn mod 10, see `finessKey`) is derived from public data, not from an official text;
 * `{ check: 'format' }` skips it.
 *
 * @example
 * ```ts
 * parseFiness('75 071 218 4');
 * // { ok: true, finess: '750712184', department: '75', form: 'full', key: '4', keyChecked: true }
 * parseFiness('75071218').form; // 'without-key'
 * parseFiness('750712148');
 * // { ok: false, reason: 'key', expected: '3', received: '8', message: { … } } (75071214 calls for key 3)
 * ```
 *
 * @category Actors
 */
export function parseFiness(input: string, options: FinessOptions = {}): FinessResult {
  // described by its type: String() itself throws on some values (an object without prototype)
  if (typeof input !== 'string') return formatFailure(input === null ? 'null' : typeof input);
  const s = input.replace(/\s+/g, '').toUpperCase();
  if (!SHAPE.test(s)) return formatFailure(input);
  const department = departmentOfFiness(s);
  if (department === undefined) return departmentFailure(s);
  const computed = finessKey(s.slice(0, 8))!;
  if (s.length === 8) {
    return {
      ok: true,
      finess: s + computed,
      department,
      form: 'without-key',
      key: computed,
      keyChecked: true,
    };
  }
  const key = s.charAt(8);
  const checkKey = (options.check ?? 'key') === 'key';
  if (checkKey && key !== computed) return keyFailure(s, computed);
  return { ok: true, finess: s, department, form: 'full', key, keyChecked: checkKey };
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
  return parseFiness(input, options).ok;
}

function formatFailure(received: string): FinessFailure {
  return {
    ok: false,
    reason: 'format',
    expected: SHAPE_TEXT,
    received,
    message: {
      fr: `« ${received} » n'est pas un numéro FINESS : 9 caractères attendus (8 sans la clé), des chiffres ou 2A/2B suivis de chiffres.`,
      en: `"${received}" is not a FINESS number: expected 9 characters (8 without the key), digits or 2A/2B followed by digits.`,
    },
  };
}

function departmentFailure(finess: string): FinessFailure {
  const head = finess.startsWith('97') ? finess.slice(0, 4) : finess.slice(0, 2);
  return {
    ok: false,
    reason: 'department',
    expected: '01–95 (not 20), 2A, 2B, 97 + 1–5 as 4th character, 98',
    received: head,
    message: {
      fr: `Le numéro FINESS ${finess} ne commence par aucun code de département connu (${head}).`,
      en: `FINESS ${finess} does not start with a known department code (${head}).`,
    },
  };
}

function keyFailure(finess: string, expected: string): FinessFailure {
  const received = finess.charAt(8);
  return {
    ok: false,
    reason: 'key',
    expected,
    received,
    message: {
      fr: `Clé de contrôle du numéro FINESS ${finess} incorrecte : ${expected} attendu, ${received} reçu (vérification dérivée des données ; l'option check: 'format' l'ignore).`,
      en: `Wrong check key in FINESS ${finess}: expected ${expected}, received ${received} (data-derived check; option check: 'format' skips it).`,
    },
  };
}
