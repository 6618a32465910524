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

/**
 * Outcomes listed by status, flattened in order: the code of an outcome is its position in the flat list. Each
 * outcome is frozen; the list is read-only for TypeScript but not frozen, as it is read once per indicator by every
 * report (Node 20's optimising compiler reads a frozen array's elements through a generic call, about three times
 * slower here).
 */
function numbered<S extends string>(byStatus: Readonly<Record<S, readonly string[]>>): readonly Outcome<S>[] {
  const out: Outcome<S>[] = [];
  for (const status in byStatus)
    for (const reason of byStatus[status]) out.push(Object.freeze({ status, reason }));
  return out;
}

/**
 * Every outcome an indicator can have, in code order: `INDICATOR_OUTCOMES[code]`.
 *
 * @category Evaluation
 */
export const INDICATOR_OUTCOMES: readonly Outcome<IndicatorStatus>[] = numbered<IndicatorStatus>({
  met: ['threshold-met'],
  'not-met': [
    'below-threshold',
    'above-threshold',
    'not-equal-to-threshold',
    'threshold-unreachable',
    'answered-yes',
    'answered-no',
  ],
  'not-applicable': ['not-in-force', 'not-applicable-to-establishment', 'declared-not-applicable'],
  missing: ['no-value-declared'],
  unknown: [
    'threshold-unverified',
    'threshold-absent',
    'threshold-not-comparable',
    'eligibility-absent-target-given',
    'target-absent-eligibility-given',
  ],
  invalid: [
    'malformed-value',
    'wrong-kind',
    'missing-reason',
    'not-finite',
    'negative-value',
    'non-integer-value',
    'percent-out-of-range',
    'zero-denominator',
    'numerator-exceeds-denominator',
  ],
});

/**
 * Every outcome of a prerequisite, a domain or the palier, in code order: `LEVEL_OUTCOMES[code]`.
 *
 * @category Evaluation
 */
export const LEVEL_OUTCOMES: readonly Outcome<LevelStatus>[] = numbered<LevelStatus>({
  reached: ['all-indicators-met', 'no-applicable-indicator', 'none-in-force', 'all-requirements-reached'],
  'not-reached': ['indicators-not-met', 'requirements-not-reached'],
  unknown: [
    'indicators-unknown',
    'no-indicators-in-catalogue',
    'catalogue-incomplete',
    'catalogue-completeness-unknown',
    'requirements-unknown',
  ],
});

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
 * The code of each level reason (`LEVEL_CODE['indicators-not-met']` is 4).
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
