import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of programme overrides (`applyOverrides`, `withOverrides`: a user's changes to a programme), each
 * with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const OVERRIDE_MESSAGES = {
  'missing-source': () => ({
    fr: 'Chaque modification doit indiquer sa source.',
    en: 'Every change must name its source.',
  }),
  'invalid-period': () => ({
    fr: 'Le début de la période est après sa fin.',
    en: 'The period starts after it ends.',
  }),
  'unknown-requirement': (p: { code: string }) => ({
    fr: `Prérequis ou domaine inconnu dans ce programme : ${p.code}.`,
    en: `Unknown prerequisite or domain in this programme: ${p.code}.`,
  }),
  'unknown-indicator': (p: { code: string }) => ({
    fr: `Indicateur inconnu dans ce programme : ${p.code}.`,
    en: `Unknown indicator in this programme: ${p.code}.`,
  }),
  'indicator-exists': (p: { code: string }) => ({
    fr: `L'indicateur ${p.code} existe déjà.`,
    en: `Indicator ${p.code} already exists.`,
  }),
  'invalid-threshold': (p: { why: Label }) => p.why,
  'invalid-indicator-count': () => ({
    fr: 'Le nombre d’indicateurs doit être un entier positif ou nul.',
    en: 'The indicator count must be a whole number, zero or more.',
  }),
  'unknown-milestone': (p: { id: string; adding: boolean }) =>
    p.adding
      ? {
          fr: `Jalon inconnu : ${p.id} (pour en ajouter un, donner date, libellé et type).`,
          en: `Unknown milestone: ${p.id} (to add one, give its date, label and kind).`,
        }
      : { fr: `Jalon inconnu : ${p.id}.`, en: `Unknown milestone: ${p.id}.` },
  'invalid-shift': () => ({
    fr: 'Le décalage se donne en nombre entier de mois.',
    en: 'The shift is a whole number of months.',
  }),
  'invalid-share': () => ({
    fr: 'La part est un pourcentage entre 0 et 100.',
    en: 'The share is a percentage from 0 to 100.',
  }),
  // also raised by eligibility (a list of codes): one meaning, a domain code not in the programme
  'unknown-domain': (p: { code: string }) => ({
    fr: `Domaine(s) inconnu(s) du programme : ${p.code}.`,
    en: `Domain(s) not in the programme: ${p.code}.`,
  }),
  'no-bonus': () => ({
    fr: "Ce programme n'a pas de forfait bonifié.",
    en: 'This programme has no bonus forfait.',
  }),
  'invalid-overrides': (p: { count: number; first: Label }) => ({
    fr: `modifications du programme invalides (${p.count}) : ${p.first.fr}`,
    en: `invalid programme changes (${p.count}): ${p.first.en}`,
  }),
} satisfies MessageTable;

/** A code of {@link OVERRIDE_MESSAGES}. */
export type OverrideIssueCode = keyof typeof OVERRIDE_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('unknown-milestone', { id: 'x', adding: false }, { path: ['milestones', 0, 'id'] });
 * ```
 */
export function issue<C extends OverrideIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof OVERRIDE_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([OVERRIDE_MESSAGES, INPUT_MESSAGES], code, params, options);
}
