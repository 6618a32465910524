import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of programme files and referentials (schedules of targets, roles, referential templates), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const PROGRAMME_MESSAGES = {
  'threshold-in-other-role': (p: { indicator: string; missing: 'eligibility' | 'target' }) =>
    p.missing === 'eligibility'
      ? {
          fr: `L'indicateur ${p.indicator} d'un prérequis a une cible d'usage mais pas de seuil d'éligibilité : il sera « inconnu ».`,
          en: `Indicator ${p.indicator} of a prerequisite has a usage target but no eligibility threshold: it will be "unknown".`,
        }
      : {
          fr: `L'indicateur ${p.indicator} d'un domaine a un seuil d'éligibilité mais pas de cible d'usage : il sera « inconnu ».`,
          en: `Indicator ${p.indicator} of a domain has an eligibility threshold but no usage target: it will be "unknown".`,
        },
  'schedule-step-ends-before-start': (p: { indicator: string; from: string; until: string }) => ({
    fr: `Une étape du calendrier de ${p.indicator} finit (${p.until}) avant de commencer (${p.from}).`,
    en: `A schedule step of ${p.indicator} ends (${p.until}) before it starts (${p.from}).`,
  }),
  'period-straddles-schedule': (p: { indicator: string; date: string }) => ({
    fr: `La période déclarée chevauche un changement de cible de ${p.indicator} (le ${p.date}) : la cible en vigueur le dernier jour de la période s'applique.`,
    en: `The declared period straddles a change of target of ${p.indicator} (on ${p.date}): the target in force on the period's last day applies.`,
  }),
  'referential-missing-column': (p: { column: string }) => ({
    fr: `Colonne obligatoire absente du référentiel : ${p.column}.`,
    en: `Required column missing from the referential: ${p.column}.`,
  }),
  'referential-unknown-requirement': (p: { code: string }) => ({
    fr: `Prérequis ou domaine inconnu dans ce programme : ${p.code} (une ligne nouvelle doit nommer un prérequis ou un domaine existant).`,
    en: `Unknown prerequisite or domain in this programme: ${p.code} (a new row must name an existing prerequisite or domain).`,
  }),
  'referential-new-indicator-incomplete': (p: { code: string; missing: string }) => ({
    fr: `L'indicateur ${p.code} n'est pas dans le programme : pour l'ajouter, renseigner ${p.missing}.`,
    en: `Indicator ${p.code} is not in the programme: to add it, fill in ${p.missing}.`,
  }),
  'referential-invalid-cell': (p: { column: string; received: string; why: Label }) => ({
    fr: `Valeur invalide en colonne ${p.column} : « ${p.received} » (${p.why.fr}).`,
    en: `Invalid value in column ${p.column}: "${p.received}" (${p.why.en}).`,
  }),
  'referential-duplicate-row': (p: { code: string; line: number }) => ({
    fr: `L'indicateur ${p.code} a déjà une ligne (ligne ${p.line}).`,
    en: `Indicator ${p.code} already has a row (line ${p.line}).`,
  }),
} satisfies MessageTable;

/** A code of {@link PROGRAMME_MESSAGES}. */
export type ProgrammeIssueCode = keyof typeof PROGRAMME_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('threshold-in-other-role', …, { path: ['field'] });
 * ```
 */
export function issue<C extends ProgrammeIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof PROGRAMME_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([PROGRAMME_MESSAGES, INPUT_MESSAGES], code, params, options);
}
