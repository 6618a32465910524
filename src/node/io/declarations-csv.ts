import { parseFiness } from '../../actors/finess.js';
import { type Arguments, atBoundary } from '../../core/guards.js';
import type { PalierIssue } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { IndicatorKind } from '../../programme/types.js';
import { numberCell, shortWhole, yesNoCell, yesNoOf } from './cells.js';
import type { CsvRecord } from './csv.js';
import { CsvCells } from './csv-scanner.js';
import type { ColumnIndex } from './header.js';

/**
 * A column name of the long declarations CSV.
 *
 * @category Input files
 */
export type DeclarationColumn =
  | 'finess'
  | 'level'
  | 'ght'
  | 'programme'
  | 'version'
  | 'period_start'
  | 'period_end'
  | 'indicator'
  | 'kind'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'na_reason'
  | 'declared_on'
  | 'declared_by'
  | 'method';

/**
 * Columns of the long declarations CSV, with the French aliases accepted for each.
 *
 * @category Input files
 */
export const DECLARATION_COLUMNS: Readonly<Record<DeclarationColumn, readonly string[]>> = {
  finess: [],
  level: ['niveau'],
  ght: [],
  programme: ['program'],
  version: [],
  period_start: ['periode_debut', 'debut_periode', 'debut', 'start'],
  period_end: ['periode_fin', 'fin_periode', 'fin', 'end'],
  indicator: ['indicateur', 'code'],
  kind: ['type', 'nature'],
  value: ['valeur'],
  numerator: ['numerateur'],
  denominator: ['denominateur'],
  na_reason: ['motif_na', 'raison_na', 'not_applicable'],
  declared_on: ['date_declaration'],
  declared_by: ['declarant'],
  method: ['methode'],
};

/**
 * Columns a declarations CSV must have.
 *
 * @category Input files
 */
export const REQUIRED_DECLARATION_COLUMNS: readonly DeclarationColumn[] = [
  'finess',
  'period_start',
  'period_end',
  'indicator',
];

/**
 * One row of the long declarations CSV turned into a candidate: the head of its declaration (FINESS, level,
 * programme, period…), its indicator code and value, as read — no rule applied yet; the declaration's checks
 * run once the rows of a declaration are together.
 *
 * @category Input files
 */
export interface DeclarationRow {
  /** What groups rows into one declaration: FINESS, level, GHT, programme, version, period. */
  readonly key: string;
  /** The declaration's fields other than `values`, as read. */
  readonly head: Readonly<Record<string, unknown>>;
  /** Indicator code (empty when the cell is). */
  readonly code: string;
  /** The value read from the cells; a bare `{ kind }` when they could not be read (the engine says `invalid`). */
  readonly value: unknown;
  /** Problems of the row's own cells, each with the column it concerns. */
  readonly issues: readonly RowIssue[];
}

/**
 * A problem of one cell of a declarations CSV row.
 *
 * @category Input files
 */
export interface RowIssue {
  /** The column of the cell. */
  readonly column: DeclarationColumn;
  /** What is wrong. */
  readonly issue: PalierIssue;
}

/**
 * Reads one data row of the long declarations CSV into a {@link DeclarationRow}. Cells are only read: numbers
 * by palier's one number grammar (`readNumber`), dates `JJ/MM/AAAA` written `YYYY-MM-DD`, level aliases (`EJ`,
 * `ET`) spelled out. A row whose field count differs from the header's is an error for that row.
 *
 * @example
 * ```ts
 * const row = readDeclarationRow(record, 16, index, { programme: { id: 'hopen', version: '2019.1' }, kindOf });
 * row.value; // { kind: 'rate', numerator: 49, denominator: 50 }
 * ```
 *
 * @category Input files
 */
export function readDeclarationRow(
  record: CsvRecord,
  width: number,
  index: ColumnIndex<DeclarationColumn>,
  options: {
    readonly programme: { readonly id: string; readonly version: string };
    readonly kindOf: (code: string) => IndicatorKind | undefined;
    /** The FINESS of a cell, canonical when it is valid (default: `parseFiness`; a reader may remember it). */
    readonly finessOf?: (raw: string) => string;
  },
): DeclarationRow {
  const args: Arguments = {
    record: [record, 'object'],
    width: [width, 'number'],
    index: [index, 'object'],
    options: [options, 'object'],
  };
  return atBoundary('readDeclarationRow', args, () => {
    const rows = new DeclarationRows(index, width, options);
    rows.read(CsvCells.of(record));
    const { key, head, code, value } = rows;
    return { key, head, code, value, issues: [...rows.issues] };
  });
}

/** Options of {@link readDeclarationRow}. */
type DeclarationRowOptions = Parameters<typeof readDeclarationRow>[3];

/** The cells of a row that make its declaration's head, in the order they are compared. */
const HEAD_COLUMNS = [
  'finess',
  'level',
  'ght',
  'programme',
  'version',
  'period_start',
  'period_end',
  'method',
  'declared_on',
  'declared_by',
] as const satisfies readonly DeclarationColumn[];

