import type { Establishment } from '../../actors/types.js';
import { unreadable } from '../../core/guards.js';
import type { IssuePath, PalierIssue } from '../../core/issue.js';
import { formatPath } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { Declaration } from '../../evaluation/types.js';
import type { IndicatorKind, Programme } from '../../programme/types.js';
import { declarationJsonSchema } from '../../schemas/declaration.js';
import { MAX_RECORD_LENGTH } from './csv.js';
import { type CsvCells, CsvScanner } from './csv-scanner.js';
import type { DeclarationColumn } from './declarations-csv.js';
import {
  canonicalFiness,
  DECLARATION_COLUMNS,
  DeclarationRows,
  REQUIRED_DECLARATION_COLUMNS,
} from './declarations-csv.js';
import type { InputFormat } from './detect.js';
import type { ColumnIndex } from './header.js';
import { indexHeader } from './header.js';
import { HELD_COLUMNS, type HeldColumn, HeldRows, heldColumn } from './held-rows.js';
import { JsonRecordReader } from './json-records.js';
import type { InputProblem, SourceLocation } from './problem.js';
import type { ReadSummary } from './read-result.js';
import { settleDeclaration, valueCode } from './settle-declaration.js';
import { csvStopProblem } from './syntax.js';

/**
 * Where {@link DeclarationReader} hands what it reads, as soon as it is read.
 *
 * @category Input files
 */
export interface DeclarationSink {
  /** A declaration to evaluate, and where each of its parts comes from (for problems found later). */
  declaration(declaration: Declaration, locate: (path: IssuePath) => SourceLocation): void;
  /** A problem, located. */
  problem(problem: InputProblem): void;
}

/**
 * Options of {@link DeclarationReader}.
 *
 * @category Input files
 */
export interface DeclarationReaderOptions {
  /** File name for locations. */
  readonly file: string;
  /** Format of the text. */
  readonly format: InputFormat;
  /** The programme the declarations answer. */
  readonly programme: Programme;
  /** Establishments by FINESS: values for indicators that do not concern them are reported (warning). */
  readonly establishments?: ReadonlyMap<string, Establishment>;
  /**
   * CSV: up to this many rows are held, so a declaration's rows may come in any order; beyond, declarations are
   * read one after the other and a declaration's rows must be together (default {@link HOLD_ROWS}).
   */
  readonly holdRows?: number;
}

/**
 * CSV rows held before reading declaration by declaration: 150,000 (about 9 MB, in typed arrays), more than a
 * national file of one period (135,000 rows). Within it, rows may come in any order.
 *
 * @category Input files
 */
export const HOLD_ROWS = 150_000;

/** Where a row is: its line and the column of each of its `count` cells; whether it is invalid, and said. */
interface RowPlace {
  line: number;
  columns: ArrayLike<number>;
  count: number;
  invalid: boolean;
  reported: boolean;
}

/** A declaration being read: its key and head, where its first row is, and its rows held (slots). */
interface Group {
  readonly key: string;
  readonly head: Readonly<Record<string, unknown>>;
  /** The group's first row (the head's cells are located there). */
  readonly first: RowPlace;
  /** First and last slot of its rows in the reader's {@link HeldRows} (-1: none yet). */
  firstSlot: number;
  lastSlot: number;
  /** Rows of indicators the programme knows: when every one is there, the declaration is complete. */
  known: number;
  /** Whether it was handed on. */
  handedOn: boolean;
}

/**
 * Reads declarations from text pushed piece by piece — the long CSV, a JSON array or NDJSON — and hands each
 * declaration and each problem to a sink as soon as they are known: memory holds the declaration being read
 * (and, for CSV, up to {@link HOLD_ROWS} rows, compactly), not the file. Readers only turn cells and keys into
 * candidate declarations; every declaration rule is the schema's (`parseDeclaration`), reported at the cell it
 * concerns. One bad value does not drop its declaration: the rest is evaluated and the bad value shows
 * `invalid`. Counts always add up: `read = valid + invalid`.
 *
 * @example
 * ```ts
 * const reader = new DeclarationReader({ file: 'd.csv', format: 'csv', programme: hopen }, sink);
 * for await (const text of decoded) reader.push(text);
 * reader.end();
 * reader.summary; // { unit: 'rows', read: 135000, valid: 134998, invalid: 2 }
 * ```
 *
 * @category Input files
 */
