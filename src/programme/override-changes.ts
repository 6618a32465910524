import type { Activity, EstablishmentTrait } from '../actors/types.js';
import type { Label, MoneyString } from '../core/label.js';
import type { CalendarDate } from '../dates/index.js';
import type {
  Comparator,
  ForfaitGridCell,
  FundingParameters,
  Indicator,
  Milestone,
  ProgrammeId,
} from './types.js';

/**
 * Where one change comes from; defaults to the `source` and `note` of the whole {@link ProgrammeChanges}.
 *
 * @category Programmes
 */
export interface ChangeSource {
  /** The user's reference: a document, a URL, an ARS roadmap. */
  readonly source?: string;
  /** Anything a reader should know. */
  readonly note?: string;
}

/**
 * Sets the eligibility threshold or usage target of an existing indicator.
 *
 * @category Programmes
 */
export interface ThresholdChange extends ChangeSource {
  /** Indicator code (`D2.2`). */
  readonly indicator: string;
  /** `eligibility` (*seuil d'éligibilité*) or `target` (*cible d'usage*). */
  readonly role: 'eligibility' | 'target';
  /** Direction. */
  readonly comparator: Comparator;
  /** Percentage for rates, number for counts, `true` for yes/no. */
  readonly value: number | boolean;
  /** Whether reaching the value exactly meets it. */
  readonly inclusive: boolean;
  /**
   * First day the threshold is in force: the change then adds a step to the indicator's schedule (an ARS
   * roadmap's rising target) instead of replacing its threshold. See `ThresholdStep`.
   */
  readonly from?: CalendarDate;
  /** Last day in force (with `from`); absent: until a later step, or for good. */
  readonly until?: CalendarDate;
  /** Name of the period (with `from`), e.g. `2021`. */
  readonly name?: string;
}

/**
 * Sets where an existing indicator applies (the X / NC columns) and its not-applicable rules.
 *
 * @category Programmes
 */
export interface ApplicabilityChange extends ChangeSource {
  /** Indicator code. */
  readonly indicator: string;
  /** Activities it applies to. */
  readonly activities: readonly Activity[];
  /** Traits it does not concern. */
  readonly notConcerned?: readonly EstablishmentTrait[];
  /** Not-applicable situations, replacing the existing ones when given. */
  readonly notApplicableWhen?: readonly Label[];
}

/**
 * A threshold of an added indicator: its provenance is the change's.
 *
 * @category Programmes
 */
export type NewThreshold = Omit<ThresholdChange, 'indicator' | 'role' | keyof ChangeSource>;

/**
 * An indicator to add: everything an {@link Indicator} has, with provenance taken from the change.
 *
 * @category Programmes
 */
export interface NewIndicator
  extends Omit<Indicator, 'provenance' | 'eligibility' | 'target' | 'applicability' | 'unverified'> {
  /** Eligibility threshold. */
  readonly eligibility?: NewThreshold;
  /** Usage target. */
  readonly target?: NewThreshold;
  /** Where it applies. */
  readonly applicability?: {
    /** Activities the indicator concerns. */
    readonly activities: readonly Activity[];
    /** Establishment traits that exempt from it. */
    readonly notConcerned?: readonly EstablishmentTrait[];
  };
}

/**
 * Adds an indicator to a prerequisite or a domain.
 *
 * @category Programmes
 */
export interface IndicatorAddition extends ChangeSource {
  /** Requirement code (`D2`). */
  readonly requirement: string;
  /** The indicator. */
  readonly indicator: NewIndicator;
  /** Key of the incomplete indicator it completes (`hn-d2-external-consultations`), removed from the list. */
  readonly replaces?: string;
}

/**
 * States how many indicators the official guide has for a requirement (*nombre d'indicateurs du guide*).
 * The evaluation engine only calls a requirement reached when the catalogue holds all of them, so a user who
 * completes a requirement's indicators from the guide states its count here.
 *
 * @category Programmes
 */
export interface IndicatorCountChange extends ChangeSource {
  /** Requirement code (`P2`, `D3`). */
  readonly requirement: string;
  /** Number of indicators in the guide; a whole number. */
  readonly count: number;
}

/**
 * Changes the date or label of a milestone, or adds one (then `label`, `kind` and `date` are required).
 *
 * @category Programmes
 */
export interface MilestoneChange extends ChangeSource {
  /** Milestone id. */
  readonly id: string;
  /** New date. */
  readonly date?: CalendarDate;
  /** New label. */
  readonly label?: Label;
  /** Kind, for a new milestone. */
  readonly kind?: Milestone['kind'];
}

/**
 * Moves milestones by whole months (e.g. the COVID instruction's 12 more months).
 *
 * @category Programmes
 */
export interface MilestoneShift extends ChangeSource {
  /** Ids of the milestones to move. */
  readonly ids: readonly string[];
  /** Months to add (negative to bring forward); end-of-month dates stay valid (`31 Jan` + 1 → `28/29 Feb`). */
  readonly months: number;
}

/**
 * Funding values to set; each is recorded separately.
 *
 * @category Programmes
 */
export interface FundingChange extends ChangeSource {
  /** National envelope. */
  readonly envelope?: MoneyString;
  /** Amorçage share of each regional envelope, in percent. */
  readonly amorcageShare?: number;
  /** Published forfait range. */
  readonly forfaitRange?: NonNullable<FundingParameters['forfaitRange']>['value'];
  /** Forfait grid (*grille de forfaits*). */
  readonly forfaitGrid?: readonly ForfaitGridCell[];
  /** Bonus forfait amount (the programme must have a bonus). */
  readonly bonusAmount?: MoneyString;
}

/**
 * A user's changes to a programme (*surcharges*): an ARS roadmap, an editor holding the official guide.
 * `source` (and `note`) give the provenance of every change that does not carry its own.
 *
 * @category Programmes
 */
export interface ProgrammeChanges {
  /** Default source of the changes. */
  readonly source: string;
  /** Default note. */
  readonly note?: string;
  /** New id (an ARS roadmap is a programme of its own). */
  readonly id?: ProgrammeId;
  /** New version; defaults to the base version followed by `+override`. */
  readonly version?: string;
  /** New name. */
  readonly name?: Label;
  /** New period bounds. */
  readonly period?: {
    /** New first day. */
    readonly start?: CalendarDate;
    /** New last day (included). */
    readonly end?: CalendarDate;
  };
  /** Thresholds and targets of existing indicators. */
  readonly thresholds?: readonly ThresholdChange[];
  /** Indicator counts of requirements, as the official guide gives them. */
  readonly indicatorCounts?: readonly IndicatorCountChange[];
  /** Applicability of existing indicators. */
  readonly applicability?: readonly ApplicabilityChange[];
  /** Indicators to add. */
  readonly addIndicators?: readonly IndicatorAddition[];
  /** Milestones to change or add. */
  readonly milestones?: readonly MilestoneChange[];
  /** Milestones to move by months. */
  readonly shiftMilestones?: readonly MilestoneShift[];
  /** Funding values. */
  readonly funding?: FundingChange;
}
