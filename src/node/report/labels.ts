import type { Label, Lang } from '../../core/label.js';
import { VOCABULARY } from '../../core/vocabulary.js';
import type { IndicatorStatus, LevelStatus } from '../../evaluation/types.js';

/**
 * Words for each indicator status, in both languages (from palier's one vocabulary, `VOCABULARY`).
 *
 * @category Reports
 */
export const INDICATOR_STATUS_LABELS: Readonly<Record<IndicatorStatus, Label>> = Object.freeze({
  met: VOCABULARY.met,
  'not-met': VOCABULARY['not-met'],
  'not-applicable': VOCABULARY['not-applicable'],
  missing: VOCABULARY.missing,
  unknown: VOCABULARY.unknown,
  invalid: VOCABULARY.invalid,
});

/**
 * One-character marks for each indicator status (always shown with a legend, never alone).
 *
 * @category Reports
 */
export const INDICATOR_STATUS_MARKS: Readonly<Record<IndicatorStatus, string>> = Object.freeze({
  met: '✓',
  'not-met': '✗',
  'not-applicable': '–',
  missing: '∅',
  unknown: '?',
  invalid: '!',
});

/**
 * Words for each level status (prerequisite, domain, palier).
 *
 * @category Reports
 */
export const LEVEL_STATUS_LABELS: Readonly<Record<LevelStatus, Label>> = Object.freeze({
  reached: VOCABULARY.reached,
  'not-reached': VOCABULARY['not-reached'],
  unknown: VOCABULARY.unknown,
});

/**
 * Every indicator status, in display order.
 *
 * @category Reports
 */
export const INDICATOR_STATUSES: readonly IndicatorStatus[] = Object.freeze([
  'met',
  'not-met',
  'not-applicable',
  'missing',
  'unknown',
  'invalid',
]);

/**
 * Formats a number the way the language writes it (`97,5` in French, `97.5` in English).
 *
 * @example
 * ```ts
 * formatNumber(97.5, 'fr'); // '97,5'
 * ```
 *
 * @category Reports
 */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const key = `${lang}${digits}`;
  let format = FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
    FORMATS.set(key, format);
  }
  return format.format(value);
}

/** Number formats by language and digits, built once (building one per call is slow in bulk). */
const FORMATS = new Map<string, Intl.NumberFormat>();