export class DeclarationReader {
  private readonly options: DeclarationReaderOptions;
  private readonly sink: DeclarationSink;
  private readonly csv: CsvScanner | undefined;
  private readonly json: JsonRecordReader | undefined;
  private read = 0;
  private invalid = 0;
  private header: { index: ColumnIndex<DeclarationColumn>; width: number } | undefined;
  private headerSeen = false;
  private headerFailed = false;
  private readonly groups = new Map<string, Group>();
  private held = 0;
  private streaming = false;
  private current: Group | undefined;
  private readonly done = new DoneKeys();
  private readonly rows: HeldRows;
  private readonly kinds: ReadonlyMap<string, IndicatorKind>;
  private readonly seen = new Map<string, string>();
  private stopped = false;
  private lastFiness = { raw: '', finess: '' };
  /** The data rows' reader (once the header is read). */
  private rowReader: DeclarationRows | undefined;
  /** Where the {@link HELD_COLUMNS} are in a row (-1: not in the file). */
  private heldAt: readonly number[] = [];
  /** The columns of the held cells of the row being held (reused). */
  private readonly heldColumns = new Int32Array(HELD_COLUMNS.length);
  /** The place of the row being read (reused: a group copies what it keeps). */
  private readonly place: RowPlace = { line: 0, columns: [], count: 0, invalid: false, reported: false };
  /** The group the last row joined. */
  private last: Group | undefined;

  /**
   * @param options - file, format, programme, establishments.
   * @param sink - receives declarations and problems.
   */
  constructor(options: DeclarationReaderOptions, sink: DeclarationSink) {
    try {
      this.options = options;
      this.sink = sink;
      this.kinds = new Map(
        [...options.programme.prerequisites, ...options.programme.domains].flatMap((r) =>
          r.indicators.map((i) => [i.code, i.kind] as const),
        ),
      );
      this.rows = new HeldRows([...this.kinds.keys()]);
      if (options.format === 'csv') {
        this.csv = new CsvScanner(
          { maxRecordLength: MAX_RECORD_LENGTH },
          (cells) => this.record(cells),
          (s) => {
            const p = csvStopProblem(options.file, s);
            this.sink.problem(p);
            if (s.code === 'record-too-long') this.stopped = true;
          },
        );
      } else {
        this.json = new JsonRecordReader(
          { file: options.file, format: options.format, schema: declarationJsonSchema() },
          (value, at, reported) => this.jsonRecord(value, at, reported),
          (p) => this.sink.problem(p),
        );
      }
    } catch (error) {
      throw unreadable('DeclarationReader', { options: [options, 'object'], sink: [sink, 'object'] }, error);
    }
  }

  /** Counts so far (final after {@link DeclarationReader.end}). */
  get summary(): ReadSummary {
    const unit = this.options.format === 'csv' ? 'rows' : 'records';
    const json = this.json;
    const read = json ? json.read : this.read;
    const invalid = json ? json.invalid + this.invalid : this.invalid;
    return { unit, read, valid: read - invalid, invalid };
  }

  /** Whether the reading stopped early (a record over the size limit, a broken JSON array). */
  get stoppedEarly(): boolean {
    return this.stopped || (this.csv?.stopped ?? false) || (this.json?.stopped ?? false);
  }

  /** Reads more text. */
  push(text: string): void {
    if (this.csv) this.csv.push(text);
    else this.json!.push(text);
  }

