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
export function renderCsv(model: ReportModel): string {
  let out = `${RESULT_COLUMNS.join(',')}\r\n`;
  for (const row of model.rows) out += csvRows(row.finess, row.name, row.evaluation);
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
export function csvRows(finess: string, name: string | undefined, e: EstablishmentEvaluation): string {
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
      out += `${cells.map((c) => csvCell(c, typeof c === 'string')).join(',')}\r\n`;
    }
  }
  return out;
}
