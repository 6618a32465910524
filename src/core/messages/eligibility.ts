import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';
import { OVERRIDE_MESSAGES } from './overrides.js';

/**
 * Issue codes of eligibility (`funding/eligibility.ts`): each check's reason, with the function that writes its
 * explanation in French and English. A new code of this part of palier goes here (a code is never reused with
 * another meaning). A domain not in the programme reuses `unknown-domain` of the overrides group (same meaning).
 */
export const ELIGIBILITY_MESSAGES = {
  'condition-not-automated': (p: { condition: Label }) => ({
    fr: `Condition « ${p.condition.fr} » non vérifiable automatiquement.`,
    en: `Condition "${p.condition.en}" cannot be checked automatically.`,
  }),
  'prerequisites-reached': () => ({
    fr: 'Tous les prérequis sont atteints.',
    en: 'Every prerequisite is reached.',
  }),
  'prerequisites-not-reached': (p: { list: string }) => ({
    fr: `Prérequis non atteints (${p.list}) : candidature possible, aucun versement avant leur atteinte.`,
    en: `Prerequisites not reached (${p.list}): the application may be filed, no money is released until they are.`,
  }),
  'no-evaluation': (p: { list: string }) => ({
    fr: `Atteinte des prérequis inconnue : ${p.list}.`,
    en: `Whether the prerequisites are reached is unknown: ${p.list}.`,
  }),
  'prerequisites-unknown': (p: { list: string }) => ({
    fr: `Atteinte des prérequis inconnue : ${p.list}.`,
    en: `Whether the prerequisites are reached is unknown: ${p.list}.`,
  }),
  'all-software-in-relims': () => ({
    fr: 'Tous les logiciels sont référencés dans RELIMS.',
    en: 'All software is referenced in RELIMS.',
  }),
  'software-not-in-relims': (p: { list: string }) => ({
    fr: `Logiciel(s) non référencé(s) dans RELIMS : ${p.list}.`,
    en: `Software not referenced in RELIMS: ${p.list}.`,
  }),
  'relims-not-declared': (p: { list: string }) => ({
    fr: `Référencement RELIMS non déclaré : ${p.list}.`,
    en: `RELIMS referencing not declared: ${p.list}.`,
  }),
  'editors-qhn': () => ({
    fr: 'Chaque éditeur est certifié QHN ou engagé dans la certification.',
    en: 'Every editor is QHN-certified or committed to certification.',
  }),
  'editor-not-qhn': (p: { list: string }) => ({
    fr: `Éditeur ni certifié ni engagé dans la certification QHN : ${p.list}.`,
    en: `Editor neither certified nor committed to QHN certification: ${p.list}.`,
  }),
  'qhn-not-declared': (p: { list: string }) => ({
    fr: `Statut QHN de l'éditeur non déclaré : ${p.list}.`,
    en: `Editor's QHN status not declared: ${p.list}.`,
  }),
  'no-software-declared': () => ({
    fr: 'Aucun logiciel déclaré pour le projet.',
    en: 'No software declared for the project.',
  }),
  'within-ght-framework': () => ({
    fr: 'Candidature dans le cadre du GHT (ou hors GHT).',
    en: 'Application within the GHT framework (or no GHT).',
  }),
  'not-a-member-of-ght': (p: { ght: string; list: string }) => ({
    fr: `Établissement(s) hors du GHT ${p.ght} : ${p.list}.`,
    en: `Establishment(s) not members of GHT ${p.ght}: ${p.list}.`,
  }),
  'outside-ght-framework': (p: { list: string }) => ({
    fr: `Membre d'un GHT candidatant hors du cadre de son GHT : ${p.list}.`,
    en: `A GHT member applying outside its GHT's framework: ${p.list}.`,
  }),
  'ght-membership-unknown': (p: { list: string }) => ({
    fr: `Appartenance à un GHT inconnue : ${p.list}.`,
    en: `GHT membership unknown: ${p.list}.`,
  }),
  'no-hopital-2012-aid': () => ({
    fr: "Pas d'aide de la tranche 1 d'Hôpital 2012.",
    en: 'No aid from Hôpital 2012 tranche 1.',
  }),
  'hopital-2012-tranche-1-aid': () => ({
    fr: "Le projet a reçu une aide de la tranche 1 d'Hôpital 2012.",
    en: 'The project received aid from Hôpital 2012 tranche 1.',
  }),
  'hopital-2012-not-declared': () => ({
    fr: 'Aide Hôpital 2012 (tranche 1) non déclarée.',
    en: 'Hôpital 2012 tranche 1 aid not declared.',
  }),
  'project-plan-attached': () => ({ fr: 'Plan projet joint.', en: 'Project plan attached.' }),
  'no-project-plan': () => ({
    fr: 'Pas de plan projet pour atteindre les cibles.',
    en: 'No project plan to reach the targets.',
  }),
  'project-plan-not-declared': () => ({ fr: 'Plan projet non déclaré.', en: 'Project plan not declared.' }),
  'usage-committed': () => ({
    fr: "Engagement sur les cibles d'usage.",
    en: 'Committed to the usage targets.',
  }),
  'no-usage-commitment': () => ({
    fr: "Pas d'engagement sur les cibles d'usage.",
    en: 'No commitment to the usage targets.',
  }),
  'usage-commitment-not-declared': () => ({
    fr: "Engagement sur les cibles d'usage non déclaré.",
    en: 'Usage-target commitment not declared.',
  }),
  'domains-known': () => ({ fr: 'Domaines du programme.', en: 'Domains of the programme.' }),
  'no-domain': () => ({ fr: 'Aucun domaine demandé.', en: 'No domain applied for.' }),
  'no-duplicate': () => ({ fr: 'Pas de candidature en double.', en: 'No duplicate application.' }),
  'duplicate-application': (p: { list: string }) => ({
    fr: `Candidature en double pour un même domaine : ${p.list}.`,
    en: `Duplicate application for a domain: ${p.list}.`,
  }),
} satisfies MessageTable;

/** The codes this group's `issue()` takes from other groups, with the same meaning. */
const SHARED = { 'unknown-domain': OVERRIDE_MESSAGES['unknown-domain'] } satisfies MessageTable;

/** A code of {@link ELIGIBILITY_MESSAGES}, or `unknown-domain` (shared with the overrides group). */
export type EligibilityIssueCode = keyof typeof ELIGIBILITY_MESSAGES | keyof typeof SHARED;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('software-not-in-relims', { list: 'Bad' }, { path: ['software'] });
 * ```
 */
export function issue<C extends EligibilityIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof ELIGIBILITY_MESSAGES & typeof SHARED & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([ELIGIBILITY_MESSAGES, SHARED, INPUT_MESSAGES], code, params, options);
}