  /**
   * Ends the input: the declarations still held are checked and handed on.
   *
   * @param truncated - the text stopped early for a reason already reported (no `empty-input` then).
   */
  end(truncated = false): void {
    if (this.csv) {
      // text cut short (an undecodable piece, already reported) ends mid-row: that row is not read as complete
      if (!truncated) this.csv.end();
      if (!this.headerSeen && !truncated && !this.stoppedEarly) {
        this.sink.problem({
          location: { file: this.options.file, line: 1, column: 1 },
          issue: issue('empty-input', { expected: 'header' }),
        });
      }
      this.flushAll();
    } else if (!truncated) this.json!.end();
  }

  // — CSV —

  private record(cells: CsvCells): void {
    if (!this.headerSeen) {
      this.headerSeen = true;
      const record = cells.record();
      const { index, problems } = indexHeader(
        record,
        this.options.file,
        DECLARATION_COLUMNS,
        REQUIRED_DECLARATION_COLUMNS,
      );
      for (const p of problems) this.sink.problem(p);
      this.headerFailed = problems.some((p) => p.issue.code === 'missing-column');
      this.header = { index, width: record.values.length };
      this.rowReader = new DeclarationRows(index, record.values.length, {
        programme: this.options.programme,
        kindOf: (code) => this.kinds.get(code),
        finessOf: (raw) => this.finessOf(raw),
      });
      this.heldAt = HELD_COLUMNS.map((c) => index[c] ?? -1);
      return;
    }
    this.read++;
    if (this.headerFailed) {
      this.invalid++;
      return;
    }
    const place = this.place;
    place.line = cells.lines[0] as number;
    place.columns = cells.columns;
    place.count = cells.count;
    place.invalid = false;
    place.reported = false;
    if (cells.malformed) {
      // its quoting problem is reported by the tokenizer: the cells are not sure, the row is not used — but
      // its indicator shows `invalid` (not `missing`) in the declaration it belongs to
      this.invalid++;
      this.markUnsure(cells, place);
      return;
    }
    const row = this.rowReader!;
    row.read(cells);
    if (row.issues.length > 0) {
      for (const { column, issue: found } of row.issues) this.report(place, column, found);
      if (row.issues.some((i) => i.issue.severity === 'error')) {
        place.invalid = true;
        place.reported = true;
        this.invalid++;
      }
    }
    if (row.code === '' || row.value === undefined) return;
    const group = this.groupOf(row.key, row.head, place);
    if (group === undefined) return;
    const index = this.rows.indexOf(row.code);
    const earlier = this.rows.find(group.firstSlot, index);
    if (earlier !== -1) {
      this.report(
        place,
        'indicator',
        issue(
          'duplicate-indicator',
          { code: row.code, line: this.rows.line(earlier) },
          { received: row.code },
        ),
      );
      if (!place.invalid) {
        place.invalid = true;
        this.invalid++;
      }
      return;
    }
    this.hold(group, index, row.value, place);
  }

  /** The canonical FINESS of a cell: the rows of a declaration repeat it, so the last one is remembered. */
  private finessOf(raw: string): string {
    if (raw !== this.lastFiness.raw) this.lastFiness = { raw, finess: canonicalFiness(raw) };
    return this.lastFiness.finess;
  }

  /** Holds a row in its declaration until the declaration is complete. */
  private hold(group: Group, code: number, value: unknown, place: RowPlace): void {
    const columns = this.heldColumns;
    const heldAt = this.heldAt;
    for (let k = 0; k < columns.length; k++) {
      const i = heldAt[k] as number;
      columns[k] = i === -1 || i >= place.count ? 0 : (place.columns[i] as number);
    }
    const slot = this.rows.add(code, value, place.line, columns, group.lastSlot);
    if (place.invalid) this.rows.mark(slot, place.reported);
    if (group.firstSlot === -1) group.firstSlot = slot;
    group.lastSlot = slot;
    if (this.rows.known(code)) group.known++;
    // every indicator of the programme is declared: no later row can belong to it but as a duplicate, so it is
    // evaluated now — a sorted national file streams, though up to HOLD_ROWS rows may be held for sorting
    if (group.known === this.kinds.size) this.complete(group);
  }

