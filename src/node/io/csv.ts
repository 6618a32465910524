import { atBoundary, unreadable } from '../../core/guards.js';
import type { Label } from '../../core/label.js';
import { ISSUE_MESSAGES } from '../../core/messages.js';

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

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Guesses the delimiter from the first line (outside quotes): the most frequent of `;`, `,` and tab
 * (French spreadsheet exports use `;`); `,` when none appears.
 *
 * @example
 * ```ts
 * detectDelimiter('finess;period_start;value\n…'); // ';'
 * ```
 *
 * @category Input files
 */
export function detectDelimiter(text: string): CsvDelimiter {
  return atBoundary('detectDelimiter', 'text', () => {
    const counts = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '\n' || c === '\r')) break;
      else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
    }
    if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
    if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
    return ',';
  });
}

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
  /** Delimiter in use (`undefined` until the first line is seen when it is detected). */
  delimiter: CsvDelimiter | undefined;
  /** Whether a `record-too-long` error ended the reading. */
  stopped = false;
  private readonly max: number;
  private readonly onRecord: (record: CsvRecord) => void;
  private readonly onIssue: (issue: CsvSyntaxIssue) => void;
  private buffer = '';
  private line = 1;
  private first = true;

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
      this.delimiter = options.delimiter;
      this.max = options.maxRecordLength ?? MAX_RECORD_LENGTH;
      this.onRecord = onRecord;
      this.onIssue = onIssue;
    } catch (error) {
      throw unreadable('CsvTokenizer', 'options', error);
    }
  }

  /** Reads more text. */
  push(text: string): void {
    if (this.stopped) return;
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    if (this.first) {
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      if (this.delimiter === undefined && !/[\r\n]/.test(this.buffer) && this.buffer.length <= this.max)
        return;
      this.first = false;
      this.delimiter ??= detectDelimiter(this.buffer);
    }
    this.parse(false);
  }

  /** Ends the input: the last record, unterminated quotes reported. */
  end(): void {
    if (this.stopped) return;
    if (this.first) {
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      this.first = false;
      this.delimiter ??= detectDelimiter(this.buffer);
    }
    this.parse(true);
    this.buffer = '';
  }

  private parse(final: boolean): void {
    const text = this.buffer;
    const sepCode = this.delimiter!.charCodeAt(0);
    const n = text.length;
    let i = 0;
    let line = this.line;
    let lineStart = 0;
    let recordStart = 0;
    let recordLine = line;
    let values: string[] = [];
    let lines: number[] = [];
    let columns: number[] = [];
    const pending: CsvSyntaxIssue[] = [];

    const endRecord = (): void => {
      for (const issue of pending) this.onIssue(issue);
      const malformed = pending.length > 0;
      pending.length = 0;
      if (malformed) this.onRecord({ values, lines, columns, malformed });
      else if (!(values.length === 1 && values[0] === '')) this.onRecord({ values, lines, columns });
      values = [];
      lines = [];
      columns = [];
    };

    while (i <= n) {
      const cellLine = line;
      const cellColumn = i - lineStart + 1;
      let value: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let out = '';
        let from = i + 1;
        let j = from;
        let closed = false;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 1 === n && !final) break; // `"` or `""`: the next piece says
            if (text.charCodeAt(j + 1) === QUOTE) {
              out += text.slice(from, j + 1);
              j += 2;
              from = j;
              continue;
            }
            out += text.slice(from, j);
            closed = true;
            j++;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) {
            line++;
            lineStart = j + 1;
          }
          j++;
        }
        if (!closed && !final) break;
        if (!closed) {
          out += text.slice(from, j);
          pending.push(syntax('csv-unterminated-quote', cellLine, cellColumn));
        }
        // Text between the closing quote and the next delimiter is kept, and reported.
        const tailStart = j;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sepCode || c === LF || c === CR) break;
          j++;
        }
        if (j === n && !final) break;
        if (j > tailStart) {
          pending.push(syntax('csv-text-after-quote', line, tailStart - lineStart + 1));
          out += text.slice(tailStart, j);
        }
        value = out;
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sepCode || c === LF || c === CR) break;
          j++;
        }
        if (j === n && !final) break;
        value = text.slice(i, j);
        i = j;
      }
      if (i < n && text.charCodeAt(i) === CR && i + 1 === n && !final) break; // CR, or CRLF cut in two
      values.push(value);
      lines.push(cellLine);
      columns.push(cellColumn);
      if (i >= n) {
        endRecord();
        recordStart = n;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === sepCode) {
        i++;
        continue;
      }
      // Line end: CRLF, LF or a lone CR.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
      if (i - recordStart > this.max) {
        this.tooLong(recordLine);
        return;
      }
      endRecord();
      recordStart = i;
      recordLine = line;
      if (i >= n && !final) break;
    }
    // keep the unfinished record, from its start, for the next piece
    this.line = recordLine;
    this.buffer = recordStart >= n ? '' : text.slice(recordStart);
    if (!final && this.buffer.length > this.max) this.tooLong(recordLine);
  }

  private tooLong(line: number): void {
    this.stopped = true;
    this.buffer = '';
    this.onIssue(syntax('record-too-long', line, 1));
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
  return atBoundary('parseCsv', 'input', () => {
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

function syntax(
  code: 'csv-unterminated-quote' | 'csv-text-after-quote' | 'record-too-long',
  line: number,
  column: number,
): CsvSyntaxIssue {
  const message =
    code === 'record-too-long'
      ? ISSUE_MESSAGES[code]({ limit: '1 MB' })
      : (ISSUE_MESSAGES[code] as () => Label)();
  return { code, line, column, message };
}
