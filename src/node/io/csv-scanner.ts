import { atBoundary } from '../../core/guards.js';
import type { Label } from '../../core/label.js';
import { ISSUE_MESSAGES } from '../../core/messages.js';
import type { CsvDelimiter, CsvRecord, CsvSyntaxIssue, CsvTokenizerOptions } from './csv.js';

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
 * The cells of the record a {@link CsvScanner} has just read (internal), valid only while its `onCells` callback
 * runs: the same object, and its arrays, are reused for the next record. A cell is cut from the text only when
 * asked ({@link CsvCells.cell}), and can be compared with a string ({@link CsvCells.is}), so a
 * reader pays for the cells it uses.
 */
export class CsvCells {
  /** Number of cells. */
  count = 0;
  /** Set when a quoting problem was found in the record (reported apart): its cells are not sure. */
  malformed = false;
  /** The text the cells are in (the scanner's buffer). */
  text = '';
  /** Start and end (exclusive) of each unquoted cell in `text`. */
  starts: Int32Array<ArrayBuffer> = new Int32Array(16);
  ends: Int32Array<ArrayBuffer> = new Int32Array(16);
  /** Line and column (1-based) where each cell starts. */
  lines: Int32Array<ArrayBuffer> = new Int32Array(16);
  columns: Int32Array<ArrayBuffer> = new Int32Array(16);
  /** Value of each quoted cell (its quotes removed, `""` read `"`); `undefined` for an unquoted cell. */
  readonly quoted: (string | undefined)[] = [];
  /** How many cells are quoted. */
  quotedCount = 0;