  /** Hands on a declaration that has a row for every indicator of the programme. */
  private complete(group: Group): void {
    if (this.current === group) {
      this.current = undefined;
      this.flush(group);
      this.rows.clear();
      return;
    }
    if (this.groups.get(group.key) !== group) return;
    this.groups.delete(group.key);
    this.flush(group);
    if (this.groups.size === 0) this.rows.clear();
  }

  /**
   * A row whose cells are not sure (a quoting problem): when its indicator is one the programme knows and its
   * declaration is being read, that indicator is declared with a value of no shape, so the evaluation says
   * `invalid` rather than `missing`. The row is already counted invalid and its problem reported.
   */
  private markUnsure(cells: CsvCells, place: RowPlace): void {
    const row = this.rowReader;
    if (row === undefined) return;
    row.read(cells);
    const kind = this.kinds.get(row.code);
    if (kind === undefined) return;
    const group = this.current?.key === row.key ? this.current : this.groups.get(row.key);
    const index = this.rows.indexOf(row.code);
    if (group === undefined || this.rows.find(group.firstSlot, index) !== -1) return;
    place.invalid = true;
    place.reported = true;
    this.hold(group, index, { kind }, place);
  }

  /** The group a row joins; `undefined` when its declaration was already handed on (rows not together). */
  private groupOf(key: string, head: Readonly<Record<string, unknown>>, place: RowPlace): Group | undefined {
    if (this.streaming) {
      if (this.current?.key === key) return this.current;
      const doneLine = this.done.get(key, head);
      if (doneLine !== undefined) {
        this.report(
          place,
          'finess',
          issue('declaration-not-grouped', { line: doneLine, rows: grouped(this.limit) }),
        );
        if (!place.invalid) {
          place.invalid = true;
          this.invalid++;
        }
        return undefined;
      }
      if (this.current !== undefined) this.flush(this.current);
      this.rows.clear();
      this.current = this.newGroup(key, head, place);
      return this.current;
    }
    // the rows of a declaration mostly come together: the last row's group, while it is held, is not looked up
    let group =
      this.last !== undefined && this.last.key === key && !this.last.handedOn ? this.last : undefined;
    if (group === undefined) {
      const completeLine = this.done.get(key, head);
      if (completeLine !== undefined) {
        // before the limit, a declaration is handed on only when complete: this row can only repeat it
        this.report(place, 'finess', issue('duplicate-declaration', { where: `line ${completeLine}` }));
        if (!place.invalid) {
          place.invalid = true;
          this.invalid++;
        }
        return undefined;
      }
      group = this.groups.get(key);
      if (group === undefined) {
        group = this.newGroup(key, head, place);
        this.groups.set(key, group);
      }
      this.last = group;
    }
    this.held++;
    if (this.held > this.limit) {
      // from here on, one declaration at a time: hand on every other group held
      this.streaming = true;
      for (const g of this.groups.values()) if (g !== group) this.flush(g);
      this.groups.clear();
      const kept = this.rows.keepOnly(group.firstSlot);
      group.firstSlot = kept.first;
      group.lastSlot = kept.last;
      this.current = group;
    }
    return group;
  }

  /** A declaration's group, from its first row (whose place it copies). */
  private newGroup(key: string, head: Readonly<Record<string, unknown>>, place: RowPlace): Group {
    const first: RowPlace = {
      line: place.line,
      columns: Array.from(place.columns).slice(0, place.count),
      count: place.count,
      invalid: place.invalid,
      reported: place.reported,
    };
    return { key, head, first, firstSlot: -1, lastSlot: -1, known: 0, handedOn: false };
  }

  private get limit(): number {
    return this.options.holdRows ?? HOLD_ROWS;
  }

  private flushAll(): void {
    for (const g of this.groups.values()) this.flush(g);
    this.groups.clear();
    if (this.current !== undefined) this.flush(this.current);
    this.current = undefined;
    this.rows.clear();
  }

