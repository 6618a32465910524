import { type Arguments, atBoundary } from '../core/guards.js';
import type { CalendarDate } from '../dates/index.js';
import { canonicalJson, sameValue } from './canonical-json.js';
import { compareItemIds } from './compare-ids.js';
import type { EvidenceLink, ItemTracking, PlanTracking, TrackedItemId } from './types.js';

/**
 * A field of {@link ItemTracking}.
 *
 * @category Action plan
 */
export type TrackedField = keyof ItemTracking;

/**
 * Every {@link TrackedField}, in the order a diff lists changes.
 *
 * @category Action plan
 */
export const TRACKED_FIELDS: readonly TrackedField[] = Object.freeze([
  'status',
  'plannedStart',
  'plannedDue',
  'actualStart',
  'actualDone',
  'responsible',
  'contributors',
  'evidence',
  'notes',
] satisfies TrackedField[]);

/**
 * One field that changed: its value before and after (absent = not filled).
 *
 * @category Action plan
 */
export type FieldChange = {
  [K in TrackedField]: {
    /** The field. */
    readonly field: K;
    /** Value before; absent when the field was not filled. */
    readonly from?: ItemTracking[K];
    /** Value after; absent when the field is no longer filled. */
    readonly to?: ItemTracking[K];
  };
}[TrackedField];

/**
 * What changed on an item present in both snapshots.
 *
 * @category Action plan
 */
export interface ItemChange {
  /** Item id. */
  readonly id: TrackedItemId;
  /** Changed fields, in {@link TRACKED_FIELDS} order (never empty). */
  readonly changes: readonly FieldChange[];
  /** Evidence links in `after` and not in `before` (a reading aid; `changes` carries the full lists). */
  readonly evidenceAdded: readonly EvidenceLink[];
  /** Evidence links in `before` and not in `after`. */
  readonly evidenceRemoved: readonly EvidenceLink[];
}

/**
 * An item present in only one of the two snapshots, with its tracking.
 *
 * @category Action plan
 */
export interface ItemEntry {
  /** Item id. */
  readonly id: TrackedItemId;
  /** Its tracking in the snapshot that has it. */
  readonly item: ItemTracking;
}

/**
 * What moved between two snapshots (*évolutions depuis le dernier comité de pilotage*). Exact: applying it to
 * `before` with {@link applyTrackingDiff} gives `after`.
 *
 * @category Action plan
 */
export interface TrackingDiff {
  /** Dates of the two snapshots. */
  readonly asOf: {
    /** Date of `before`. */
    readonly from: CalendarDate;
    /** Date of `after`. */
    readonly to: CalendarDate;
  };
  /** Programme of each snapshot, only when it differs (a new version of the definition). */
  readonly programme?: {
    /** Programme of `before`. */
    readonly from: PlanTracking['programme'];
    /** Programme of `after`. */
    readonly to: PlanTracking['programme'];
  };
  /** Items only in `after`, by id order. */
  readonly added: readonly ItemEntry[];
  /** Items only in `before`, by id order. */
  readonly removed: readonly ItemEntry[];
  /** Items in both whose tracking differs, by id order. */
  readonly changed: readonly ItemChange[];
}

/**
 * Whether a diff records no change of any item and no change of programme (the dates may differ).
 *
 * @example
 * ```ts
 * isEmptyDiff(diffTracking(snapshot, snapshot)); // true
 * ```
 *
 * @category Action plan
 */
export function isEmptyDiff(diff: TrackingDiff): boolean {
  return atBoundary('isEmptyDiff', 'diff', () => {
    return (
      diff.programme === undefined &&
      diff.added.length === 0 &&
      diff.removed.length === 0 &&
      diff.changed.length === 0
    );
  });
}

/**
 * What moved from `before` to `after`: items added and removed, and for each item in both, every field that
 * changed (status, dates, responsible actor, contributors, evidence, notes). Arrays compare element by
 * element, in order; objects by value whatever their key order.
 *
 * @example
 * ```ts
 * const d = diffTracking(lastCommittee, today);
 * d.changed.flatMap((c) => c.changes.filter((f) => f.field === 'status').map((f) => `${c.id}: ${f.from} → ${f.to}`));
 * ```
 *
 * @category Action plan
 */
export function diffTracking(before: PlanTracking, after: PlanTracking): TrackingDiff {
  const args: Arguments = { before: [before, 'object'], after: [after, 'object'] };
  return atBoundary('diffTracking', args, () => {
    const ids = (t: PlanTracking) => Object.keys(t.items);
    const added = ids(after)
      .filter((id) => !Object.hasOwn(before.items, id))
      .sort(compareItemIds)
      .map((id) => ({ id, item: after.items[id]! }));
    const removed = ids(before)
      .filter((id) => !Object.hasOwn(after.items, id))
      .sort(compareItemIds)
      .map((id) => ({ id, item: before.items[id]! }));
    const changed: ItemChange[] = [];
    for (const id of ids(before)
      .filter((i) => Object.hasOwn(after.items, i))
      .sort(compareItemIds)) {
      const change = diffItem(id, before.items[id]!, after.items[id]!);
      if (change) changed.push(change);
    }
    const programmeChanged = !sameValue(before.programme, after.programme);
    return {
      asOf: { from: before.asOf, to: after.asOf },
      ...(programmeChanged ? { programme: { from: before.programme, to: after.programme } } : {}),
      added,
      removed,
      changed,
    };
  });
}

function diffItem(id: TrackedItemId, a: ItemTracking, b: ItemTracking): ItemChange | undefined {
  const changes: FieldChange[] = [];
  for (const field of TRACKED_FIELDS) {
    if (sameValue(a[field], b[field])) continue;
    changes.push({
      field,
      ...(a[field] !== undefined ? { from: a[field] } : {}),
      ...(b[field] !== undefined ? { to: b[field] } : {}),
    } as FieldChange);
  }
  if (changes.length === 0) return undefined;
  return {
    id,
    changes,
    evidenceAdded: missingFrom(b.evidence ?? [], a.evidence ?? []),
    evidenceRemoved: missingFrom(a.evidence ?? [], b.evidence ?? []),
  };
}

/** Links of `list` not matched in `other`, counting duplicates (a multiset difference). */
function missingFrom(list: readonly EvidenceLink[], other: readonly EvidenceLink[]): EvidenceLink[] {
  const left = new Map<string, number>();
  for (const link of other) {
    const key = canonicalJson(link);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const out: EvidenceLink[] = [];
  for (const link of list) {
    const key = canonicalJson(link);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(link);
  }
  return out;
}
