import { type Arguments, atBoundary, LANGS } from '../../core/guards.js';
import type { Label, Lang, ProvenanceStatus } from '../../core/label.js';
import { MONTH_NAMES, VOCABULARY } from '../../core/vocabulary.js';
import type { UnknownThresholdReason } from '../../evaluation/compile.js';
import type { IndicatorStatus, LevelStatus } from '../../evaluation/types.js';
import type { UnverifiedReason } from '../../programme/facts.js';

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
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return groupedInteger(value, lang);
  const key = `${lang}${digits}`;
  let format = FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
    FORMATS.set(key, format);
  }
  return format.format(value);
}

/**
 * A whole number grouped by thousands as `Intl.NumberFormat` writes it (`1 250` with a narrow no-break space in
 * French, `1,250` in English), without building a format: the counts of every command's summary line, and the
 * first format built costs milliseconds of start-up.
 */
function groupedInteger(value: number, lang: Lang): string {
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** Number formats by language and digits, built once (building one per call is slow in bulk). */
const FORMATS = new Map<string, Intl.NumberFormat>();

/** The counted phrases (see {@link COUNTED}). */
const COUNTED_FORMS = {
  establishments: { fr: ['établissement', 'établissements'], en: ['establishment', 'establishments'] },
  evaluations: { fr: ['évaluation', 'évaluations'], en: ['evaluation', 'evaluations'] },
  declarationsEvaluated: {
    fr: ['déclaration évaluée', 'déclarations évaluées'],
    en: ['declaration evaluated', 'declarations evaluated'],
  },
  palierReached: { fr: ['palier atteint', 'paliers atteints'], en: ['palier reached', 'paliers reached'] },
  notReached: { fr: ['non atteint', 'non atteints'], en: ['not reached', 'not reached'] },
  unknown: { fr: ['inconnu', 'inconnus'], en: ['unknown', 'unknown'] },
  met: { fr: ['atteint', 'atteints'], en: ['met', 'met'] },
  'not-met': { fr: ['non atteint', 'non atteints'], en: ['not met', 'not met'] },
  'not-applicable': { fr: ['sans objet', 'sans objet'], en: ['not applicable', 'not applicable'] },
  missing: { fr: ['non déclaré', 'non déclarés'], en: ['missing', 'missing'] },
  invalid: { fr: ['invalide', 'invalides'], en: ['invalid', 'invalid'] },
  valid: { fr: ['valide', 'valides'], en: ['valid', 'valid'] },
  rowsRead: { fr: ['ligne lue', 'lignes lues'], en: ['row read', 'rows read'] },
  recordsRead: { fr: ['enregistrement lu', 'enregistrements lus'], en: ['record read', 'records read'] },
  errors: { fr: ['erreur', 'erreurs'], en: ['error', 'errors'] },
  warnings: { fr: ['avertissement', 'avertissements'], en: ['warning', 'warnings'] },
  moreProblems: { fr: ['autre problème', 'autres problèmes'], en: ['more problem', 'more problems'] },
  valuesApplied: { fr: ['valeur appliquée', 'valeurs appliquées'], en: ['value applied', 'values applied'] },
  members: { fr: ['membre', 'membres'], en: ['member', 'members'] },
  legalEntities: { fr: ['entité juridique', 'entités juridiques'], en: ['legal entity', 'legal entities'] },
  ejRowsRead: { fr: ['ligne EJ lue', 'lignes EJ lues'], en: ['EJ row read', 'EJ rows read'] },
  kept: { fr: ['gardée', 'gardées'], en: ['kept', 'kept'] },
  notSanitary: { fr: ['non sanitaire', 'non sanitaires'], en: ['not sanitary', 'not sanitary'] },
  ghts: { fr: ['GHT', 'GHT'], en: ['GHT', 'GHTs'] },
  establishmentsWithoutActivity: {
    fr: ['établissement sans données d’activité', 'établissements sans données d’activité'],
    en: ['establishment without activity data', 'establishments without activity data'],
  },
} as const satisfies Record<CountedPhrase, CountedForms>;

/**
 * The singular and plural of a counted phrase, in each language.
 *
 * @category Reports
 */
export interface CountedForms {
  /** French: singular (0 and 1), plural (2 and more). */
  readonly fr: readonly [string, string];
  /** English: singular (1), plural (everything else). */
  readonly en: readonly [string, string];
}

/**
 * A phrase of {@link COUNTED}.
 *
 * @category Reports
 */
export type CountedPhrase =
  | 'establishments'
  | 'evaluations'
  | 'declarationsEvaluated'
  | 'palierReached'
  | 'notReached'
  | 'unknown'
  | 'met'
  | 'not-met'
  | 'not-applicable'
  | 'missing'
  | 'invalid'
  | 'valid'
  | 'rowsRead'
  | 'recordsRead'
  | 'errors'
  | 'warnings'
  | 'moreProblems'
  | 'valuesApplied'
  | 'members'
  | 'legalEntities'
  | 'ejRowsRead'
  | 'kept'
  | 'notSanitary'
  | 'ghts'
  | 'establishmentsWithoutActivity';

/**
 * The counted phrases of the reports and the command line, singular and plural in each language (French takes
 * the singular for 0 and 1: « 0 ligne lue », « 21 non atteints »); said with {@link countOf}.
 *
 * @category Reports
 */
export const COUNTED: Readonly<Record<CountedPhrase, CountedForms>> = Object.freeze(COUNTED_FORMS);

/** The values of a `phrase` argument. */
const PHRASES: readonly string[] = Object.freeze(Object.keys(COUNTED_FORMS));

/**
 * A counted phrase of {@link COUNTED} with its agreement: `countOf(21, 'notReached', 'fr')` → `21 non atteints`.
 * The number is written the language's way (`1 250` in French, `1,250` in English).
 *
 * @example
 * ```ts
 * countOf(1, 'rowsRead', 'fr'); // '1 ligne lue'
 * countOf(344, 'rowsRead', 'fr'); // '344 lignes lues'
 * ```
 *
 * @category Reports
 */
export function countOf(n: number, phrase: CountedPhrase, lang: Lang): string {
  const args: Arguments = { n: [n, 'number'], phrase: [phrase, PHRASES], lang: [lang, LANGS] };
  return atBoundary('countOf', args, () => {
    const forms = COUNTED[phrase][lang];
    const singular = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
    return `${formatNumber(n, lang, 0)} ${singular ? forms[0] : forms[1]}`;
  });
}

/**
 * Formats an amount in euros given as a decimal string (`"1000000.00"`) the way the language writes it, from
 * its characters (never through a float): `1 000 000,00 €` in French (narrow no-break spaces in groups of
 * three, decimal comma), `€1,000,000.00` in English. Text that is not a decimal amount is returned as is.
 *
 * @example
 * ```ts
 * formatMoney('1000000.00', 'fr'); // '1 000 000,00 €'
 * formatMoney('-37000.5', 'en');   // '-€37,000.50'
 * ```
 *
 * @category Reports
 */
export function formatMoney(amount: string, lang: Lang): string {
  const args: Arguments = { amount: [amount, 'text'], lang: [lang, LANGS] };
  return atBoundary('formatMoney', args, () => {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
    if (m === null) return amount;
    const [, sign, whole, fraction = ''] = m;
    const cents = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
    const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
    return lang === 'fr' ? `${sign}${grouped},${cents}\u00a0€` : `${sign}€${grouped}.${cents}`;
  });
}

/**
 * A calendar date (`YYYY-MM-DD`) in words, in the language: `31 janvier 2022`, `31 January 2022` (`1er` for
 * the first of a month in French). Text that is not such a date is returned as is.
 *
 * @example
 * ```ts
 * formatDate('2022-01-31', 'fr'); // '31 janvier 2022'
 * formatDate('2021-10-01', 'fr'); // '1er octobre 2021'
 * ```
 *
 * @category Reports
 */
export function formatDate(date: string, lang: Lang): string {
  const args: Arguments = { date: [date, 'text'], lang: [lang, LANGS] };
  return atBoundary('formatDate', args, () => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const month = m === null ? undefined : MONTH_NAMES[lang][Number(m[2]) - 1];
    if (m === null || month === undefined) return date;
    const day = Number(m[3]);
    return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${m[1]}`;
  });
}

/**
 * How far a fact is verified (a provenance status), in words: `confirmé`, `rapporté`, `non vérifié` …
 *
 * @category Reports
 */
export const PROVENANCE_STATUS_LABELS: Readonly<Record<ProvenanceStatus, Label>> = Object.freeze({
  seed: { fr: 'document du programme', en: 'programme document' },
  confirmed: { fr: 'confirmé', en: 'confirmed' },
  reported: { fr: 'rapporté', en: 'reported' },
  unverified: { fr: 'non vérifié', en: 'unverified' },
  override: { fr: 'surcharge', en: 'override' },
});

/**
 * Why a threshold is unknown, in a few words (the reports' sentences come from `reasonMessage`).
 *
 * @category Reports
 */
export const UNKNOWN_THRESHOLD_LABELS: Readonly<Record<UnknownThresholdReason, Label>> = Object.freeze({
  'threshold-unverified': { fr: 'seuil non vérifié', en: 'threshold unverified' },
  'threshold-absent': { fr: 'pas de seuil', en: 'no threshold' },
  'threshold-not-comparable': { fr: 'seuil non comparable', en: 'threshold not comparable' },
  'eligibility-absent-target-given': {
    fr: 'cible d’usage sans seuil d’éligibilité',
    en: 'usage target without eligibility threshold',
  },
  'target-absent-eligibility-given': {
    fr: 'seuil d’éligibilité sans cible d’usage',
    en: 'eligibility threshold without usage target',
  },
});

/**
 * Why a fact needs completing, in words.
 *
 * @category Reports
 */
export const UNVERIFIED_REASON_LABELS: Readonly<Record<UnverifiedReason, Label>> = Object.freeze({
  unverified: { fr: 'non vérifié', en: 'unverified' },
  'missing-eligibility': { fr: 'seuil d’éligibilité absent', en: 'eligibility threshold missing' },
  'missing-target': { fr: 'cible d’usage absente', en: 'usage target missing' },
});

/**
 * A note recorded with a fact's provenance, for a report in `lang`: notes are written in English in the
 * bundled data, so French output quotes them as such (« … », note en anglais) rather than pass them as French.
 *
 * @example
 * ```ts
 * sourceNote('codes not read', 'fr'); // 'note de la source, en anglais : « codes not read »'
 * ```
 *
 * @category Reports
 */
export function sourceNote(note: string, lang: Lang): string {
  return lang === 'fr' ? `note de la source, en anglais : « ${note} »` : note;
}
