import { type Arguments, atBoundary, LANGS } from '../core/guards.js';
import type { Label } from '../core/label.js';
import { DIAGNOSTIC_MESSAGES, type DiagnosticCode } from './diagnostic-messages.js';

/**
 * A stable reason or diagnostic code of the evaluation engine (a key of {@link REASONS}): the reasons of results,
 * and every {@link DiagnosticCode}.
 *
 * @category Evaluation
 */
export type ReasonCode =
  | 'threshold-met'
  | 'below-threshold'
  | 'above-threshold'
  | 'not-equal-to-threshold'
  | 'answered-no'
  | 'answered-yes'
  | 'threshold-unreachable'
  | 'declared-not-applicable'
  | 'not-applicable-to-establishment'
  | 'no-value-declared'
  | 'threshold-unverified'
  | 'threshold-absent'
  | 'eligibility-absent-target-given'
  | 'target-absent-eligibility-given'
  | 'not-in-force'
  | 'none-in-force'
  | 'wrong-kind'
  | 'numerator-exceeds-denominator'
  | 'zero-denominator'
  | 'not-finite'
  | 'negative-value'
  | 'non-integer-value'
  | 'percent-out-of-range'
  | 'missing-reason'
  | 'malformed-value'
  | 'all-indicators-met'
  | 'no-applicable-indicator'
  | 'indicators-not-met'
  | 'indicators-unknown'
  | 'no-indicators-in-catalogue'
  | 'catalogue-incomplete'
  | 'catalogue-completeness-unknown'
  | 'all-requirements-reached'
  | 'requirements-not-reached'
  | 'requirements-unknown'
  | 'all-members-reached'
  | 'members-not-reached'
  | 'members-unknown'
  | 'no-members'
  | 'ifaq-scored'
  | 'ifaq-outcome-unknown'
  | 'ifaq-not-hopital-numerique'
  | DiagnosticCode;

/**
 * Every stable reason and diagnostic code of the evaluation engine, with a French and an English sentence
 * (*motif*). Codes never change meaning once published; `explain` and diagnostics use these sentences.
 *
 * @category Evaluation
 */
