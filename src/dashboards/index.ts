/**
 * Programme steering dashboards (*pilotage*): evaluation results aggregated by region, ARS, status, activity,
 * category and GHT; trajectories over periods; funding figures; what-if on thresholds; published figures as
 * reference series. Outputs are plain data; every function is pure and takes its date explicitly.
 *
 * @module dashboards
 */
export * from './aggregate.js';
export * from './batch-evaluations.js';
export * from './compare.js';
export { type DashboardIssueCode, dashboardIssue } from './diagnostics.js';
export * from './diff-dashboards.js';
export * from './diff-evaluations.js';
export * from './funding.js';
export { type DashboardProgramme, dashboardLevels } from './levels.js';
export * from './reference.js';
export * from './share.js';
export * from './trajectory-series.js';
export * from './types.js';
export * from './what-if.js';
