import type { Activity, ActorLevel, EstablishmentTrait } from '../actors/types.js';
import type { Label, MoneyString, Provenance, Sourced } from '../core/label.js';
import type { CalendarDate, Period } from '../dates/index.js';

/**
 * Identifier of a programme: the two bundled ones, or a user's own (an ARS roadmap, a later programme).
 *
 * @category Programmes
 */
export type ProgrammeId = 'hopital-numerique' | 'hopen' | 'hopen2' | (string & {});

/**
 * Kind of an indicator: `yes-no` (organisation indicator, *indicateur d'existence*), `rate` (usage indicator,
 * a percentage computed from a numerator and a denominator), `count`.
 *
 * @category Programmes
 */
export type IndicatorKind = 'yes-no' | 'rate' | 'count';

/**
 * How an observed value is compared to a threshold: at least, at most, or exactly.
 *
 * @category Programmes
 */
export type Comparator = 'at-least' | 'at-most' | 'equal';

/**
 * A threshold (*seuil d'éligibilité*) or a target (*cible d'usage*) an indicator must meet.
 *
 * For a `rate`, `value` is a percentage (98 means 98 %); for a `count` a number; for `yes-no`, `true`.
 *
 * @example
 * ```ts
 * const d22: Threshold = {
 *   comparator: 'at-least', value: 98, inclusive: true,
 *   provenance: { source: 'https://ressources.anap.fr/…', status: 'confirmed' },
 * };
 * ```
 *
 * @category Programmes
 */
export interface Threshold {
  /** Direction of the comparison. */
  readonly comparator: Comparator;
  /** The value to reach: a percentage for rates, a number for counts, `true` for yes/no. */
  readonly value: number | boolean;
  /** Whether reaching the value exactly meets it (`≥` rather than `>`). Ignored for `equal`. */
  readonly inclusive: boolean;
  /** Where the value comes from. */
  readonly provenance: Provenance;
}

/**
 * One step of an indicator's schedule (*cible par période*): the thresholds in force from a date, until a date
 * or for a programme year, and the objective's wording for that period when it changes.
 *
 * Rule: a declaration is judged with the step in force on the **last day of its period** (the day the
 * observation window closes); a period that straddles a change gets a `period-straddles-schedule` warning.
 * Where two steps overlap, the one that started later wins (a step without `until` runs until a later one starts).
 *
 * @example
 * ```ts
 * const y2027: ThresholdStep = {
 *   from: '2027-01-01', until: '2027-12-31', name: '2027',
 *   target: { comparator: 'at-least', value: 75, inclusive: true, provenance },
 *   provenance,
 * };
 * ```
 *
 * @category Programmes
 */
export interface ThresholdStep {
  /** First day in force. */
  readonly from: CalendarDate;
  /** Last day in force (that whole day counts); absent: until a later step starts, or for good. */
  readonly until?: CalendarDate;
  /** Name of the period, shown in results (`2027` for a programme year). */
  readonly name?: string;
  /** Eligibility threshold in force (*seuil d'éligibilité*). */
  readonly eligibility?: Threshold;
  /** Usage target in force (*cible d'usage*). */
  readonly target?: Threshold;
  /** The indicator's wording for this period, when it changes from one period to the next. */
  readonly label?: Label;
  /** Thresholds of this period known to exist but unverified (`target`, `eligibility`), with why. */
  readonly unverified?: readonly UnverifiedNote[];
  /** Where the period and its wording come from. */
  readonly provenance: Provenance;
}

/**
 * Where an indicator applies: the activities whose indicator sheet column says X, and the traits whose
 * column says NC (*non concerné*). Absent on an indicator: it applies to every establishment.
 *
 * @category Programmes
 */
export interface Applicability {
  /** The indicator applies to an establishment carrying at least one of these activities. */
  readonly activities: readonly Activity[];
  /** The indicator does not concern an establishment with any of these traits. */
  readonly notConcerned?: readonly EstablishmentTrait[];
  /** Where the applicability comes from. */
  readonly provenance: Provenance;
}

