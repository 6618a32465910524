import type { DeclarationColumn } from './declarations-csv.js';

/** The cells of a held row a problem found later can point at: the indicator and the value cells. */
export const HELD_COLUMNS = ['indicator', 'numerator', 'denominator', 'value', 'kind', 'na_reason'] as const;

/** One of {@link HELD_COLUMNS}. */
export type HeldColumn = (typeof HELD_COLUMNS)[number];

const WIDTH = HELD_COLUMNS.length;
const NONE = -1;

const INVALID = 1;
const REPORTED = 2;

/**
 * CSV rows held until their declaration is complete, in typed arrays rather than an object per row (internal):
 * each row is a slot with its line, the columns of its indicator and value cells, its flags, its indicator code
 * (an index) and its value (the object the declaration will hold). The rows of one declaration are a linked list
 * of slots. About 80 bytes a row: holding 150,000 rows costs about 12 MB. {@link HeldRows.clear} frees every
 * slot at once.
 *
 * @example
 * ```ts
 * const rows = new HeldRows(['D1.1', 'D1.2']);
 * const slot = rows.add('D1.1', { kind: 'count', value: 3 }, 12, [20, 0, 0, 22, 0, 0], -1);
 * rows.value(slot); // { kind: 'count', value: 3 }
 * ```
 */
export class HeldRows {
  private size = 0;
  private lines = new Int32Array(0);
  private columns = new Int32Array(0);
  private nexts = new Int32Array(0);
  private flags = new Uint8Array(0);
  private codes = new Int32Array(0);
  /** Values, by slot (a slot's value stays until the slot is reused). */
  private readonly values: unknown[] = [];
  /** Code strings by index: the programme's first, then the others met since the last clear. */
  private readonly codeNames: string[];
  private readonly codeIndex: Map<string, number>;
  private readonly programmeCodes: number;

  /** @param codes - the programme's indicator codes (indexed once). */
  constructor(codes: readonly string[]) {
    this.codeNames = [...codes];
    this.codeIndex = new Map(codes.map((c, i) => [c, i]));
    this.programmeCodes = codes.length;
    this.grow(1024);
  }

  /**
   * Holds a row and returns its slot; `columns` gives the column of each of its {@link HELD_COLUMNS} cells, in
   * that order (0 when the row has none). `after` is the slot it follows in its declaration (or -1 for the first
   * row).
   */
  add(
    code: string | number,
    value: unknown,
    line: number,
    columns: ArrayLike<number>,
    after: number,
  ): number {
    if (this.size === this.lines.length) this.grow(this.size * 2);
    const slot = this.size++;
    this.lines[slot] = line;
    for (let i = 0; i < WIDTH; i++) this.columns[slot * WIDTH + i] = columns[i] ?? 0;
    this.nexts[slot] = NONE;
    if (after !== NONE) this.nexts[after] = slot;
    this.flags[slot] = 0;
    this.codes[slot] = typeof code === 'number' ? code : this.indexOf(code);
    this.values[slot] = value;
    return slot;
  }

  /** Frees every slot (the declarations held are all handed on). */
  clear(): void {
    this.size = 0;
    this.values.length = 0; // the values handed on are not kept reachable
    // codes the programme does not have, met since the last clear, are forgotten (most files have none)
    if (this.codeNames.length === this.programmeCodes) return;
    for (const code of this.codeNames.slice(this.programmeCodes)) this.codeIndex.delete(code);
    this.codeNames.length = this.programmeCodes;
  }

  /**
   * Keeps only the declaration starting at `first`, moved to the first slots (the others are handed on), and
   * returns its first and last slots (-1 when it has none).
   */
  keepOnly(first: number): { first: number; last: number } {
    let to = 0;
    let last = NONE;
    // slots of a declaration only grow along its list, so each moves down to a slot already read
    for (let s = first; s !== NONE; s = this.next(s)) {
      this.lines[to] = this.lines[s] as number;
      this.columns.copyWithin(to * WIDTH, s * WIDTH, s * WIDTH + WIDTH);
      this.flags[to] = this.flags[s] as number;
      this.codes[to] = this.codes[s] as number;
      this.values[to] = this.values[s];
      if (last !== NONE) this.nexts[last] = to;
      last = to++;
    }
    if (last !== NONE) this.nexts[last] = NONE;
    this.size = to;
    this.values.length = to;
    return { first: to > 0 ? 0 : NONE, last };
  }

  /** The slot after `slot` in its declaration, or -1. */
  next(slot: number): number {
    return this.nexts[slot] as number;
  }

  /** The slot of `code` (or of the code of that index) in the declaration starting at `first`, or -1. */
  find(first: number, code: string | number): number {
    const index = typeof code === 'number' ? code : this.codeIndex.get(code);
    if (index === undefined) return NONE;
    for (let s = first; s !== NONE; s = this.next(s)) if (this.codes[s] === index) return s;
    return NONE;
  }

  /** The row's indicator code. */
  code(slot: number): string {
    return this.codeNames[this.codes[slot] as number] as string;
  }

  /** The row's line. */
  line(slot: number): number {
    return this.lines[slot] as number;
  }

  /** The column of one of the row's cells (0 when the row has no such cell). */
  column(slot: number, column: HeldColumn): number {
    return this.columns[slot * WIDTH + HELD_COLUMNS.indexOf(column)] as number;
  }

  /** Copies the row's line, then the columns of its {@link HELD_COLUMNS} cells, into `to` from `at`. */
  place(slot: number, to: Int32Array, at: number): void {
    to[at] = this.lines[slot] as number;
    for (let i = 0; i < WIDTH; i++) to[at + 1 + i] = this.columns[slot * WIDTH + i] as number;
  }

  /** Whether the row is counted invalid. */
  invalid(slot: number): boolean {
    return ((this.flags[slot] as number) & INVALID) !== 0;
  }

  /** Whether the problem of one of the row's cells is already reported. */
  reported(slot: number): boolean {
    return ((this.flags[slot] as number) & REPORTED) !== 0;
  }

  /** Marks the row invalid (and, with `reported`, its problem said). */
  mark(slot: number, reported = false): void {
    this.flags[slot] = (this.flags[slot] as number) | INVALID | (reported ? REPORTED : 0);
  }

  /** The row's value, as read. */
  value(slot: number): unknown {
    return this.values[slot];
  }

  /** Whether the code of that index is one of the programme's (given to the constructor). */
  known(index: number): boolean {
    return index < this.programmeCodes;
  }

  /** The index of a code: the programme's codes first, in the constructor's order; others added (till `clear`). */
  indexOf(code: string): number {
    let index = this.codeIndex.get(code);
    if (index === undefined) {
      index = this.codeNames.length;
      this.codeNames.push(code);
      this.codeIndex.set(code, index);
    }
    return index;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.lines = copy(this.lines, new Int32Array(capacity));
    this.columns = copy(this.columns, new Int32Array(capacity * WIDTH));
    this.nexts = copy(this.nexts, new Int32Array(capacity));
    this.flags = copy(this.flags, new Uint8Array(capacity));
    this.codes = copy(this.codes, new Int32Array(capacity));
  }
}

/** The held column of a declaration column, if it is one. */
export function heldColumn(column: DeclarationColumn): HeldColumn | undefined {
  return (HELD_COLUMNS as readonly string[]).includes(column) ? (column as HeldColumn) : undefined;
}
