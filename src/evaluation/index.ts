/**
 * The evaluation engine: declarations → indicators → prerequisites and domains → palier, per establishment, in
 * batch, per GHT and over time, with explanations in French and English.
 */
export * from './compact-results.js';
export * from './compile.js';
export * from './diagnostic-messages.js';
export * from './establishment.js';
export * from './evaluation-view.js';
export * from './exact.js';
export * from './explain.js';
export * from './gap.js';
export * from './ght.js';
export * from './ifaq.js';
export * from './indicator.js';
export * from './indicator-record.js';
export * from './many.js';
export {
  INDICATOR_CODE,
  INDICATOR_OUTCOMES,
  LEVEL_CODE,
  LEVEL_OUTCOMES,
  type Outcome,
} from './outcome-codes.js';
export * from './reasons.js';
export * from './requirements.js';
export * from './rollup.js';
export * from './schedule.js';
export * from './trajectory.js';
export * from './types.js';
export * from './value.js';