export const REASONS: Readonly<Record<ReasonCode, Label>> = Object.freeze({
  ...DIAGNOSTIC_MESSAGES,
  // Indicators: met / not met
  'threshold-met': {
    fr: 'La valeur déclarée atteint le seuil.',
    en: 'The declared value meets the threshold.',
  },
  'below-threshold': {
    fr: 'La valeur déclarée est en dessous du seuil.',
    en: 'The declared value is below the threshold.',
  },
  'above-threshold': {
    fr: 'La valeur déclarée dépasse le plafond.',
    en: 'The declared value is above the ceiling.',
  },
  'not-equal-to-threshold': {
    fr: 'La valeur déclarée diffère de la valeur attendue.',
    en: 'The declared value differs from the expected value.',
  },
  'answered-no': {
    fr: 'La réponse déclarée est « non » alors que « oui » est attendu.',
    en: 'The declared answer is "no" where "yes" is expected.',
  },
  'answered-yes': {
    fr: 'La réponse déclarée est « oui » alors que « non » est attendu.',
    en: 'The declared answer is "yes" where "no" is expected.',
  },
  'threshold-unreachable': {
    fr: 'Le seuil ne peut pas être atteint avec ce dénominateur.',
    en: 'The threshold cannot be reached with this denominator.',
  },
  // Indicators: not applicable, missing
  'declared-not-applicable': {
    fr: "L'indicateur est déclaré sans objet sur la période, avec un motif.",
    en: 'The indicator is declared not applicable for the period, with a reason.',
  },
  'not-applicable-to-establishment': {
    fr: "L'indicateur ne concerne pas les activités ou les caractéristiques de l'établissement.",
    en: "The indicator does not concern the establishment's activities or traits.",
  },
  'no-value-declared': {
    fr: "Aucune valeur n'est déclarée pour cet indicateur.",
    en: 'No value is declared for this indicator.',
  },
  // Indicators: unknown
  'threshold-unverified': {
    fr: "Le seuil de cet indicateur existe mais n'a pas pu être vérifié : palier ne le devine pas.",
    en: 'The threshold of this indicator exists but could not be verified: palier does not guess it.',
  },
  'threshold-absent': {
    fr: "Le programme ne fixe pas de seuil pour cet indicateur à ce niveau (éligibilité ou cible d'usage).",
    en: 'The programme sets no threshold for this indicator at this level (eligibility or usage target).',
  },
  'eligibility-absent-target-given': {
    fr: "Il manque le seuil d'éligibilité : un prérequis se juge sur son seuil d'éligibilité, et le programme ne donne à cet indicateur qu'une cible d'usage.",
    en: 'The eligibility threshold is missing: a prerequisite is judged on its eligibility threshold, and the programme gives this indicator only a usage target.',
  },
  'target-absent-eligibility-given': {
    fr: "Il manque la cible d'usage : un domaine se juge sur sa cible d'usage, et le programme ne donne à cet indicateur qu'un seuil d'éligibilité.",
    en: 'The usage target is missing: a domain is judged on its usage target, and the programme gives this indicator only an eligibility threshold.',
  },
  'not-in-force': {
    fr: "L'indicateur n'est pas en vigueur sur la période déclarée : son calendrier de cibles ne couvre pas la fin de la période.",
    en: 'The indicator is not in force for the declared period: its schedule of targets does not cover the end of the period.',
  },
  // Indicators: invalid values
  'wrong-kind': {
    fr: "Le type de la valeur déclarée ne correspond pas au type de l'indicateur.",
    en: "The kind of the declared value does not match the indicator's kind.",
  },
  'numerator-exceeds-denominator': {
    fr: 'Le numérateur dépasse le dénominateur.',
    en: 'The numerator exceeds the denominator.',
  },
  'zero-denominator': {
    fr: 'Le dénominateur vaut zéro : le taux ne peut pas être calculé (déclarer « sans objet » avec un motif).',
    en: 'The denominator is zero: the rate cannot be computed (declare "not applicable" with a reason).',
  },
  'not-finite': {
    fr: "La valeur n'est pas un nombre fini (NaN ou infini).",
    en: 'The value is not a finite number (NaN or infinity).',
  },
  'negative-value': {
    fr: 'La valeur est négative.',
    en: 'The value is negative.',
  },
  'non-integer-value': {
    fr: 'Un effectif (numérateur, dénominateur, nombre) doit être un nombre entier.',
    en: 'A count (numerator, denominator, number) must be a whole number.',
  },
  'percent-out-of-range': {
    fr: 'Un pourcentage doit être compris entre 0 et 100.',
    en: 'A percentage must be between 0 and 100.',
  },
  'missing-reason': {
    fr: 'Une déclaration « sans objet » doit donner son motif.',
    en: 'A "not applicable" declaration must give its reason.',
  },
  'malformed-value': {
    fr: "La valeur déclarée n'a pas une forme reconnue.",
    en: 'The declared value does not have a recognised shape.',
  },
  // Prerequisites and domains
  'all-indicators-met': {
    fr: 'Tous les indicateurs applicables atteignent leur seuil.',
    en: 'Every applicable indicator meets its threshold.',
  },
  'no-applicable-indicator': {
    fr: "Aucun indicateur du catalogue ne s'applique à l'établissement sur la période.",
    en: 'No indicator of the catalogue applies to the establishment for the period.',
  },
  'indicators-not-met': {
    fr: "Au moins un indicateur n'est pas atteint, manque ou est invalide.",
    en: 'At least one indicator is not met, missing or invalid.',
  },
  'none-in-force': {
    fr: "Aucun indicateur n'est en vigueur sur la période déclarée (objectifs d'une autre année).",
    en: 'No indicator is in force for the declared period (objectives of another year).',
  },
  'indicators-unknown': {
    fr: "Au moins un indicateur a un seuil inconnu : l'atteinte ne peut pas être établie.",
    en: 'At least one indicator has an unknown threshold: whether it is reached cannot be established.',
  },
  'no-indicators-in-catalogue': {
    fr: "Le catalogue ne contient aucun indicateur vérifié pour cette exigence : l'atteinte est inconnue.",
    en: 'The catalogue holds no verified indicator for this requirement: whether it is reached is unknown.',
  },
  'catalogue-incomplete': {
    fr: "Le catalogue ne contient qu'une partie des indicateurs du guide : l'atteinte est inconnue.",
    en: "The catalogue holds only part of the guide's indicators: whether it is reached is unknown.",
  },
  'catalogue-completeness-unknown': {
    fr: "Rien n'atteste que le catalogue contient tous les indicateurs du guide pour cette exigence : l'atteinte est inconnue.",
    en: "Nothing states that the catalogue holds all of the guide's indicators for this requirement: whether it is reached is unknown.",
  },
  // Palier
  'all-requirements-reached': {
    fr: 'Tous les prérequis et tous les domaines sont atteints.',
    en: 'Every prerequisite and every domain is reached.',
  },
  'requirements-not-reached': {
    fr: "Au moins un prérequis ou un domaine n'est pas atteint.",
    en: 'At least one prerequisite or domain is not reached.',
  },
  'requirements-unknown': {
    fr: 'Au moins un prérequis ou un domaine a une atteinte inconnue.',
    en: 'At least one prerequisite or domain has an unknown status.',
  },
  // GHT
  'all-members-reached': {
    fr: 'Tous les membres du GHT atteignent ce niveau.',
    en: 'Every member of the GHT reaches this level.',
  },
  'members-not-reached': {
    fr: "Au moins un membre du GHT n'atteint pas ce niveau.",
    en: 'At least one member of the GHT does not reach this level.',
  },
  'members-unknown': {
    fr: "L'atteinte d'au moins un membre du GHT est inconnue.",
    en: 'Whether at least one member of the GHT reaches this level is unknown.',
  },
  'no-members': {
    fr: "Le GHT n'a aucun membre évalué.",
    en: 'The GHT has no evaluated member.',
  },
  // IFAQ 2016
  'ifaq-scored': {
    fr: "Score IFAQ 2016 Hôpital numérique calculé d'après l'atteinte des prérequis et des domaines D2 et D3.",
    en: 'IFAQ 2016 Hôpital numérique score computed from the prerequisites and the D2 and D3 domains.',
  },
  'ifaq-outcome-unknown': {
    fr: 'Le score IFAQ 2016 dépend de niveaux dont l’atteinte est inconnue : plusieurs scores restent possibles.',
    en: 'The IFAQ 2016 score depends on levels whose status is unknown: several scores remain possible.',
  },
  'ifaq-not-hopital-numerique': {
    fr: "Le barème IFAQ 2016 s'applique au programme Hôpital numérique, avec ses domaines D2 et D3.",
    en: 'The IFAQ 2016 scale applies to the Hôpital numérique programme, with its D2 and D3 domains.',
  },
} satisfies Record<ReasonCode, Label>);

/**
 * The sentence for a reason code, in French or English; the code itself when it is not one of palier's.
 *
 * @example
 * ```ts
 * reasonMessage('below-threshold', 'fr'); // 'La valeur déclarée est en dessous du seuil.'
 * ```
 *
 * @category Evaluation
 */
export function reasonMessage(code: string, lang: 'fr' | 'en'): string {
  const args: Arguments = { code: [code, 'text'], lang: [lang, LANGS] };
  return atBoundary('reasonMessage', args, () => {
    const entry = (REASONS as Record<string, Label>)[code];
    return entry === undefined ? code : entry[lang];
  });
}

/**
 * Whether a string is one of palier's reason codes.
 *
 * @example
 * ```ts
 * isReasonCode('threshold-met'); // true
 * ```
 *
 * @category Evaluation
 */
export function isReasonCode(code: string): code is ReasonCode {
  return atBoundary('isReasonCode', 'code', () => {
    return Object.hasOwn(REASONS, code);
  });
}
