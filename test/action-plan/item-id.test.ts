import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareItemIds,
  parseTrackedItemId,
  TRACKED_ITEM_KINDS,
  trackedItemId,
} from '../../src/action-plan/index.js';
import { TRACKED_ITEM_ID_PATTERN } from '../../src/action-plan/item-id.js';

describe('item ids', () => {
  it('builds kind:key ids', () => {
    expect(trackedItemId('engagement', 9)).toBe('engagement:9');
    expect(trackedItemId('action', '9.1')).toBe('action:9.1');
    expect(trackedItemId('axis', 1)).toBe('axis:1');
    expect(trackedItemId('workstream', 2)).toBe('workstream:2');
  });

  it('parses back what it builds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('axis', 'engagement', 'workstream'),
        fc.integer({ min: 1, max: 1e6 }),
        (kind, n) => {
          expect(parseTrackedItemId(trackedItemId(kind as 'axis', n))).toEqual({ kind, key: String(n) });
        },
      ),
    );
    expect(parseTrackedItemId('action:21.1')).toEqual({ kind: 'action', key: '21.1' });
  });

  it('rejects ids outside the scheme', () => {
    for (const bad of [
      'lever:1',
      'engagement:0',
      'engagement:01',
      'axis:',
      'action:',
      'action:9 1',
      '9.1',
      '',
      'Engagement:9',
    ]) {
      expect(parseTrackedItemId(bad), bad).toBeUndefined();
      expect(new RegExp(TRACKED_ITEM_ID_PATTERN).test(bad), bad).toBe(false);
    }
  });

  it('the exported pattern agrees with the parser', () => {
    const re = new RegExp(TRACKED_ITEM_ID_PATTERN);
    fc.assert(
      fc.property(
        fc.constantFrom(...TRACKED_ITEM_KINDS, 'lever'),
        fc.string({ maxLength: 6 }),
        (kind, key) => {
          const id = `${kind}:${key}`;
          expect(re.test(id)).toBe(parseTrackedItemId(id) !== undefined);
        },
      ),
    );
  });
});

describe('compareItemIds', () => {
  it('orders numbers numerically', () => {
    const ids = ['engagement:10', 'action:9.10', 'engagement:2', 'action:9.2', 'action:10.1', 'axis:1'];
    expect([...ids].sort(compareItemIds)).toEqual([
      'action:9.2',
      'action:9.10',
      'action:10.1',
      'axis:1',
      'engagement:2',
      'engagement:10',
    ]);
  });

  it('is a total order: antisymmetric, zero only on equal ids', () => {
    const idArb = fc
      .tuple(
        fc.constantFrom('action:', 'engagement:', 'axis:'),
        fc.nat(30),
        fc.constantFrom('', '.1', '.01', '.10'),
      )
      .map(([k, n, s]) => `${k}${n}${s}`);
    fc.assert(
      fc.property(idArb, idArb, (a, b) => {
        expect(Math.sign(compareItemIds(a, b)) + Math.sign(compareItemIds(b, a))).toBe(0);
        expect(compareItemIds(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
