import type { StatusIndex } from './levels.js';
import { share } from './share.js';
import type { DashboardLevel, DashboardRow, LevelCounts } from './types.js';

/**
 * Running counts of one group (internal).
 *
 * @category Dashboards
 */
export interface Acc {
  /** Group key. */
  readonly key: string;
  /** Display name. */
  readonly name: string | undefined;
  /** Establishments evaluated. */
  evaluated: number;
  /** Establishments without evaluation. */
  withoutEvaluation: number;
  /** Three counters per level: reached, not reached, unknown. */
  readonly counts: Int32Array;
}

/**
 * A new accumulator for `levelCount` levels.
 *
 * @category Dashboards
 */
export function newAcc(key: string, name: string | undefined, levelCount: number): Acc {
  return { key, name, evaluated: 0, withoutEvaluation: 0, counts: new Int32Array(levelCount * 3) };
}

/**
 * Adds one establishment's statuses (see `readStatuses`).
 *
 * @category Dashboards
 */
export function addStatuses(acc: Acc, statuses: Uint8Array): void {
  acc.evaluated++;
  const counts = acc.counts;
  for (let l = 0; l < statuses.length; l++) counts[l * 3 + (statuses[l] as StatusIndex)]!++;
}

/**
 * The accumulator of `key` in `map`, created when absent.
 *
 * @category Dashboards
 */
export function accOf(map: Map<string, Acc>, key: string, name: string | undefined, levelCount: number): Acc {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = newAcc(key, name, levelCount);
    map.set(key, acc);
  }
  return acc;
}

/**
 * Level counts with their shares.
 *
 * @category Dashboards
 */
export function levelCounts(reached: number, notReached: number, unknown: number): LevelCounts {
  return {
    reached,
    notReached,
    unknown,
    ofEvaluated: share(reached, reached + notReached + unknown),
    ofKnown: share(reached, reached + notReached),
  };
}

/**
 * The row of an accumulator.
 *
 * @category Dashboards
 */
export function toRow(acc: Acc, levels: readonly DashboardLevel[]): DashboardRow {
  const out: Record<string, LevelCounts> = {};
  const c = acc.counts;
  levels.forEach((level, l) => {
    out[level.code] = levelCounts(c[l * 3]!, c[l * 3 + 1]!, c[l * 3 + 2]!);
  });
  return {
    key: acc.key,
    ...(acc.name !== undefined ? { name: acc.name } : {}),
    evaluated: acc.evaluated,
    withoutEvaluation: acc.withoutEvaluation,
    levels: out,
  };
}
