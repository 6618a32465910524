import type { ActorLevel, Finess } from '../actors/types.js';
import type { PalierIssue } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
import type { CalendarDate, Period } from '../dates/index.js';
import type { Comparator, IndicatorKind, ProgrammeId, RequirementKind } from '../programme/index.js';

/**
 * A declared value for a yes/no indicator (*indicateur d'existence*).
 *
 * @category Evaluation
 */
export interface YesNoValue {
  /** Discriminant. */
  readonly kind: 'yes-no';
  /** `true` for "oui". */
  readonly value: boolean;
}

/**
 * A rate declared as counts (preferred: compared exactly).
 *
 * @category Evaluation
 */
export interface RateFromCounts {
  /** Discriminant. */
  readonly kind: 'rate';
  /** What the indicator's numerator counts (stays, consultations …): a whole number, at most the denominator. */
  readonly numerator: number;
  /** What the indicator's denominator counts: a whole number above zero. */
  readonly denominator: number;
}

/**
 * A rate declared as a percentage (0–100), compared exactly as a decimal.
 *
 * @category Evaluation
 */
export interface RateAsPercent {
  /** Discriminant. */
  readonly kind: 'rate';
  /** The percentage (98 means 98 %). */
  readonly percent: number;
}

/**
 * A declared rate: preferably as numerator and denominator (compared exactly), or as a percentage.
 *
 * @category Evaluation
 */
export type RateValue = RateFromCounts | RateAsPercent;

/**
 * A programme reference: its id and version.
 *
 * @category Evaluation
 */
export interface ProgrammeRef {
  /** Programme id (`hopen`, `hopital-numerique`, a derived programme's id). */
  readonly id: ProgrammeId;
  /** Version of its definition. */
  readonly version: string;
}

/**
 * A declared count.
 *
 * @category Evaluation
 */
export interface CountValue {
  /** Discriminant. */
  readonly kind: 'count';
  /** Non-negative integer. */
  readonly value: number;
}

/**
 * The indicator does not apply for the period, with the reason (e.g. no admitted patient had a DMP).
 *
 * @category Evaluation
 */
export interface NotApplicableValue {
  /** Discriminant. */
  readonly kind: 'not-applicable';
  /** Why. */
  readonly reason: string;
}

/**
 * One declared indicator value.
 *
 * @category Evaluation
 */
export type DeclaredValue = YesNoValue | RateValue | CountValue | NotApplicableValue;

/**
 * A declaration (*déclaration*, as in oSIS): the indicator values of one actor for one period.
 *
 * @category Evaluation
 */
export interface Declaration {
  /** FINESS of the declaring actor (for a GHT: its support establishment's, see {@link Declaration.ght}). */
  readonly finess: Finess;
  /** Level declared at. */
  readonly level: ActorLevel;
  /** GHT code when the declaration is made for a GHT. */
  readonly ght?: string;
  /** Programme id and version the values answer. */
  readonly programme: ProgrammeRef;
  /** Period covered, both ends included. */
  readonly period: Period;
  /** One value per indicator code. */
  readonly values: Readonly<Record<string, DeclaredValue>>;
  /** Calculation method, when the GHT applies as one and every member must use the same. */
  readonly method?: string;
  /** Evidence references (documents, exports). */
  readonly evidence?: readonly string[];
  /** Date the declaration was made. */
  readonly declaredOn?: CalendarDate;
  /** Who declared. */
  readonly declaredBy?: string;
}

/**
 * Status of one indicator in an evaluation.
 *
 * @category Evaluation
 */
export type IndicatorStatus = 'met' | 'not-met' | 'not-applicable' | 'missing' | 'unknown' | 'invalid';

/**
 * Status of a prerequisite, a domain, the palier or a GHT.
 *
 * @category Evaluation
 */
export type LevelStatus = 'reached' | 'not-reached' | 'unknown';

/**
 * The threshold that was applied, as evaluated.
 *
 * @category Evaluation
 */
export interface Expected {
  /** Direction. */
  readonly comparator: Comparator;
  /** Value (percentage for rates). */
  readonly value: number | boolean;
  /** Whether equality meets it. */
  readonly inclusive: boolean;
  /** `eligibility` (*seuil d'éligibilité*) or `target` (*cible d'usage*). */
  readonly role: 'eligibility' | 'target';
  /** When the threshold comes from a schedule step (*cible par période*): the step in force that was applied. */
  readonly inForce?: {
    /** First day in force. */
    readonly from: CalendarDate;
    /** Last day in force, when bounded. */
    readonly until?: CalendarDate;
    /** Name of the period (`2027`). */
    readonly name?: string;
  };
}

