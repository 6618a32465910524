import { describe, expect, it } from 'vitest';
import {
  emptyTracking,
  type ItemTracking,
  type PlanTracking,
  trackingDateIssues,
  validateTracking,
} from '../../src/action-plan/index.js';
import { axesProgramme, leversProgramme } from './fixtures.js';

const base = emptyTracking(leversProgramme, '2019-12-31');
const withItems = (items: Record<string, ItemTracking>, t: PlanTracking = base): PlanTracking => ({
  ...t,
  items: { ...t.items, ...items },
});
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('trackingDateIssues', () => {
  it('accepts a clean snapshot, and an item done the day it started', () => {
    expect(trackingDateIssues(base)).toEqual([]);
    const sameDay = withItems({
      'engagement:1': { status: 'done', actualStart: '2019-05-01', actualDone: '2019-05-01' },
    });
    expect(trackingDateIssues(sameDay)).toEqual([]);
  });

  it('flags done before start, with path, expected and received', () => {
    const t = withItems({
      'engagement:1': { status: 'done', actualStart: '2019-05-02', actualDone: '2019-05-01' },
    });
    expect(trackingDateIssues(t)).toEqual([
      expect.objectContaining({
        code: 'done-before-start',
        path: ['items', 'engagement:1', 'actualDone'],
        expected: '≥ 2019-05-02',
        received: '2019-05-01',
        severity: 'error',
      }),
    ]);
  });

  it('flags a due date before the planned start, but not on it', () => {
    expect(
      codes(
        trackingDateIssues(
          withItems({
            'action:1.1': { status: 'planned', plannedStart: '2020-01-01', plannedDue: '2019-12-31' },
          }),
        ),
      ),
    ).toEqual(['due-before-start']);
    expect(
      trackingDateIssues(
        withItems({
          'action:1.1': { status: 'planned', plannedStart: '2020-01-01', plannedDue: '2020-01-01' },
        }),
      ),
    ).toEqual([]);
  });

  it('flags actual dates after asOf, not on asOf', () => {
    const onDay = withItems({
      'action:1.1': { status: 'done', actualStart: '2019-12-31', actualDone: '2019-12-31' },
    });
    expect(trackingDateIssues(onDay)).toEqual([]);
    const after = withItems({
      'action:1.1': { status: 'done', actualStart: '2019-12-31', actualDone: '2020-01-01' },
    });
    expect(trackingDateIssues(after).map((i) => [i.code, i.path.at(-1)])).toEqual([
      ['date-after-as-of', 'actualDone'],
    ]);
  });

  it('warns about a completion date on an unfinished item and a start on a planned one', () => {
    const t = withItems({
      'action:1.1': { status: 'in-progress', actualStart: '2019-01-01', actualDone: '2019-02-01' },
      'action:1.2': { status: 'planned', actualStart: '2019-01-01' },
    });
    const issues = trackingDateIssues(t);
    expect(codes(issues)).toEqual(['done-date-not-done', 'start-date-on-planned']);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('validateTracking', () => {
  it('finds nothing wrong in the empty tracking of a plan', () => {
    expect(validateTracking(leversProgramme, base)).toEqual([]);
    expect(validateTracking(axesProgramme, emptyTracking(axesProgramme, '2012-01-01'))).toEqual([]);
  });

  it('reports items the plan does not have, and malformed ids', () => {
    const t = withItems({
      'engagement:99': { status: 'done' },
      'lever:1': { status: 'done' },
      'axis:1': { status: 'planned' },
    });
    const issues = validateTracking(leversProgramme, t);
    expect(issues.map((i) => [i.code, i.path.join('/')])).toEqual([
      ['unknown-item', 'items/engagement:99'],
      ['invalid-item-id', 'items/lever:1'],
      ['unknown-item', 'items/axis:1'],
    ]);
    expect(issues.every((i) => i.severity === 'error' && i.message.fr !== i.message.en)).toBe(true);
  });

  it('warns about plan items missing from the snapshot', () => {
    const { 'action:1.2': _dropped, ...items } = base.items;
    expect(validateTracking(leversProgramme, { ...base, items }).map((i) => [i.code, i.severity])).toEqual([
      ['untracked-item', 'warning'],
    ]);
  });

  it('checks the programme id (error) and version (warning)', () => {
    expect(
      codes(validateTracking(axesProgramme, emptyTracking({ ...axesProgramme, id: 'hopen' }, '2019-01-01'))),
    ).toEqual(['programme-mismatch']);
    expect(
      validateTracking(axesProgramme, emptyTracking({ ...axesProgramme, version: '0.9' }, '2019-01-01')),
    ).toEqual([
      expect.objectContaining({
        code: 'programme-version-mismatch',
        severity: 'warning',
        expected: '1',
        received: '0.9',
      }),
    ]);
  });

  it('warns when an engagement is done while some of its actions are open', () => {
    const t = withItems({
      'engagement:1': { status: 'done' },
      'action:1.1': { status: 'done' },
      'engagement:3': { status: 'done' },
      'action:3.1': { status: 'dropped' },
      'action:3.2': { status: 'done' },
    });
    const issues = validateTracking(leversProgramme, t);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'engagement-done-with-open-actions',
        path: ['items', 'engagement:1', 'status'],
        received: 'action:1.2',
      }),
    ]);
  });

  it('combines plan and date issues', () => {
    const t = withItems({
      'engagement:99': { status: 'done', actualStart: '2019-02-01', actualDone: '2019-01-01' },
    });
    expect(codes(validateTracking(leversProgramme, t))).toEqual(['unknown-item', 'done-before-start']);
  });
});
