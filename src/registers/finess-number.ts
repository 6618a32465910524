import { parseFiness } from '../actors/finess.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/registers.js';

/** A FINESS number as the extract writes it: nine characters, the second a digit or a letter (`2A`, `9A`). */
const FINESS_SHAPE = /^[0-9][0-9A-Z][0-9]{7}$/;

/**
 * Reads a FINESS number from one field of an extract line: its shape, then its department and key. A problem is
 * added to `issues` with the field's name, and the number comes back only when it is valid.
 *
 * @example
 * ```ts
 * const issues: PalierIssue[] = [];
 * readFinessField(' 010000024 ', 'nofinesset', issues); // '010000024'
 * readFinessField('01000002', 'nofinesset', issues);    // undefined, issues: [finess-invalid-field]
 * ```
 *
 * @category Registers
 */
export function readFinessField(raw: string, field: string, issues: PalierIssue[]): string | undefined {
  const received = raw.trim();
  if (!FINESS_SHAPE.test(received)) {
    const pattern = '[0-9][0-9A-Z][0-9]{7}';
    issues.push(
      issue('finess-invalid-field', { field, pattern }, { path: [field], expected: pattern, received }),
    );
    return undefined;
  }
  const parsed = parseFiness(received);
  if (parsed.ok) return parsed.value.finess;
  const why = parsed.issues[0]!;
  issues.push(
    issue(
      'finess-invalid-number',
      { field, why: why.message },
      { path: [field], received, ...(why.expected !== undefined ? { expected: why.expected } : {}) },
    ),
  );
  return undefined;
}
