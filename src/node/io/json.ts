import { type Arguments, atBoundary } from '../../core/guards.js';
import type { IssuePath } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { Result } from '../../core/result.js';
import type { JsonSchema } from '../../schemas/json-schema.js';
import { JsonRecordReader } from './json-records.js';
import type { InputProblem, SourceLocation } from './problem.js';
import type { ReadResult } from './read-result.js';

/**
 * Checks one untrusted record and returns it typed, or its issues (paths relative to the record).
 *
 * @category Input files
 */
export type RecordValidator<T> = (input: unknown) => Result<T>;

/**
 * Options of {@link readJsonRecords} and {@link readNdjsonRecords}.
 *
 * @category Input files
 */
export interface JsonRecordsOptions<T> {
  /** The records' JSON Schema: keys it does not know are reported (warning). */
  readonly schema?: JsonSchema;
  /** What makes two records the same (a FINESS): the second is a `duplicate-record` error. */
  readonly identity?: (value: T) => string;
}

/**
 * Reads a JSON file holding an array of records (a single object counts as one record). Syntax errors are
 * located at their line and column; numbers are read exactly (`inexact-number` otherwise), repeated keys are
 * errors (`duplicate-key`), forbidden keys reject the record; each record is validated on its own, its issues
 * located by JSON path (`[3].values.D2.2`), and the valid records kept.
 *
 * @example
 * ```ts
 * const r = readJsonRecords('[{"a":1},{"a":"x"}]', 'd.json', validate);
 * r.summary; // { unit: 'records', read: 2, valid: 1, invalid: 1 }
 * ```
 *
 * @category Input files
 */
export function readJsonRecords<T>(
  text: string,
  file: string,
  validate: RecordValidator<T>,
  options: JsonRecordsOptions<T> = {},
): ReadResult<T> {
  const args: Arguments = {
    text: [text, 'text'],
    file: [file, 'text'],
    validate: [validate, 'function'],
    options: [options, 'object?'],
  };
  return atBoundary('readJsonRecords', args, () => {
    return readRecords('json', text, file, validate, options);
  });
}

/**
 * Reads NDJSON (one JSON value per line; blank lines skipped), as {@link readJsonRecords} does: each problem
 * carries its line, and for a validation issue the path inside that line's record.
 *
 * @example
 * ```ts
 * const r = readNdjsonRecords('{"a":1}\n{"a":\n', 'd.ndjson', validate);
 * r.problems[0]?.location; // { file: 'd.ndjson', line: 2, column: 5 }
 * ```
 *
 * @category Input files
 */
export function readNdjsonRecords<T>(
  text: string,
  file: string,
  validate: RecordValidator<T>,
  options: JsonRecordsOptions<T> = {},
): ReadResult<T> {
  const args: Arguments = {
    text: [text, 'text'],
    file: [file, 'text'],
    validate: [validate, 'function'],
    options: [options, 'object?'],
  };
  return atBoundary('readNdjsonRecords', args, () => {
    return readRecords('ndjson', text, file, validate, options);
  });
}

function readRecords<T>(
  format: 'json' | 'ndjson',
  text: string,
  file: string,
  validate: RecordValidator<T>,
  options: JsonRecordsOptions<T>,
): ReadResult<T> {
  const values: T[] = [];
  const origins: SourceLocation[] = [];
  const locates: ((path: IssuePath) => SourceLocation)[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  const reader = new JsonRecordReader(
    { file, format, ...(options.schema !== undefined ? { schema: options.schema } : {}) },
    (value, at, reported) => {
      const r = validate(value);
      for (const found of r.issues) {
        if (!reported(found.path))
          problems.push({
            location: at(found.path),
            issue: { ...found, path: at(found.path).path ?? found.path },
          });
      }
      if (!r.ok) return false;
      const id = options.identity?.(r.value);
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) {
          problems.push({
            location: at([]),
            issue: issue('duplicate-record', { id, where: first }, { received: id }),
          });
          return false;
        }
        const here = at([]);
        seen.set(id, here.line !== undefined ? `line ${here.line}` : String(seen.size));
      }
      values.push(r.value);
      origins.push(at([]));
      locates.push(at);
      return true;
    },
    (p) => problems.push(p),
  );
  reader.push(text);
  reader.end();
  return {
    values,
    origins,
    problems,
    summary: {
      unit: 'records',
      read: reader.read,
      valid: reader.read - reader.invalid,
      invalid: reader.invalid,
    },
    locate: (i, path) => locates[i]?.(path) ?? { file, path },
  };
}
