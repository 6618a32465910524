/**
 * The sentences of the engine's diagnostics (and of the programme problems `compileProgramme` reports), apart
 * from the reasons of results so that evaluating does not carry every explanation: `explain` and the reports
 * read the whole {@link REASONS}, which includes these.
 */
import type { PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';

/**
 * A diagnostic code of the evaluation engine.
 *
 * @category Evaluation
 */
export type DiagnosticCode =
  | 'threshold-not-comparable'
  | 'programme-mismatch'
  | 'programme-version-mismatch'
  | 'unknown-indicator'
  | 'value-for-not-applicable-indicator'
  | 'finess-mismatch'
  | 'period-not-over'
  | 'declared-after-as-of'
  | 'duplicate-indicator-code'
  | 'method-differs'
  | 'method-not-declared'
  | 'invalid-record'
  | 'evaluation-failed'
  | 'period-end-before-start'
  | 'invalid-date';

/**
 * The French and English sentence of every {@link DiagnosticCode}.
 *
 * @category Evaluation
 */
export const DIAGNOSTIC_MESSAGES: Readonly<Record<DiagnosticCode, Label>> = Object.freeze({
  'threshold-not-comparable': {
    fr: "Le seuil du programme n'est pas comparable au type de l'indicateur.",
    en: "The programme's threshold cannot be compared with the indicator's kind.",
  },
  'programme-mismatch': {
    fr: 'La déclaration répond à un autre programme que celui évalué.',
    en: 'The declaration answers another programme than the one evaluated.',
  },
  'programme-version-mismatch': {
    fr: 'La déclaration répond à une autre version du programme que celle évaluée.',
    en: 'The declaration answers another version of the programme than the one evaluated.',
  },
  'unknown-indicator': {
    fr: "Ce code d'indicateur n'existe pas dans le programme.",
    en: 'This indicator code does not exist in the programme.',
  },
  'value-for-not-applicable-indicator': {
    fr: "Une valeur est déclarée pour un indicateur qui ne concerne pas l'établissement ; elle est ignorée.",
    en: 'A value is declared for an indicator that does not concern the establishment; it is ignored.',
  },
  'finess-mismatch': {
    fr: "Le FINESS de la déclaration diffère de celui de l'établissement.",
    en: "The declaration's FINESS differs from the establishment's.",
  },
  'period-not-over': {
    fr: "La période déclarée n'est pas terminée à la date d'évaluation.",
    en: 'The declared period is not over at the evaluation date.',
  },
  'declared-after-as-of': {
    fr: "La déclaration est datée après la date d'évaluation.",
    en: 'The declaration is dated after the evaluation date.',
  },
  'duplicate-indicator-code': {
    fr: "Le même code d'indicateur apparaît deux fois dans le programme ; seule la première occurrence est évaluée.",
    en: 'The same indicator code appears twice in the programme; only the first occurrence is evaluated.',
  },
  'method-differs': {
    fr: 'Ce membre déclare avec une autre méthode de calcul que le GHT, qui candidate comme un seul ensemble.',
    en: 'This member declares with another calculation method than the GHT, which applies as one.',
  },
  'method-not-declared': {
    fr: 'Ce membre ne précise pas sa méthode de calcul alors que le GHT candidate comme un seul ensemble.',
    en: 'This member gives no calculation method although the GHT applies as one.',
  },
  'invalid-record': {
    fr: "L'enregistrement n'a pas la forme attendue (établissement et déclaration) ; il est ignoré.",
    en: 'The record does not have the expected shape (establishment and declaration); it is skipped.',
  },
  'evaluation-failed': {
    fr: "L'évaluation de cet enregistrement a échoué ; les autres enregistrements sont évalués.",
    en: 'Evaluating this record failed; the other records are evaluated.',
  },
  'period-end-before-start': {
    fr: 'La fin de la période précède son début.',
    en: 'The end of the period comes before its start.',
  },
  'invalid-date': {
    fr: "La date n'est pas une date calendaire valide (AAAA-MM-JJ).",
    en: 'The date is not a valid calendar date (YYYY-MM-DD).',
  },
});

/**
 * Builds a diagnostic from its code, with its French and English sentence.
 *
 * @example
 * ```ts
 * diagnostic('unknown-indicator', ['values', 'D9.9'], 'warning').message.en;
 * ```
 *
 * @category Evaluation
 */
export function diagnostic(
  code: DiagnosticCode,
  path: readonly (string | number)[],
  severity: 'error' | 'warning',
  expected?: string,
  received?: string,
): PalierIssue {
  const issue: { -readonly [K in keyof PalierIssue]: PalierIssue[K] } = {
    code,
    path,
    message: DIAGNOSTIC_MESSAGES[code],
    severity,
  };
  if (expected !== undefined) issue.expected = expected;
  if (received !== undefined) issue.received = received;
  return issue;
}
