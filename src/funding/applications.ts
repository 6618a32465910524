import type { Finess } from '../actors/types.js';
import { atBoundary } from '../core/guards.js';
import type { CalendarDate } from '../dates/index.js';
import type { ProgrammeId } from '../programme/types.js';

/**
 * Who applies: one establishment, or a GHT for some of its members (*candidature d'un ES ou d'un GHT*).
 *
 * @category Funding
 */
export type Applicant =
  | {
      /** One establishment applies. */
      readonly kind: 'establishment';
      /** Its FINESS. */
      readonly finess: Finess;
      /** The GHT the application is filed within, when the establishment belongs to one. */
      readonly ght?: string;
    }
  | {
      /** A GHT applies as one (HOP'EN: one calculation method for all members). */
      readonly kind: 'ght';
      /** GHT code (`NA-04`). */
      readonly ght: string;
      /** FINESS of the support establishment (*établissement support*), which validates members' indicators. */
      readonly support: Finess;
      /** Members taking part (not all members must join). */
      readonly members: readonly Finess[];
    };

/**
 * A software product of the project, with what is known of its referencing (*logiciel du projet*).
 *
 * @category Funding
 */
export interface SoftwareDeclaration {
  /** Product name. */
  readonly name: string;
  /** Editor (*éditeur*). */
  readonly editor?: string;
  /** Referenced in RELIMS (*Référencement des Éditeurs de Logiciels et Intégrateurs du Marché de la Santé*); absent: unknown. */
  readonly relims?: boolean;
  /** Editor's QHN status (*Qualité Hôpital Numérique*): certified, committed to certification, or neither; absent: unknown. */
  readonly qhn?: 'certified' | 'committed' | 'none';
}

/**
 * An application for funding on one or more domains (*dossier de candidature / de financement*).
 *
 * @category Funding
 */
export interface FundingApplication {
  /** Identifier, unique among the applications you pass together. */
  readonly id: string;
  /** Programme applied to. */
  readonly programme: ProgrammeId;
  /** Who applies. */
  readonly applicant: Applicant;
  /** Domain codes applied for (`D2`, `D6` …). */
  readonly domains: readonly string[];
  /** Date the application was filed. */
  readonly filedOn: CalendarDate;
  /** Software of the project. */
  readonly software?: readonly SoftwareDeclaration[];
  /** Whether the project received aid from tranche 1 of the Hôpital 2012 plan (HN exclusion); absent: unknown. */
  readonly hopital2012Tranche1?: boolean;
  /** Whether a project plan to reach the targets is attached; absent: unknown. */
  readonly projectPlan?: boolean;
  /** Whether the applicant commits to the domains' usage targets; absent: unknown. */
  readonly usageCommitment?: boolean;
}

/**
 * The FINESS numbers an application covers: the establishment, or the GHT's participating members.
 *
 * @example
 * ```ts
 * applicantFiness({ kind: 'ght', ght: 'NA-04', support: '870000015', members: ['870000015', '870000023'] });
 * // ['870000015', '870000023']
 * ```
 *
 * @category Funding
 */
export function applicantFiness(applicant: Applicant): readonly Finess[] {
  return atBoundary('applicantFiness', 'applicant', () => {
    return applicant.kind === 'establishment' ? [applicant.finess] : applicant.members;
  });
}
