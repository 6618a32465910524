import type { Label, MoneyString, Provenance } from '../core/label.js';
import type { ProgrammeId } from './types.js';

/**
 * How a prerequisite or domain moved from one programme to the next.
 *
 * @category Programmes
 */
export interface RequirementMapping {
  /** Code in the earlier programme; absent for a new requirement. */
  readonly from?: string;
  /** Code in the later programme; absent for a dropped requirement. */
  readonly to?: string;
  /** `continued` (same code and substance), `renamed`, `new`, `removed`. */
  readonly change: 'continued' | 'renamed' | 'new' | 'removed';
  /** What changed, when it is more than the code says. */
  readonly note?: Label;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * The same indicator in two programmes, with the usage target in each.
 *
 * @category Programmes
 */
export interface IndicatorMapping {
  /** The earlier indicator: its code, or palier's key when its code is unverified. */
  readonly from: {
    /** Code in the earlier programme, when verified. */
    readonly code?: string;
    /** palier's key for an indicator whose code is unverified (see `IncompleteIndicator`). */
    readonly key?: string;
  };
  /** Code in the later programme. */
  readonly to: string;
  /** Usage target in the earlier programme, in percent. */
  readonly targetFrom?: number;
  /** Usage target in the later programme, in percent. */
  readonly targetTo?: number;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * What changed from one programme to the next (*passage d'un programme à l'autre*), as sourced data.
 * Computed differences of two definitions come from `diffProgrammes`; this is what the sources say.
 *
 * @category Programmes
 */
export interface ProgrammeMapping {
  /** Earlier programme. */
  readonly from: ProgrammeId;
  /** Later programme. */
  readonly to: ProgrammeId;
  /** Prerequisites and domains. */
  readonly requirements: readonly RequirementMapping[];
  /** Indicators known in both. */
  readonly indicators: readonly IndicatorMapping[];
  /** How the action plan was restructured. */
  readonly actionPlan: {
    /** Structure in the earlier programme. */
    readonly from: Label;
    /** Structure in the later programme. */
    readonly to: Label;
    /** Where it comes from. */
    readonly provenance: Provenance;
  };
  /** National envelope before and after. */
  readonly envelope: {
    /** Envelope of the earlier programme, in euros. */
    readonly from: MoneyString;
    /** Envelope of the later programme, in euros. */
    readonly to: MoneyString;
    /** Where it comes from. */
    readonly provenance: Provenance;
  };
  /** Other changes the sources name (higher requirements, GHT framing, QHN condition …). */
  readonly changes: readonly {
    /** The change, in French and English. */
    readonly label: Label;
    /** Where it comes from. */
    readonly provenance: Provenance;
  }[];
}
