/**
 * `palier`: the French hospital-IT programmes Hôpital numérique and HOP'EN as typed data and pure functions.
 *
 * @module palier
 */
export * from './action-plan/index.js';
export * from './actors/index.js';
export { readDate } from './core/dates.js';
// The outcome model (bottom module `core/`).
export { PalierError, type PalierErrorCode } from './core/error.js';
export {
  formatIssue,
  formatPath,
  type IssuePath,
  isError,
  type PalierIssue,
  type Severity,
} from './core/issue.js';
export type { Label, Lang, MoneyString, Provenance, ProvenanceStatus, Sourced } from './core/label.js';
export { type Failure, fail, type Ok, ok, type Result, settle } from './core/result.js';
export * from './dashboards/index.js';
export * from './dates/index.js';
export * from './evaluation/index.js';
export * from './funding/index.js';
export * from './issues.js';
export * from './money/index.js';
export * from './programme/index.js';
export * from './programmes/index.js';
export * from './registers/index.js';
