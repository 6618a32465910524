import { type Arguments, atBoundary } from '../core/guards.js';
import type { TrackedItemId, TrackedItemKind } from './types.js';

const NUMBERED = /^(axis|engagement|workstream):([1-9]\d*)$/;
const ACTION = /^action:(\S+)$/;

/**
 * Builds the id of a trackable item: `<kind>:<key>`, where the key is the lever, engagement or workstream
 * number, or the action's own id (`9.1`).
 *
 * @example
 * ```ts
 * trackedItemId('engagement', 9); // 'engagement:9'
 * trackedItemId('action', '9.1'); // 'action:9.1'
 * ```
 *
 * @category Action plan
 */
export function trackedItemId(kind: TrackedItemKind, key: number | string): TrackedItemId {
  const args: Arguments = { kind: [kind, 'text'], key: [key, 'any'] };
  return atBoundary('trackedItemId', args, () => {
    return `${kind}:${key}`;
  });
}

/**
 * An item id split into its kind and key.
 *
 * @category Action plan
 */
export interface ParsedItemId {
  /** Kind of item. */
  readonly kind: TrackedItemKind;
  /** Number (axis, engagement, workstream) or action id (`9.1`), as written. */
  readonly key: string;
}

/**
 * Splits an item id into kind and key; `undefined` when the id does not follow the scheme.
 *
 * @example
 * ```ts
 * parseTrackedItemId('action:9.1'); // { kind: 'action', key: '9.1' }
 * parseTrackedItemId('lever:1'); // undefined
 * ```
 *
 * @category Action plan
 */
export function parseTrackedItemId(id: string): ParsedItemId | undefined {
  return atBoundary('parseTrackedItemId', 'id', () => {
    const numbered = NUMBERED.exec(id);
    if (numbered) return { kind: numbered[1] as TrackedItemKind, key: numbered[2]! };
    const action = ACTION.exec(id);
    if (action) return { kind: 'action', key: action[1]! };
    return undefined;
  });
}

/**
 * The pattern every item id matches (for JSON Schema `propertyNames` and other languages).
 *
 * @example
 * ```ts
 * new RegExp(TRACKED_ITEM_ID_PATTERN).test('workstream:2'); // true
 * ```
 *
 * @category Action plan
 */
export const TRACKED_ITEM_ID_PATTERN = '^(?:(?:axis|engagement|workstream):[1-9][0-9]*|action:\\S+)$';
