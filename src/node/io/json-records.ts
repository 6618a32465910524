import { unreadable } from '../../core/guards.js';
import type { IssuePath } from '../../core/issue.js';
import { formatPath } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import type { JsonSchema } from '../../schemas/json-schema.js';
import type { RecordText } from './json-stream.js';
import { JsonArraySplitter, NdjsonSplitter } from './json-stream.js';
import { readJsonValue } from './json-value.js';
import type { InputProblem, SourceLocation } from './problem.js';
import { streamStopProblem } from './syntax.js';
import { unknownKeys } from './unknown-keys.js';

/**
 * Called with each JSON record read: the value, where any path inside it comes from, and whether a path was
 * already reported by the reader (so the schema's issue at the same place is not said twice). Returns whether
 * the record is valid.
 *
 * @category Input files
 */
export type JsonRecordHandler = (
  value: unknown,
  at: (path: IssuePath) => SourceLocation,
  reported: (path: IssuePath) => boolean,
) => boolean;

/**
 * Reads the records of a JSON array or an NDJSON stream pushed piece by piece: each record's syntax is checked
 * (located at its line and column), numbers read exactly, repeated and forbidden keys reported (errors), keys
 * the schema does not know reported (warnings); then the record goes to the handler. Counts: `read` records,
 * `invalid` those with an error.
 *
 * @example
 * ```ts
 * const r = new JsonRecordReader({ file: 'd.json', format: 'json', schema }, handle, (p) => problems.push(p));
 * r.push(text);
 * r.end();
 * ```
 *
 * @category Input files
 */
export class JsonRecordReader {
  /** Records read. */
  read = 0;
  /** Records with an error. */
  invalid = 0;
  private readonly splitter: JsonArraySplitter | NdjsonSplitter;
  private index = 0;

  /**
   * @param options - file name, format (`json` or `ndjson`), the records' JSON Schema (for unknown keys).
   * @param onRecord - receives each record.
   * @param onProblem - receives each problem.
   */
  constructor(
    private readonly options: {
      readonly file: string;
      readonly format: 'json' | 'ndjson';
      readonly schema?: JsonSchema;
    },
    private readonly onRecord: JsonRecordHandler,
    private readonly onProblem: (problem: InputProblem) => void,
  ) {
    try {
      const stop = (s: Parameters<typeof streamStopProblem>[1]) =>
        this.onProblem(streamStopProblem(options.file, s));
      this.splitter =
        options.format === 'json'
          ? new JsonArraySplitter((r) => this.record(r), stop)
          : new NdjsonSplitter((r) => this.record(r), stop);
    } catch (error) {
      throw unreadable(
        'JsonRecordReader',
        {
          options: [options, 'object'],
          onRecord: [onRecord, 'function'],
          onProblem: [onProblem, 'function'],
        },
        error,
      );
    }
  }

  /** Whether a structural error or a too-long record ended the reading. */
  get stopped(): boolean {
    return this.splitter.stopped;
  }

  /** Reads more text. */
  push(text: string): void {
    this.splitter.push(text);
  }

  /** Ends the input. */
  end(): void {
    this.splitter.end();
  }

  private record(r: RecordText): void {
    const file = this.options.file;
    const prefix: IssuePath = this.options.format === 'json' ? [this.index] : [];
    this.index++;
    this.read++;
    const offsetAt = (offset: number): { line: number; column: number } => {
      let line = r.line;
      let column = r.column;
      for (let i = 0; i < offset && i < r.text.length; i++) {
        if (r.text.charCodeAt(i) === 10) {
          line++;
          column = 1;
        } else column++;
      }
      return { line, column };
    };
    const read = readJsonValue(r.text);
    if (!read.ok) {
      this.invalid++;
      this.onProblem({
        location: { file, ...offsetAt(read.offset) },
        issue: issue('invalid-json', { expected: read.expected }, { expected: read.expected }),
      });
      if (this.splitter instanceof JsonArraySplitter) this.splitter.halt();
      return;
    }
    const reportedPaths = new Set<string>();
    let errors = false;
    for (const found of read.issues) {
      const path = [...prefix, ...found.path];
      reportedPaths.add(formatPath(found.path));
      errors = true;
      const params = { received: found.received };
      this.onProblem({
        location: { file, ...offsetAt(found.offset), path },
        issue: issue(found.code, params, { path, received: found.received }),
      });
    }
    if (read.issues.some((i) => i.code === 'forbidden-key')) {
      this.invalid++;
      return;
    }
    const schema = this.options.schema;
    for (const u of schema === undefined ? [] : unknownKeys(read.value, schema)) {
      const path = [...prefix, ...u.path];
      this.onProblem({
        location: { file, line: r.line, column: r.column, path },
        issue: issue('unknown-key', { keys: u.keys.join(', ') }, { path, severity: 'warning' }),
      });
    }
    const at = (path: IssuePath): SourceLocation => ({
      file,
      line: r.line,
      column: r.column,
      path: [...prefix, ...path],
    });
    const reported = (path: IssuePath): boolean => {
      if (reportedPaths.size === 0) return false;
      for (let n = path.length; n >= 0; n--) if (reportedPaths.has(formatPath(path.slice(0, n)))) return true;
      return false;
    };
    const valid = this.onRecord(read.value, at, reported);
    if (errors || !valid) this.invalid++;
  }
}
