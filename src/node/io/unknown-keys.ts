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
  if (depth > 8 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items !== undefined) {
      for (let i = 0; i < value.length; i++) walk(value[i], items, [...path, i], out, depth + 1);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches !== undefined && schema.properties === undefined) {
    const kind = record.kind;
    const match = branches.find((b) => b.properties?.kind?.const === kind);
    if (match !== undefined) walk(value, match, path, out, depth + 1);
    return;
  }
  const properties = schema.properties;
  const extra = schema.additionalProperties;
  if (properties !== undefined) {
    const unknown = Object.keys(record).filter((k) => !Object.hasOwn(properties, k));
    if (unknown.length > 0 && typeof extra !== 'object') out.push({ path, keys: unknown });
    for (const [key, sub] of Object.entries(properties)) {
      if (Object.hasOwn(record, key)) walk(record[key], sub, [...path, key], out, depth + 1);
    }
  } else if (typeof extra === 'object') {
    for (const [key, sub] of Object.entries(record)) walk(sub, extra, [...path, key], out, depth + 1);
  }
}
