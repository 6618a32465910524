import { MAX_RECORD_LENGTH } from './csv.js';

/**
 * The text of one record cut out of a JSON array or an NDJSON stream, with where it starts.
 *
 * @category Input files
 */
export interface RecordText {
  /** The record's JSON text. */
  readonly text: string;
  /** Line of its first character, from 1. */
  readonly line: number;
  /** Column of its first character, from 1. */
  readonly column: number;
}

/**
 * A syntax problem that ends the reading of a JSON array: `invalid-json` (with what was expected there),
 * `empty-input`, or `record-too-long`.
 *
 * @category Input files
 */
export interface StreamStop {
  /** Stable code. */
  readonly code: 'invalid-json' | 'empty-input' | 'record-too-long';
  /** Line, from 1. */
  readonly line: number;
  /** Column, from 1. */
  readonly column: number;
  /** What was expected there. */
  readonly expected?: string;
}

/** Line and column after `text`, starting from `line`/`column`. */
function advance(text: string, to: number, line: number, column: number): { line: number; column: number } {
  let l = line;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    l++;
    last = i;
  }
  return last < 0 ? { line: l, column: column + to } : { line: l, column: to - last };
}

/**
 * Cuts a JSON array (`[ {…}, {…} ]`, or a single object) into the text of each element, piece by piece: only the
 * element being read is held (at most {@link MAX_RECORD_LENGTH} characters). The structure around the elements
 * is checked; each element's own syntax is left to {@link readJsonValue}. A structural error ends the reading.
 *
 * @example
 * ```ts
 * const s = new JsonArraySplitter((r) => texts.push(r.text), (stop) => problems.push(stop));
 * s.push('[{"a":1},');
 * s.push('{"a":2}]');
 * s.end(); // texts: ['{"a":1}', '{"a":2}']
 * ```
 *
 * @category Input files
 */
export class JsonArraySplitter {
  /** Whether a structural error ended the reading. */
  stopped = false;
  private buffer = '';
  private line = 1;
  private column = 1;
  /** Where the scan resumes in `buffer`. */
  private scan = 0;
  private state: 'start' | 'before' | 'first' | 'in' | 'after' | 'done' | 'single' = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;

  /**
   * @param onRecord - called with each element's text, in order.
   * @param onStop - called once with the error that ends the reading.
   */
  constructor(
    private readonly onRecord: (record: RecordText) => void,
    private readonly onStop: (stop: StreamStop) => void,
  ) {}

  /** Stops reading, silently (an element's own syntax error was reported: what follows cannot be trusted). */
  halt(): void {
    this.stopped = true;
    this.buffer = '';
  }

  /** Reads more text. */
  push(text: string): void {
    if (this.stopped) return;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer += text;
    this.run(false);
    if (!this.stopped && this.buffer.length > MAX_RECORD_LENGTH) this.stop('record-too-long', 0);
  }

  /** Ends the input. */
  end(): void {
    if (this.stopped) return;
    this.run(true);
    if (this.stopped) return;
    if (this.state === 'start') this.stop('empty-input', this.buffer.length);
    else if (this.state !== 'done') this.stop('invalid-json', this.buffer.length, '`]`');
  }

  private stop(code: StreamStop['code'], at: number, expected?: string): void {
    this.stopped = true;
    const { line, column } = advance(this.buffer, at, this.line, this.column);
    this.onStop({ code, line, column, ...(expected !== undefined ? { expected } : {}) });
    this.buffer = '';
  }

  /** Drops `buffer` up to `to`, keeping the line and column of what stays. */
  private consume(to: number): void {
    const next = advance(this.buffer, to, this.line, this.column);
    this.line = next.line;
    this.column = next.column;
    this.buffer = this.buffer.slice(to);
    this.scan = 0;
  }

