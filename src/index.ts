/**
 * `palier`: the French hospital-IT programmes Hôpital numérique and HOP'EN as typed data and pure functions —
 * the outcome model (`Result`, `PalierIssue`, `PalierError`, the issue registry and the French/English
 * vocabulary), calendar dates, actors (FINESS, establishments, GHTs, regions and ARS), the bundled programmes
 * and how to derive others, and the evaluation (indicators → prerequisites and domains → palier → GHT, with
 * explanations).
 *
 * Exact money, funding, the action plan and the steering dashboards have entries of their own (`palier/money`,
 * `palier/funding`, `palier/action-plan`, `palier/dashboards`), as do the zod schemas (`palier/schemas`) and the
 * Node.js files, reports and CLI (`palier/node`). `docs/api.md` lists every export of every entry.
 *
 * @module palier
 */

export {
  ARS_LIST,
  type Ars,
  type ArsFound,
  type ArsId,
  type ArsQuery,
  arsAt,
  arsById,
  arsOf,
} from './actors/ars.js';
export { checkSiteAttachments, type SiteAttachments } from './actors/attachments.js';
export { DEPARTMENTS, type Department, departmentByCode, isDepartmentCode } from './actors/departments.js';
export {
  actorDepartment,
  establishmentFromLegalEntity,
  establishmentFromSite,
  sitesOf,
} from './actors/establishments.js';
export {
  type FinessCheck,
  type FinessForm,
  type FinessOptions,
  isValidFiness,
  type ParsedFiness,
  parseFiness,
} from './actors/finess.js';
export { departmentOfFiness } from './actors/finess-department.js';
export { finessKey } from './actors/finess-key.js';
export { buildGht, type Ght, type GhtContext, type GhtInput, indexEntities } from './actors/ght.js';
export {
  checkGhtNetwork,
  type GhtMembership,
  ghtMemberships,
  publicEntitiesOutsideGhts,
} from './actors/ght-network.js';
export {
  REGION_REFORM_DATE,
  REGIONS,
  type Region,
  type RegionFound,
  type RegionMap,
  regionByCode,
  regionOf,
  regionOfDepartment,
  regionOfFiness,
  regionsAt,
} from './actors/regions.js';
export {
  ACTIVITIES,
  type Activity,
  type ActorLevel,
  type Establishment,
  type EstablishmentTrait,
  type Finess,
  type LegalEntity,
  type LegalStatus,
  type Site,
} from './actors/types.js';
export { readDate } from './core/dates.js';
export { PalierError, type PalierErrorCode, type PalierErrorOptions } from './core/error.js';
export {
  formatIssue,
  formatPath,
  type IssuePath,
  isError,
  type PalierIssue,
  type Severity,
} from './core/issue.js';
export type { Label, Lang, MoneyString, Provenance, ProvenanceStatus, Sourced } from './core/label.js';
export { ISSUE_MESSAGES, type IssueCode } from './core/registry.js';
export { type Failure, fail, type Ok, ok, type Result, settle } from './core/result.js';
export { type Term, VOCABULARY } from './core/vocabulary.js';
export { type CalendarDate, compareDates, isCalendarDate } from './dates/calendar-date.js';
export { type Period, periodContains } from './dates/period.js';
export type { CompactResults } from './evaluation/compact-results.js';
export {
  type CatalogueGap,
  type CompiledProgramme,
  compileProgramme,
  isCompiledProgramme,
  type UnknownThresholdReason,
} from './evaluation/compile.js';
export type { DiagnosticCode } from './evaluation/diagnostic-messages.js';
export {
  type EvaluatedEstablishment,
  type EvaluateOptions,
  evaluateEstablishment,
} from './evaluation/establishment.js';
export {
  type EvaluationView,
  type IndicatorStatusOf,
  plainEvaluation,
  type RequirementView,
} from './evaluation/evaluation-view.js';
export { type Explainable, type ExplainOptions, explain } from './evaluation/explain.js';
export { evaluateGht, type GhtEvaluation, type GhtLevelSummary, type GhtOptions } from './evaluation/ght.js';
export {
  type Ifaq2016Points,
  type Ifaq2016Score,
  ifaq2016Points,
  ifaq2016Score,
} from './evaluation/ifaq.js';
export { evaluateIndicator } from './evaluation/indicator.js';
export {
  type BatchEvaluation,
  type BatchRecord,
  type EvaluationInput,
  evaluateMany,
} from './evaluation/many.js';
export { isReasonCode, REASONS, type ReasonCode, reasonMessage } from './evaluation/reasons.js';
export {
  declarationRequirements,
  type KnownRule,
  type NotConcernedIndicator,
  type RequiredIndicator,
  type RequirementsList,
  type UncataloguedRequirement,
  type UnknownRule,
} from './evaluation/requirements.js';
export { scheduleDiagnostics, thresholdsInForce } from './evaluation/schedule.js';
export {
  type LevelTrajectory,
  type TimeOutcome,
  type Trajectory,
  type TrajectoryMark,
  type TrajectoryOptions,
  type TrajectoryPoint,
  trajectory,
  type WindowOutcome,
} from './evaluation/trajectory.js';
export type {
  CountValue,
  Declaration,
  DeclaredValue,
  EstablishmentEvaluation,
  Expected,
  Gap,
  IndicatorResult,
  IndicatorStatus,
  LevelStatus,
  NotApplicableValue,
  PalierResult,
  ProgrammeRef,
  RateAsPercent,
  RateFromCounts,
  RateValue,
  RequirementResult,
  YesNoValue,
} from './evaluation/types.js';
export { type CheckValueOptions, checkDeclaredValue, type InvalidValueReason } from './evaluation/value.js';
export { isIndicatorApplicable } from './programme/applicability.js';
export {
  applicableIndicators,
  findIndicator,
  indicatorsOf,
  requirementOf,
  requirementsOf,
} from './programme/lookups.js';
export type {
  Applicability,
  BundledProgramme,
  Comparator,
  Indicator,
  IndicatorKind,
  Programme,
  ProgrammeId,
  Requirement,
  RequirementKind,
  Threshold,
  ThresholdStep,
} from './programme/types.js';
export { hnToHopen } from './programmes/hn-to-hopen.js';
export {
  type HopenDomainCode,
  type HopenPrerequisiteCode,
  type HopenProgramme,
  hopen,
} from './programmes/hopen.js';
export {
  type Hopen2DomainCode,
  type Hopen2PrerequisiteCode,
  type Hopen2Programme,
  hopen2,
} from './programmes/hopen2.js';
export {
  type HnDomainCode,
  type HnPrerequisiteCode,
  type HopitalNumeriqueProgramme,
  hopitalNumerique,
} from './programmes/hopital-numerique.js';
export { CURATED_REFERENCE, SOURCES, type SourceTag } from './programmes/sources.js';
