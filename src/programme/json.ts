import { type Arguments, atBoundary } from '../core/guards.js';
import type { Programme } from './types.js';

/**
 * Serializes a programme definition to JSON (a programme is plain data: no dates, functions or `undefined`),
 * ready for `parseProgramme` from `palier/schemas` or any tool reading the JSON Schema.
 *
 * @example
 * ```ts
 * JSON.parse(programmeToJson(hopen)).id; // 'hopen'
 * ```
 *
 * @category Programmes
 */
export function programmeToJson(programme: Programme, indent = 2): string {
  const args: Arguments = { programme: [programme, 'object'], indent: [indent, 'number?'] };
  return atBoundary('programmeToJson', args, () => {
    return JSON.stringify(programme, null, indent);
  });
}
