import { z } from 'zod';
import { type Arguments, atBoundary } from '../core/guards.js';

/**
 * A JSON Schema document, as produced by zod (`z.toJSONSchema`).
 *
 * @category Parsing
 */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * Options of {@link toJsonSchema}: those of `z.toJSONSchema`.
 *
 * @category Parsing
 */
export type JsonSchemaOptions = z.core.ToJSONSchemaParams;

/**
 * The JSON Schema of a zod schema, for non-TypeScript stacks. By default it describes what the schema
 * **accepts** (`io: 'input'`: a FINESS may carry spaces, defaults are optional) and renders the parts JSON Schema
 * cannot express (refinements such as the FINESS key) as unconstrained (`unrepresentable: 'any'`); the
 * refinements are documented in the `description` fields. Any `z.toJSONSchema` option can be overridden.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema(z.object({ n: z.number().int() }));
 * schema.type; // 'object'
 * ```
 *
 * @category Parsing
 */
export function toJsonSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): JsonSchema {
  const args: Arguments = { schema: [schema, 'object'], options: [options, 'object?'] };
  return atBoundary('toJsonSchema', args, () => {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', ...options });
  });
}
