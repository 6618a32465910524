/**
 * The small integer codes the compact results store: one byte per indicator and per level (prerequisite,
 * domain, palier) of each evaluation. A code stands for a status and its reason: every reason belongs to one
 * status, so the reason alone identifies the outcome. The code is the position in the lists below.
 */
import type { IndicatorStatus, LevelStatus } from './types.js';

/**
 * An outcome: a status and the stable reason code that explains it.
 *
 * @category Evaluation
 */
export interface Outcome<S extends string> {
  /** Status. */
  readonly status: S;
  /** Stable reason code (see `explain`). */
  readonly reason: string;
}

const outcome = <S extends string>(status: S, reason: string): Outcome<S> =>
  Object.freeze({ status, reason });

/**
 * Every outcome an indicator can have, in code order: `INDICATOR_OUTCOMES[code]`.
 *
 * @category Evaluation
 */
export const INDICATOR_OUTCOMES: readonly Outcome<IndicatorStatus>[] = Object.freeze([
  outcome('met', 'threshold-met'),
  outcome('not-met', 'below-threshold'),
  outcome('not-met', 'above-threshold'),
  outcome('not-met', 'not-equal-to-threshold'),
  outcome('not-met', 'threshold-unreachable'),
  outcome('not-met', 'answered-yes'),
  outcome('not-met', 'answered-no'),
  outcome('not-applicable', 'not-in-force'),
  outcome('not-applicable', 'not-applicable-to-establishment'),
  outcome('not-applicable', 'declared-not-applicable'),
  outcome('missing', 'no-value-declared'),
  outcome('unknown', 'threshold-unverified'),
  outcome('unknown', 'threshold-absent'),
  outcome('unknown', 'threshold-not-comparable'),
  outcome('unknown', 'eligibility-absent-target-given'),
  outcome('unknown', 'target-absent-eligibility-given'),
  outcome('invalid', 'malformed-value'),
  outcome('invalid', 'wrong-kind'),
  outcome('invalid', 'missing-reason'),
  outcome('invalid', 'not-finite'),
  outcome('invalid', 'negative-value'),
  outcome('invalid', 'non-integer-value'),
  outcome('invalid', 'percent-out-of-range'),
  outcome('invalid', 'zero-denominator'),
  outcome('invalid', 'numerator-exceeds-denominator'),
]);

/**
 * Every outcome of a prerequisite, a domain or the palier, in code order: `LEVEL_OUTCOMES[code]`.
 *
 * @category Evaluation
 */
export const LEVEL_OUTCOMES: readonly Outcome<LevelStatus>[] = Object.freeze([
  outcome('reached', 'all-indicators-met'),
  outcome('reached', 'no-applicable-indicator'),
  outcome('reached', 'none-in-force'),
  outcome('not-reached', 'indicators-not-met'),
  outcome('unknown', 'indicators-unknown'),
  outcome('unknown', 'no-indicators-in-catalogue'),
  outcome('unknown', 'catalogue-incomplete'),
  outcome('unknown', 'catalogue-completeness-unknown'),
  outcome('reached', 'all-requirements-reached'),
  outcome('not-reached', 'requirements-not-reached'),
  outcome('unknown', 'requirements-unknown'),
]);

function codesByReason(outcomes: readonly Outcome<string>[]): Readonly<Record<string, number>> {
  const codes: Record<string, number> = {};
  outcomes.forEach((o, code) => {
    codes[o.reason] = code;
  });
  return Object.freeze(codes);
}

/**
 * The code of each indicator reason (`INDICATOR_CODE['below-threshold']` is 1).
 *
 * @category Evaluation
 */
export const INDICATOR_CODE: Readonly<Record<string, number>> = codesByReason(INDICATOR_OUTCOMES);

/**
 * The code of each level reason (`LEVEL_CODE['indicators-not-met']` is 3).
 *
 * @category Evaluation
 */
export const LEVEL_CODE: Readonly<Record<string, number>> = codesByReason(LEVEL_OUTCOMES);

/** Codes the engine writes by name (the positions above). */
export const MET = 0;
export const BELOW = 1;
export const ABOVE = 2;
export const NOT_EQUAL = 3;
export const UNREACHABLE = 4;
export const ANSWERED_YES = 5;
export const ANSWERED_NO = 6;
export const NOT_IN_FORCE = 7;
export const NOT_CONCERNED = 8;
export const DECLARED_NOT_APPLICABLE = 9;
export const MISSING = 10;