  private flush(group: Group): void {
    group.handedOn = true;
    this.done.set(group.key, group.head, group.first.line);
    if (group.firstSlot === -1) return;
    const slots: number[] = [];
    const values: Record<string, unknown> = {};
    for (let s = group.firstSlot; s !== -1; s = this.rows.next(s)) {
      slots.push(s);
      const code = this.rows.code(s);
      values[code] = this.rows.value(s); // never `__proto__`: refused at its row
    }
    const candidate = { ...group.head, values };
    const finess = typeof group.head.finess === 'string' ? group.head.finess : '';
    const establishment = this.options.establishments?.get(finess);
    const settled = settleDeclaration(candidate, {
      programme: this.options.programme,
      ...(establishment !== undefined ? { establishment } : {}),
    });
    const locate = this.locator(group, slots);
    for (const found of settled.issues) {
      const code = valueCode(found);
      const slot = code !== undefined ? this.rows.find(group.firstSlot, code) : -1;
      if (slot !== -1 && this.rows.reported(slot) && found.severity === 'error') continue; // already said
      this.sink.problem({ location: locate(found.path), issue: found });
    }
    const bad =
      settled.declaration === undefined
        ? slots
        : [...settled.badCodes].map((c) => this.rows.find(group.firstSlot, c));
    for (const slot of bad) {
      if (slot !== -1 && !this.rows.invalid(slot)) {
        this.rows.mark(slot);
        this.invalid++;
      }
    }
    if (settled.declaration !== undefined) this.sink.declaration(settled.declaration, locate);
  }

  /**
   * Where the paths of a declaration's issues are in the file. What it needs of the held rows (codes, lines,
   * columns) is copied now: their slots are reused once the declaration is handed on.
   */
  private locator(group: Group, slots: readonly number[]): (path: IssuePath) => SourceLocation {
    const codes: string[] = [];
    const places = new Int32Array(slots.length * (1 + HELD_COLUMNS.length));
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i] as number;
      codes.push(this.rows.code(s));
      this.rows.place(s, places, i * (1 + HELD_COLUMNS.length));
    }
    return (path) => this.csvLocation(group, path, codes, places);
  }

  private csvLocation(
    group: Group,
    path: IssuePath,
    codes: readonly string[],
    places: Int32Array,
  ): SourceLocation {
    const file = this.options.file;
    const [root, code, sub] = path;
    const column = columnOfPath(root === 'values' ? sub : root, root === 'period' ? code : undefined);
    const i = root === 'values' && typeof code === 'string' ? codes.indexOf(code) : -1;
    if (i !== -1) {
      const at = i * (1 + HELD_COLUMNS.length);
      const cell = column === undefined ? undefined : heldColumn(column);
      const of = (c: HeldColumn): number => places[at + 1 + HELD_COLUMNS.indexOf(c)] as number;
      return { file, line: places[at] as number, column: (cell ? of(cell) : 0) || of('indicator') || 1 };
    }
    const row = group.first;
    const at =
      (column !== undefined ? this.column(row, column) : undefined) ?? this.column(row, 'indicator') ?? 1;
    return { file, line: row.line, column: root === 'values' || column !== undefined ? at : 1 };
  }

  /** Column (character) of a row's cell, when the file has that column and the row that cell. */
  private column(place: RowPlace, column: DeclarationColumn): number | undefined {
    const i = this.header?.index[column];
    return i === undefined || i >= place.count ? undefined : place.columns[i];
  }

  private report(place: RowPlace, column: DeclarationColumn, found: PalierIssue): void {
    const at = this.column(place, column) ?? 1;
    this.sink.problem({ location: { file: this.options.file, line: place.line, column: at }, issue: found });
  }

  // — JSON and NDJSON —

  /** One JSON record read (its syntax, keys and numbers already checked): settled, checked for duplicates. */
  private jsonRecord(
    value: unknown,
    at: (path: IssuePath) => SourceLocation,
    reported: (path: IssuePath) => boolean,
  ): boolean {
    const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    const finess = (record as { finess?: unknown }).finess;
    const establishment = typeof finess === 'string' ? this.options.establishments?.get(finess) : undefined;
    const settled = settleDeclaration(record as Record<string, unknown>, {
      programme: this.options.programme,
      ...(establishment !== undefined ? { establishment } : {}),
    });
    for (const found of settled.issues) {
      if (!reported(found.path)) this.sink.problem({ location: at(found.path), issue: found });
    }
    const d = settled.declaration;
    if (d === undefined) return false;
    const key = [
      d.finess,
      d.level,
      d.ght ?? '',
      d.programme.id,
      d.programme.version,
      d.period.start,
      d.period.end,
    ].join('\u0000');
    const first = this.seen.get(key);
    const here = at([]);
    if (first !== undefined) {
      this.sink.problem({
        location: here,
        issue: issue('duplicate-declaration', { where: first }, { received: d.finess }),
      });
      return false;
    }
    const index = here.path !== undefined && here.path.length > 0 ? `${formatPath(here.path)}, ` : '';
    this.seen.set(key, `${index}line ${here.line ?? '?'}`);
    this.sink.declaration(d, at);
    return settled.badCodes.size === 0;
  }
}

