import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTrackingDiff,
  diffTracking,
  emptyTracking,
  isEmptyDiff,
  listPlanItems,
  type PlanTracking,
} from '../../src/action-plan/index.js';
import { axesProgramme, leversProgramme, mixedPlan, mixedProgramme, trackingArb } from './fixtures.js';

const before: PlanTracking = {
  programme: { id: 'test-levers', version: '1' },
  asOf: '2019-03-31',
  items: {
    'engagement:1': { status: 'planned', plannedDue: '2019-12-31', responsible: 'DGOS' },
    'action:1.1': { status: 'in-progress', evidence: [{ href: 'https://a.example/1' }], notes: 'x' },
    'action:1.2': { status: 'planned' },
  },
};
const after: PlanTracking = {
  programme: { id: 'test-levers', version: '1' },
  asOf: '2019-06-30',
  items: {
    'engagement:1': {
      status: 'in-progress',
      plannedDue: '2020-06-30',
      responsible: 'DGOS',
      actualStart: '2019-04-02',
    },
    'action:1.1': {
      status: 'in-progress',
      evidence: [{ href: 'https://a.example/1' }, { href: 'https://a.example/2', label: 'CR COPIL' }],
    },
    'action:2.1': { status: 'planned' },
  },
};

describe('diffTracking', () => {
  it('reports exactly what moved since the last steering committee', () => {
    expect(diffTracking(before, after)).toEqual({
      asOf: { from: '2019-03-31', to: '2019-06-30' },
      added: [{ id: 'action:2.1', item: { status: 'planned' } }],
      removed: [{ id: 'action:1.2', item: { status: 'planned' } }],
      changed: [
        {
          id: 'action:1.1',
          changes: [
            {
              field: 'evidence',
              from: [{ href: 'https://a.example/1' }],
              to: [{ href: 'https://a.example/1' }, { href: 'https://a.example/2', label: 'CR COPIL' }],
            },
            { field: 'notes', from: 'x' },
          ],
          evidenceAdded: [{ href: 'https://a.example/2', label: 'CR COPIL' }],
          evidenceRemoved: [],
        },
        {
          id: 'engagement:1',
          changes: [
            { field: 'status', from: 'planned', to: 'in-progress' },
            { field: 'plannedDue', from: '2019-12-31', to: '2020-06-30' },
            { field: 'actualStart', to: '2019-04-02' },
          ],
          evidenceAdded: [],
          evidenceRemoved: [],
        },
      ],
    });
  });

  it('is empty between identical snapshots, whatever the key order', () => {
    const reordered: PlanTracking = {
      asOf: before.asOf,
      items: Object.fromEntries(Object.entries(before.items).reverse()),
      programme: { version: '1', id: 'test-levers' },
    };
    const d = diffTracking(before, reordered);
    expect(isEmptyDiff(d)).toBe(true);
    expect(d).toEqual({
      asOf: { from: '2019-03-31', to: '2019-03-31' },
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('counts duplicated evidence links and sees a reordering as a change', () => {
    const a = {
      ...before,
      items: { x: { status: 'done' as const, evidence: [{ href: 'a' }, { href: 'b' }, { href: 'a' }] } },
    };
    const b = {
      ...before,
      items: { x: { status: 'done' as const, evidence: [{ href: 'b' }, { href: 'a' }] } },
    };
    const [change] = diffTracking(a, b).changed;
    expect(change?.evidenceRemoved).toEqual([{ href: 'a' }]);
    expect(change?.evidenceAdded).toEqual([]);
    const swapped = {
      ...before,
      items: { x: { status: 'done' as const, evidence: [{ href: 'b' }, { href: 'a' }, { href: 'a' }] } },
    };
    const d = diffTracking(a, swapped);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.evidenceAdded).toEqual([]);
    expect(d.changed[0]?.evidenceRemoved).toEqual([]);
  });

  it('reports a change of programme version, and HN axes and workstreams like any item', () => {
    const a = emptyTracking(axesProgramme, '2013-01-01');
    const b = {
      ...emptyTracking({ ...axesProgramme, version: '2' }, '2014-01-01'),
      items: { ...a.items, 'workstream:2': { status: 'done' as const, actualDone: '2013-11-30' } },
    };
    const d = diffTracking(a, b);
    expect(d.programme).toEqual({
      from: { id: 'test-axes', version: '1' },
      to: { id: 'test-axes', version: '2' },
    });
    expect(d.changed.map((c) => c.id)).toEqual(['workstream:2']);
    expect(isEmptyDiff(d)).toBe(false);
  });

  const ids = listPlanItems(mixedPlan).map((i) => i.id);
  const arb = trackingArb(mixedProgramme, ids);

  it('round-trips: applying diff(a, b) to a gives b (property)', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const r = applyTrackingDiff(a, diffTracking(a, b));
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toEqual(b);
          expect(isEmptyDiff(diffTracking(r.value, b))).toBe(true);
        }
      }),
    );
  });

  it('diff(a, a) is empty and diff(a, b) is empty only when a and b hold the same items (property)', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(isEmptyDiff(diffTracking(a, a))).toBe(true);
        const sorted = (t: PlanTracking) =>
          JSON.stringify(
            Object.keys(t.items)
              .sort()
              .map((id) => [id, t.items[id]]),
          );
        const same = sorted(a) === sorted(b);
        if (!same) expect(isEmptyDiff(diffTracking(a, b))).toBe(false);
      }),
    );
  });

  it('partitions the ids: added ∪ removed ∪ changed ∪ unchanged (property)', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const d = diffTracking(a, b);
        const addedIds = d.added.map((x) => x.id);
        const removedIds = d.removed.map((x) => x.id);
        expect(addedIds.every((id) => !(id in a.items) && id in b.items)).toBe(true);
        expect(removedIds.every((id) => id in a.items && !(id in b.items))).toBe(true);
        expect(addedIds.length - removedIds.length).toBe(
          Object.keys(b.items).length - Object.keys(a.items).length,
        );
        for (const c of d.changed) expect(c.changes.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('applyTrackingDiff', () => {
  it('reports conflicts when applied to another base', () => {
    const d = diffTracking(before, after);
    const other = emptyTracking(leversProgramme, '2019-01-01');
    const r = applyTrackingDiff(other, d);
    expect(r.ok).toBe(false);
    const codes = new Set(r.issues.map((i) => i.code));
    expect(codes).toEqual(new Set(['diff-conflict']));
    const paths = r.issues.map((i) => i.path.join('/'));
    expect(paths).toContain('asOf');
    expect(paths).not.toContain('items/action:1.2'); // removed item equal to the diff's: no conflict
    expect(paths).toContain('items/action:2.1');
    expect(paths).toContain('items/engagement:1/plannedDue');
    expect(r.issues.every((i) => i.message.fr.length > 0 && i.message.en.length > 0)).toBe(true);
  });

  it('reports an item to change that is missing', () => {
    const d = diffTracking(before, after);
    const r = applyTrackingDiff({ ...before, items: { 'action:1.2': { status: 'planned' } } }, d);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path.join('/'))).toEqual(['items/action:1.1', 'items/engagement:1']);
  });

  it('does not mutate the base snapshot', () => {
    const copy = structuredClone(before);
    applyTrackingDiff(before, diffTracking(before, after));
    expect(before).toEqual(copy);
  });
});
