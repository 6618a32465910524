import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary, atBoundaryAsync, unreadable } from '../../core/guards.js';
import type { IssuePath } from '../../core/issue.js';
import type { Declaration } from '../../evaluation/types.js';
import type { Programme } from '../../programme/types.js';
import type { DeclarationSink } from './declaration-reader.js';
import { DeclarationReader } from './declaration-reader.js';
import type { InputFormat } from './detect.js';
import { detectFormat } from './detect.js';
import type { InputProblem, SourceLocation } from './problem.js';
import type { ReadResult, ReadSummary } from './read-result.js';

/**
 * Options of {@link readDeclarations} and {@link streamDeclarations}.
 *
 * @category Input files
 */
export interface ReadDeclarationsOptions {
  /** File name (for locations and format detection; `-` for standard input). */
  readonly file: string;
  /** Format; detected when absent. */
  readonly format?: InputFormat;
  /** The programme the declarations are checked against. */
  readonly programme: Programme;
  /** Establishments by FINESS, to warn about values for indicators that do not concern them. */
  readonly establishments?: ReadonlyMap<string, Establishment>;
  /** CSV rows held before reading declaration by declaration (see `HOLD_ROWS`). */
  readonly holdRows?: number;
  /**
   * Streams: whether the text stopped before the end of the file (unreadable, undecodable — already
   * reported): then an empty text is not also reported as an empty file.
   */
  readonly truncated?: () => boolean;
}

/**
 * Declarations read from a file, with the format used.
 *
 * @category Input files
 */
export interface DeclarationsRead extends ReadResult<Declaration> {
  /** Format read. */
  readonly format: InputFormat;
}

/**
 * Reads declarations from text in any supported format — the long CSV (one row per establishment, period and
 * indicator), a JSON array or NDJSON — and checks each against the programme. Every problem is located
 * (`file:line:column`, and a JSON path); valid declarations are kept, one bad value showing `invalid` in its
 * declaration. Holds everything read: for large files use {@link streamDeclarations}.
 *
 * @example
 * ```ts
 * const r = readDeclarations(text, { file: 'd.csv', programme: hopen });
 * r.summary; // { unit: 'rows', read: 45, valid: 44, invalid: 1 }
 * ```
 *
 * @category Input files
 */
export function readDeclarations(text: string, options: ReadDeclarationsOptions): DeclarationsRead {
  const args: Arguments = { text: [text, 'text'], options: [options, 'object'] };
  return atBoundary('readDeclarations', args, () => {
    const format = options.format ?? detectFormat(options.file, text);
    const values: Declaration[] = [];
    const locates: ((path: IssuePath) => SourceLocation)[] = [];
    const problems: InputProblem[] = [];
    const reader = new DeclarationReader(
      { ...options, format },
      {
        declaration: (d, locate) => {
          values.push(d);
          locates.push(locate);
        },
        problem: (p) => problems.push(p),
      },
    );
    reader.push(text);
    reader.end();
    return {
      format,
      values,
      origins: locates.map((l) => l([])),
      problems: inInputOrder(problems),
      summary: reader.summary,
      locate: (i, path) => locates[i]?.(path) ?? { file: options.file, path },
    };
  });
}

/**
 * What {@link streamDeclarations} says at the end.
 *
 * @category Input files
 */
export interface StreamedDeclarations {
  /** Format read. */
  readonly format: InputFormat;
  /** Counts. */
  readonly summary: ReadSummary;
}

/**
 * Reads declarations from decoded text coming piece by piece (see `decodeChunks`), handing each declaration and
 * each problem to `sink` as soon as known: memory holds the declaration being read, not the file. The format is
 * detected from the file name or the first piece.
 *
 * @example
 * ```ts
 * const { summary } = await streamDeclarations(decodeChunks(bytes, 'd.csv'), { file: 'd.csv', programme: hopen }, {
 *   declaration: (d, locate) => evaluate(d),
 *   problem: (p) => print(p),
 * });
 * ```
 *
 * @category Input files
 */
export async function streamDeclarations(
  source: AsyncIterable<string>,
  options: ReadDeclarationsOptions,
  sink: DeclarationSink,
): Promise<StreamedDeclarations> {
  const args: Arguments = {
    source: [source, 'iterable'],
    options: [options, 'object'],
    sink: [sink, 'object'],
  };
  return atBoundaryAsync('streamDeclarations', args, async () => {
    const steps = declarationSteps(source, options, sink);
    for (;;) {
      const step = await steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * {@link streamDeclarations} one piece at a time: the generator yields after each piece of text is read (so a
 * caller can write what that piece produced before reading on), and returns the format and counts.
 *
 * @example
 * ```ts
 * const steps = declarationSteps(text, options, sink);
 * for (let s = await steps.next(); !s.done; s = await steps.next()) flushOutput();
 * ```
 *
 * @category Input files
 */
export async function* declarationSteps(
  source: AsyncIterable<string>,
  options: ReadDeclarationsOptions,
  sink: DeclarationSink,
): AsyncGenerator<void, StreamedDeclarations> {
  try {
    let reader: DeclarationReader | undefined;
    let format = options.format;
    for await (const text of source) {
      if (reader === undefined) {
        if (text === '') continue;
        format ??= detectFormat(options.file, text);
        reader = new DeclarationReader({ ...options, format }, sink);
      }
      reader.push(text);
      if (reader.stoppedEarly) break;
      yield;
    }
    format ??= detectFormat(options.file, '');
    reader ??= new DeclarationReader({ ...options, format }, sink);
    reader.end(options.truncated?.() ?? false);
    return { format, summary: reader.summary };
  } catch (error) {
    throw unreadable(
      'declarationSteps',
      { source: [source, 'iterable'], options: [options, 'object'], sink: [sink, 'object'] },
      error,
    );
  }
}

/** Problems sorted by line and column (stable: same place, same order as found); those without a line last. */
function inInputOrder(problems: InputProblem[]): InputProblem[] {
  const at = (p: InputProblem): number =>
    (p.location.line ?? Number.MAX_SAFE_INTEGER / 1e7) * 1e7 + (p.location.column ?? 0);
  return problems
    .map((p, i) => ({ p, i, k: at(p) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.p);
}
