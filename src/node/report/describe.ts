import type { Lang } from '../../core/label.js';
import type { Expected } from '../../evaluation/types.js';
import { comparatorSymbol } from '../../programme/comparator.js';
import { formatNumber } from './labels.js';

/**
 * Formats an observed value: a percentage for rates, a number for counts, oui/non for yes/no.
 *
 * @example
 * ```ts
 * formatObserved(91.04, 'rate', 'fr'); // '91 %'
 * ```
 *
 * @category Reports
 */
export function formatObserved(value: number | boolean | undefined, isRate: boolean, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean')
    return value ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no';
  return isRate ? `${formatNumber(value, lang)} %` : formatNumber(value, lang);
}

/**
 * Formats a threshold: `≥ 98 %`, `> 0`, `= oui`.
 *
 * @example
 * ```ts
 * formatExpected({ comparator: 'at-least', value: 98, inclusive: true, role: 'target' }, true, 'en'); // '≥ 98 %'
 * ```
 *
 * @category Reports
 */
export function formatExpected(expected: Expected, isRate: boolean, lang: Lang): string {
  const op = comparatorSymbol(expected);
  return `${op} ${formatObserved(expected.value, isRate, lang)}`;
}
