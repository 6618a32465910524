import type { DeclarationColumn } from './declarations-csv.js';

/** The cells of a held row a problem found later can point at: the indicator and the value cells. */
export const HELD_COLUMNS = ['indicator', 'numerator', 'denominator', 'value', 'kind', 'na_reason'] as const;

/** One of {@link HELD_COLUMNS}. */
export type HeldColumn = (typeof HELD_COLUMNS)[number];

const WIDTH = HELD_COLUMNS.length;
const NONE = -1;

/** How a value is stored: the common shapes as numbers, anything else as itself. */
const Shape = { Other: 0, YesNo: 1, Count: 2, Percent: 3, Fraction: 4 } as const;
type Shape = (typeof Shape)[keyof typeof Shape];

const INVALID = 1;
const REPORTED = 2;

/**
 * CSV rows held until their declaration is complete, in typed arrays rather than an object per row (internal):
 * each row is a slot with its line, the columns of its indicator and value cells, its flags, its indicator code
 * (an index) and its value (the common shapes — yes/no, count, percentage, numerator and denominator — as
 * numbers). The rows of one declaration are a linked list of slots. About 60 bytes a row, outside the JavaScript
 * heap: holding 150,000 rows costs about 9 MB and no garbage. {@link HeldRows.clear} frees every slot at once.
 *
 * @example
 * ```ts
 * const rows = new HeldRows(['D1.1', 'D1.2']);
 * const slot = rows.add('D1.1', { kind: 'count', value: 3 }, 12, (c) => (c === 'value' ? 20 : 0), 0);
 * rows.value(slot); // { kind: 'count', value: 3 }
 * ```
 */
export class HeldRows {
  private size = 0;
  private lines = new Int32Array(0);
  private columns = new Int32Array(0);
  private nexts = new Int32Array(0);
  private flags = new Uint8Array(0);
  private shapes = new Uint8Array(0);
  private codes = new Int32Array(0);
  private numbers = new Float64Array(0);
  /** Values of the shape `Other`, by slot. */
  private others = new Map<number, unknown>();
  /** Code strings by index: the programme's first, then the others met since the last clear. */
  private readonly codeNames: string[];
  private readonly codeIndex: Map<string, number>;
  private readonly known: number;

  /** @param codes - the programme's indicator codes (indexed once). */
  constructor(codes: readonly string[]) {
    this.codeNames = [...codes];
    this.codeIndex = new Map(codes.map((c, i) => [c, i]));
    this.known = codes.length;
    this.grow(1024);
  }

  /**
   * Holds a row and returns its slot; `column(c)` gives the column of cell `c` (0 when the row has none).
   * `after` is the slot it follows in its declaration (or -1 for the first row).
   */
  add(code: string, value: unknown, line: number, column: (c: HeldColumn) => number, after: number): number {
    if (this.size === this.lines.length) this.grow(this.size * 2);
    const slot = this.size++;
    this.lines[slot] = line;
    for (let i = 0; i < WIDTH; i++) this.columns[slot * WIDTH + i] = column(HELD_COLUMNS[i] as HeldColumn);
    this.nexts[slot] = NONE;
    if (after !== NONE) this.nexts[after] = slot;
    this.flags[slot] = 0;
    this.codes[slot] = this.indexOf(code);
    this.store(slot, value);
    return slot;
  }

  /** Frees every slot (the declarations held are all handed on). */
  clear(): void {
    this.size = 0;
    this.others.clear();
    this.codeNames.length = this.known;
    for (const [code, i] of this.codeIndex) if (i >= this.known) this.codeIndex.delete(code);
  }

