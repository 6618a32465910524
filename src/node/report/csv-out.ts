import { type Arguments, atBoundary } from '../../core/guards.js';
import type { Provenance } from '../../core/label.js';
import { palierStatusOf } from '../../dashboards/levels.js';
import type { CompiledIndicator } from '../../evaluation/compile.js';
import { RequirementView } from '../../evaluation/evaluation-view.js';
import { gapFor, observedFor } from '../../evaluation/indicator-record.js';
import { INDICATOR_OUTCOMES } from '../../evaluation/outcome-codes.js';
import type { EstablishmentEvaluation, Expected, Gap, RequirementResult } from '../../evaluation/types.js';
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
  const args: Arguments = { cells: [cells, 'list'], dialect: [dialect, 'object?'] };
  return atBoundary('csvLine', args, () => {
    const texts = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) texts[i] = cellText(cells[i], dialect);
    return `${texts.join(dialect.delimiter)}\r\n`;
  });
}

/** One cell in a dialect: a number as is with the dialect's decimal mark (it holds no delimiter, quote or line
 * break), text quoted when needed and formula-safe, a boolean as `true`/`false`, nothing as empty. */
function cellText(c: string | number | boolean | undefined, dialect: CsvDialect): string {
  if (typeof c === 'number') return dialect.decimal === ',' ? String(c).replace('.', ',') : String(c);
  if (typeof c === 'boolean') return c ? 'true' : 'false';
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
  const args: Arguments = { columns: [columns, 'list'], dialect: [dialect, 'object?'] };
  return atBoundary('csvHead', args, () => {
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
  const args: Arguments = { model: [model, 'object'], dialect: [dialect, 'object?'] };
  return atBoundary('renderCsv', args, () => {
    const rows = new CsvRowWriter(dialect);
    let out = csvHead(RESULT_COLUMNS, dialect);
    for (const row of model.rows) out += rows.rows(row.finess, row.name, row.evaluation);
    return out;
  });
}

/** The cells of an indicator's line that come from its compiled indicator alone (and its outcome). */
interface CompiledCells {
  /** The code, status and reason cells, each followed by its delimiter, by outcome code (filled as met). */
  readonly starts: string[];
  /** The threshold cells between their delimiters. */
  readonly threshold: string;
  /** The provenance cells after their delimiter, to the line end. */
  readonly provenance: string;
  /** The end of a line without a gap: threshold cells, empty gap cells, provenance cells, line end. */
  readonly endWithoutGap: string;
}

/**
 * Writes the CSV rows of evaluations, one per indicator, each ending with CRLF — what {@link renderCsv} and
 * `palier evaluate --format csv` write as soon as each declaration is evaluated. One writer serves one report
 * in one dialect: the cells that repeat on every line (codes, statuses, reasons, thresholds, provenance) are
 * written once and remembered for the report, and the indicators of an evaluation read from compact results
 * are written from its columns, without building their records.
 *
 * @example
 * ```ts
 * const rows = new CsvRowWriter(CSV_DIALECTS.fr);
 * stream.write(csvHead(RESULT_COLUMNS, CSV_DIALECTS.fr));
 * for (const e of evaluations) stream.write(rows.rows(e.finess, names.get(e.finess), e));
 * ```
 */
export class CsvRowWriter {
  readonly #dialect: CsvDialect;
  /** Text cells by text (codes, statuses, sources: the same few strings on every line); bounded. */
  readonly #texts = new Map<string, string>();
  /** The threshold's cells (comparator, expected, inclusive, role) between their delimiters, by threshold. */
  readonly #thresholds = new WeakMap<Expected, string>();
  /** The provenance's cells (status, source) after their delimiter, to the line end, by provenance. */
  readonly #provenances = new WeakMap<Provenance, string>();
  /** The status and reason cells, each followed by a delimiter, by indicator outcome code. */
  readonly #outcomes: string[] = [];
  /** The cells of a compiled indicator that are the same on every line, by compiled indicator. */
  readonly #compiled = new WeakMap<CompiledIndicator, CompiledCells>();
  /** The pieces of the text being written. */
  #parts: string[] = [];

  /**
   * A writer for one report in `dialect`.
   *
   * @example
   * ```ts
   * new CsvRowWriter(CSV_DIALECTS.rfc).rows(e.finess, 'CHU', e);
   * ```
   */
  constructor(dialect: CsvDialect = CSV_DIALECTS.rfc) {
    this.#dialect = dialect;
  }

  /**
   * The rows of one evaluation: one per indicator, prerequisites' then domains', in the order of
   * {@link RESULT_COLUMNS}.
   *
   * @example
   * ```ts
   * rows.rows('750712184', 'CHU', evaluation); // 'finess,name,…\r\n' × indicators
   * ```
   */
  rows(finess: string, name: string | undefined, e: EstablishmentEvaluation): string {
    const dialect = this.#dialect;
    const d = dialect.delimiter;
    // a new list each time: emptying a long one costs more than growing a new one
    const parts: string[] = [];
    this.#parts = parts;
    // the cells shared by every line of the evaluation, then of the requirement, are written once
    const palier = palierStatusOf(e);
    const head = `${cellText(finess, dialect)}${d}${cellText(name, dialect)}${d}${cellText(e.period.start, dialect)}${d}${cellText(e.period.end, dialect)}${d}${cellText(e.asOf, dialect)}${d}${this.#cell(e.programme.id)}${d}${this.#cell(e.programme.version)}${d}${this.#cell(palier)}${d}`;
    this.#requirements(head, e.prerequisites);
    this.#requirements(head, e.domains);
    return parts.join('');
  }

  /** The lines of each requirement's indicators, after the evaluation's cells (`head`). */
  #requirements(head: string, list: readonly RequirementResult[]): void {
    const d = this.#dialect.delimiter;
    const parts = this.#parts;
    for (const req of list) {
      // joined into one flat string: it is copied into every line
      const prefix = [head, this.#cell(req.code), d, this.#cell(req.kind), d, this.#cell(req.status), d].join(
        '',
      );
      if (req instanceof RequirementView) {
        // read from the columns: no record built
        for (const ci of req.compiledIndicators) {
          const code = req.outcomeCode(ci);
          const { status } = INDICATOR_OUTCOMES[code]!;
          const declared = req.declaredValue(ci);
          const cells = this.#compiledCells(ci);
          const start = cells.starts[code] ?? this.#start(cells, ci.code, code);
          const observed = this.#cell(observedFor(status, declared));
          const gap = gapFor(ci, status, declared);
          // a few pieces per line: what does not change from line to line is joined beforehand
          if (gap === undefined) parts.push(prefix, start, observed, cells.endWithoutGap);
          else
            parts.push(
              prefix,
              start,
              observed,
              cells.threshold,
              this.#cell(gap.amount),
              d,
              this.#cell(gap.unit),
              cells.provenance,
            );
        }
      } else
        for (const ind of req.indicators) {
          parts.push(prefix, this.#cell(ind.code), d, this.#cell(ind.status), d, this.#cell(ind.reason), d);
          parts.push(this.#cell(ind.observed), this.#threshold(ind.expected));
          this.#gap(ind.gap);
          parts.push(this.#provenance(ind.provenance));
        }
    }
  }

  /** The gap cells (amount, unit), empty without a gap. */
  #gap(gap: Gap | undefined): void {
    if (gap === undefined) this.#parts.push(this.#dialect.delimiter);
    else this.#parts.push(this.#cell(gap.amount), this.#dialect.delimiter, this.#cell(gap.unit));
  }

  /** A cell; text cells are quoted once and remembered (forgotten past 4,096 distinct texts). */
  #cell(c: string | number | boolean | undefined): string {
    if (typeof c !== 'string') return cellText(c, this.#dialect);
    let cell = this.#texts.get(c);
    if (cell === undefined) {
      cell = csvCell(c, true);
      if (this.#texts.size >= 4096) this.#texts.clear();
      this.#texts.set(c, cell);
    }
    return cell;
  }

  /** The cells of a compiled indicator that are the same on every line. */
  #compiledCells(ci: CompiledIndicator): CompiledCells {
    let cells = this.#compiled.get(ci);
    if (cells === undefined) {
      const threshold = this.#threshold(ci.threshold?.expected);
      const provenance = this.#provenance(ci.provenance);
      cells = {
        starts: [],
        threshold,
        provenance,
        endWithoutGap: `${threshold}${this.#dialect.delimiter}${provenance}`,
      };
      this.#compiled.set(ci, cells);
    }
    return cells;
  }

  /** The code, status and reason cells of an indicator with outcome `code`, remembered in `cells`. */
  #start(cells: CompiledCells, indicator: string, code: number): string {
    const start = `${this.#cell(indicator)}${this.#dialect.delimiter}${this.#outcome(code)}`;
    cells.starts[code] = start;
    return start;
  }

  /** The status and reason cells of an indicator outcome code, each followed by its delimiter. */
  #outcome(code: number): string {
    let cells = this.#outcomes[code];
    if (cells === undefined) {
      const { status, reason } = INDICATOR_OUTCOMES[code]!;
      const d = this.#dialect.delimiter;
      cells = `${this.#cell(status)}${d}${this.#cell(reason)}${d}`;
      this.#outcomes[code] = cells;
    }
    return cells;
  }

  /** The comparator, expected value, inclusive and role cells of a threshold (empty without one), between
   * delimiters. */
  #threshold(expected: Expected | undefined): string {
    const d = this.#dialect.delimiter;
    if (expected === undefined) return `${d}${d}${d}${d}${d}`;
    let cells = this.#thresholds.get(expected);
    if (cells === undefined) {
      cells = `${d}${this.#cell(expected.comparator)}${d}${this.#cell(expected.value)}${d}${this.#cell(expected.inclusive)}${d}${this.#cell(expected.role)}${d}`;
      this.#thresholds.set(expected, cells);
    }
    return cells;
  }

  /** The status and source cells of a provenance (empty without one) after a delimiter, to the line end. */
  #provenance(provenance: Provenance | undefined): string {
    const d = this.#dialect.delimiter;
    if (provenance === undefined) return `${d}${d}\r\n`;
    let cells = this.#provenances.get(provenance);
    if (cells === undefined) {
      cells = `${d}${this.#cell(provenance.status)}${d}${this.#cell(provenance.source)}\r\n`;
      this.#provenances.set(provenance, cells);
    }
    return cells;
  }
}
