import type { Label } from '../../programme/provenance.js';

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
}

/**
 * A syntax problem in CSV text.
 *
 * @category Input files
 */
export interface CsvSyntaxIssue {
  /** Stable code: `csv-unterminated-quote`, `csv-text-after-quote`. */
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
  /** Syntax problems; parsing goes on after each. */
  readonly issues: readonly CsvSyntaxIssue[];
}

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
}

/**
 * Parses CSV text (RFC 4180: quoted fields with `""` escapes and line breaks, CRLF, LF or CR line ends), with a
 * leading byte-order mark dropped and blank lines skipped. Each cell keeps the line and column where it starts,
 * so later checks can point at it. Never throws: syntax problems come back in `issues`.
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
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const sepCode = sep.charCodeAt(0);
  const records: CsvRecord[] = [];
  const issues: CsvSyntaxIssue[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let values: string[] = [];
  let lines: number[] = [];
  let columns: number[] = [];

  const endRecord = (): void => {
    if (!(values.length === 1 && values[0] === '')) records.push({ values, lines, columns });
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
        } else if (c === CR) {
          // CRLF: the LF that follows counts the line.
        }
        j++;
      }
      if (!closed) {
        out += text.slice(from, j);
        issues.push(syntax('csv-unterminated-quote', cellLine, cellColumn, unterminated));
      }
      // Text between the closing quote and the next delimiter is kept, and reported.
      const tailStart = j;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sepCode || c === LF || c === CR) break;
        j++;
      }
      if (j > tailStart) {
        issues.push(syntax('csv-text-after-quote', line, tailStart - lineStart + 1, textAfterQuote));
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
      value = text.slice(i, j);
      i = j;
    }
    values.push(value);
    lines.push(cellLine);
    columns.push(cellColumn);
    if (i >= n) {
      endRecord();
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
    endRecord();
    if (i >= n) break;
  }
  return { delimiter: sep, records, issues };
}

const unterminated: Label = {
  fr: 'Guillemet ouvrant sans guillemet fermant : le champ court jusqu’à la fin du fichier.',
  en: 'Opening quote without a closing quote: the field runs to the end of the file.',
};

const textAfterQuote: Label = {
  fr: 'Texte après le guillemet fermant d’un champ (doublez les guillemets à l’intérieur d’un champ : "").',
  en: 'Text after the closing quote of a field (double the quotes inside a field: "").',
};

function syntax(code: string, line: number, column: number, message: Label): CsvSyntaxIssue {
  return { code, line, column, message };
}
