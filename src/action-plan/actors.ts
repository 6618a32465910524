import type { Label } from '../core/label.js';
import type { PlanActor } from './types.js';

/**
 * A national actor of the programmes, for pick lists (*acteurs nationaux*).
 *
 * @category Action plan
 */
export interface KnownPlanActor {
  /** Code used in {@link ItemTracking.responsible}. */
  readonly code: PlanActor;
  /** Full name in French and English. */
  readonly name: Label;
}

/**
 * The national actors the programmes' documents name as pilots or operators (ministry, agencies, insurer), in a
 * fixed order; ARS stands for any regional agency. `ASIP` (ASIP Santé) was later renamed `ANS`.
 *
 * @example
 * ```ts
 * KNOWN_PLAN_ACTORS.find((a) => a.code === 'ATIH')?.name.fr;
 * // "Agence technique de l'information sur l'hospitalisation"
 * ```
 *
 * @category Action plan
 */
export const KNOWN_PLAN_ACTORS: readonly KnownPlanActor[] = Object.freeze([
  {
    code: 'DGOS',
    name: {
      fr: "Direction générale de l'offre de soins",
      en: 'Directorate General for Healthcare Provision',
    },
  },
  {
    code: 'ANAP',
    name: {
      fr: "Agence nationale d'appui à la performance des établissements de santé et médico-sociaux",
      en: 'National agency supporting the performance of health and medico-social establishments',
    },
  },
  {
    code: 'ASIP',
    name: {
      fr: "ASIP Santé — Agence des systèmes d'information partagés de santé",
      en: 'ASIP Santé — agency for shared health information systems',
    },
  },
  { code: 'ANS', name: { fr: 'Agence du numérique en santé', en: 'Digital health agency' } },
  {
    code: 'ATIH',
    name: {
      fr: "Agence technique de l'information sur l'hospitalisation",
      en: 'Technical agency for hospital information',
    },
  },
  { code: 'HAS', name: { fr: 'Haute Autorité de santé', en: 'French national authority for health' } },
  { code: 'ARS', name: { fr: 'Agence régionale de santé', en: 'Regional health agency' } },
  {
    code: 'CNAM',
    name: { fr: "Caisse nationale de l'assurance maladie", en: 'National health insurance fund' },
  },
  {
    code: 'DSSIS',
    name: {
      fr: "Délégation à la stratégie des systèmes d'information de santé",
      en: 'Delegation for health information systems strategy',
    },
  },
]);
