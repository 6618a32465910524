import { type ArsFound, actorDepartment, arsOf } from '../actors/index.js';
import type { Establishment } from '../actors/types.js';
import type { PalierIssue } from '../core/issue.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import { dashboardIssue } from './diagnostics.js';
import { type Dimension, NONE_KEY, UNASSIGNED_KEY } from './types.js';

/**
 * A group an establishment falls in: its key and, where known, a display name.
 *
 * @category Dashboards
 */
export interface GroupKey {
  /** Key. */
  readonly key: string;
  /** Display name. */
  readonly name?: string;
}

const UNASSIGNED: readonly GroupKey[] = Object.freeze([{ key: UNASSIGNED_KEY }]);
const NONE: readonly GroupKey[] = Object.freeze([{ key: NONE_KEY }]);

/**
 * Places establishments in groups at one date, looking each department's region and ARS up once (internal).
 *
 * @category Dashboards
 */
export class Grouper {
  private readonly places = new Map<string, Result<ArsFound>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly asOf: CalendarDate,
    private readonly diagnostics: PalierIssue[],
  ) {}

  /** The groups of `e` on `dimension`; `path` locates `e` for diagnostics. */
  keys(
    e: Establishment | undefined,
    dimension: Dimension,
    path: readonly (string | number)[],
  ): readonly GroupKey[] {
    if (e === undefined) return UNASSIGNED;
    switch (dimension) {
      case 'region':
      case 'ars': {
        const place = this.place(e, path);
        if (!place.ok) return UNASSIGNED;
        return dimension === 'region'
          ? [{ key: place.value.region.code, name: place.value.region.name }]
          : [{ key: place.value.ars.id, name: place.value.ars.name }];
      }
      case 'department': {
        const dep = actorDepartment(e);
        return dep === undefined ? UNASSIGNED : [{ key: dep }];
      }
      case 'status':
        return e.status === undefined ? UNASSIGNED : [{ key: e.status }];
      case 'status-group':
        if (e.status === undefined) return UNASSIGNED;
        return [{ key: e.status === 'private-non-profit' && e.espic === true ? 'espic' : e.status }];
      case 'activity':
        if (e.activities === undefined) return UNASSIGNED;
        return e.activities.length === 0 ? NONE : e.activities.map((a) => ({ key: a }));
      case 'category':
        return e.category === undefined || e.category === '' ? NONE : [{ key: e.category }];
      case 'ght':
        return e.ght === undefined || e.ght === '' ? NONE : [{ key: e.ght }];
    }
  }

  private place(e: Establishment, path: readonly (string | number)[]): Result<ArsFound> {
    const dep = actorDepartment(e);
    const cacheKey = dep ?? `finess:${e.finess}`;
    let found = this.places.get(cacheKey);
    if (found === undefined) {
      found =
        dep === undefined ? arsOf({ finess: e.finess }, this.asOf) : arsOf({ department: dep }, this.asOf);
      this.places.set(cacheKey, found);
    }
    if (!found.ok && !this.reported.has(e.finess)) {
      this.reported.add(e.finess);
      this.diagnostics.push(
        dashboardIssue('no-region', [...path, e.department !== undefined ? 'department' : 'finess'], {
          received: `${found.issues[0]?.received ?? ''} (${found.issues[0]?.code ?? ''})`,
        }),
      );
    }
    return found;
  }
}

/**
 * Whether a dimension's rows can overlap (an establishment in several rows).
 *
 * @category Dashboards
 */
export function isOverlapping(dimension: Dimension): boolean {
  return dimension === 'activity';
}

/**
 * Sort order of group keys: plain string order, {@link NONE_KEY} then {@link UNASSIGNED_KEY} last.
 *
 * @category Dashboards
 */
export function compareKeys(a: string, b: string): number {
  const rank = (k: string) => (k === UNASSIGNED_KEY ? 2 : k === NONE_KEY ? 1 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
