import type { IssuePath } from '../../core/issue.js';
import type { JsonSchema } from '../../schemas/json-schema.js';

/**
 * Keys of a JSON record that its schema does not know, by the path of the object holding them — keys the
 * schema would drop without a word. Read from the record's JSON Schema (the one the schemas export), so the
 * list of known keys lives in one place: `properties` name the keys of an object, `additionalProperties`
 * describes each value of a map (`values`), and in a `oneOf` the branch whose `kind` matches is used.
 *
 * @example
 * ```ts
 * unknownKeys({ finess: '750712184', comment: 'x' }, declarationJsonSchema());
 * // [{ path: [], keys: ['comment'] }]
 * ```
 *
 * @category Input files
 */
export function unknownKeys(
  value: unknown,
  schema: JsonSchema,
): { readonly path: IssuePath; readonly keys: readonly string[] }[] {
  const out: { path: IssuePath; keys: string[] }[] = [];
  walk(value, schema as Node, [], out, 0);
  return out;
}

interface Node {
  readonly properties?: Readonly<Record<string, Node>>;
  readonly additionalProperties?: Node | boolean;
  readonly oneOf?: readonly Node[];
  readonly anyOf?: readonly Node[];
  readonly items?: Node;
  readonly const?: unknown;
}

function walk(
  value: unknown,
  schema: Node,
  path: IssuePath,
  out: { path: IssuePath; keys: string[] }[],
  depth: number,
): void {
  if (depth > 8 || !isObject(value)) return;
  // a child's path is built only when the child is an object: nothing else can hold a key
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items !== undefined) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isObject(item)) walk(item, items, [...path, i], out, depth + 1);
      }
    }
    return;
  }
  const record = value as Record<string, unknown>;
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches !== undefined && schema.properties === undefined) {
    const kind = record.kind;
    for (const branch of branches) {
      if (branch.properties?.kind?.const === kind) {
        walk(value, branch, path, out, depth + 1);
        break;
      }
    }
    return;
  }
  const properties = schema.properties;
  const extra = schema.additionalProperties;
  if (properties !== undefined) {
    const keys = Object.keys(record);
    if (typeof extra !== 'object' && keys.some((key) => !Object.hasOwn(properties, key)))
      out.push({ path, keys: keys.filter((key) => !Object.hasOwn(properties, key)) });
    for (const [key, sub] of entriesOf(properties)) {
      if (!Object.hasOwn(record, key)) continue;
      const child = record[key];
      if (isObject(child)) walk(child, sub, [...path, key], out, depth + 1);
    }
  } else if (typeof extra === 'object') {
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (isObject(child)) walk(child, extra, [...path, key], out, depth + 1);
    }
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

const entriesCache = new WeakMap<object, readonly (readonly [string, Node])[]>();

/** A schema's `properties` as entries, listed once per schema object. */
function entriesOf(properties: Readonly<Record<string, Node>>): readonly (readonly [string, Node])[] {
  let entries = entriesCache.get(properties);
  if (entries === undefined) {
    entries = Object.entries(properties);
    entriesCache.set(properties, entries);
  }
  return entries;
}