/**
 * An indicator of a prerequisite or a domain (*indicateur*), as the indicator guide describes it.
 *
 * @category Programmes
 */
export interface Indicator {
  /** Stable code, e.g. `P2.1`, `D2.2`. */
  readonly code: string;
  /** Label, French verbatim and English. */
  readonly label: Label;
  /** Kind of value declared. */
  readonly kind: IndicatorKind;
  /** Unit of the value (`%`, `séjours` …), for display. */
  readonly unit?: string;
  /** For a rate: what the numerator counts. */
  readonly numerator?: Label;
  /** For a rate: what the denominator counts. */
  readonly denominator?: Label;
  /** Level the indicator is declared at. */
  readonly level: ActorLevel;
  /** Where it applies; absent means everywhere. */
  readonly applicability?: Applicability;
  /** Situations where the indicator is not applicable for a period (e.g. no admitted patient had a DMP). */
  readonly notApplicableWhen?: readonly Label[];
  /** What the count leaves out (e.g. the liberal activity of physicians in private clinics). */
  readonly exclusions?: readonly Label[];
  /** How the indicator is produced within a GHT (*modalités de calcul en GHT*), when a source says so. */
  readonly ghtRule?: Label;
  /** Observation window and reporting rhythm (*période de recueil*), when a source says so. */
  readonly observationPeriod?: Label;
  /** Eligibility threshold (*seuil d'éligibilité*); absent when unverified. */
  readonly eligibility?: Threshold;
  /** Usage target (*cible d'usage*); absent when unverified. */
  readonly target?: Threshold;
  /**
   * Thresholds that change by period (*cibles par période*: a programme year's objective, an ARS roadmap's rising
   * target): the step in force on the last day of the declared period replaces {@link Indicator.eligibility} /
   * {@link Indicator.target}. When no step is in force the base threshold applies; an indicator with a schedule
   * and no base threshold for its role is not in force outside its steps (a yearly objective).
   */
  readonly schedule?: readonly ThresholdStep[];
  /** Facts about this indicator known to exist but unverified (e.g. `target`, `code`), with why. */
  readonly unverified?: readonly UnverifiedNote[];
  /** Where the indicator (its existence, code and label) comes from. */
  readonly provenance: Provenance;
}

/**
 * An indicator known to exist but not evaluable (*indicateur incomplet*): its official code, kind or label is
 * unverified. Listed by `unverifiedFacts`; a user holding the guide adds it with `withOverrides`.
 *
 * @category Programmes
 */
export interface IncompleteIndicator {
  /** palier's own stable key (not an official code), e.g. `hn-d2-external-consultations`. */
  readonly key: string;
  /** Official code, when it is known (`P1.3`). */
  readonly code?: string;
  /** Label: French verbatim when read, otherwise palier's rendering (then `label` is in `unverified`). */
  readonly label: Label;
  /** Kind, when known. */
  readonly kind?: IndicatorKind;
  /** Eligibility threshold, when a source gives it even without the code. */
  readonly eligibility?: Threshold;
  /** Usage target, when a source gives it even without the code. */
  readonly target?: Threshold;
  /** The same indicator in another programme (HN's external-consultation rate is HOP'EN's `D2.5`). */
  readonly sameAs?: {
    /** The other programme. */
    readonly programme: ProgrammeId;
    /** The indicator's code there. */
    readonly code: string;
  };
  /** What is missing (`code`, `kind`, `label`, `target` …), with where its existence is attested. */
  readonly unverified: readonly UnverifiedNote[];
  /** Where what is known comes from. */
  readonly provenance: Provenance;
}

/**
 * A fact palier knows exists but could not verify, so it leaves unset.
 *
 * @category Programmes
 */
export interface UnverifiedNote {
  /** The field left unset, e.g. `target`, `eligibility`, `code`, `label`. */
  readonly field: string;
  /** Where its existence is attested, and what is missing. */
  readonly provenance: Provenance;
}

/**
 * Whether a requirement is a prerequisite (P*) or a priority functional domain (D*).
 *
 * @category Programmes
 */
