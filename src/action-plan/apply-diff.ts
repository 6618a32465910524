import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Result } from '../core/result.js';
import { sameValue } from './canonical-json.js';
import type { TrackingDiff } from './diff.js';
import type { ItemTracking, PlanTracking } from './types.js';

function conflict(path: (string | number)[], en: string, fr: string): PalierIssue {
  return { code: 'diff-conflict', path, message: { fr, en }, severity: 'error' };
}

/**
 * Applies a diff to the snapshot it was computed from, giving the later snapshot. Returns issues
 * (`diff-conflict`) instead of a result when `before` is not the diff's base: an item to add already exists,
 * an item to remove or change is missing or differs from what the diff expects.
 *
 * @example
 * ```ts
 * const r = applyTrackingDiff(before, diffTracking(before, after));
 * if (r.ok) r.value; // equal to `after`
 * ```
 *
 * @category Action plan
 */
export function applyTrackingDiff(before: PlanTracking, diff: TrackingDiff): Result<PlanTracking> {
  const args: Arguments = { before: [before, 'object'], diff: [diff, 'object'] };
  return atBoundary('applyTrackingDiff', args, () => {
    const issues: PalierIssue[] = [];
    const items: Record<string, ItemTracking> = { ...before.items };
    for (const { id, item } of diff.removed) {
      if (!Object.hasOwn(items, id) || !sameValue(items[id], item)) {
        issues.push(
          conflict(
            ['items', id],
            'The item to remove differs or is missing.',
            "L'élément à retirer diffère ou manque.",
          ),
        );
      }
      delete items[id];
    }
    for (const { id, item } of diff.added) {
      if (Object.hasOwn(items, id)) {
        issues.push(
          conflict(['items', id], 'The item to add already exists.', "L'élément à ajouter existe déjà."),
        );
      }
      items[id] = item;
    }
    for (const change of diff.changed) {
      const current = items[change.id];
      if (current === undefined || !Object.hasOwn(items, change.id)) {
        issues.push(
          conflict(['items', change.id], 'The item to change is missing.', "L'élément à modifier manque."),
        );
        continue;
      }
      const next: Record<string, unknown> = { ...current };
      for (const c of change.changes) {
        if (!sameValue(current[c.field], c.from)) {
          issues.push(
            conflict(
              ['items', change.id, c.field],
              'The value before differs from the diff.',
              'La valeur initiale diffère de celle du diff.',
            ),
          );
        }
        if (c.to === undefined) delete next[c.field];
        else next[c.field] = c.to;
      }
      items[change.id] = next as unknown as ItemTracking;
    }
    if (diff.programme && !sameValue(before.programme, diff.programme.from)) {
      issues.push(
        conflict(
          ['programme'],
          'The programme differs from the diff.',
          'Le programme diffère de celui du diff.',
        ),
      );
    }
    if (before.asOf !== diff.asOf.from) {
      issues.push(conflict(['asOf'], 'The date differs from the diff.', 'La date diffère de celle du diff.'));
    }
    if (issues.length > 0) return { ok: false, issues };
    const programme = diff.programme ? diff.programme.to : before.programme;
    return { ok: true, value: { programme, asOf: diff.asOf.to, items }, issues: [] };
  });
}
