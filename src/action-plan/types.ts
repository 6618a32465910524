import type { CalendarDate } from '../dates/index.js';
import type { ProgrammeId } from '../programme/types.js';

/**
 * Status of a tracked item of the action plan (*état d'avancement*): `planned` (*prévu*), `in-progress`
 * (*en cours*), `done` (*réalisé*), `dropped` (*abandonné*).
 *
 * @category Action plan
 */
export type TrackingStatus = 'planned' | 'in-progress' | 'done' | 'dropped';

/**
 * Every {@link TrackingStatus}, in the order reports list them.
 *
 * @category Action plan
 */
export const TRACKING_STATUSES: readonly TrackingStatus[] = Object.freeze([
  'planned',
  'in-progress',
  'done',
  'dropped',
]);

/**
 * Kind of a trackable item: an HOP'EN `engagement` or `action`, an HN `axis` (a lever without engagements,
 * *axe stratégique*), or an HN `workstream` (*chantier transverse*).
 *
 * @category Action plan
 */
export type TrackedItemKind = 'axis' | 'engagement' | 'action' | 'workstream';

/**
 * Every {@link TrackedItemKind}, in the order reports list them.
 *
 * @category Action plan
 */
export const TRACKED_ITEM_KINDS: readonly TrackedItemKind[] = Object.freeze([
  'axis',
  'engagement',
  'action',
  'workstream',
]);

/**
 * Identifier of a trackable item, derived from the plan: `engagement:9`, `action:9.1`, `axis:1`,
 * `workstream:2` (see {@link trackedItemId}).
 *
 * @category Action plan
 */
export type TrackedItemId = string;

/**
 * Actor responsible for an item (*pilote*): a national actor named by the programmes' documents, or free
 * text (`ARS Bretagne`, `GHT NA-04`, a federation …).
 *
 * `ASIP` is ASIP Santé, which later became the ANS (*Agence du numérique en santé*); both codes are kept so a
 * tracking file can say which name was current.
 *
 * @category Action plan
 */
export type PlanActor =
  | 'DGOS'
  | 'ANAP'
  | 'ASIP'
  | 'ANS'
  | 'ATIH'
  | 'HAS'
  | 'ARS'
  | 'CNAM'
  | 'DSSIS'
  | (string & {});

/**
 * A link to evidence that an item moved (*justificatif*): a report, minutes, a published page.
 *
 * @category Action plan
 */
export interface EvidenceLink {
  /** URL or a user's document reference. */
  readonly href: string;
  /** What the document is. */
  readonly label?: string;
  /** Date of the document. */
  readonly date?: CalendarDate;
}

/**
 * What a user records about one item of the plan (*suivi d'une action*). Every field but `status` is
 * optional; dates are calendar dates, a due date includes its whole day.
 *
 * @category Action plan
 */
export interface ItemTracking {
  /** Current status. */
  readonly status: TrackingStatus;
  /** Planned start (*début prévu*). */
  readonly plannedStart?: CalendarDate;
  /** Planned due date (*échéance*); the item is overdue from the day after. */
  readonly plannedDue?: CalendarDate;
  /** Actual start (*début effectif*). */
  readonly actualStart?: CalendarDate;
  /** Actual completion (*date de réalisation*). */
  readonly actualDone?: CalendarDate;
  /** Responsible actor (*pilote*). */
  readonly responsible?: PlanActor;
  /** Other actors taking part (*contributeurs*). */
  readonly contributors?: readonly PlanActor[];
  /** Evidence links, in the order the user added them. */
  readonly evidence?: readonly EvidenceLink[];
  /** Free notes (*commentaires*). */
  readonly notes?: string;
}

/**
 * A tracking snapshot of a programme's action plan at a date (*état du plan d'actions*), as plain data a user
 * fills and keeps — typically one per steering committee (*comité de pilotage*).
 *
 * @example
 * ```ts
 * const snapshot: PlanTracking = {
 *   programme: { id: 'hopen', version: '1.0.0' },
 *   asOf: '2019-06-30',
 *   items: { 'engagement:9': { status: 'in-progress', responsible: 'ATIH' } },
 * };
 * ```
 *
 * @category Action plan
 */
export interface PlanTracking {
  /** Programme (id and version of its definition) the snapshot tracks. */
  readonly programme: {
    /** Programme id (`hopen`, `hopital-numerique`, or a derived programme's). */
    readonly id: ProgrammeId;
    /** Version of the programme definition. */
    readonly version: string;
  };
  /** Date the snapshot describes. */
  readonly asOf: CalendarDate;
  /** Tracking per item id. */
  readonly items: Readonly<Record<TrackedItemId, ItemTracking>>;
}
