import type { EstablishmentEvaluation } from '../../evaluation/types.js';
import type { ReportModel } from './model.js';

/**
 * Columns of the CSV export: one row per evaluation × indicator.
 *
 * @category Reports
 */
export const RESULT_COLUMNS = [
  'finess',
  'name',
  'period_start',
  'period_end',
  'as_of',
  'programme',
  'version',
  'palier',
  'requirement',
  'requirement_kind',
  'requirement_status',
  'indicator',
  'status',
  'reason',
  'observed',
  'comparator',
  'expected',
  'inclusive',
  'role',
  'gap',
  'gap_unit',
  'provenance_status',
  'provenance_source',
] as const;

/**
 * Quotes a CSV cell when needed (delimiter, quote, line break, surrounding space), and defuses spreadsheet
 * formulas: text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
 *
 * @example
 * ```ts
 * csvCell('a,b');          // '"a,b"'
 * csvCell('=HYPERLINK()'); // "'=HYPERLINK()"
 * ```
 *
 * @category Reports
 */
export function csvCell(value: string | number | boolean | undefined, text = true): string {
  if (value === undefined) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * How a CSV file is written: the delimiter, the decimal mark of numbers, whether a UTF-8 byte-order mark
 * starts the file. Lines always end with CRLF (RFC 4180, and what spreadsheets write).
 *
 * @category Reports
 */
export interface CsvDialect {
  /** Name (`--csv-dialect`). */
  readonly name: 'rfc' | 'fr' | 'excel';
  /** Field delimiter. */
  readonly delimiter: ',' | ';';
  /** Decimal mark of numbers. */
  readonly decimal: '.' | ',';
  /** Whether the file starts with a UTF-8 byte-order mark (how Excel knows the file is UTF-8). */
  readonly bom: boolean;
}

/**
 * The CSV dialects of `--csv-dialect`: `rfc` (the default: comma, decimal point, no byte-order mark — for R,
 * pandas and tools), `fr` (semicolon, decimal comma, UTF-8 byte-order mark: what French Excel opens as
 * columns with numbers), `excel` (comma, decimal point, UTF-8 byte-order mark: Excel in an English locale).
 *
 * @category Reports
 */
export const CSV_DIALECTS: Readonly<Record<CsvDialect['name'], CsvDialect>> = Object.freeze({
  rfc: { name: 'rfc', delimiter: ',', decimal: '.', bom: false },
  fr: { name: 'fr', delimiter: ';', decimal: ',', bom: true },
  excel: { name: 'excel', delimiter: ',', decimal: '.', bom: true },
});

/**
 * One CSV line (ending with CRLF) in a dialect: text cells quoted when needed and formula-safe
 * (quoted where needed), numbers with the dialect's decimal mark.
 *
 * @example
 * ```ts
 * csvLine(['D2.2', 97.5, 'a;b'], CSV_DIALECTS.fr); // 'D2.2;97,5;"a;b"\r\n'
 * ```
 *
 * @category Reports
 */
export function csvLine(
  cells: readonly (string | number | boolean | undefined)[],
  dialect: CsvDialect = CSV_DIALECTS.rfc,
): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i > 0) out += dialect.delimiter;
    // a number holds no delimiter, quote or line break: written as is, with the dialect's decimal mark
    if (typeof c === 'number') out += dialect.decimal === ',' ? String(c).replace('.', ',') : String(c);
    else out += csvCell(c, typeof c === 'string');
  }
  return `${out}\r\n`;
}

/**
 * The start of a CSV file in a dialect: the byte-order mark when the dialect has one, then the header line.
 *
 * @example
 * ```ts
 * csvHead(['finess', 'status'], CSV_DIALECTS.fr); // '\uFEFFfiness;status\r\n'
 * ```
 *
 * @category Reports
 */
export function csvHead(columns: readonly string[], dialect: CsvDialect = CSV_DIALECTS.rfc): string {
  return `${dialect.bom ? '\uFEFF' : ''}${csvLine(columns, dialect)}`;
}

/**
 * Renders the results as CSV (comma-separated, UTF-8, CRLF line ends, a header): one row per evaluation and
 * indicator, numbers with a decimal point — a tidy table for spreadsheets, R or pandas.
 *
 * @example
 * ```ts
 * writeFileSync('results.csv', renderCsv(model));
 * ```
 *
 * @category Reports
 */
export function renderCsv(model: ReportModel, dialect: CsvDialect = CSV_DIALECTS.rfc): string {
  let out = csvHead(RESULT_COLUMNS, dialect);
  for (const row of model.rows) out += csvRows(row.finess, row.name, row.evaluation, dialect);
  return out;
}

/**
 * The CSV rows of one evaluation (one per indicator, each ending with CRLF), as {@link renderCsv} writes them:
 * what `palier evaluate --format csv` writes as soon as each declaration is evaluated.
 *
 * @example
 * ```ts
 * stream.write(`${RESULT_COLUMNS.join(',')}\r\n`);
 * stream.write(csvRows(e.finess, 'CHU', e));
 * ```
 *
 * @category Reports
 */
export function csvRows(
  finess: string,
  name: string | undefined,
  e: EstablishmentEvaluation,
  dialect: CsvDialect = CSV_DIALECTS.rfc,
): string {
  let out = '';
  for (const req of [...e.prerequisites, ...e.domains]) {
    for (const ind of req.indicators) {
      const cells: (string | number | boolean | undefined)[] = [
        finess,
        name,
        e.period.start,
        e.period.end,
        e.asOf,
        e.programme.id,
        e.programme.version,
        e.palier.status,
        req.code,
        req.kind,
        req.status,
        ind.code,
        ind.status,
        ind.reason,
        ind.observed,
        ind.expected?.comparator,
        ind.expected?.value,
        ind.expected?.inclusive,
        ind.expected?.role,
        ind.gap?.amount,
        ind.gap?.unit,
        ind.provenance?.status,
        ind.provenance?.source,
      ];
      out += csvLine(cells, dialect);
    }
  }
  return out;
}