/**
 * The data rows of a declarations CSV read one after the other (internal; {@link readDeclarationRow} reads one):
 * after {@link DeclarationRows.read}, its fields are the row's. The rows of a declaration repeat its head cells,
 * so the head and key are built again only when one of those cells differs from the previous row's.
 */
export class DeclarationRows {
  /** What groups rows into one declaration: FINESS, level, GHT, programme, version, period. */
  key = '';
  /** The declaration's fields other than `values`, as read (the same object while the head cells repeat). */
  head: Readonly<Record<string, unknown>> = {};
  /** Indicator code (empty when the cell is). */
  code = '';
  /** The value read from the cells (see {@link DeclarationRow.value}); `undefined` without a code. */
  value: unknown;
  /** Problems of the row's own cells (emptied by the next read). */
  readonly issues: RowIssue[] = [];
  /** Whether the row's head cells are those of the row read before (same head and key). */
  sameHead = false;
  /** Where each column is in a row (-1: the file has none). */
  private readonly at: Readonly<Record<DeclarationColumn, number>>;
  private readonly headAt: readonly number[];
  /** The head cells, as they were, of the row the head was built from. */
  private readonly headCells: string[] = [];
  /** First and last head cell when the head cells are side by side (a file's usual layout); else -1. */
  private readonly headFirst: number;
  private readonly headLast: number;
  /** Those head cells' text, delimiters included, in the row the head was built from (when it has no quote). */
  private headSpan: string | undefined;
  private headRead = false;

  /**
   * @param index - where each column is.
   * @param width - the header's field count.
   * @param options - programme, kinds, FINESS reading.
   */
  constructor(
    index: ColumnIndex<DeclarationColumn>,
    private readonly width: number,
    private readonly options: DeclarationRowOptions,
  ) {
    const at = {} as Record<DeclarationColumn, number>;
    for (const c of Object.keys(DECLARATION_COLUMNS) as DeclarationColumn[]) at[c] = index[c] ?? -1;
    this.at = at;
    this.headAt = HEAD_COLUMNS.map((c) => at[c]);
    const present = this.headAt.filter((i) => i !== -1);
    const together = present.length > 0 && Math.max(...present) - Math.min(...present) + 1 === present.length;
    this.headFirst = together ? Math.min(...present) : -1;
    this.headLast = together ? Math.max(...present) : -1;
  }

  /** Reads a row's cells (used during the call only). */
  read(cells: CsvCells): void {
    const issues = this.issues;
    if (issues.length > 0) issues.length = 0;
    if (cells.count !== this.width) {
      issues.push({
        column: 'finess',
        issue: issue(
          'csv-field-count',
          { received: cells.count, expected: this.width },
          { expected: String(this.width), received: String(cells.count) },
        ),
      });
    }
    this.sameHead = this.headRead && this.repeatsHead(cells);
    if (!this.sameHead) this.readHead(cells);
    const at = this.at;
    const code = cellOf(cells, at.indicator);
    this.code = code;
    if (code === '') {
      issues.push({ column: 'indicator', issue: issue('required', {}, { path: ['indicator'] }) });
      this.value = undefined;
      return;
    }
    if (code === '__proto__') {
      // never a key of a declaration's values (it would set their prototype): refused at its cell, as in JSON
      const refused = issue('forbidden-key', { received: code }, { path: ['indicator'], received: code });
      issues.push({ column: 'indicator', issue: refused });
      this.value = undefined;
      return;
    }
    this.value = this.readValue(cells, code);
  }

  /** The value of a row whose indicator is `code`, read from its value cells (its problems in `issues`). */
  private readValue(cells: CsvCells, code: string): unknown {
    const at = this.at;
    const issues = this.issues;
    const raw = cellOf(cells, at.value);
    const num = cellOf(cells, at.numerator);
    const den = cellOf(cells, at.denominator);
    const na = cellOf(cells, at.na_reason);
    const kindCell = cellOf(cells, at.kind).toLowerCase();
    const kind = kindCell !== '' ? kindCell : (this.options.kindOf(code) ?? inferKind(raw, num, den));
    if (na !== '') {
      if (raw !== '' || num !== '' || den !== '') {
        issues.push({ column: 'na_reason', issue: issue('conflicting-values', {}, { path: ['na_reason'] }) });
        return marker(kind, kindCell);
      }
      return { kind: 'not-applicable', reason: own(na) };
    }
    if (raw === '' && num === '' && den === '') {
      issues.push({ column: 'value', issue: issue('missing-value', { code }, { path: ['value'] }) });
      return marker(kind, kindCell);
    }
    if (kind === 'yes-no') {
      const answer = yesNoOf(raw);
      if (answer !== undefined) return { kind, value: answer };
      const r = yesNoCell(raw);
      for (const i of r.issues) issues.push({ column: 'value', issue: { ...i, path: ['value'] } });
      return marker(kind, kindCell);
    }
    if (kind === 'count') {
      const n = numberOf('value', raw, false, issues);
      return n === undefined ? marker(kind, kindCell) : { kind, value: n };
    }
    if (kind === 'rate' && (num !== '' || den !== '')) {
      const numerator = num !== '' ? numberOf('numerator', num, false, issues) : undefined;
      const denominator = den !== '' ? numberOf('denominator', den, false, issues) : undefined;
      if ((numerator === undefined && num !== '') || (denominator === undefined && den !== ''))
        return marker(kind, kindCell);
      if (num !== '' && den !== '') return { kind, numerator, denominator };
      return num !== '' ? { kind, numerator } : { kind, denominator };
    }
    if (kind === 'rate') {
      const p = numberOf('value', raw, true, issues);
      return p === undefined ? marker(kind, kindCell) : { kind, percent: p };
    }
    return marker(kind, kindCell);
  }

