import type { Establishment } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import {
  compileProgramme,
  type EvaluationInput,
  evaluateMany,
  type ProgrammeRef,
} from '../evaluation/index.js';
import type { Declaration, EstablishmentEvaluation } from '../evaluation/types.js';
import {
  applyOverrides,
  type OverrideRecord,
  type Programme,
  type ProgrammeChanges,
} from '../programme/index.js';
import { aggregateEvaluations } from './aggregate.js';
import { type DashboardDelta, diffDashboards } from './diff-dashboards.js';
import { diffEvaluations, type EvaluationChange } from './diff-evaluations.js';
import type { Dimension, EvaluationDashboard } from './types.js';

/**
 * One establishment of a what-if, with its declaration.
 *
 * @category Dashboards
 */
export interface WhatIfInput {
  /** The establishment (its region, status, activities … place it in the aggregates). */
  readonly establishment: Establishment;
  /** Its declaration. */
  readonly declaration: Declaration;
}

/**
 * Options of {@link whatIf} and {@link whatIfProgrammes}.
 *
 * @category Dashboards
 */
export interface WhatIfOptions {
  /** Date of the evaluations and aggregates. */
  readonly asOf: CalendarDate;
  /** Dimensions of the aggregates; default: every dimension. */
  readonly by?: readonly Dimension[];
}

/**
 * An establishment whose evaluation moved, with its index in the input.
 *
 * @category Dashboards
 */
export interface WhatIfChange extends EvaluationChange {
  /** Index in the inputs. */
  readonly index: number;
}

/**
 * The derived programme of a what-if, with the overrides it records.
 *
 * @category Dashboards
 */
export interface DerivedProgrammeRef extends ProgrammeRef {
  /** Every change recorded, with its path and provenance. */
  readonly overrides: readonly OverrideRecord[];
}

/**
 * The aggregates of a what-if: before, after, and after − before.
 *
 * @category Dashboards
 */
export interface WhatIfAggregates {
  /** Under the base programme. */
  readonly before: EvaluationDashboard;
  /** Under the derived programme. */
  readonly after: EvaluationDashboard;
  /** After − before. */
  readonly delta: DashboardDelta;
}

/**
 * The outcome of a what-if (*simulation*): who moved, and how the aggregates moved.
 *
 * @category Dashboards
 */
export interface WhatIfReport {
  /** The programme before. */
  readonly before: ProgrammeRef;
  /** The programme after, with the overrides it records. */
  readonly after: DerivedProgrammeRef;
  /** Every establishment whose indicators, requirements or palier moved, in input order. */
  readonly changed: readonly WhatIfChange[];
  /** Establishments evaluated on both sides with nothing moved. */
  readonly unchanged: number;
  /** Aggregates before, after, and after − before. */
  readonly aggregates: WhatIfAggregates;
  /** Records that could not be evaluated (malformed), with their diagnostics. */
  readonly diagnostics: readonly PalierIssue[];
}

/**
 * What-if on thresholds: derives a programme from `base` with `changes` (the override function's
 * `applyOverrides`, every change recorded with its source), evaluates every input under both, and reports the
 * establishments whose status moved (per indicator, requirement and palier: from → to) and how the aggregates
 * move. Invalid changes come back as issues, and nothing is evaluated. Pure.
 *
 * @example
 * ```ts
 * const r = whatIf(hopen, {
 *   source: 'ARS roadmap (example)',
 *   thresholds: [{ indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 90, inclusive: true }],
 * }, inputs, { asOf: '2021-12-31' });
 * if (r.ok) r.value.changed.length; // establishments whose status moved
 * ```
 *
 * @category Dashboards
 */
export function whatIf(
  base: Programme,
  changes: ProgrammeChanges,
  inputs: readonly WhatIfInput[],
  options: WhatIfOptions,
): Result<WhatIfReport> {
  const args: Arguments = {
    base: [base, 'object'],
    changes: [changes, 'object'],
    inputs: [inputs, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('whatIf', args, () => {
    const derived = applyOverrides(base, changes);
    if (!derived.ok) return { ok: false, issues: derived.issues };
    return { ok: true, value: whatIfProgrammes(base, derived.value, inputs, options), issues: [] };
  });
}

/**
 * Evaluates the same inputs under two programmes (a base and a derived one) and reports who moved and how the
 * aggregates move — {@link whatIf} once the changes are applied.
 *
 * @example
 * ```ts
 * const report = whatIfProgrammes(hopen, withOverrides(hopen, changes), inputs, { asOf: '2021-12-31' });
 * report.aggregates.delta.national.levels.palier?.reached;
 * ```
 *
 * @category Dashboards
 */
export function whatIfProgrammes(
  before: Programme,
  after: Programme,
  inputs: readonly WhatIfInput[],
  options: WhatIfOptions,
): WhatIfReport {
  const args: Arguments = {
    before: [before, 'object'],
    after: [after, 'object'],
    inputs: [inputs, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('whatIfProgrammes', args, () => {
    const batchInputs: readonly EvaluationInput[] = inputs;
    const evaluate = { asOf: options.asOf };
    const b = evaluateMany(compileProgramme(before), batchInputs, evaluate);
    const a = evaluateMany(compileProgramme(after), batchInputs, evaluate);
    const changed: WhatIfChange[] = [];
    const beforeEvaluations: EstablishmentEvaluation[] = [];
    const afterEvaluations: EstablishmentEvaluation[] = [];
    const diagnostics: PalierIssue[] = [];
    let unchanged = 0;
    b.records.forEach((rb, index) => {
      const ra = a.records[index]!;
      if (!rb.ok || !ra.ok) {
        diagnostics.push(...(rb.ok ? [] : rb.diagnostics));
        return;
      }
      beforeEvaluations.push(rb.evaluation);
      afterEvaluations.push(ra.evaluation);
      const change = diffEvaluations(rb.evaluation, ra.evaluation);
      if (change === undefined) unchanged++;
      else changed.push({ index, ...change });
    });
    const establishments = inputs.map((i) => i.establishment);
    const aggregate = (evaluations: EstablishmentEvaluation[], programme: Programme) =>
      aggregateEvaluations(evaluations, establishments, {
        asOf: options.asOf,
        programme,
        ...(options.by !== undefined ? { by: options.by } : {}),
      });
    const beforeDash = aggregate(beforeEvaluations, before);
    const afterDash = aggregate(afterEvaluations, after);
    return {
      before: { id: before.id, version: before.version },
      after: { id: after.id, version: after.version, overrides: after.overrides },
      changed,
      unchanged,
      aggregates: { before: beforeDash, after: afterDash, delta: diffDashboards(beforeDash, afterDash) },
      diagnostics,
    };
  });
}
