import { type Arguments, atBoundary, unreadable } from '../../core/guards.js';
import type { Label } from '../../core/label.js';
import { CsvScanner } from './csv-scanner.js';

export { detectDelimiter } from './csv-scanner.js';

/**
 * A CSV field delimiter palier recognises.
 *
 * @category Input files
 */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * One CSV record: its cells' values and where each cell starts.
 *
 * @category Input files
 */
export interface CsvRecord {
  /** Cell values, unquoted. */
  readonly values: readonly string[];
  /** Line where each cell starts (1-based). */
  readonly lines: readonly number[];
  /** Column (character) where each cell starts (1-based). */
  readonly columns: readonly number[];
  /** Set when a quoting problem was found in the record (reported apart): its cells are not sure. */
  readonly malformed?: true;
}

/**
 * A syntax problem in CSV text.
 *
 * @category Input files
 */
export interface CsvSyntaxIssue {
  /** Stable code: `csv-unterminated-quote`, `csv-text-after-quote`, `record-too-long`. */
  readonly code: string;
  /** Line, from 1. */
  readonly line: number;
  /** Column, from 1. */
  readonly column: number;
  /** What is wrong. */
  readonly message: Label;
}

/**
 * Parsed CSV: the delimiter used, the records (header included) and syntax issues.
 *
 * @category Input files
 */
export interface CsvTable {
  /** Delimiter used (given, or detected from the first line). */
  readonly delimiter: CsvDelimiter;
  /** Every non-blank record, the header first. */
  readonly records: readonly CsvRecord[];
  /** Syntax problems; parsing goes on after each, except after `record-too-long`, which ends it. */
  readonly issues: readonly CsvSyntaxIssue[];
}

/**
 * The longest record (line, or lines of one record with quoted line breaks) palier reads, in characters:
 * 1 MB. A longer one ends the reading with a `record-too-long` error at its first line — it is not a
 * declarations file, or a quote is never closed — instead of growing a buffer without bound.
 *
 * @category Input files
 */
export const MAX_RECORD_LENGTH = 1 << 20;

/**
 * Options of {@link CsvTokenizer}.
 *
 * @category Input files
 */
export interface CsvTokenizerOptions {
  /** Delimiter; detected from the first line when absent. */
  readonly delimiter?: CsvDelimiter;
  /** Longest record, in characters (default {@link MAX_RECORD_LENGTH}). */
  readonly maxRecordLength?: number;
}

/**
 * A streaming CSV tokenizer (RFC 4180: quoted fields with `""` escapes and line breaks; CRLF, LF or CR line
 * ends; a leading byte-order mark dropped; blank lines skipped). Text is pushed piece by piece; each complete
 * record is handed to `onRecord` at once, with the line and column where each cell starts, and only the
 * unfinished record is kept. Never throws: syntax problems go to `onIssue`.
 *
 * @example
 * ```ts
 * const t = new CsvTokenizer({}, (r) => rows.push(r.values), (i) => issues.push(i));
 * t.push('a;b\r\n"x;""y""";');
 * t.push('2\r\n');
 * t.end(); // rows: [['a', 'b'], ['x;"y"', '2']]
 * ```
 *
 * @category Input files
 */
export class CsvTokenizer {
  private readonly scanner: CsvScanner;

  /**
   * @param options - delimiter and record limit.
   * @param onRecord - called with each record, in order.
   * @param onIssue - called with each syntax problem.
   */
  constructor(
    options: CsvTokenizerOptions,
    onRecord: (record: CsvRecord) => void,
    onIssue: (issue: CsvSyntaxIssue) => void,
  ) {
    try {
      this.scanner = new CsvScanner(
        // `??`, not a spread under a default: an explicit `maxRecordLength: undefined` keeps the limit
        { delimiter: options.delimiter, maxRecordLength: options.maxRecordLength ?? MAX_RECORD_LENGTH },
        (cells) => onRecord(cells.record()),
        onIssue,
      );
    } catch (error) {
      throw unreadable(
        'CsvTokenizer',
        { options: [options, 'object'], onRecord: [onRecord, 'function'], onIssue: [onIssue, 'function'] },
        error,
      );
    }
  }

  /** Delimiter in use (`undefined` until the first line is seen when it is detected). */
  get delimiter(): CsvDelimiter | undefined {
    return this.scanner.delimiter;
  }

  /** Whether a `record-too-long` error ended the reading. */
  get stopped(): boolean {
    return this.scanner.stopped;
  }

  /** Reads more text. */
  push(text: string): void {
    this.scanner.push(text);
  }

  /** Ends the input: the last record, unterminated quotes reported. */
  end(): void {
    this.scanner.end();
  }
}

/**
 * Parses CSV text at once (see {@link CsvTokenizer}; used for small inputs and tests).
 *
 * @example
 * ```ts
 * const t = parseCsv('a;b\r\n"x;""y""";2\r\n');
 * t.delimiter;            // ';'
 * t.records[1]?.values;   // ['x;"y"', '2']
 * t.records[1]?.columns;  // [1, 11]
 * ```
 *
 * @category Input files
 */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvTable {
  const args: Arguments = { input: [input, 'text'], delimiter: [delimiter, 'text?'] };
  return atBoundary('parseCsv', args, () => {
    const records: CsvRecord[] = [];
    const issues: CsvSyntaxIssue[] = [];
    const tokenizer = new CsvTokenizer(
      delimiter !== undefined ? { delimiter } : {},
      (r) => records.push(r),
      (i) => issues.push(i),
    );
    tokenizer.push(input);
    tokenizer.end();
    return { delimiter: tokenizer.delimiter ?? ',', records, issues };
  });
}