  /**
   * Keeps only the declaration starting at `first`, moved to the first slots (the others are handed on), and
   * returns its first and last slots (-1 when it has none).
   */
  keepOnly(first: number): { first: number; last: number } {
    const others = new Map<number, unknown>();
    let to = 0;
    let last = NONE;
    // slots of a declaration only grow along its list, so each moves down to a slot already read
    for (let s = first; s !== NONE; s = this.next(s)) {
      this.lines[to] = this.lines[s] as number;
      this.columns.copyWithin(to * WIDTH, s * WIDTH, s * WIDTH + WIDTH);
      this.flags[to] = this.flags[s] as number;
      this.shapes[to] = this.shapes[s] as number;
      this.codes[to] = this.codes[s] as number;
      this.numbers.copyWithin(to * 2, s * 2, s * 2 + 2);
      if (this.others.has(s)) others.set(to, this.others.get(s));
      if (last !== NONE) this.nexts[last] = to;
      last = to++;
    }
    if (last !== NONE) this.nexts[last] = NONE;
    this.size = to;
    this.others = others;
    return { first: to > 0 ? 0 : NONE, last };
  }

  /** The slot after `slot` in its declaration, or -1. */
  next(slot: number): number {
    return this.nexts[slot] as number;
  }

  /** The slot of `code` in the declaration starting at `first`, or -1. */
  find(first: number, code: string): number {
    const index = this.codeIndex.get(code);
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
    const a = this.numbers[slot * 2] as number;
    const b = this.numbers[slot * 2 + 1] as number;
    switch (this.shapes[slot]) {
      case Shape.YesNo:
        return { kind: 'yes-no', value: a === 1 };
      case Shape.Count:
        return { kind: 'count', value: a };
      case Shape.Percent:
        return { kind: 'rate', percent: a };
      case Shape.Fraction:
        return { kind: 'rate', numerator: a, denominator: b };
      default:
        return this.others.get(slot);
    }
  }

  private indexOf(code: string): number {
    let index = this.codeIndex.get(code);
    if (index === undefined) {
      index = this.codeNames.length;
      this.codeNames.push(code);
      this.codeIndex.set(code, index);
    }
    return index;
  }

  private store(slot: number, value: unknown): void {
    const shape = shapeOf(value);
    this.shapes[slot] = shape;
    const v = value as { value?: unknown; percent?: unknown; numerator?: unknown; denominator?: unknown };
    if (shape === Shape.Other) this.others.set(slot, value);
    else if (shape === Shape.YesNo) this.numbers[slot * 2] = v.value === true ? 1 : 0;
    else if (shape === Shape.Count) this.numbers[slot * 2] = v.value as number;
    else if (shape === Shape.Percent) this.numbers[slot * 2] = v.percent as number;
    else {
      this.numbers[slot * 2] = v.numerator as number;
      this.numbers[slot * 2 + 1] = v.denominator as number;
    }
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
    this.shapes = copy(this.shapes, new Uint8Array(capacity));
    this.codes = copy(this.codes, new Int32Array(capacity));
    this.numbers = copy(this.numbers, new Float64Array(capacity * 2));
  }
}

/** The shape of a value read from a row: exactly one of the common ones, or `Other`. */
function shapeOf(value: unknown): Shape {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return Shape.Other;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.length === 2 && keys[0] === 'kind') {
    if (v.kind === 'yes-no' && keys[1] === 'value' && typeof v.value === 'boolean') return Shape.YesNo;
    if (v.kind === 'count' && keys[1] === 'value' && typeof v.value === 'number') return Shape.Count;
    if (v.kind === 'rate' && keys[1] === 'percent' && typeof v.percent === 'number') return Shape.Percent;
  }
  if (
    keys.length === 3 &&
    v.kind === 'rate' &&
    keys[0] === 'kind' &&
    keys[1] === 'numerator' &&
    keys[2] === 'denominator' &&
    typeof v.numerator === 'number' &&
    typeof v.denominator === 'number'
  )
    return Shape.Fraction;
  return Shape.Other;
}

/** The held column of a declaration column, if it is one. */
export function heldColumn(column: DeclarationColumn): HeldColumn | undefined {
  return (HELD_COLUMNS as readonly string[]).includes(column) ? (column as HeldColumn) : undefined;
}