export type RequirementKind = 'prerequisite' | 'domain';

/**
 * A prerequisite (*prérequis*) or a priority functional domain (*domaine fonctionnel prioritaire*):
 * a group of indicators. A prerequisite is reached when every applicable indicator meets its eligibility
 * threshold; a domain when every applicable indicator meets its usage target.
 *
 * @category Programmes
 */
export interface Requirement<Code extends string = string> {
  /** `P1` … `P4`, `D1` … `D7`. */
  readonly code: Code;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Short label (`Identités, mouvements`). */
  readonly label: Label;
  /**
   * The programme's own name for this kind of requirement, when it is not *prérequis* / *domaine* (HOP'EN 2:
   * *objectif obligatoire* for a prerequisite, *objectifs annuels* for a domain). Display only: the engine
   * treats it by its {@link Requirement.kind}.
   */
  readonly role?: Label;
  /** Long label where the programme has one (HOP'EN's verb form: `Partager les résultats d'imagerie …`). */
  readonly longLabel?: Label;
  /** How the requirement is reached, when a source describes it beyond its indicators. */
  readonly definition?: Sourced<Label>;
  /** Its indicators (possibly incomplete: see {@link Requirement.indicatorCount}). */
  readonly indicators: readonly Indicator[];
  /** How many indicators the official guide has, when a source says so. */
  readonly indicatorCount?: Sourced<number>;
  /**
   * Indicators known to exist whose code, kind or label could not be read. They stay out of
   * {@link Requirement.indicators} (nothing can be evaluated against them) but are kept as facts, with what
   * is known (a confirmed target, the same indicator in another programme).
   */
  readonly incompleteIndicators?: readonly IncompleteIndicator[];
  /** Where the requirement comes from. */
  readonly provenance: Provenance;
}

/**
 * A dated event of a programme's calendar (*jalon*).
 *
 * @category Programmes
 */
export interface Milestone {
  /** Stable identifier, e.g. `ami-closing`. */
  readonly id: string;
  /** What happens. */
  readonly label: Label;
  /** The date (a deadline is met on that whole day). */
  readonly date: CalendarDate;
  /** Kind of event. */
  readonly kind:
    | 'instruction'
    | 'ami-opening'
    | 'ami-closing'
    | 'ars-programming'
    | 'notification'
    | 'deadline'
    | 'payment'
    | 'other';
  /** Where the date comes from. */
  readonly provenance: Provenance;
}

/**
 * An action of an engagement (*action*).
 *
 * @category Programmes
 */
export interface PlanAction {
  /** Identifier, `<engagement>.<n>` (e.g. `9.1`). */
  readonly id: string;
  /** What is to be done. */
  readonly label: Label;
}

/**
 * An engagement of a lever (*engagement*), numbered across the whole plan (HOP'EN: 1–21).
 *
 * @category Programmes
 */