  private run(final: boolean): void {
    for (;;) {
      if (this.stopped) return;
      if (this.state === 'in' || this.state === 'single') {
        if (!this.element(final)) return;
        continue;
      }
      const b = this.buffer;
      const n = b.length;
      let i = this.scan;
      let found = false;
      while (i < n && !found) {
        const c = b.charCodeAt(i);
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          i++;
          continue;
        }
        if (this.state === 'start') {
          if (c === 91) {
            this.state = 'first';
            i++;
          } else if (c === 123) {
            this.state = 'single';
            found = true;
          } else {
            this.stop('invalid-json', i, '`[` or `{`');
            return;
          }
        } else if (this.state === 'first' || this.state === 'before') {
          if (c === 93 && this.state === 'first') {
            this.state = 'done';
            i++;
          } else if (c === 93 || c === 44) {
            this.stop('invalid-json', i, 'a value');
            return;
          } else {
            this.state = 'in';
            found = true;
          }
        } else if (this.state === 'after') {
          if (c === 44) this.state = 'before';
          else if (c === 93) this.state = 'done';
          else {
            this.stop('invalid-json', i, '`,` or `]`');
            return;
          }
          i++;
        } else {
          this.stop('invalid-json', i, 'nothing after the end of the array');
          return;
        }
      }
      this.consume(i);
      if (!found) return;
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
    }
  }

  /**
   * Scans the element that starts the buffer, from where the last scan stopped: emits it and returns `true` when
   * it ends, `false` when the text ends first (the scan resumes there with the next piece).
   */
  private element(final: boolean): boolean {
    const b = this.buffer;
    const n = b.length;
    let i = this.scan;
    const first = b.charCodeAt(0);
    if (first !== 123 && first !== 91 && first !== 34) {
      while (i < n) {
        const c = b.charCodeAt(i);
        if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) break;
        i++;
      }
      if (i === n && !final) {
        this.scan = i;
        return false;
      }
      this.emit(i);
      return true;
    }
    let start = i === 0;
    while (i < n) {
      const c = b.charCodeAt(i);
      i++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) {
          this.inString = false;
          if (this.depth === 0) {
            this.emit(i);
            return true;
          }
        }
      } else if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth <= 0) {
          this.emit(i);
          return true;
        }
      }
      start = false;
    }
    this.scan = i;
    if (final) {
      this.stop('invalid-json', n, start ? 'a value' : 'the end of the element');
      return false;
    }
    return false;
  }

  private emit(end: number): void {
    const single = this.state === 'single';
    this.onRecord({ text: this.buffer.slice(0, end), line: this.line, column: this.column });
    this.consume(end);
    this.state = single ? 'done' : 'after';
  }
}

/**
 * Cuts NDJSON (one JSON value per line; blank lines skipped; LF or CRLF) into the text of each line, piece by
 * piece. A line longer than {@link MAX_RECORD_LENGTH} ends the reading with `record-too-long`.
 *
 * @example
 * ```ts
 * const s = new NdjsonSplitter((r) => lines.push(r), (stop) => problems.push(stop));
 * s.push('{"a":1}\n{"a"');
 * s.push(':2}\n');
 * s.end(); // lines: [{ text: '{"a":1}', line: 1, column: 1 }, { text: '{"a":2}', line: 2, column: 1 }]
 * ```
 *
 * @category Input files
 */
export class NdjsonSplitter {
  /** Whether a too-long line ended the reading. */
  stopped = false;
  private buffer = '';
  private line = 1;
  private started = false;

  /**
   * @param onRecord - called with each non-blank line.
   * @param onStop - called with `record-too-long`.
   */
  constructor(
    private readonly onRecord: (record: RecordText) => void,
    private readonly onStop: (stop: StreamStop) => void,
  ) {}

  /** Reads more text. */
  push(text: string): void {
    if (this.stopped) return;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const b = this.buffer + text;
    let start = 0;
    for (let nl = b.indexOf('\n'); nl >= 0; nl = b.indexOf('\n', start)) {
      this.take(b.slice(start, nl > start && b.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
      if (this.stopped) return;
    }
    this.buffer = b.slice(start);
    if (this.buffer.length > MAX_RECORD_LENGTH) this.tooLong();
  }

  /** Ends the input. */
  end(): void {
    if (this.stopped) return;
    const rest = this.buffer.endsWith('\r') ? this.buffer.slice(0, -1) : this.buffer;
    this.buffer = '';
    if (rest !== '') this.take(rest);
  }

  private take(text: string): void {
    if (text.length > MAX_RECORD_LENGTH) {
      this.tooLong();
      return;
    }
    if (text.trim() !== '') this.onRecord({ text, line: this.line, column: 1 });
    this.line++;
  }

  private tooLong(): void {
    this.stopped = true;
    this.buffer = '';
    this.onStop({ code: 'record-too-long', line: this.line, column: 1 });
  }
}
