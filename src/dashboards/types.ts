import type { PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';
import type { CalendarDate } from '../dates/index.js';
import type { ProgrammeRef } from '../evaluation/index.js';
import type { RequirementKind } from '../programme/index.js';

/**
 * What establishments are grouped by (*axe d'analyse*):
 *
 * - `region` — the region of the establishment's department in the map in force at `asOf` (pre-2016 regions
 *   before 1 Jan 2016);
 * - `ars` — the ARS in force at `asOf` (ARS Océan Indien until 31 Dec 2019, then ARS La Réunion and ARS Mayotte);
 * - `department` — the department code (`2A`, `2B`, `976` …);
 * - `status` — legal status (*statut juridique*): `public`, `private-non-profit`, `private-for-profit`;
 * - `status-group` — the same with ESPIC apart: `public`, `espic`, `private-non-profit` (non-ESPIC),
 *   `private-for-profit`;
 * - `activity` — each activity carried (`MCO`, `SSR` …): an establishment counts once per activity, so these
 *   rows overlap and do not sum to the national row;
 * - `category` — the user-defined category (`CHU`, `CH` …);
 * - `ght` — the GHT code.
 *
 * @category Dashboards
 */
export type Dimension =
  | 'region'
  | 'ars'
  | 'department'
  | 'status'
  | 'status-group'
  | 'activity'
  | 'category'
  | 'ght';

/**
 * Every {@link Dimension}, in the order dashboards list them.
 *
 * @category Dashboards
 */
export const DIMENSIONS: readonly Dimension[] = Object.freeze([
  'region',
  'ars',
  'department',
  'status',
  'status-group',
  'activity',
  'category',
  'ght',
]);

/**
 * Group key of establishments without a value on an optional dimension (no GHT, no category, no activity).
 *
 * @category Dashboards
 */
export const NONE_KEY = '(none)';

/**
 * Group key of establishments that cannot be placed: the evaluation's FINESS is not among the establishments
 * given, or the department has no region or ARS (Saint-Pierre-et-Miquelon, an unknown code). A diagnostic
 * says why.
 *
 * @category Dashboards
 */
export const UNASSIGNED_KEY = '(unassigned)';

/**
 * Key of the national row.
 *
 * @category Dashboards
 */
export const NATIONAL_KEY = 'national';

/**
 * A share (*part*) with its stated denominator: `count` out of `of`. `percent` is `count × 100 / of`
 * (unrounded), or `null` when `of` is 0 — never a made-up 0 %.
 *
 * @category Dashboards
 */
export interface Share {
  /** Numerator. */
  readonly count: number;
  /** Denominator. */
  readonly of: number;
  /** `count × 100 / of`, or `null` for an empty denominator. */
  readonly percent: number | null;
}

/**
 * A level a dashboard counts: a prerequisite, a domain, all prerequisites together, or the palier.
 *
 * @category Dashboards
 */
export interface DashboardLevel {
  /** `P1` … `D7`, `prerequisites` (all prerequisites reached) or `palier`. */
  readonly code: string;
  /** What it is. */
  readonly kind: RequirementKind | 'all-prerequisites' | 'palier';
  /** Label. */
  readonly label: Label;
}

/**
 * Counts for one level in one group: establishments that reached it, did not, or whose status is unknown (a
 * threshold unverified, a value missing, a catalogue incomplete). `reached + notReached + unknown` is the
 * number of evaluated establishments of the group.
 *
 * @category Dashboards
 */
export interface LevelCounts {
  /** Reached (*atteint*). */
  readonly reached: number;
  /** Not reached. */
  readonly notReached: number;
  /** Unknown, counted apart and never guessed. */
  readonly unknown: number;
  /** Reached over every evaluated establishment of the group (unknown **included** in the denominator). */
  readonly ofEvaluated: Share;
  /** Reached over the establishments whose status is known (unknown **excluded** from the denominator). */
  readonly ofKnown: Share;
}

/**
 * One row of an evaluation dashboard: a group of establishments (a region, a status …) or the nation.
 *
 * @category Dashboards
 */
export interface DashboardRow {
  /** Group key: a region code, an ARS id, a status … or {@link NATIONAL_KEY}, {@link NONE_KEY}, {@link UNASSIGNED_KEY}. */
  readonly key: string;
  /** Display name where palier knows one (region and ARS names). */
  readonly name?: string;
  /** Establishments of the group with an evaluation counted. */
  readonly evaluated: number;
  /** Establishments of the group given without any evaluation counted (not in any share). */
  readonly withoutEvaluation: number;
  /** Counts per level code. */
  readonly levels: Readonly<Record<string, LevelCounts>>;
}

/**
 * The rows of one dimension.
 *
 * @category Dashboards
 */
export interface DimensionRows {
  /** The dimension. */
  readonly dimension: Dimension;
  /** `true` when an establishment can sit in several rows (activities): the rows then do not sum to the nation. */
  readonly overlapping: boolean;
  /** Rows sorted by key, {@link NONE_KEY} and {@link UNASSIGNED_KEY} last. */
  readonly rows: readonly DashboardRow[];
}

/**
 * Evaluations left out of a dashboard, by reason.
 *
 * @category Dashboards
 */
export interface Excluded {
  /** Period ending after `asOf` (not known yet). */
  readonly afterAsOf: number;
  /** An evaluation of the same FINESS for a later period was counted instead. */
  readonly superseded: number;
  /** Evaluated against another programme id. */
  readonly otherProgramme: number;
}

/**
 * An evaluation dashboard (*tableau de bord de pilotage*): per level, how many establishments reached it,
 * nationally and by each dimension asked for.
 *
 * @category Dashboards
 */
export interface EvaluationDashboard {
  /** Date of the dashboard: the regional map and ARS in force, and the evaluations known. */
  readonly asOf: CalendarDate;
  /** The programme counted. */
  readonly programme: ProgrammeRef;
  /** The levels, in programme order: prerequisites, `prerequisites`, domains, `palier`. */
  readonly levels: readonly DashboardLevel[];
  /** The whole population. */
  readonly national: DashboardRow;
  /** One entry per dimension asked for. */
  readonly by: Readonly<Partial<Record<Dimension, DimensionRows>>>;
  /** Evaluations left out. */
  readonly excluded: Excluded;
  /** Problems found (establishment not found, no region for a department …). */
  readonly diagnostics: readonly PalierIssue[];
}
