/**
 * Programme steering dashboards (*pilotage*): evaluation results aggregated by region, ARS, status, activity,
 * category and GHT; trajectories over periods; funding figures; what-if on thresholds; published figures as
 * reference series. Outputs are plain data; every function is pure and takes its date explicitly.
 *
 * @module dashboards
 */
export { type AggregateOptions, aggregateEvaluations } from './aggregate.js';
export { okEvaluations } from './batch-evaluations.js';
export {
  type Comparison,
  type ComparisonRow,
  type ComputedPoint,
  fundsAmountByDomain,
  fundsShareByDomain,
  reachedPoints,
  referenceComparison,
} from './compare.js';
export type { DashboardIssueCode } from './diagnostics.js';
export { type DashboardDelta, diffDashboards, type LevelDelta, type RowDelta } from './diff-dashboards.js';
export {
  diffEvaluations,
  type EvaluationChange,
  type IndicatorChange,
  type RequirementChange,
  type StatusChange,
} from './diff-evaluations.js';
export {
  type EnvelopeRow,
  type FundingDashboard,
  type FundingDashboardOptions,
  type FundingFigures,
  type FundingRow,
  fundingDashboard,
} from './funding.js';
export { type DashboardProgramme, dashboardLevels } from './levels.js';
export {
  REFERENCE_SERIES,
  type ReferencePoint,
  type ReferenceSeries,
  type ReferenceSeriesId,
  referenceSeries,
} from './reference.js';
export {
  type PeriodLevelCounts,
  type SeriesDimensionRows,
  type SeriesExcluded,
  type SeriesPoint,
  type SeriesRow,
  type TrajectorySeries,
  type TrajectorySeriesOptions,
  trajectorySeries,
} from './trajectory-series.js';
export {
  type DashboardLevel,
  type DashboardRow,
  DIMENSIONS,
  type Dimension,
  type DimensionRows,
  type EvaluationDashboard,
  type Excluded,
  type LevelCounts,
  NATIONAL_KEY,
  NONE_KEY,
  type Share,
  UNASSIGNED_KEY,
} from './types.js';
export {
  type DerivedProgrammeRef,
  type WhatIfAggregates,
  type WhatIfChange,
  type WhatIfInput,
  type WhatIfOptions,
  type WhatIfReport,
  whatIf,
  whatIfProgrammes,
} from './what-if.js';
