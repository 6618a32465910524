import { issue } from '../../../core/messages.js';
import * as schemas from '../../../schemas/index.js';
import type { CommandContext } from '../context.js';
import { emit } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { refuse } from '../refuse.js';

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
  const issues = extra.map((argument) => issue('cli-extra-argument', { argument }));
  if (name !== undefined && all[name] === undefined)
    issues.push(
      issue('cli-invalid-choice', { option: 'schema', received: name, allowed: Object.keys(all).join(', ') }),
    );
  if (issues.length > 0) return refuse(ctx, 'schema', issues);
  const value =
    name !== undefined ? all[name]!() : Object.fromEntries(Object.entries(all).map(([k, f]) => [k, f()]));
  if (!(await emit(ctx, `${JSON.stringify(value, null, 2)}\n`))) return EXIT.io;
  return EXIT.ok;
}
