import { atBoundary } from '../../core/guards.js';
import type { IssuePath } from '../../core/issue.js';
import { exactNumberOf } from './exact-number.js';

/**
 * A problem met while reading one JSON value: where (character offset in the text, and the path of the value
 * concerned) and what (`duplicate-key`, `forbidden-key`, `inexact-number`).
 *
 * @category Input files
 */
export interface JsonValueIssue {
  /** Stable code. */
  readonly code: 'duplicate-key' | 'forbidden-key' | 'inexact-number';
  /** Path of the key or number concerned. */
  readonly path: IssuePath;
  /** Offset of the key or number in the text. */
  readonly offset: number;
  /** The key, or the number as written. */
  readonly received: string;
}

/**
 * One JSON value read from text: the value (numbers exact, see below) and the problems found in it; or a syntax
 * error with its offset.
 *
 * @category Input files
 */
export type JsonValueResult = JsonValueRead | JsonValueRefused;

/**
 * A JSON value read.
 *
 * @category Input files
 */
export interface JsonValueRead {
  /** Discriminant. */
  readonly ok: true;
  /** The value. */
  readonly value: unknown;
  /** Problems found in it (repeated or forbidden keys, inexact numbers). */
  readonly issues: readonly JsonValueIssue[];
}

/**
 * Text that is not one JSON value: where reading stopped and what was expected there.
 *
 * @category Input files
 */
export interface JsonValueRefused {
  /** Discriminant. */
  readonly ok: false;
  /** Offset of the first character that does not fit. */
  readonly offset: number;
  /** What was expected there. */
  readonly expected: string;
}

/**
 * Deepest nesting of arrays and objects read (a declaration needs 4 levels): deeper is a syntax error, so a
 * hostile file cannot exhaust the call stack.
 *
 * @category Input files
 */
export const MAX_JSON_DEPTH = 64;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads one JSON value (RFC 8259) from text, keeping what `JSON.parse` loses:
 *
 * - each number is read from its characters and kept only when a JavaScript number holds it exactly
 *   (`9007199254740993` and `97.999999999999999` are `inexact-number` problems; the value becomes `NaN`, so it can
 *   never pass for another number);
 * - a key repeated in one object is a `duplicate-key` problem, the first occurrence kept (`JSON.parse` keeps the
 *   last, silently);
 * - the keys `__proto__`, `constructor` and `prototype` are `forbidden-key` problems and left out.
 *
 * @example
 * ```ts
 * const r = readJsonValue('{"n": 9007199254740993, "a": 1, "a": 2}');
 * // { ok: true, value: { n: NaN, a: 1 }, issues: [inexact-number at ['n'], duplicate-key at ['a']] }
 * ```
 *
 * @category Input files
 */
export function readJsonValue(text: string): JsonValueResult {
  return atBoundary('readJsonValue', 'text', () => {
    const reader = new Reader(text);
    try {
      reader.space();
      const value = reader.value(0);
      reader.space();
      if (reader.i < text.length) return { ok: false, offset: reader.i, expected: 'end of value' };
      return { ok: true, value, issues: reader.issues };
    } catch (error) {
      if (error instanceof SyntaxStop) return { ok: false, offset: error.offset, expected: error.expected };
      throw error;
    }
  });
}

/** Internal control flow of the reader (never leaves {@link readJsonValue}). */
class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings must not hold raw control characters
const SIMPLE_STRING = /[^"\\\u0000-\u001f]*/y;

class Reader {
  i = 0;
  readonly issues: JsonValueIssue[] = [];
  /** The path of the value being read (copied only into an issue). */
  private readonly path: (string | number)[] = [];
  constructor(private readonly text: string) {}

  space(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  stop(expected: string): never {
    throw new SyntaxStop(this.i, expected);
  }

  value(depth: number): unknown {
    const c = this.text.charCodeAt(this.i);
    if (c === 123) return this.object(depth + 1);
    if (c === 91) return this.array(depth + 1);
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.text.startsWith('true', this.i)) return this.word(4, true);
    if (this.text.startsWith('false', this.i)) return this.word(5, false);
    if (this.text.startsWith('null', this.i)) return this.word(4, null);
    return this.stop('a value');
  }

  word<T>(length: number, value: T): T {
    this.i += length;
    return value;
  }

  number(): number {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) return this.stop('a number');
    const raw = m[0];
    const offset = this.i;
    this.i += raw.length;
    const value = exactNumberOf(raw);
    if (value !== undefined) return value;
    this.issues.push({ code: 'inexact-number', path: [...this.path], offset, received: raw });
    return Number.NaN;
  }

  string(): string {
    const t = this.text;
    this.i++; // opening quote
    SIMPLE_STRING.lastIndex = this.i;
    SIMPLE_STRING.exec(t);
    let out = t.slice(this.i, SIMPLE_STRING.lastIndex);
    this.i = SIMPLE_STRING.lastIndex;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return out;
      }
      if (c === 92) {
        const e = t[this.i + 1];
        const simple = e === undefined ? undefined : ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(Number.parseInt(t.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else return this.stop('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
      } else if (Number.isNaN(c)) return this.stop('a closing quote');
      else if (c < 0x20) return this.stop('a control character escaped (\\n, \\t, \\u0000)');
      else {
        // a plain run after an escape
        SIMPLE_STRING.lastIndex = this.i;
        SIMPLE_STRING.exec(t);
        out += t.slice(this.i, SIMPLE_STRING.lastIndex);
        this.i = SIMPLE_STRING.lastIndex;
      }
    }
  }

  array(depth: number): unknown[] {
    if (depth > MAX_JSON_DEPTH) return this.stop(`at most ${MAX_JSON_DEPTH} levels of nesting`);
    this.i++;
    const out: unknown[] = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      this.path.push(out.length);
      out.push(this.value(depth));
      this.path.pop();
      this.space();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 93) return out;
      if (c !== 44) {
        this.i--;
        return this.stop('`,` or `]`');
      }
    }
  }

  object(depth: number): Record<string, unknown> {
    if (depth > MAX_JSON_DEPTH) return this.stop(`at most ${MAX_JSON_DEPTH} levels of nesting`);
    this.i++;
    const out: Record<string, unknown> = {};
    this.space();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.i) !== 34) return this.stop('a key in double quotes');
      const keyOffset = this.i;
      const key = this.string();
      this.space();
      if (this.text.charCodeAt(this.i) !== 58) return this.stop('`:`');
      this.i++;
      this.space();
      this.path.push(key);
      const value = this.value(depth);
      if (FORBIDDEN.has(key)) {
        this.issues.push({ code: 'forbidden-key', path: [...this.path], offset: keyOffset, received: key });
      } else if (Object.hasOwn(out, key)) {
        this.issues.push({ code: 'duplicate-key', path: [...this.path], offset: keyOffset, received: key });
      } else out[key] = value;
      this.path.pop();
      this.space();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 125) return out;
      if (c !== 44) {
        this.i--;
        return this.stop('`,` or `}`');
      }
    }
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
