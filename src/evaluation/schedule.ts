import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/programme.js';
import type { CalendarDate, Period } from '../dates/index.js';
import type { CompiledIndicator, CompiledProgramme, CompiledRequirement } from './compile.js';

/**
 * Schedules of thresholds (*cibles par période*), picked once per declaration: the compiled programme "as in
 * force" on a date is a view whose indicators carry the threshold of the schedule step in force that day. Views
 * are built once per segment of the calendar (between two step boundaries) and cached, so a batch of thousands
 * of declarations over a few years builds a handful of them; a programme without schedules is its own view.
 */

const views = new WeakMap<CompiledProgramme, Map<number, CompiledProgramme>>();
const roots = new WeakMap<CompiledProgramme, CompiledProgramme>();

/**
 * The compiled programme with the thresholds in force on `date`: for every indicator with a schedule, the
 * step in force that day (of two that overlap, the one that started later); outside every step, the indicator's base
 * threshold, or — when it has none — the indicator is not in force (status `not-applicable`, reason
 * `not-in-force`). A programme without schedules comes back as is.
 *
 * @example
 * ```ts
 * const in2027 = thresholdsInForce(compileProgramme(hopen2), '2027-06-30');
 * in2027.byCode.get('2.1')?.threshold?.expected.value; // 75
 * ```
 *
 * @category Evaluation
 */
export function thresholdsInForce(compiled: CompiledProgramme, date: CalendarDate): CompiledProgramme {
  const args: Arguments = { compiled: [compiled, 'object'], date: [date, 'text'] };
  return atBoundary('thresholdsInForce', args, () => {
    const root = roots.get(compiled) ?? compiled;
    if (root.scheduleDates.starts.length === 0) return root;
    let cache = views.get(root);
    if (cache === undefined) {
      cache = new Map();
      views.set(root, cache);
    }
    const key = segmentOf(root, date);
    let view = cache.get(key);
    if (view === undefined) {
      view = buildView(root, date);
      roots.set(view, root);
      cache.set(key, view);
    }
    return view;
  });
}

/**
 * Warnings for a declared period that straddles a change of threshold (a step starting or ending inside it): one
 * per indicator whose threshold differs between the first and the last day. The rule stays the same — the step
 * in force on the period's last day applies — the warning says so.
 *
 * @example
 * ```ts
 * scheduleDiagnostics(compileProgramme(hopen2), { start: '2027-12-01', end: '2028-01-31' });
 * // [{ code: 'period-straddles-schedule', path: ['values', '2.1'], severity: 'warning', … }, …]
 * ```
 *
 * @category Evaluation
 */
export function scheduleDiagnostics(compiled: CompiledProgramme, period: Period): PalierIssue[] {
  const args: Arguments = { compiled: [compiled, 'object'], period: [period, 'object'] };
  return atBoundary('scheduleDiagnostics', args, () => {
    const root = roots.get(compiled) ?? compiled;
    if (root.scheduleDates.starts.length === 0) return [];
    if (segmentOf(root, period.start) === segmentOf(root, period.end)) return [];
    const issues: PalierIssue[] = [];
    for (const ci of root.byCode.values()) {
      if (ci.steps === undefined) continue;
      const first = stepAt(ci, period.start);
      const last = stepAt(ci, period.end);
      if (first === last) continue;
      const date =
        last.inForce !== undefined && last.inForce.from > period.start
          ? last.inForce.from
          : (first.inForce?.until ?? period.end);
      issues.push(
        issue(
          'period-straddles-schedule',
          { indicator: ci.code, date },
          { path: ci.path, severity: 'warning', expected: `${period.start} – ${period.end}`, received: date },
        ),
      );
    }
    return issues;
  });
}

/** Which segment of the calendar a date falls in: the steps started on or before it, plus those ended before
 * it. Two dates in the same segment see every step in the same state. */
function segmentOf(compiled: CompiledProgramme, date: CalendarDate): number {
  const { starts, ends } = compiled.scheduleDates;
  return countAtMost(starts, date, true) + countAtMost(ends, date, false);
}

/** How many sorted dates are ≤ `date` (or < `date` when `inclusive` is false). */
function countAtMost(sorted: readonly string[], date: string, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = sorted[mid]!;
    if (d < date || (inclusive && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indicator as in force on `date`. */
function stepAt(ci: CompiledIndicator, date: CalendarDate): CompiledIndicator {
  let found: CompiledIndicator | undefined;
  let since = '';
  for (const step of ci.steps!) {
    const w = step.window;
    // of the steps covering the date, the one that started last wins (a tie: the later in the list)
    if (w.from <= date && (w.until === undefined || date <= w.until) && w.from >= since) {
      found = step.indicator;
      since = w.from;
    }
  }
  return found ?? outsideSchedule(ci);
}

const outside = new WeakMap<CompiledIndicator, CompiledIndicator>();

/** Outside every step: the base threshold when there is one (or a note says one exists), else not in force. */
function outsideSchedule(ci: CompiledIndicator): CompiledIndicator {
  if (ci.threshold !== undefined || ci.unknownReason === 'threshold-unverified') return ci;
  let off = outside.get(ci);
  if (off === undefined) {
    off = Object.freeze({ ...ci, notInForce: true, steps: undefined });
    outside.set(ci, off);
  }
  return off;
}

function buildView(root: CompiledProgramme, date: CalendarDate): CompiledProgramme {
  const byCode = new Map<string, CompiledIndicator>();
  // the lists stay unfrozen, as in `compileProgramme` (the engine walks them for every establishment)
  const group = (list: readonly CompiledRequirement[]) =>
    list.map((req) => {
      const indicators = req.indicators.map((ci) => (ci.steps === undefined ? ci : stepAt(ci, date)));
      for (const ci of indicators) byCode.set(ci.code, ci);
      return Object.freeze({ ...req, indicators });
    });
  const prerequisites = group(root.prerequisites);
  const domains = group(root.domains);
  return Object.freeze({ ...root, prerequisites, domains, byCode });
}
