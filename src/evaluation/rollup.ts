import type { CompiledRequirement } from './compile.js';
import type {
  EstablishmentEvaluation,
  IndicatorResult,
  LevelStatus,
  PalierResult,
  RequirementResult,
} from './types.js';

const NONE: readonly string[] = Object.freeze([]);

/**
 * Rolls indicator results up to their prerequisite or domain.
 *
 * Precedence: a level is `not-reached` as soon as one applicable indicator is not met, missing or invalid
 * (whatever the others); otherwise `unknown` when one indicator's threshold is unknown or the catalogue cannot
 * settle it (no indicator, fewer than the guide has, or no indicator count saying the list is complete); otherwise `reached` (every applicable indicator met,
 * or none applies — `none-in-force` when every indicator is a yearly objective of another period). Blockers list the indicators that are not met, missing, invalid or unknown.
 *
 * @example
 * ```ts
 * rollUpRequirement(compiled.domains[1]!, [d22Result, d25Result]).status; // 'reached' | 'not-reached' | 'unknown'
 * ```
 *
 * @category Evaluation
 */
export function rollUpRequirement(
  req: CompiledRequirement,
  indicators: readonly IndicatorResult[],
): RequirementResult {
  let blocking = false;
  let unknown = false;
  let applicable = 0;
  let notInForce = 0;
  let blockers: string[] | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i]!;
    const s = r.status;
    if (s === 'met') {
      applicable++;
      continue;
    }
    if (s === 'not-applicable') {
      if (r.reason === 'not-in-force') notInForce++;
      continue;
    }
    applicable++;
    if (s === 'unknown') unknown = true;
    else blocking = true;
    if (blockers === undefined) blockers = [];
    blockers.push(r.code);
  }
  let status: LevelStatus;
  let reason: string;
  if (blocking) {
    status = 'not-reached';
    reason = 'indicators-not-met';
  } else if (unknown) {
    status = 'unknown';
    reason = 'indicators-unknown';
  } else if (notInForce > 0 && notInForce === indicators.length) {
    status = 'reached';
    reason = 'none-in-force';
  } else if (req.catalogueGap !== undefined) {
    status = 'unknown';
    reason = req.catalogueGap;
  } else {
    status = 'reached';
    reason = applicable === 0 ? 'no-applicable-indicator' : 'all-indicators-met';
  }
  return {
    code: req.code,
    kind: req.kind,
    label: req.label,
    status,
    reason,
    indicators,
    blockers: blockers ?? NONE,
  };
}

/**
 * Rolls prerequisites and domains up to the palier: reached when every one is reached; `not-reached` as soon as
 * one is not reached (even if others are unknown); otherwise `unknown`. Blockers list the prerequisites and
 * domains not reached or unknown.
 *
 * @example
 * ```ts
 * rollUpPalier(evaluation.prerequisites, evaluation.domains).status;
 * ```
 *
 * @category Evaluation
 */
export function rollUpPalier(
  prerequisites: readonly RequirementResult[],
  domains: readonly RequirementResult[],
): PalierResult {
  let blocking = false;
  let unknown = false;
  let blockers: string[] | undefined;
  for (const group of [prerequisites, domains]) {
    for (let i = 0; i < group.length; i++) {
      const r = group[i]!;
      if (r.status === 'reached') continue;
      if (r.status === 'unknown') unknown = true;
      else blocking = true;
      if (blockers === undefined) blockers = [];
      blockers.push(r.code);
    }
  }
  if (blocking) return { status: 'not-reached', reason: 'requirements-not-reached', blockers: blockers! };
  if (unknown) return { status: 'unknown', reason: 'requirements-unknown', blockers: blockers! };
  return { status: 'reached', reason: 'all-requirements-reached', blockers: NONE };
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