/**
 * How far a declared value is from its threshold (*écart*).
 *
 * For a rate declared with counts, `amount` is the smallest number of numerator units (stays, consultations) to
 * add (`direction: 'increase'`) or remove (`'decrease'`) — the denominator staying the same — to meet the
 * threshold. When no numerator between 0 and the denominator meets it (a target above 100 %, `> 100 %`, an
 * `equal` that no whole numerator gives), `reachable` is `false` and `amount` is how far the numerator can go
 * (`denominator − numerator`, or `numerator`).
 *
 * @category Evaluation
 */
export interface Gap {
  /** Units or percentage points. */
  readonly amount: number;
  /** `units` (numerator units, or a count's units) or `points` (a declared percentage). */
  readonly unit: 'units' | 'points';
  /** Whether the value must go up or down. */
  readonly direction?: 'increase' | 'decrease';
  /** `false` when the threshold cannot be met with this denominator; absent or `true` otherwise. */
  readonly reachable?: boolean;
  /** `true` for a strict threshold (`>`/`<`) given in points: the value must go beyond `amount`. */
  readonly strict?: boolean;
}

/**
 * The result for one indicator.
 *
 * @category Evaluation
 */
export interface IndicatorResult {
  /** Indicator code. */
  readonly code: string;
  /** Kind of the indicator (as the programme defines it; the declared value may differ when invalid). */
  readonly kind?: IndicatorKind;
  /** Status. */
  readonly status: IndicatorStatus;
  /** Stable reason code (see `explain`). */
  readonly reason: string;
  /** The observed value: a percentage for rates (display only; the comparison is exact), a count, a boolean. */
  readonly observed?: number | boolean;
  /** The declared value as given. */
  readonly declared?: DeclaredValue;
  /** The threshold applied, when there is one. */
  readonly expected?: Expected;
  /**
   * How far from the threshold: for a rate declared with counts, how many more numerator units (stays,
   * consultations) would meet it; for a percentage, the points missing; for a count, the units missing.
   */
  readonly gap?: Gap;
  /** Path back to the input value (`['values', 'D2.2']`). */
  readonly path: readonly (string | number)[];
  /** Provenance of the rule applied (threshold, or the indicator when no threshold). */
  readonly provenance?: Provenance;
}

/**
 * The result for a prerequisite or a domain.
 *
 * @category Evaluation
 */
export interface RequirementResult {
  /** `P1`, `D2` … */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Label. */
  readonly label: Label;
  /** Status. */
  readonly status: LevelStatus;
  /** Stable reason code. */
  readonly reason: string;
  /** Its indicators' results. */
  readonly indicators: readonly IndicatorResult[];
  /** Codes of the indicators that keep it from being reached (not-met, missing, unknown, invalid). */
  readonly blockers: readonly string[];
}

/**
 * The palier (*palier de maturité*): every prerequisite and every domain reached.
 *
 * @category Evaluation
 */
export interface PalierResult {
  /** Status. */
  readonly status: LevelStatus;
  /** Stable reason code. */
  readonly reason: string;
  /** Codes of the prerequisites and domains that keep it from being reached. */
  readonly blockers: readonly string[];
}

/**
 * The evaluation of one establishment for one declaration.
 *
 * @category Evaluation
 */
export interface EstablishmentEvaluation {
  /** FINESS evaluated. */
  readonly finess: Finess;
  /** Programme id and version applied. */
  readonly programme: ProgrammeRef;
  /** Period of the declaration. */
  readonly period: Period;
  /** Date the evaluation was made "as of". */
  readonly asOf: CalendarDate;
  /** Every prerequisite. */
  readonly prerequisites: readonly RequirementResult[];
  /** Every domain. */
  readonly domains: readonly RequirementResult[];
  /** The palier. */
  readonly palier: PalierResult;
  /** Non-fatal problems found while evaluating (unknown codes, values for not-applicable indicators …). */
  readonly diagnostics: readonly PalierIssue[];
}
