import type { Establishment } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import type { CalendarDate } from '../dates/index.js';
import type { CompiledProgramme } from '../evaluation/compile.js';
import { compileProgramme } from '../evaluation/compile.js';
import type { EvaluatedEstablishment } from '../evaluation/establishment.js';
import { evaluateEstablishment } from '../evaluation/establishment.js';
import type { Declaration, EstablishmentEvaluation } from '../evaluation/types.js';
import type { Programme } from '../programme/types.js';
import type { InputProblem } from './io/problem.js';
import type { ReadResult } from './io/read-result.js';

/**
 * Options of {@link evaluateRead}.
 *
 * @category Command line
 */
export interface EvaluateReadOptions {
  /** Programme (compiled once here). */
  readonly programme: Programme;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Establishments by FINESS (activities and traits decide applicability). */
  readonly establishments?: ReadonlyMap<string, Establishment>;
  /** Called every few hundred records with the count done (for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Evaluations of the declarations read from a file.
 *
 * @category Command line
 */
export interface EvaluateReadResult {
  /** One per valid declaration, in input order. */
  readonly evaluations: readonly EstablishmentEvaluation[];
  /** The evaluations' diagnostics, located in the input. */
  readonly problems: readonly InputProblem[];
  /** FINESS evaluated without activity data — absent, or activities unknown (every indicator taken as applicable). */
  readonly withoutEstablishment: readonly string[];
}

/**
 * Evaluates every valid declaration read from a file against a programme compiled once. An establishment
 * absent from `establishments`, or whose activities are unknown, is evaluated as carrying every activity and no trait — every indicator then
 * applies, the strictest reading — and is listed in `withoutEstablishment` so the report can say so.
 *
 * @example
 * ```ts
 * const run = evaluateRead(read, { programme: hopen, asOf: '2021-12-31', establishments });
 * run.evaluations.length; // one per valid declaration
 * ```
 *
 * @category Command line
 */
export function evaluateRead(
  read: ReadResult<Declaration>,
  options: EvaluateReadOptions,
): EvaluateReadResult {
  const compiled: CompiledProgramme = compileProgramme(options.programme);
  const evaluations: EstablishmentEvaluation[] = [];
  const problems: InputProblem[] = [];
  const missing = new Set<string>();
  const total = read.values.length;
  read.values.forEach((declaration, i) => {
    const known = options.establishments?.get(declaration.finess);
    if (known?.activities === undefined) missing.add(declaration.finess);
    const establishment: EvaluatedEstablishment =
      known === undefined
        ? { finess: declaration.finess, activities: ACTIVITIES }
        : { ...known, activities: known.activities ?? ACTIVITIES };
    const evaluation = evaluateEstablishment(compiled, establishment, declaration, { asOf: options.asOf });
    evaluations.push(evaluation);
    for (const issue of evaluation.diagnostics)
      problems.push({ location: read.locate(i, issue.path), issue });
    if (options.onProgress && (i + 1) % 250 === 0) options.onProgress(i + 1, total);
  });
  options.onProgress?.(total, total);
  return { evaluations, problems, withoutEstablishment: [...missing] };
}
