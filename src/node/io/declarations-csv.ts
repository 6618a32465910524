import { parseFiness } from '../../actors/finess.js';
import { atBoundary } from '../../core/guards.js';
import type { PalierIssue } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { IndicatorKind } from '../../programme/types.js';
import { numberCell, yesNoCell } from './cells.js';
import type { CsvRecord } from './csv.js';
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
  return atBoundary('readDeclarationRow', 'record', () => {
    const cell = (c: DeclarationColumn): string => {
      const i = index[c];
      return i === undefined ? '' : (record.values[i] ?? '').trim();
    };
    const issues: { column: DeclarationColumn; issue: PalierIssue }[] = [];
    if (record.values.length !== width) {
      issues.push({
        column: 'finess',
        issue: issue(
          'csv-field-count',
          { received: record.values.length, expected: width },
          { expected: String(width), received: String(record.values.length) },
        ),
      });
    }
    const finess = (options.finessOf ?? canonicalFiness)(cell('finess'));
    const level = levelOf(cell('level'));
    const ght = cell('ght');
    const programme = {
      id: cell('programme') || options.programme.id,
      version: cell('version') || options.programme.version,
    };
    const period = { start: dateText(cell('period_start')), end: dateText(cell('period_end')) };
    const head: Record<string, unknown> = { finess, level, programme, period };
    if (ght !== '') head.ght = ght;
    const [method, declaredOn, declaredBy] = [cell('method'), cell('declared_on'), cell('declared_by')];
    if (method !== '') head.method = method;
    if (declaredOn !== '') head.declaredOn = dateText(declaredOn);
    if (declaredBy !== '') head.declaredBy = declaredBy;
    const code = cell('indicator');
    if (code === '')
      issues.push({ column: 'indicator', issue: issue('required', {}, { path: ['indicator'] }) });
    const value = code === '' ? undefined : readValue(code, cell, options.kindOf, issues);
    const key = [finess, level, ght, programme.id, programme.version, period.start, period.end].join(
      '\u0000',
    );
    return { key, head, code, value, issues };
  });
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

function readValue(
  code: string,
  cell: (c: DeclarationColumn) => string,
  kindOf: (code: string) => IndicatorKind | undefined,
  issues: { column: DeclarationColumn; issue: PalierIssue }[],
): unknown {
  const raw = cell('value');
  const num = cell('numerator');
  const den = cell('denominator');
  const na = cell('na_reason');
  const kindCell = cell('kind').toLowerCase();
  const kind = kindCell !== '' ? kindCell : (kindOf(code) ?? inferKind(raw, num, den));
  const marker = { kind: KINDS.has(kind) ? kind : kindCell };
  if (na !== '') {
    if (raw !== '' || num !== '' || den !== '') {
      issues.push({ column: 'na_reason', issue: issue('conflicting-values', {}, { path: ['na_reason'] }) });
      return marker;
    }
    return { kind: 'not-applicable', reason: own(na) };
  }
  if (raw === '' && num === '' && den === '') {
    issues.push({ column: 'value', issue: issue('missing-value', { code }, { path: ['value'] }) });
    return marker;
  }
  const number = (column: DeclarationColumn, text: string, percent = false): number | undefined => {
    const r = numberCell(text, { percent });
    if (r.ok) return r.value;
    for (const i of r.issues) issues.push({ column, issue: { ...i, path: [column] } });
    return undefined;
  };
  if (kind === 'yes-no') {
    const r = yesNoCell(raw);
    if (r.ok) return { kind, value: r.value };
    for (const i of r.issues) issues.push({ column: 'value', issue: { ...i, path: ['value'] } });
    return marker;
  }
  if (kind === 'count') {
    const n = number('value', raw);
    return n === undefined ? marker : { kind, value: n };
  }
  if (kind === 'rate' && (num !== '' || den !== '')) {
    const out: Record<string, unknown> = { kind };
    if (num !== '') out.numerator = number('numerator', num);
    if (den !== '') out.denominator = number('denominator', den);
    return out.numerator === undefined && num !== ''
      ? marker
      : out.denominator === undefined && den !== ''
        ? marker
        : out;
  }
  if (kind === 'rate') {
    const p = number('value', raw, true);
    return p === undefined ? marker : { kind, percent: p };
  }
  return marker;
}

/** Kind of a value whose indicator the programme does not know, from the cells' shape. */
function inferKind(raw: string, num: string, den: string): IndicatorKind {
  if (num !== '' || den !== '') return 'rate';
  if (yesNoCell(raw).ok && !/^[01]$/.test(raw)) return 'yes-no';
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
