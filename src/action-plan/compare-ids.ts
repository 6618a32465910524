import { type Arguments, atBoundary } from '../core/guards.js';
import type { TrackedItemId } from './types.js';

/**
 * Orders item ids the way a reader expects: by kind name, then numbers numerically (`action:9.2` before
 * `action:9.10`, `engagement:2` before `engagement:10`).
 *
 * @example
 * ```ts
 * ['engagement:10', 'engagement:2'].sort(compareItemIds); // ['engagement:2', 'engagement:10']
 * ```
 *
 * @category Action plan
 */
export function compareItemIds(a: TrackedItemId, b: TrackedItemId): number {
  const args: Arguments = { a: [a, 'text'], b: [b, 'text'] };
  return atBoundary('compareItemIds', args, () => {
    const pa = a.split(/(\d+)/);
    const pb = b.split(/(\d+)/);
    const n = Math.min(pa.length, pb.length);
    for (let i = 0; i < n; i++) {
      const x = pa[i]!;
      const y = pb[i]!;
      if (x === y) continue;
      if (i % 2 === 1) {
        const diff = Number(x) - Number(y);
        if (diff !== 0) return diff < 0 ? -1 : 1;
        return x.length - y.length < 0 ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
  });
}