export interface Engagement {
  /** Number across the plan. */
  readonly number: number;
  /** Label, French verbatim. */
  readonly label: Label;
  /** What the plan says about the engagement besides its actions (HOP'EN 13 and 14). */
  readonly description?: Label;
  /** Its actions. */
  readonly actions: readonly PlanAction[];
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * A lever (*levier*; HN: *axe stratégique*) of the action plan.
 *
 * @category Programmes
 */
export interface Lever {
  /** Number, from 1. */
  readonly number: number;
  /** Label (`Gouvernance`). */
  readonly label: Label;
  /** One-sentence aim of the lever, where the plan gives one (HOP'EN's overview page). */
  readonly aim?: Label;
  /** Objectives of the lever. */
  readonly objectives: readonly Label[];
  /** Engagements (HOP'EN); empty for HN's axes. */
  readonly engagements: readonly Engagement[];
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * A transversal workstream (*chantier transverse*, HN).
 *
 * @category Programmes
 */
export interface Workstream {
  /** Number, from 1. */
  readonly number: number;
  /** Label. */
  readonly label: Label;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * The action plan: levers (HN: axes) with their engagements and actions, and transversal workstreams.
 *
 * @category Programmes
 */
export interface ActionPlan {
  /** Levers / axes. */
  readonly levers: readonly Lever[];
  /** Transversal workstreams (HN: 4; HOP'EN: none). */
  readonly workstreams: readonly Workstream[];
}

/**
 * An eligibility condition of the funding lever (*condition d'éligibilité*).
 *
 * @category Programmes
 */
export interface EligibilityCondition {
  /** Stable identifier. */
  readonly id:
    | 'prerequisites-reached'
    | 'relims'
    | 'qhn'
    | 'no-hopital-2012-tranche-1'
    | 'project-plan'
    | 'ght-framework'
    | 'usage-commitment'
    | (string & {});
  /** What it requires. */
  readonly label: Label;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * One cell of a forfait grid: the flat amount for an establishment category and a domain.
 *
 * @category Programmes
 */
export interface ForfaitGridCell {
  /** Establishment category (user-defined, matches `Establishment.category`), or `*` for any. */
  readonly category: string;
  /** Domain code. */
  readonly domain: string;
  /** Flat amount, or a min/max range (HN's annex gave ranges). */
  readonly amount:
    | MoneyString
    | {
        /** Lowest amount of the range. */
        readonly min: MoneyString;
        /** Highest amount of the range. */
        readonly max: MoneyString;
      };
}

/**
 * A forfait grid (*grille de forfaits*): official grids are unverified, users supply theirs.
 *
 * @category Programmes
 */
export interface ForfaitGrid {
  /** Cells. */
  readonly cells: readonly ForfaitGridCell[];
  /** Where the grid comes from. */
  readonly provenance: Provenance;
}

/**
 * Funding parameters of a programme (*levier financement*).
 *
 * @category Programmes
 */
export interface FundingParameters {
  /** National envelope over the programme; absent when not public (then listed in `unverified`). */
  readonly envelope?: Sourced<MoneyString>;
  /** Share of each regional envelope for amorçage, in percent (20). */
  readonly amorcageShare?: Sourced<number>;
  /** Vehicles: amorçage on FMESPP, usage on AC credits (*aide à la contractualisation*). */
  readonly vehicles?: Sourced<{
    /** Vehicle of the amorçage tranche: the FMESPP fund. */
    readonly amorcage: 'FMESPP';
    /** Vehicle of the usage tranche: AC credits. */
    readonly usage: 'AC';
  }>;
  /** Published range of forfaits, and what it is per (`establishment`, `domain`, or `unknown`). */
  readonly forfaitRange?: Sourced<{
    /** Lowest published forfait. */
    readonly min: MoneyString;
    /** Highest published forfait. */
    readonly max: MoneyString;
    /** What one forfait covers. */
    readonly per: 'establishment' | 'domain' | 'unknown';
  }>;
  /** The forfait grid, when known (unverified in both bundled programmes: absent). */
  readonly forfaitGrid?: ForfaitGrid;
  /** Bonus forfait (*forfait bonifié*, HOP'EN), with its condition; `amount` absent when unverified. */
  readonly bonus?: {
    /** When the bonus applies. */
    readonly condition: Label;
    /** Amount, when verified. */
    readonly amount?: MoneyString;
    /** Where it comes from. */
    readonly provenance: Provenance;
  };
  /** Eligibility conditions. */
  readonly eligibility: readonly EligibilityCondition[];
}

/**
 * A figure published about a programme (outcome, selection, funds by domain), kept as reference data.
 *
 * @category Programmes
 */
export interface PublishedFigure {
  /** Stable identifier, e.g. `hopen-selection-applications`. */
  readonly id: string;
  /** What it measures. */
  readonly label: Label;
  /** The value as published. */
  readonly value: number;
  /** Unit: `establishments`, `applications`, `EUR`, `percent` … */
  readonly unit: string;
  /** Date or period the figure refers to, when known. */
  readonly asOf?: CalendarDate;
  /** Qualifier as published (`about`, `more-than`, `exact`). */
  readonly precision?: 'exact' | 'about' | 'more-than';
  /** Domain, region … the figure is broken down by, when it is. */
  readonly dimension?: {
    /** What the figure is broken down by (`domain`, `region` …). */
    readonly kind: string;
    /** Which one (`D2`, `84` …). */
    readonly key: string;
  };
  /** Source. */
  readonly provenance: Provenance;
}

/**
 * A sourced statement about a programme that has no structured field (*fait*): launch, scope, selection rules,
 * certification, controls. Kept so every fact of the references is in the data.
 *
 * @category Programmes
 */
export interface ProgrammeFact {
  /** Stable identifier, e.g. `hn-launch`. */
  readonly id: string;
  /** What it is about. */
  readonly topic:
    | 'frame'
    | 'scope'
    | 'funding'
    | 'selection'
    | 'certification'
    | 'evaluation'
    | 'ght'
    | 'controls';
  /** The statement. */
  readonly statement: Label;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * A record of one change made by {@link withOverrides}.
 *
 * @category Programmes
 */
export interface OverrideRecord {
  /** Path of the overridden fact, e.g. `domains.D2.indicators.D2.3.target`. */
  readonly path: string;
  /** The provenance the user gave. */
  readonly provenance: Provenance;
}

/**
 * A programme definition: versioned, frozen data with provenance on every fact.
 *
 * @typeParam P - literal union of prerequisite codes; @typeParam D - of domain codes.
 *
 * @category Programmes
 */
export interface Programme<P extends string = string, D extends string = string> {
  /** Identifier. */
  readonly id: ProgrammeId;
  /** Version of the rule texts encoded (palier's own numbering of the definition). */
  readonly version: string;
  /** Name. */
  readonly name: Label;
  /** Period of the programme. */
  readonly period: Sourced<Period>;
  /** Calendar. */
  readonly milestones: readonly Milestone[];
  /** Prerequisites. */
  readonly prerequisites: readonly Requirement<P>[];
  /** Priority functional domains. */
  readonly domains: readonly Requirement<D>[];
  /** Action plan. */
  readonly actionPlan: ActionPlan;
  /** Funding parameters. */
  readonly funding: FundingParameters;
  /** Published figures about the programme. */
  readonly figures: readonly PublishedFigure[];
  /** Programme this one derives from, with its id and version (HOP'EN continues HN; an override its base). */
  readonly basedOn?: {
    /** Id of the base programme. */
    readonly id: ProgrammeId;
    /** Version of the base programme. */
    readonly version: string;
  };
  /** What overrides changed, in order (empty for a bundled programme). */
  readonly overrides: readonly OverrideRecord[];
  /** Sourced statements that have no structured field. */
  readonly facts?: readonly ProgrammeFact[];
  /**
   * Facts known to exist whose value could not be read, outside any indicator (the forfait grid, the bonus
   * amount …); `field` is the path the value would have (`funding.forfaitGrid`).
   */
  readonly unverified?: readonly UnverifiedNote[];
}

/**
 * The type of a bundled programme: a {@link Programme} whose prerequisites and domains are known lists, so that
 * `hopen.domains[0].code` is typed `'D1'`, and whose national envelope is a known amount.
 *
 * @typeParam P - the prerequisite codes, in order; @typeParam D - the domain codes, in order;
 * @typeParam Envelope - the national envelope.
 */
export type BundledProgramme<
  P extends readonly string[],
  D extends readonly string[],
  Envelope extends MoneyString = MoneyString,
> = Omit<Programme<P[number], D[number]>, 'prerequisites' | 'domains' | 'funding'> & {
  /** Prerequisites, in order. */
  readonly prerequisites: { readonly [K in keyof P]: Requirement<P[K]> };
  /** Priority functional domains, in order. */
  readonly domains: { readonly [K in keyof D]: Requirement<D[K]> };
  /** Funding parameters, with the national envelope's amount as a literal type. */
  readonly funding: FundingParameters &
    Required<Pick<FundingParameters, 'amorcageShare' | 'vehicles' | 'forfaitRange'>> & {
      /** National envelope, its amount a literal type. */
      readonly envelope: Sourced<Envelope>;
    };
};