  /** Whether every head cell of the row is, as it is written, the one the head was built from. */
  private repeatsHead(cells: CsvCells): boolean {
    // side by side and unquoted in both rows: one comparison of their text, delimiters included
    if (this.headSpan !== undefined && cells.quotedCount === 0 && this.headLast < cells.count)
      return cells.spanIs(this.headFirst, this.headLast, this.headSpan);
    const headAt = this.headAt;
    for (let k = 0; k < headAt.length; k++) {
      const i = headAt[k] as number;
      if (i !== -1 && !cells.is(i, this.headCells[k] as string)) return false;
    }
    return true;
  }

  private readHead(cells: CsvCells): void {
    this.headRead = true;
    const span = this.headFirst === -1 ? undefined : cells.span(this.headFirst, this.headLast);
    this.headSpan = span === undefined ? undefined : own(span);
    this.headAt.forEach((i, k) => {
      this.headCells[k] = i === -1 ? '' : own(cells.cell(i));
    });
    const at = this.at;
    const cell = (i: number): string => cellOf(cells, i);
    const finess = (this.options.finessOf ?? canonicalFiness)(cell(at.finess));
    const level = levelOf(cell(at.level));
    const ght = cell(at.ght);
    const programme = {
      id: cell(at.programme) || this.options.programme.id,
      version: cell(at.version) || this.options.programme.version,
    };
    const period = { start: dateText(cell(at.period_start)), end: dateText(cell(at.period_end)) };
    const head: Record<string, unknown> = { finess, level, programme, period };
    if (ght !== '') head.ght = ght;
    const [method, declaredOn, declaredBy] = [cell(at.method), cell(at.declared_on), cell(at.declared_by)];
    if (method !== '') head.method = method;
    if (declaredOn !== '') head.declaredOn = dateText(declaredOn);
    if (declaredBy !== '') head.declaredBy = declaredBy;
    this.head = head;
    this.key = [finess, level, ght, programme.id, programme.version, period.start, period.end].join('\u0000');
  }
}

/** A cell's text, trimmed (`''` for a column the file does not have, or a cell the row does not have). */
function cellOf(cells: CsvCells, i: number): string {
  return i === -1 ? '' : cells.cell(i).trim();
}

/**
 * A FINESS cell in its canonical form when it is valid; else as it is, for the declaration's check to judge.
 *
 * @example
 * ```ts
 * canonicalFiness('75 071 218 4'); // '750712184'
 * canonicalFiness('750712148');    // '750712148' (wrong check key: the schema reports it)
 * ```
 */
export function canonicalFiness(raw: string): string {
  const parsed = parseFiness(raw);
  return parsed.ok ? parsed.value.finess : raw;
}

/** `JJ/MM/AAAA` written `YYYY-MM-DD`; anything else as it is, for the date check to judge. */
function dateText(raw: string): string {
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
  return fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : raw;
}

function levelOf(raw: string): string {
  const s = raw.toLowerCase();
  if (s === '' || s === 'legal-entity' || s === 'ej') return 'legal-entity';
  if (s === 'site' || s === 'et' || s === 'eg') return 'site';
  return s;
}

const KINDS: ReadonlySet<string> = new Set(['yes-no', 'rate', 'count']);

/** A value that could not be read: its kind alone (the engine says `invalid`). */
function marker(kind: string, kindCell: string): { kind: string } {
  return { kind: KINDS.has(kind) ? kind : kindCell };
}

/** A number cell read, or `undefined` with its issues (at the column). */
function numberOf(
  column: DeclarationColumn,
  text: string,
  percent: boolean,
  issues: RowIssue[],
): number | undefined {
  const whole = shortWhole(text);
  if (whole !== undefined) return whole;
  const r = numberCell(text, { percent });
  if (r.ok) return r.value;
  for (const i of r.issues) issues.push({ column, issue: { ...i, path: [column] } });
  return undefined;
}

/** Kind of a value whose indicator the programme does not know, from the cells' shape. */
function inferKind(raw: string, num: string, den: string): IndicatorKind {
  if (num !== '' || den !== '') return 'rate';
  if (yesNoOf(raw) !== undefined && !/^[01]$/.test(raw)) return 'yes-no';
  if (/^\d+$/.test(raw)) return 'count';
  return 'rate';
}

/**
 * A copy of a cell's text that does not keep the piece of input it was cut from alive: V8 cuts a substring of 13
 * characters or more as a view on its parent, so a reason held until its declaration is complete would pin a
 * whole 64 KB piece of the file.
 */
function own(text: string): string {
  return ` ${text}`.slice(1);
}
