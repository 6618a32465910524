import { type Arguments, atBoundary } from '../core/guards.js';
import { compareKeys } from './groups.js';
import type { DashboardRow, Dimension, EvaluationDashboard } from './types.js';

/**
 * How one level's counts moved in one row: after − before.
 *
 * @category Dashboards
 */
export interface LevelDelta {
  /** Change in establishments reaching it. */
  readonly reached: number;
  /** Change in establishments not reaching it. */
  readonly notReached: number;
  /** Change in unknown. */
  readonly unknown: number;
  /** Change of the share over evaluated establishments, in points; `null` when either share is undefined. */
  readonly ofEvaluatedPoints: number | null;
}

/**
 * How one row moved.
 *
 * @category Dashboards
 */
export interface RowDelta {
  /** Group key. */
  readonly key: string;
  /** Display name. */
  readonly name?: string;
  /** Per level code. */
  readonly levels: Readonly<Record<string, LevelDelta>>;
}

/**
 * How a dashboard moved: after − before, for the nation and every row of every dimension of both.
 *
 * @category Dashboards
 */
export interface DashboardDelta {
  /** The nation. */
  readonly national: RowDelta;
  /** By dimension; a row present on one side only is compared with zeros. */
  readonly by: Readonly<Partial<Record<Dimension, readonly RowDelta[]>>>;
}

const ZERO_LEVEL = {
  reached: 0,
  notReached: 0,
  unknown: 0,
  ofEvaluated: { count: 0, of: 0, percent: null },
} as const;

function rowDelta(key: string, before: DashboardRow | undefined, after: DashboardRow | undefined): RowDelta {
  const codes = new Set([...Object.keys(before?.levels ?? {}), ...Object.keys(after?.levels ?? {})]);
  const levels: Record<string, LevelDelta> = {};
  for (const code of codes) {
    const b = before?.levels[code] ?? ZERO_LEVEL;
    const a = after?.levels[code] ?? ZERO_LEVEL;
    const pb = b.ofEvaluated.percent;
    const pa = a.ofEvaluated.percent;
    levels[code] = {
      reached: a.reached - b.reached,
      notReached: a.notReached - b.notReached,
      unknown: a.unknown - b.unknown,
      ofEvaluatedPoints: pa === null || pb === null ? null : pa - pb,
    };
  }
  const name = after?.name ?? before?.name;
  return { key, ...(name !== undefined ? { name } : {}), levels };
}

/**
 * The difference between two dashboards of the same population (e.g. before and after a what-if): per row
 * and level, after − before.
 *
 * @example
 * ```ts
 * const d = diffDashboards(before, after);
 * d.national.levels.palier?.reached; // +12: twelve more establishments at the palier
 * ```
 *
 * @category Dashboards
 */
export function diffDashboards(before: EvaluationDashboard, after: EvaluationDashboard): DashboardDelta {
  const args: Arguments = { before: [before, 'object'], after: [after, 'object'] };
  return atBoundary('diffDashboards', args, () => {
    const by: Partial<Record<Dimension, RowDelta[]>> = {};
    const dims = new Set([...Object.keys(before.by), ...Object.keys(after.by)] as Dimension[]);
    for (const dim of dims) {
      const b = new Map((before.by[dim]?.rows ?? []).map((r) => [r.key, r]));
      const a = new Map((after.by[dim]?.rows ?? []).map((r) => [r.key, r]));
      const keys = [...new Set([...b.keys(), ...a.keys()])].sort(compareKeys);
      by[dim] = keys.map((k) => rowDelta(k, b.get(k), a.get(k)));
    }
    return { national: rowDelta(after.national.key, before.national, after.national), by };
  });
}
