import { atBoundary } from '../../core/guards.js';
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
  return atBoundary('csvLine', 'cells', () => {
    const texts = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) texts[i] = cellText(cells[i], dialect);
    return `${texts.join(dialect.delimiter)}\r\n`;
  });
}

/** Text cells already written, per dialect (bounded: forgotten past 4,096 distinct texts). */
const REMEMBERED = new Map<CsvDialect, Map<string, string>>();

function remembered(text: string, dialect: CsvDialect): string {
  let cells = REMEMBERED.get(dialect);
  if (cells === undefined) {
    cells = new Map();
    REMEMBERED.set(dialect, cells);
  }
  let cell = cells.get(text);
  if (cell === undefined) {
    cell = csvCell(text, true);
    if (cells.size >= 4096) cells.clear();
    cells.set(text, cell);
  }
  return cell;
}

/** One cell in a dialect: a number as is with the dialect's decimal mark (it holds no delimiter, quote or line
 * break), text quoted when needed and formula-safe, a boolean as `true`/`false`, nothing as empty. */
function cellText(c: string | number | boolean | undefined, dialect: CsvDialect): string {
  if (typeof c === 'number') return dialect.decimal === ',' ? String(c).replace('.', ',') : String(c);
  return csvCell(c, typeof c === 'string');
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
  return atBoundary('csvHead', 'columns', () => {
    return `${dialect.bom ? '\uFEFF' : ''}${csvLine(columns, dialect)}`;
  });
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
  return atBoundary('renderCsv', 'model', () => {
    let out = csvHead(RESULT_COLUMNS, dialect);
    for (const row of model.rows) out += csvRows(row.finess, row.name, row.evaluation, dialect);
    return out;
  });
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
  // the cells shared by every line of the evaluation, then of the requirement, are written once; text cells
  // (codes, statuses, sources — the same few strings on every line) are quoted once and remembered
  const d = dialect.delimiter;
  const cell = (c: string | number | boolean | undefined) =>
    typeof c === 'string' ? remembered(c, dialect) : cellText(c, dialect);
  const head = [
    cell(finess),
    cell(name),
    cell(e.period.start),
    cell(e.period.end),
    cell(e.asOf),
    cell(e.programme.id),
    cell(e.programme.version),
    cell(e.palier.status),
  ].join(d);
  const lines: string[] = [];
  for (const group of [e.prerequisites, e.domains])
    for (const req of group) {
      const prefix = `${head}${d}${[cell(req.code), cell(req.kind), cell(req.status)].join(d)}${d}`;
      for (const ind of req.indicators) {
        const expected = ind.expected;
        const gap = ind.gap;
        const provenance = ind.provenance;
        lines.push(
          prefix +
            [
              cell(ind.code),
              cell(ind.status),
              cell(ind.reason),
              cell(ind.observed),
              cell(expected?.comparator),
              cell(expected?.value),
              cell(expected?.inclusive),
              cell(expected?.role),
              cell(gap?.amount),
              cell(gap?.unit),
              cell(provenance?.status),
              cell(provenance?.source),
            ].join(d),
        );
      }
    }
  lines.push('');
  return lines.join('\r\n');
}
