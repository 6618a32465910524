import type { CompiledRequirement } from './compile.js';
import { INDICATOR_OUTCOMES, LEVEL_CODE, LEVEL_OUTCOMES, NOT_IN_FORCE } from './outcome-codes.js';
import type { EstablishmentEvaluation, LevelStatus } from './types.js';

const NONE: readonly string[] = Object.freeze([]);

const NOT_IN_FORCE_WEIGHT = 0;
const NOT_APPLICABLE_WEIGHT = 1;
const MET_WEIGHT = 2;
const UNKNOWN_WEIGHT = 3;
const BLOCKING_WEIGHT = 4;

/** How each indicator outcome counts in a roll-up, by code: not applicable (in force or not), met, unknown, blocking. */
const WEIGHT = Uint8Array.from(INDICATOR_OUTCOMES, ({ status }, code) =>
  code === NOT_IN_FORCE
    ? NOT_IN_FORCE_WEIGHT
    : status === 'not-applicable'
      ? NOT_APPLICABLE_WEIGHT
      : status === 'met'
        ? MET_WEIGHT
        : status === 'unknown'
          ? UNKNOWN_WEIGHT
          : BLOCKING_WEIGHT,
);

const ALL_INDICATORS_MET = LEVEL_CODE['all-indicators-met']!;
const NO_APPLICABLE_INDICATOR = LEVEL_CODE['no-applicable-indicator']!;
const NONE_IN_FORCE = LEVEL_CODE['none-in-force']!;
const INDICATORS_NOT_MET = LEVEL_CODE['indicators-not-met']!;
const INDICATORS_UNKNOWN = LEVEL_CODE['indicators-unknown']!;
const ALL_REQUIREMENTS_REACHED = LEVEL_CODE['all-requirements-reached']!;
const REQUIREMENTS_NOT_REACHED = LEVEL_CODE['requirements-not-reached']!;
const REQUIREMENTS_UNKNOWN = LEVEL_CODE['requirements-unknown']!;

const REACHED = 0;
const NOT_REACHED = 1;
const UNKNOWN = 2;

/** The status of each level outcome, by code: reached, not reached, unknown. */
const LEVEL_STATUS = Uint8Array.from(LEVEL_OUTCOMES, ({ status }) =>
  status === 'reached' ? REACHED : status === 'not-reached' ? NOT_REACHED : UNKNOWN,
);

/**
 * The outcome code of a prerequisite or domain (see `LEVEL_OUTCOMES`) from its indicators' codes, which sit at
 * `codes[start]` … `codes[start + n − 1]`, `n` being its number of indicators.
 *
 * Precedence: a level is `not-reached` as soon as one applicable indicator is not met, missing or invalid
 * (whatever the others); otherwise `unknown` when one indicator's threshold is unknown or the catalogue cannot
 * settle it (no indicator, fewer than the guide has, or no indicator count saying the list is complete);
 * otherwise `reached` (every applicable indicator met, or none applies — `none-in-force` when every indicator is
 * a yearly objective of another period).
 *
 * @example
 * ```ts
 * LEVEL_OUTCOMES[requirementOutcome(compiled.domains[1]!, codes, 5)]!.status; // 'reached' | 'not-reached' | 'unknown'
 * ```
 *
 * @category Evaluation
 */
export function requirementOutcome(req: CompiledRequirement, codes: Uint8Array, start: number): number {
  const n = req.indicators.length;
  let blocking = false;
  let unknown = false;
  let applicable = 0;
  let notInForce = 0;
  for (let i = start; i < start + n; i++) {
    const weight = WEIGHT[codes[i]!]!;
    if (weight === NOT_IN_FORCE_WEIGHT) notInForce++;
    if (weight <= NOT_APPLICABLE_WEIGHT) continue;
    applicable++;
    if (weight === UNKNOWN_WEIGHT) unknown = true;
    else if (weight === BLOCKING_WEIGHT) blocking = true;
  }
  if (blocking) return INDICATORS_NOT_MET;
  if (unknown) return INDICATORS_UNKNOWN;
  if (notInForce > 0 && notInForce === n) return NONE_IN_FORCE;
  if (req.catalogueGap !== undefined) return LEVEL_CODE[req.catalogueGap]!;
  return applicable === 0 ? NO_APPLICABLE_INDICATOR : ALL_INDICATORS_MET;
}

/**
 * The outcome code of the palier from the codes of the prerequisites and domains, `codes[0]` … `codes[n − 1]`:
 * reached when every one is reached; `not-reached` as soon as one is not reached (even if others are unknown);
 * otherwise `unknown`.
 *
 * @example
 * ```ts
 * LEVEL_OUTCOMES[palierOutcome(levelCodes, 11)]!.reason; // 'requirements-not-reached'
 * ```
 *
 * @category Evaluation
 */
export function palierOutcome(codes: Uint8Array, n: number, start = 0): number {
  let unknown = false;
  for (let i = start; i < start + n; i++) {
    const status = LEVEL_STATUS[codes[i]!];
    if (status === NOT_REACHED) return REQUIREMENTS_NOT_REACHED;
    if (status === UNKNOWN) unknown = true;
  }
  return unknown ? REQUIREMENTS_UNKNOWN : ALL_REQUIREMENTS_REACHED;
}

/**
 * The codes of the results that keep a level from being reached: indicators not met, missing, invalid or unknown
 * (for a requirement); prerequisites and domains not reached or unknown (for the palier).
 *
 * @example
 * ```ts
 * blockersOf(['D2.2', 'D2.5'], ['not-met', 'met']); // ['D2.2']
 * ```
 *
 * @category Evaluation
 */
export function blockersOf(codes: readonly string[], statuses: readonly string[]): readonly string[] {
  let blockers: string[] | undefined;
  for (let i = 0; i < codes.length; i++) {
    const s = statuses[i];
    if (s === 'met' || s === 'not-applicable' || s === 'reached') continue;
    blockers ??= [];
    blockers.push(codes[i]!);
  }
  return blockers ?? NONE;
}

/**
 * Combines statuses with palier's precedence: `not-reached` wins, then `unknown`, else `reached`
 * (an empty list is `reached`).
 *
 * @example
 * ```ts
 * combineStatuses(['reached', 'unknown']); // 'unknown'
 * combineStatuses(['unknown', 'not-reached']); // 'not-reached'
 * ```
 *
 * @category Evaluation
 */
export function combineStatuses(statuses: Iterable<LevelStatus>): LevelStatus {
  let unknown = false;
  for (const s of statuses) {
    if (s === 'not-reached') return 'not-reached';
    if (s === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'reached';
}

/**
 * The status of every prerequisite together (*prérequis atteints*): `combineStatuses` over the prerequisites,
 * and `unknown` when the programme lists none. Funding (no money before the prerequisites are reached) and
 * dashboards share this rule.
 *
 * @example
 * ```ts
 * prerequisitesStatus(evaluation); // 'reached' | 'not-reached' | 'unknown'
 * ```
 *
 * @category Evaluation
 */
export function prerequisitesStatus(evaluation: Pick<EstablishmentEvaluation, 'prerequisites'>): LevelStatus {
  if (evaluation.prerequisites.length === 0) return 'unknown';
  return combineStatuses(evaluation.prerequisites.map((p) => p.status));
}
