import { describe, expect, it } from 'vitest';
import { emptyTracking, KNOWN_PLAN_ACTORS, listPlanItems } from '../../src/action-plan/index.js';
import { axesPlan, axesProgramme, leversPlan, leversProgramme, mixedPlan } from './fixtures.js';

describe('listPlanItems', () => {
  it('lists engagements, each followed by its actions, in plan order', () => {
    expect(listPlanItems(leversPlan).map((i) => i.id)).toEqual([
      'engagement:1',
      'action:1.1',
      'action:1.2',
      'engagement:2',
      'action:2.1',
      'engagement:3',
      'action:3.1',
      'action:3.2',
    ]);
  });

  it('records the lever and, for an action, its engagement', () => {
    const items = listPlanItems(leversPlan);
    expect(items.find((i) => i.id === 'action:3.2')).toMatchObject({
      kind: 'action',
      lever: 2,
      parent: 'engagement:3',
    });
    expect(items.find((i) => i.id === 'engagement:2')).toMatchObject({ kind: 'engagement', lever: 1 });
    expect(items.find((i) => i.id === 'engagement:2')?.parent).toBeUndefined();
  });

  it('tracks HN axes themselves and the workstreams, which belong to no lever', () => {
    const items = listPlanItems(axesPlan);
    expect(items.map((i) => i.id)).toEqual(['axis:1', 'axis:2', 'workstream:1', 'workstream:2']);
    expect(items[0]).toMatchObject({ kind: 'axis', lever: 1, label: { fr: 'Gouvernance' } });
    expect(items[2]?.lever).toBeUndefined();
  });

  it('handles a plan mixing both shapes, and an empty plan', () => {
    expect(listPlanItems(mixedPlan)).toHaveLength(8 + 1 + 2);
    expect(listPlanItems({ levers: [], workstreams: [] })).toEqual([]);
  });
});

describe('emptyTracking', () => {
  it('lists every trackable item as planned, with the programme id, version and asOf', () => {
    const t = emptyTracking(leversProgramme, '2019-01-01');
    expect(t.programme).toEqual({ id: 'test-levers', version: '1' });
    expect(t.asOf).toBe('2019-01-01');
    expect(Object.keys(t.items)).toEqual(listPlanItems(leversPlan).map((i) => i.id));
    expect(Object.values(t.items).every((i) => i.status === 'planned' && Object.keys(i).length === 1)).toBe(
      true,
    );
  });

  it('covers axes and workstreams of an HN-shaped plan', () => {
    expect(emptyTracking(axesProgramme, '2012-01-01').items).toEqual({
      'axis:1': { status: 'planned' },
      'axis:2': { status: 'planned' },
      'workstream:1': { status: 'planned' },
      'workstream:2': { status: 'planned' },
    });
  });
});

describe('KNOWN_PLAN_ACTORS', () => {
  it('has unique codes, each named in both languages, ASIP and ANS both present', () => {
    const codes = KNOWN_PLAN_ACTORS.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining(['DGOS', 'ANAP', 'ASIP', 'ANS', 'ATIH', 'HAS', 'ARS', 'CNAM', 'DSSIS']),
    );
    for (const a of KNOWN_PLAN_ACTORS) expect(a.name.fr && a.name.en).toBeTruthy();
  });
});
