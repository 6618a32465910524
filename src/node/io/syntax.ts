import type { PalierIssue } from '../../core/issue.js';
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
 * csvStopProblem('et.csv', { code: 'csv-text-after-quote', line: 1, column: 7, message }, 40); // et.csv:40:7 (a record read on line 40)
 * ```
 *
 * @category Input files
 */
export function csvStopProblem(file: string, s: CsvSyntaxIssue, firstLine = 1): InputProblem {
  return { location: { file, line: s.line + firstLine - 1, column: s.column }, issue: csvSyntaxIssue(s) };
}

/** The registry's issue for a CSV syntax problem (the tokenizer's code, with the record limit it applies). */
function csvSyntaxIssue(s: CsvSyntaxIssue): PalierIssue {
  switch (s.code) {
    case 'record-too-long':
      return issue('record-too-long', { limit: '1 MB' });
    case 'csv-text-after-quote':
      return issue('csv-text-after-quote', {});
    default:
      return issue('csv-unterminated-quote', {});
  }
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
