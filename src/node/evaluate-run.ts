import type { Establishment } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { IssuePath } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import type { CompiledProgramme } from '../evaluation/compile.js';
import { compileProgramme } from '../evaluation/compile.js';
import type { EvaluatedEstablishment } from '../evaluation/establishment.js';
import { evaluateEstablishment } from '../evaluation/establishment.js';
import type { Declaration, EstablishmentEvaluation } from '../evaluation/types.js';
import type { Programme } from '../programme/types.js';
import type { InputProblem, SourceLocation } from './io/problem.js';
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
 * Options of {@link createEvaluator}.
 *
 * @category Command line
 */
export interface EvaluatorOptions {
  /** Programme (compiled once here). */
  readonly programme: Programme;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Establishments by FINESS (activities and traits decide applicability). */
  readonly establishments?: ReadonlyMap<string, Establishment>;
  /** Receives each evaluation as soon as it is made. */
  readonly onEvaluation: (evaluation: EstablishmentEvaluation) => void;
  /** Receives each diagnostic of the evaluations, located in the input. */
  readonly onProblem: (problem: InputProblem) => void;
}

/**
 * An evaluator fed one declaration at a time (as a streaming reader hands them on): it evaluates each against a
 * programme compiled once and hands the evaluation on at once, so nothing but the caller's choice is held.
 *
 * @category Command line
 */
export interface Evaluator {
  /** Evaluates one declaration; `locate` places its diagnostics in the input. */
  declaration(declaration: Declaration, locate: (path: IssuePath) => SourceLocation): void;
  /** Evaluations made. */
  readonly count: number;
  /** FINESS evaluated without establishment data (every indicator taken as applicable). */
  readonly withoutEstablishment: ReadonlySet<string>;
}

/**
 * Creates an {@link Evaluator}. An establishment absent from `establishments`, or whose activities are unknown, is
 * evaluated as carrying every
 * activity and no trait — every indicator then applies, the strictest reading — and is listed in
 * `withoutEstablishment` so the report can say so.
 *
 * @example
 * ```ts
 * const evaluator = createEvaluator({ programme: hopen, asOf: '2021-12-31', onEvaluation: write, onProblem: print });
 * await streamDeclarations(text, { file, programme: hopen }, { declaration: evaluator.declaration, problem: print });
 * ```
 *
 * @category Command line
 */
export function createEvaluator(options: EvaluatorOptions): Evaluator {
  return atBoundary('createEvaluator', 'options', () => {
    const compiled: CompiledProgramme = compileProgramme(options.programme);
    const missing = new Set<string>();
    let count = 0;
    return {
      declaration(declaration, locate) {
        const known = options.establishments?.get(declaration.finess);
        if (known?.activities === undefined) missing.add(declaration.finess);
        const establishment: EvaluatedEstablishment =
          known === undefined
            ? { finess: declaration.finess, activities: ACTIVITIES }
            : { ...known, activities: known.activities ?? ACTIVITIES };
        const evaluation = evaluateEstablishment(compiled, establishment, declaration, {
          asOf: options.asOf,
        });
        count++;
        for (const issue of evaluation.diagnostics)
          options.onProblem({ location: locate(issue.path), issue });
        options.onEvaluation(evaluation);
      },
      get count() {
        return count;
      },
      withoutEstablishment: missing,
    };
  });
}

/**
 * Evaluates every valid declaration read from a file against a programme compiled once (see
 * {@link createEvaluator}, which does it one declaration at a time).
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
  const args: Arguments = { read: [read, 'object'], options: [options, 'object'] };
  return atBoundary('evaluateRead', args, () => {
    const evaluations: EstablishmentEvaluation[] = [];
    const problems: InputProblem[] = [];
    const evaluator = createEvaluator({
      programme: options.programme,
      asOf: options.asOf,
      ...(options.establishments !== undefined ? { establishments: options.establishments } : {}),
      onEvaluation: (e) => evaluations.push(e),
      onProblem: (p) => problems.push(p),
    });
    const total = read.values.length;
    read.values.forEach((declaration, i) => {
      evaluator.declaration(declaration, (path) => read.locate(i, path));
      if (options.onProgress && (i + 1) % 250 === 0) options.onProgress(i + 1, total);
    });
    options.onProgress?.(total, total);
    return { evaluations, problems, withoutEstablishment: [...evaluator.withoutEstablishment] };
  });
}
