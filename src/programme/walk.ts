/** Keys that name an element of a list in a readable path, in order of preference. */
const NAME_KEYS = ['code', 'key', 'id', 'field', 'number'] as const;

/**
 * Readable name of a list element: its code, key, id, field or number, else its index.
 *
 * @example
 * ```ts
 * segmentOf({ code: 'D2' }, 1); // 'D2'
 * ```
 *
 * @category Programmes
 */
export function segmentOf(element: unknown, index: number): string {
  if (element !== null && typeof element === 'object') {
    for (const key of NAME_KEYS) {
      const value = (element as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index);
}

/**
 * Visits every object of a JSON-like tree with its readable path (`domains.D2.indicators.D2.2`). Elements of an
 * `unverified` list take their owner's path plus their field (`….D4.2.target`).
 *
 * @example
 * ```ts
 * walkObjects({ a: [{ code: 'x' }] }, (o, path) => console.log(path)); // '', 'a.x'
 * ```
 *
 * @category Programmes
 */
export function walkObjects(value: unknown, visit: (object: object, path: string) => void, path = ''): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((element, index) => {
      walkObjects(element, visit, join(path, segmentOf(element, index)));
    });
    return;
  }
  visit(value, path);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'provenance') continue;
    walkObjects(child, visit, key === 'unverified' ? path : join(path, key));
  }
}

function join(path: string, segment: string): string {
  return path === '' ? segment : `${path}.${segment}`;
}
