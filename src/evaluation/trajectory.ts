import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate, Period } from '../dates/index.js';
import type { RequirementKind } from '../programme/index.js';
import { CompactResults } from './compact-results.js';
import type { CompiledProgramme } from './compile.js';
import { diagnostic } from './diagnostic-messages.js';
import { type EvaluatedEstablishment, type EvaluateOptions, evaluateInto } from './establishment.js';
import type { EvaluationView } from './evaluation-view.js';
import type { Declaration, LevelStatus } from './types.js';

/**
 * Options of a trajectory.
 *
 * @category Evaluation
 */
export interface TrajectoryOptions extends EvaluateOptions {
  /** A deadline (its whole day counts): was each level first reached in a period ending on or before it? */
  readonly deadline?: CalendarDate;
  /** An observation window (both ends included): was each level reached in a period ending within it? */
  readonly window?: Period;
}

/**
 * Outcome of a level against a deadline or a window: `reached`; `missed` (the deadline or window is over at
 * `asOf` and the level was never reached in it); `unknown` (not seen reached, but unknown in at least one
 * period that counts); `pending` (not reached yet, and the deadline or window is not over).
 *
 * @category Evaluation
 */
export type TimeOutcome = 'reached' | 'missed' | 'unknown' | 'pending';

/**
 * A point of a trajectory: where the level stood in one period.
 *
 * @category Evaluation
 */
export interface TrajectoryMark {
  /** Index of the declaration in the input. */
  readonly index: number;
  /** Its period. */
  readonly period: Period;
}

/**
 * How a level fared within an observation window.
 *
 * @category Evaluation
 */
export interface WindowOutcome {
  /** Reached, missed, unknown or pending within the window. */
  readonly outcome: TimeOutcome;
  /** First period ending within the window in which the level was reached. */
  readonly firstReached?: TrajectoryMark;
}

/**
 * One evaluated period of a trajectory.
 *
 * @category Evaluation
 */
export interface TrajectoryPoint {
  /** Index of the declaration in the input. */
  readonly index: number;
  /** Its evaluation (a read-only view, see `EvaluationView`). */
  readonly evaluation: EvaluationView;
}

/**
 * The trajectory of one level (a prerequisite, a domain or the palier).
 *
 * @category Evaluation
 */
export interface LevelTrajectory {
  /** `P1` … `D7`, or `palier`. */
  readonly code: string;
  /** Prerequisite, domain or the palier. */
  readonly kind: RequirementKind | 'palier';
  /** First period (by end date) in which the level was reached. */
  readonly firstReached?: TrajectoryMark;
  /** Status in the latest period. */
  readonly latest?: LevelStatus;
  /** Against the deadline, when one is given. */
  readonly deadline?: TimeOutcome;
  /** In the observation window, when one is given: outcome and first period reached within it. */
  readonly window?: WindowOutcome;
}

/**
 * A trajectory: every period evaluated, in date order, and per level when it was first reached.
 *
 * @category Evaluation
 */
export interface Trajectory {
  /** Evaluations in period order (end date, then start date), with their input index. */
  readonly points: readonly TrajectoryPoint[];
  /** Per prerequisite, domain and the palier. */
  readonly levels: readonly LevelTrajectory[];
  /** Declarations left out because not known at `asOf` (period not over, declared later), with their index. */
  readonly diagnostics: readonly PalierIssue[];
}

/**
 * Follows an establishment over a series of declarations: evaluates each period known at `asOf` (period over
 * and declared by then), then says for every level the first period it was reached, its latest status, and
 * whether it was reached by a deadline (a period ending on the deadline's day counts) or within a window.
 *
 * @example
 * ```ts
 * const t = trajectory(compiled, establishment, declarations, { asOf: '2023-01-01', deadline: '2022-12-31' });
 * t.levels.find((l) => l.code === 'palier')?.deadline; // 'reached' | 'missed' | 'unknown' | 'pending'
 * ```
 *
 * @category Evaluation
 */
