import * as schemas from '../../../schemas/index.js';
import type { CommandContext } from '../context.js';
import { emit, say } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { usage } from './shared.js';

/**
 * Options of `palier schema`.
 *
 * @category Command line
 */
export const SCHEMA_OPTIONS = { list: { type: 'boolean' }, out: { type: 'string' } } as const;

type SchemaFactory = () => unknown;

/**
 * The JSON Schemas palier exports, by name: every `…JsonSchema()` function of `palier/schemas` (its name without
 * the suffix) and each schema of the `…JsonSchemas()` collections (`actorJsonSchemas`, `fundingJsonSchemas` …).
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas()); // ['declaration', 'establishment', 'ght', 'legalEntity', 'planTracking', 'site', …]
 * ```
 *
 * @category Command line
 */
export function jsonSchemas(): Readonly<Record<string, SchemaFactory>> {
  const out: Record<string, SchemaFactory> = {};
  for (const [name, value] of Object.entries(schemas)) {
    if (typeof value !== 'function') continue;
    if (/JsonSchemas$/.test(name) && (value as SchemaFactory).length === 0) {
      const all = (value as () => Readonly<Record<string, unknown>>)();
      for (const [key, schema] of Object.entries(all)) out[key] = () => schema;
    } else if (
      /^[a-z]\w*JsonSchema$/.test(name) &&
      name !== 'toJsonSchema' &&
      (value as SchemaFactory).length === 0
    ) {
      out[name.replace(/JsonSchema$/, '')] = value as SchemaFactory;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * `palier schema [name]`: writes one JSON Schema, all of them keyed by name, or (`--list`) their names.
 *
 * @example
 * ```ts
 * await schemaCommand(ctx); // writes { "declaration": {…}, "establishment": {…}, … }
 * ```
 *
 * @category Command line
 */
export async function schemaCommand(ctx: CommandContext): Promise<ExitCode> {
  const all = jsonSchemas();
  if (ctx.args.values.list === true) {
    ctx.io.stdout.write(`${Object.keys(all).join('\n')}\n`);
    return EXIT.ok;
  }
  const [name, ...extra] = ctx.args.positionals;
  if (extra.length > 0)
    return usage(
      ctx,
      'schema',
      say(ctx, `argument en trop : ${extra[0]}`, `unexpected argument: ${extra[0]}`),
    );
  if (name !== undefined && all[name] === undefined) {
    return usage(
      ctx,
      'schema',
      say(
        ctx,
        `schéma inconnu « ${name} » ; disponibles : ${Object.keys(all).join(', ')}`,
        `unknown schema "${name}"; available: ${Object.keys(all).join(', ')}`,
      ),
    );
  }
  const value =
    name !== undefined ? all[name]!() : Object.fromEntries(Object.entries(all).map(([k, f]) => [k, f()]));
  if (!(await emit(ctx, `${JSON.stringify(value, null, 2)}\n`))) return EXIT.io;
  return EXIT.ok;
}
