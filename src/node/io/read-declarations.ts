import type { Establishment } from '../../actors/types.js';
import type { Declaration } from '../../evaluation/types.js';
import type { IssuePath } from '../../issues.js';
import type { IndicatorKind, Programme } from '../../programme/types.js';
import { parseDeclaration } from '../../schemas/declaration.js';
import { parseCsv } from './csv.js';
import { declarationsFromCsv } from './declarations-csv.js';
import type { InputFormat } from './detect.js';
import { detectFormat } from './detect.js';
import { readJsonRecords, readNdjsonRecords } from './json.js';
import type { InputProblem, SourceLocation } from './problem.js';
import type { ReadResult } from './read-result.js';

/**
 * Options of {@link readDeclarations}.
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
 * indicator), a JSON array or NDJSON — and checks each against the programme (unknown indicator codes, wrong
 * kinds, programme mismatch). Every problem is located (`file:line:column` or a JSON path); valid records are
 * kept.
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
  const format = options.format ?? detectFormat(options.file, text);
  const { programme, establishments, file } = options;
  const check = (input: unknown) => {
    const finess =
      typeof input === 'object' && input !== null ? (input as { finess?: unknown }).finess : undefined;
    const establishment = typeof finess === 'string' ? establishments?.get(finess) : undefined;
    return parseDeclaration(input, { programme, ...(establishment ? { establishment } : {}) });
  };
  if (format === 'json') return { format, ...readJsonRecords(text, file, check) };
  if (format === 'ndjson') return { format, ...readNdjsonRecords(text, file, check) };
  const kinds = new Map<string, IndicatorKind>(
    [...programme.prerequisites, ...programme.domains].flatMap((r) =>
      r.indicators.map((i) => [i.code, i.kind] as const),
    ),
  );
  const csv = declarationsFromCsv(parseCsv(text), {
    file,
    programme: { id: programme.id, version: programme.version },
    kindOf: (code) => kinds.get(code),
  });
  return { format, ...recheck(csv, check) };
}

/**
 * Runs the schema over declarations built from CSV rows: its warnings are located at the rows they concern;
 * a declaration with an error (which the row checks should have caught) is dropped and reported.
 */
function recheck(
  csv: ReadResult<Declaration>,
  check: (input: unknown) => ReturnType<typeof parseDeclaration>,
): ReadResult<Declaration> {
  const values: Declaration[] = [];
  const origins: SourceLocation[] = [];
  const keptIndex: number[] = [];
  const problems: InputProblem[] = [...csv.problems];
  let dropped = 0;
  // the closure below keeps only the locator: the unchecked declarations can go once checked
  const locateCsv = csv.locate;
  csv.values.forEach((declaration, i) => {
    const r = check(declaration);
    for (const issue of r.issues) problems.push({ location: csv.locate(i, issue.path), issue });
    if (!r.ok) {
      dropped += Object.keys(declaration.values).length;
      return;
    }
    values.push(r.value);
    origins.push(csv.origins[i]!);
    keptIndex.push(i);
  });
  return {
    values,
    origins,
    problems,
    summary: { ...csv.summary, valid: csv.summary.valid - dropped, invalid: csv.summary.invalid + dropped },
    locate: (i: number, path: IssuePath) => locateCsv(keptIndex[i] ?? -1, path),
  };
}
