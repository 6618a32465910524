import type { IssuePath } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { InputProblem, SourceLocation } from './problem.js';

/**
 * How many input records a reader saw, accepted and rejected.
 *
 * @category Input files
 */
export interface ReadSummary {
  /** What a record is in this input: a CSV data row, or a JSON/NDJSON value. */
  readonly unit: 'rows' | 'records';
  /** Records read. */
  readonly read: number;
  /** Records accepted. */
  readonly valid: number;
  /** Records rejected (each has at least one error in `problems`). */
  readonly invalid: number;
}

/**
 * What a reader returns: the valid values, where each came from, every problem, and the counts.
 *
 * @category Input files
 */
export interface ReadResult<T> {
  /** Valid values, in input order. */
  readonly values: readonly T[];
  /** Where each value starts in the input (same order as `values`). */
  readonly origins: readonly SourceLocation[];
  /** Every problem found (errors and warnings), in input order. */
  readonly problems: readonly InputProblem[];
  /** Counts. */
  readonly summary: ReadSummary;
  /**
   * Where a path inside the value at `index` comes from in the input (for a CSV declaration, `['values', 'D2.2']`
   * is the row of that indicator), to locate problems found later, e.g. while evaluating.
   */
  readonly locate: (index: number, path: IssuePath) => SourceLocation;
}

/**
 * The result of reading a CSV file with no header line: nothing read, an `empty-input` problem after the
 * tokenizer's own problems.
 *
 * @example
 * ```ts
 * if (header === undefined) return emptyCsv(file, problems);
 * ```
 *
 * @category Input files
 */
export function emptyCsv<T>(file: string, problems: InputProblem[]): ReadResult<T> {
  problems.push({
    location: { file, line: 1, column: 1 },
    issue: issue('empty-input', { expected: 'header' }),
  });
  return {
    values: [],
    origins: [],
    problems,
    summary: { unit: 'rows', read: 0, valid: 0, invalid: 0 },
    locate: (_index, path) => ({ file, path }),
  };
}
