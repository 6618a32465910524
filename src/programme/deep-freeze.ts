/**
 * Freezes a value and everything reachable from it (*gel profond*), so a bundled or derived programme cannot be
 * changed by accident: in strict mode any assignment throws. Returns the same value, now frozen.
 *
 * @example
 * ```ts
 * const p = deepFreeze({ domains: [{ code: 'D1' }] });
 * Object.isFrozen(p.domains[0]); // true
 * ```
 *
 * @category Programmes
 */
export function deepFreeze<T>(value: T): T {
  freezeInto(value, new WeakSet());
  return value;
}

function freezeInto(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeInto((value as Record<string, unknown>)[key], seen);
}