export function trajectory(
  compiled: CompiledProgramme,
  establishment: EvaluatedEstablishment,
  declarations: readonly Declaration[],
  options: TrajectoryOptions,
): Trajectory {
  const args: Arguments = {
    compiled: [compiled, 'object'],
    establishment: [establishment, 'object'],
    declarations: [declarations, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('trajectory', args, () => {
    const { asOf } = options;
    const diagnostics: PalierIssue[] = [];
    const known: { index: number; declaration: Declaration }[] = [];
    declarations.forEach((declaration, index) => {
      if (declaration.period.end > asOf) {
        diagnostics.push(
          diagnostic(
            'period-not-over',
            [index, 'period', 'end'],
            'warning',
            `≤ ${asOf}`,
            declaration.period.end,
          ),
        );
      } else if (declaration.declaredOn !== undefined && declaration.declaredOn > asOf) {
        diagnostics.push(
          diagnostic(
            'declared-after-as-of',
            [index, 'declaredOn'],
            'warning',
            `≤ ${asOf}`,
            declaration.declaredOn,
          ),
        );
      } else known.push({ index, declaration });
    });
    known.sort((a, b) => byPeriod(a.declaration.period, b.declaration.period) || a.index - b.index);
    const results = new CompactResults(compiled, known.length);
    const points = known.map(({ index, declaration }, row) => ({
      index,
      evaluation: evaluateInto(results, row, establishment, declaration, { asOf }),
    }));
    const at = (position: number) => (e: EvaluationView) => e.levelStatus(position);
    const levels: LevelTrajectory[] = [
      ...compiled.prerequisites.map((req) =>
        follow(req.code, 'prerequisite', points, at(req.position), options),
      ),
      ...compiled.domains.map((req) => follow(req.code, 'domain', points, at(req.position), options)),
      follow('palier', 'palier', points, at(results.levelCount - 1), options),
    ];
    return { points, levels, diagnostics };
  });
}

function byPeriod(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

type Point = TrajectoryPoint;

function follow(
  code: string,
  kind: RequirementKind | 'palier',
  points: readonly Point[],
  statusOf: (e: EvaluationView) => LevelStatus,
  options: TrajectoryOptions,
): LevelTrajectory {
  const first = firstReached(points, statusOf, () => true);
  const last = points[points.length - 1];
  const out: { -readonly [K in keyof LevelTrajectory]: LevelTrajectory[K] } = { code, kind };
  if (first !== undefined) out.firstReached = first;
  if (last !== undefined) out.latest = statusOf(last.evaluation);
  const { deadline, window, asOf } = options;
  if (deadline !== undefined) {
    const counts = (p: Period) => p.end <= deadline;
    out.deadline = outcome(points, statusOf, counts, deadline <= asOf);
  }
  if (window !== undefined) {
    const counts = (p: Period) => window.start <= p.end && p.end <= window.end;
    const inWindow = firstReached(points, statusOf, counts);
    out.window = {
      outcome: outcome(points, statusOf, counts, window.end <= asOf),
      ...(inWindow !== undefined ? { firstReached: inWindow } : {}),
    };
  }
  return out;
}

function firstReached(
  points: readonly Point[],
  statusOf: (e: EvaluationView) => LevelStatus,
  counts: (p: Period) => boolean,
): TrajectoryMark | undefined {
  for (const { index, evaluation } of points) {
    if (counts(evaluation.period) && statusOf(evaluation) === 'reached')
      return { index, period: evaluation.period };
  }
  return undefined;
}

function outcome(
  points: readonly Point[],
  statusOf: (e: EvaluationView) => LevelStatus,
  counts: (p: Period) => boolean,
  over: boolean,
): TimeOutcome {
  let unknown = false;
  for (const { evaluation } of points) {
    if (!counts(evaluation.period)) continue;
    const s = statusOf(evaluation);
    if (s === 'reached') return 'reached';
    if (s === 'unknown') unknown = true;
  }
  if (unknown) return 'unknown';
  return over ? 'missed' : 'pending';
}
