/**
 * `palier/programme`: programme definitions and the tools to work with them — derive a programme
 * (`withOverrides`, `applyReferential`), compare two (`diffProgrammes`), audit what is unverified
 * (`unverifiedFacts`), check thresholds, serialize (`programmeToJson`), look requirements and indicators up.
 * The bundled programmes themselves (`hopen`, `hopen2`, `hopitalNumerique`) and the definition types are
 * in the main entry `palier` too.
 *
 * @module programme
 */
export { isIndicatorApplicable } from './applicability.js';
export { thresholdIssues } from './check-thresholds.js';
export {
  diffProgrammes,
  type ListDiff,
  type MovedMilestone,
  type ProgrammeDiff,
  type Renamed,
  type ThresholdDiff,
  type ThresholdValue,
} from './diff.js';
export {
  type FactCounts,
  factCounts,
  type UnverifiedFact,
  type UnverifiedReason,
  unverifiedFacts,
} from './facts.js';
export { programmeToJson } from './json.js';
export {
  applicableIndicators,
  findIndicator,
  indicatorsOf,
  requirementOf,
  requirementsOf,
} from './lookups.js';
export type {
  ApplicabilityChange,
  ChangeSource,
  FundingChange,
  IndicatorAddition,
  IndicatorCountChange,
  MilestoneChange,
  MilestoneShift,
  NewIndicator,
  NewThreshold,
  ProgrammeChanges,
  ThresholdChange,
} from './override-changes.js';
export { applyOverrides, withOverrides } from './overrides.js';
export type { IndicatorMapping, ProgrammeMapping, RequirementMapping } from './programme-mapping.js';
export {
  type ApplyReferentialOptions,
  applyReferential,
  REFERENTIAL_COLUMNS,
  type ReferentialColumn,
  type ReferentialRow,
  referentialTemplate,
} from './referential.js';
export type {
  ActionPlan,
  Applicability,
  BundledProgramme,
  Comparator,
  EligibilityCondition,
  Engagement,
  ForfaitGrid,
  ForfaitGridCell,
  FundingParameters,
  IncompleteIndicator,
  Indicator,
  IndicatorKind,
  Lever,
  Milestone,
  OverrideRecord,
  PlanAction,
  Programme,
  ProgrammeFact,
  ProgrammeId,
  PublishedFigure,
  Requirement,
  RequirementKind,
  Threshold,
  ThresholdStep,
  UnverifiedNote,
  Workstream,
} from './types.js';