/**
 * The declarations already handed on, by key, with the line of their first row: a row that comes after its
 * declaration was handed on is reported. One entry per declaration for the whole file, so it is compact: keys
 * are grouped by what a file repeats (level, GHT, programme, period) and, within, a FINESS is held as a number.
 */
class DoneKeys {
  private readonly byRest = new Map<string, Map<number | string, number>>();

  /** The line of the declaration `key` (of head `head`) when it was handed on. */
  get(key: string, head: Readonly<Record<string, unknown>>): number | undefined {
    const [finess, rest] = split(key, head);
    return this.byRest.get(rest)?.get(finess);
  }

  /** Records that the declaration `key` (of head `head`), first seen at `line`, was handed on. */
  set(key: string, head: Readonly<Record<string, unknown>>, line: number): void {
    const [finess, rest] = split(key, head);
    let lines = this.byRest.get(rest);
    if (lines === undefined) {
      lines = new Map();
      this.byRest.set(rest, lines);
    }
    lines.set(finess, line);
  }
}

/** A declaration key as (FINESS, the rest): the FINESS as a number when it is 9 digits, or 2A/2B and 7 digits. */
function split(key: string, head: Readonly<Record<string, unknown>>): [number | string, string] {
  const finess = typeof head.finess === 'string' ? head.finess : '';
  if (!key.startsWith(`${finess}\u0000`)) return [key, ''];
  const rest = key.slice(finess.length + 1);
  if (!/^(?:\d{9}|2[AB]\d{7})$/.test(finess)) return [finess, rest];
  // 2A and 2B (Corsica) above every 9-digit number, so no two FINESS share a number
  const corsica = finess[1] === 'A' ? 1_000_000_000 : finess[1] === 'B' ? 1_010_000_000 : 0;
  return [corsica + Number(corsica === 0 ? finess : finess.slice(2)), rest];
}

function grouped(n: number): string {
  return n.toLocaleString('en-US').replace(/,/g, ' ');
}

/** The CSV column an issue path points at. */
function columnOfPath(
  key: string | number | undefined,
  periodEnd: string | number | undefined,
): DeclarationColumn | undefined {
  switch (key) {
    case 'numerator':
      return 'numerator';
    case 'denominator':
      return 'denominator';
    case 'percent':
    case 'value':
      return 'value';
    case 'kind':
      return 'kind';
    case 'reason':
      return 'na_reason';
    case 'finess':
      return 'finess';
    case 'level':
      return 'level';
    case 'ght':
      return 'ght';
    case 'programme':
      return 'programme';
    case 'period':
      return periodEnd === 'end' ? 'period_end' : 'period_start';
    case 'declaredOn':
      return 'declared_on';
    case 'method':
      return 'method';
    default:
      return undefined;
  }
}
