import { issue } from '../../core/messages.js';
import type { CsvSyntaxIssue } from './csv.js';
import type { StreamStop } from './json-stream.js';
import type { InputProblem } from './problem.js';

/**
 * A CSV syntax problem as an input problem of `file`, located at its line and column.
 *
 * @example
 * ```ts
 * csvStopProblem('d.csv', { code: 'csv-unterminated-quote', line: 3, column: 7, message }); // d.csv:3:7
 * ```
 *
 * @category Input files
 */
export function csvStopProblem(file: string, s: CsvSyntaxIssue): InputProblem {
  return {
    location: { file, line: s.line, column: s.column },
    issue: { code: s.code, path: [], message: s.message, severity: 'error' },
  };
}

/**
 * A problem that ends the reading of a JSON array or NDJSON stream, located.
 *
 * @example
 * ```ts
 * streamStopProblem('d.json', { code: 'invalid-json', line: 1, column: 9, expected: '`]`' });
 * ```
 *
 * @category Input files
 */
export function streamStopProblem(file: string, s: StreamStop): InputProblem {
  const location = { file, line: s.line, column: s.column };
  if (s.code === 'record-too-long') return { location, issue: issue('record-too-long', { limit: '1 MB' }) };
  if (s.code === 'empty-input') return { location, issue: issue('empty-input', { expected: 'JSON' }) };
  return {
    location,
    issue: issue(
      'invalid-json',
      { expected: s.expected ?? '' },
      s.expected !== undefined ? { expected: s.expected } : {},
    ),
  };
}