  /** The value of cell `i` (`''` past the last cell). */
  cell(i: number): string {
    if (i >= this.count) return '';
    return this.quoted[i] ?? this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Whether cell `i` is exactly `value` (a missing cell is `''`). */
  is(i: number, value: string): boolean {
    if (i >= this.count) return value === '';
    const q = this.quoted[i];
    if (q !== undefined) return q === value;
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    // a slice compared is several times faster than `startsWith` at a position (Node 20)
    return end - start === value.length && this.text.slice(start, end) === value;
  }

  /** The cells of a record read apart (every value taken as it is). */
  static of(record: CsvRecord): CsvCells {
    const cells = new CsvCells();
    record.values.forEach((value, i) => {
      cells.add(0, 0, value, record.lines?.[i] ?? 0, record.columns?.[i] ?? 0);
    });
    cells.malformed = record.malformed === true;
    return cells;
  }

  /** The cells as a {@link CsvRecord} of their own. */
  record(): CsvRecord {
    const values: string[] = [];
    const lines: number[] = [];
    const columns: number[] = [];
    for (let i = 0; i < this.count; i++) {
      values.push(this.cell(i));
      lines.push(this.lines[i] as number);
      columns.push(this.columns[i] as number);
    }
    return this.malformed ? { values, lines, columns, malformed: true } : { values, lines, columns };
  }

  /**
   * The text from the start of cell `first` to the end of cell `last`, delimiters included, when the record has
   * those cells and no quoted cell (else `undefined`): equal spans are equal cells, as an unquoted cell holds no
   * delimiter.
   */
  span(first: number, last: number): string | undefined {
    if (this.quotedCount > 0 || last >= this.count) return undefined;
    return this.text.slice(this.starts[first], this.ends[last]);
  }

  /** Whether the record has cells `first` to `last`, no quoted cell, and {@link CsvCells.span} `span` there. */
  spanIs(first: number, last: number, span: string): boolean {
    if (this.quotedCount > 0 || last >= this.count) return false;
    const start = this.starts[first] as number;
    const end = this.ends[last] as number;
    return end - start === span.length && this.text.slice(start, end) === span;
  }

  /** Whether the record is blank (one empty cell): blank lines are skipped. */
  blank(): boolean {
    return this.count === 1 && this.is(0, '');
  }

  /** Appends a cell. */
  add(start: number, end: number, quoted: string | undefined, line: number, column: number): void {
    const k = this.count++;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.lines[k] = line;
    this.columns[k] = column;
    this.quoted[k] = quoted;
    if (quoted !== undefined) this.quotedCount++;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const more = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts);
    this.ends = more(this.ends);
    this.lines = more(this.lines);
    this.columns = more(this.columns);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The scanning behind {@link CsvTokenizer} (internal): the same reading, but each record is handed on as the
 * reused {@link CsvCells} — palier's readers read the cells they need during the call and keep none — rather than
 * as arrays of its own. Blank records are skipped (not malformed ones).
 */
export class CsvScanner {
  /** Delimiter in use (`undefined` until the first line is seen when it is detected). */
  delimiter: CsvDelimiter | undefined;
  /** Whether a `record-too-long` error ended the reading. */
  stopped = false;
  private readonly max: number;
  private buffer = '';
  private line = 1;
  private first = true;
  private readonly cells = new CsvCells();
  private readonly pending: CsvSyntaxIssue[] = [];

  /**
   * @param options - delimiter and record limit (required here).
   * @param onCells - called with each record, in order.
   * @param onIssue - called with each syntax problem.
   */
  constructor(
    options: CsvTokenizerOptions & { readonly maxRecordLength: number },
    private readonly onCells: (cells: CsvCells) => void,
    private readonly onIssue: (issue: CsvSyntaxIssue) => void,
  ) {
    this.delimiter = options.delimiter;
    this.max = options.maxRecordLength;
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
    this.scan(false);
  }

  /** Ends the input: the last record, unterminated quotes reported. */
  end(): void {
    if (this.stopped) return;
    if (this.first) {
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      this.first = false;
      this.delimiter ??= detectDelimiter(this.buffer);
    }
    this.scan(true);
    this.buffer = '';
  }

  /** Reads what the buffer holds (with `final`, to its end). */
  private scan(final: boolean): void {
    const text = this.buffer;
    const cells = this.cells;
    cells.text = text;
    cells.count = 0;
    cells.quotedCount = 0;
    const sepCode = this.delimiter!.charCodeAt(0);
    const n = text.length;
    let i = 0;
    let line = this.line;
    let lineStart = 0;
    let recordStart = 0;
    let recordLine = line;
    const delimiter = this.delimiter!;
    // the first quote, CR and LF at or after `i` (n when none), found again once `i` passes them (a text with
    // no LF at all, as old Mac files, would otherwise be searched to its end for every record)
    let nextQuote = -1;
    let nextCr = -1;
    let nextLf = -1;

    while (i <= n) {
      if (cells.count === 0 && i < n) {
        // most records: one line (LF or CRLF) with no quote and no other CR — cut where the delimiters are, found
        // by the engine's string search rather than character by character
        if (nextQuote < i) nextQuote = indexOrEnd(text, '"', i);
        if (nextCr < i) nextCr = indexOrEnd(text, '\r', i);
        if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
        const lf = nextLf;
        if (lf < n && lf < nextQuote && (nextCr > lf || nextCr === lf - 1)) {
          const end = nextCr === lf - 1 ? lf - 1 : lf;
          for (let start = i; ; ) {
            const sep = text.indexOf(delimiter, start);
            if (sep === -1 || sep >= end) {
              cells.add(start, end, undefined, line, start - lineStart + 1);
              break;
            }
            cells.add(start, sep, undefined, line, start - lineStart + 1);
            start = sep + 1;
          }
          i = lf + 1;
          if (!this.recordEnds(i - recordStart, recordLine)) return;
          lineStart = recordStart = i;
          recordLine = ++line;
          continue;
        }
      }
      const cellLine = line;
      const cellColumn = i - lineStart + 1;
      let start = i;
      let end: number;
      let value: string | undefined;
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
          this.pending.push(syntax('csv-unterminated-quote', cellLine, cellColumn));
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
          this.pending.push(syntax('csv-text-after-quote', line, tailStart - lineStart + 1));
          out += text.slice(tailStart, j);
        }
        value = out;
        start = end = j;
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sepCode || c === LF || c === CR) break;
          j++;
        }
        if (j === n && !final) break;
        end = j;
        i = j;
      }
      if (i < n && text.charCodeAt(i) === CR && i + 1 === n && !final) break; // CR, or CRLF cut in two
      cells.add(start, end, value, cellLine, cellColumn);
      if (i >= n) {
        this.endRecord();
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
      if (!this.recordEnds(i - recordStart, recordLine)) return;
      lineStart = recordStart = i;
      recordLine = ++line;
      if (i >= n && !final) break;
    }
    // the unfinished record (its cells and issues are found again from its start with the next piece)
    cells.count = 0;
    cells.quotedCount = 0;
    if (this.pending.length > 0) this.pending.length = 0;
    this.line = recordLine;
    this.buffer = recordStart >= n ? '' : text.slice(recordStart);
    if (!final && this.buffer.length > this.max) this.tooLong(recordLine);
  }

  /**
   * A record of `length` characters, line end included, ends: handed on, or — too long — reported, and the
   * reading stopped (then `false`).
   */
  private recordEnds(length: number, recordLine: number): boolean {
    if (length > this.max) {
      this.tooLong(recordLine);
      return false;
    }
    this.endRecord();
    return true;
  }

  private endRecord(): void {
    const cells = this.cells;
    const pending = this.pending;
    cells.malformed = pending.length > 0;
    if (cells.malformed) {
      for (const p of pending) this.onIssue(p);
      pending.length = 0;
    }
    if (cells.malformed || !cells.blank()) this.onCells(cells);
    cells.count = 0;
    cells.quotedCount = 0;
  }

  private tooLong(line: number): void {
    this.stopped = true;
    this.buffer = '';
    this.onIssue(syntax('record-too-long', line, 1));
  }
}

/** Where `search` next is in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
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
