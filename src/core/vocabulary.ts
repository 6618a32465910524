import type { Label, Lang } from './label.js';

/** The words behind {@link VOCABULARY}, with their literal types. */
const WORDS = {
  // Indicator statuses
  met: { fr: 'atteint', en: 'met' },
  'not-met': { fr: 'non atteint', en: 'not met' },
  'not-applicable': { fr: 'sans objet', en: 'not applicable' },
  missing: { fr: 'non déclaré', en: 'missing' },
  unknown: { fr: 'inconnu', en: 'unknown' },
  invalid: { fr: 'invalide', en: 'invalid' },
  // Level statuses (prerequisite, domain, palier, GHT)
  reached: { fr: 'atteint', en: 'reached' },
  'not-reached': { fr: 'non atteint', en: 'not reached' },
  // Score statuses (IFAQ-style scored requirements)
  scored: { fr: 'calculé', en: 'scored' },
  // Requirement kinds
  prerequisite: { fr: 'prérequis', en: 'prerequisite' },
  domain: { fr: 'domaine fonctionnel', en: 'functional domain' },
  // Indicator kinds
  'yes-no': { fr: 'oui/non', en: 'yes/no' },
  rate: { fr: 'taux', en: 'rate' },
  count: { fr: 'nombre', en: 'count' },
  yes: { fr: 'oui', en: 'yes' },
  no: { fr: 'non', en: 'no' },
  // Actor levels
  'legal-entity': { fr: 'entité juridique', en: 'legal entity' },
  site: { fr: 'établissement géographique', en: 'site' },
  ght: { fr: 'GHT', en: 'GHT' },
  // Legal statuses
  public: { fr: 'public', en: 'public' },
  'private-non-profit': { fr: 'privé non lucratif', en: 'private non-profit' },
  'private-for-profit': { fr: 'privé commercial', en: 'private for-profit' },
  // Dashboard dimensions and report headings (*axes d'analyse*)
  region: { fr: 'région', en: 'region' },
  ars: { fr: 'ARS', en: 'ARS' },
  department: { fr: 'département', en: 'department' },
  'legal-status': { fr: 'statut juridique', en: 'legal status' },
  'status-group': { fr: 'groupe de statut', en: 'status group' },
  espic: { fr: 'ESPIC', en: 'ESPIC' },
  category: { fr: 'catégorie', en: 'category' },
  activity: { fr: 'activité', en: 'activity' },
  establishment: { fr: 'établissement', en: 'establishment' },
  period: { fr: 'période', en: 'period' },
  palier: { fr: 'palier', en: 'palier' },
  indicator: { fr: 'indicateur', en: 'indicator' },
  // Severities
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
} as const satisfies Record<string, Label>;

/**
 * A word of {@link VOCABULARY}.
 *
 * @category Core
 */
export type Term = keyof typeof WORDS;

/**
 * palier's words: every status, kind and level in French and English, in one table used by `explain`, the
 * reports and the CLI, so that one thing is always called the same (`sans objet`, never `non applicable` here
 * and `sans objet` there). Terms of art follow the programmes' guides. Each {@link Term} maps to its
 * {@link Label} (`VOCABULARY['not-applicable']` is `{ fr: 'sans objet', en: 'not applicable' }`).
 *
 * @category Core
 */
export const VOCABULARY: { readonly [T in Term]: (typeof WORDS)[T] } = WORDS;

/**
 * A word of palier's vocabulary in one language.
 *
 * @example
 * ```ts
 * term('not-applicable', 'fr'); // 'sans objet'
 * ```
 *
 * @category Core
 */
export function term(word: Term, lang: Lang): string {
  return VOCABULARY[word][lang];
}

/**
 * A counted phrase with French and English agreement: `count(3, 'ligne lue', 'lignes lues')`.
 *
 * @example
 * ```ts
 * counted(1, { fr: ['ligne lue', 'lignes lues'], en: ['row read', 'rows read'] }, 'fr'); // '1 ligne lue'
 * counted(0, { fr: ['ligne lue', 'lignes lues'], en: ['row read', 'rows read'] }, 'fr'); // '0 ligne lue'
 * ```
 *
 * @category Core
 */
export function counted(
  n: number,
  forms: { readonly fr: readonly [string, string]; readonly en: readonly [string, string] },
  lang: Lang,
): string {
  // French takes the singular for 0 and 1; English the plural for everything but 1.
  const singular = lang === 'fr' ? n < 2 : n === 1;
  return `${n} ${forms[lang][singular ? 0 : 1]}`;
}

/**
 * The names of the months, January first, in French and English: the one table behind dates in messages and
 * reports (`février 2021 n’a que 28 jours`, `31 mars 2021`).
 *
 * @example
 * ```ts
 * MONTH_NAMES.fr[1]; // 'février'
 * ```
 *
 * @category Core
 */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
