import type { Lang } from '../../core/label.js';

/** Narrow no-break space: the French thousands separator (as `Intl.NumberFormat('fr-FR')` writes it). */
const NNBSP = '\u202f';

/**
 * Writes an amount of euros given as a decimal string the way the language does, without going through a float
 * (*format monétaire*): `1 000 000,00 €` in French (narrow no-break spaces between thousands, a no-break space
 * before the sign), `€1,000,000.00` in English. Always two decimals; text that is not an amount with at most two decimals comes
 * back unchanged (never rounded here).
 *
 * @example
 * ```ts
 * formatMoney('1000000.00', 'fr'); // '1 000 000,00 €' (narrow no-break spaces)
 * formatMoney('-1250.5', 'en'); // '-€1,250.50'
 * ```
 *
 * @category Reports
 */
export function formatMoney(amount: string, lang: Lang): string {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (m === null) return amount;
  const [, sign, whole, fraction = ''] = m;
  const cents = fraction.padEnd(2, '0');
  const digits = whole!.replace(/^0+(?=\d)/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? NNBSP : ',');
  return lang === 'fr' ? `${sign}${grouped},${cents}\u00a0€` : `${sign}€${grouped}.${cents}`;
}
