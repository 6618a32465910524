import { type Arguments, atBoundary } from '../core/guards.js';
import { isCalendarDate } from '../dates/index.js';
import type { Milestone } from '../programme/types.js';

/**
 * The funding deadline of a calendar (pass an overridden calendar for the HOP'EN COVID extension, e.g.
 * `withOverrides(hopen, { source, shiftMilestones: [{ ids: ['funding-files-deadline'], months: 12 }] }).milestones`): the milestone with the given id, else the latest milestone of kind
 * `deadline`; `undefined` when there is none (a deadline that is not known is not invented).
 *
 * @example
 * ```ts
 * fundingDeadline([{ id: 'files', kind: 'deadline', date: '2021-12-31', label, provenance }])?.date; // '2021-12-31'
 * ```
 *
 * @category Funding
 */
export function fundingDeadline(milestones: readonly Milestone[], id?: string): Milestone | undefined {
  const args: Arguments = { milestones: [milestones, 'list'], id: [id, 'text?'] };
  return atBoundary('fundingDeadline', args, () => {
    if (id !== undefined) return milestones.find((m) => m.id === id && isCalendarDate(m.date));
    let latest: Milestone | undefined;
    for (const m of milestones) {
      if (
        m.kind === 'deadline' &&
        isCalendarDate(m.date) &&
        (latest === undefined || m.date > latest.date) // YYYY-MM-DD dates order as their text
      )
        latest = m;
    }
    return latest;
  });
}
