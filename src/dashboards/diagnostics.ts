import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';

/**
 * Stable codes of the diagnostics dashboards return.
 *
 * @category Dashboards
 */
export type DashboardIssueCode =
  | 'establishment-not-found'
  | 'duplicate-establishment'
  | 'no-region'
  | 'programme-mismatch'
  | 'overlapping-periods'
  | 'invalid-period'
  | 'duplicate-region'
  | 'as-of-mismatch'
  | 'invalid-amount'
  | 'unknown-level';

const MESSAGES: Readonly<Record<DashboardIssueCode, Label>> = {
  'establishment-not-found': {
    fr: "Évaluation d'un FINESS absent des établissements fournis : comptée au niveau national, non répartie.",
    en: 'Evaluation of a FINESS not among the establishments given: counted nationally, not placed in groups.',
  },
  'duplicate-establishment': {
    fr: 'FINESS présent plusieurs fois parmi les établissements : seule la première occurrence est retenue.',
    en: 'FINESS given more than once among the establishments: the first one is used.',
  },
  'no-region': {
    fr: "Aucune région ni ARS pour le département de l'établissement à cette date : non réparti par région ni ARS.",
    en: "No region nor ARS for the establishment's department at this date: not placed by region or ARS.",
  },
  'programme-mismatch': {
    fr: 'Évaluation faite avec un autre programme : écartée.',
    en: 'Evaluation made against another programme: left out.',
  },
  'overlapping-periods': {
    fr: 'Les périodes se chevauchent : une évaluation est rangée dans la première période qui la contient.',
    en: 'The periods overlap: an evaluation goes to the first period that contains it.',
  },
  'invalid-period': {
    fr: 'Période invalide (début après la fin) : ignorée.',
    en: 'Invalid period (starts after it ends): ignored.',
  },
  'duplicate-region': {
    fr: 'Région programmée plusieurs fois : les montants sont additionnés.',
    en: 'Region programmed more than once: the amounts are added up.',
  },
  'as-of-mismatch': {
    fr: 'Programmation arrêtée à une autre date que celle du tableau de bord.',
    en: 'Programming made as of another date than the dashboard.',
  },
  'invalid-amount': {
    fr: 'Montant illisible dans la programmation : ligne écartée.',
    en: 'Unreadable amount in the programming: line left out.',
  },
  'unknown-level': {
    fr: 'Niveau inconnu dans ce tableau de bord.',
    en: 'Unknown level in this dashboard.',
  },
};

/**
 * Builds a dashboard diagnostic with its French and English message (a warning unless said otherwise).
 *
 * @example
 * ```ts
 * dashboardIssue('no-region', ['establishments', 3, 'department'], { received: '975' }).message.en;
 * ```
 *
 * @category Dashboards
 */
export function dashboardIssue(
  code: DashboardIssueCode,
  path: IssuePath,
  extra: { expected?: string; received?: string; severity?: 'error' | 'warning' } = {},
): PalierIssue {
  return { code, path, message: MESSAGES[code], severity: 'warning', ...extra };
}
