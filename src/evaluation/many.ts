import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Programme } from '../programme/index.js';
import { CompactResults } from './compact-results.js';
import { type CompiledProgramme, compileProgramme, isCompiledProgramme } from './compile.js';
import { diagnostic } from './diagnostic-messages.js';
import { type EvaluatedEstablishment, type EvaluateOptions, evaluateInto } from './establishment.js';
import type { EvaluationView } from './evaluation-view.js';
import type { Declaration, DeclaredValue, LevelStatus } from './types.js';

/**
 * One record of a batch: an establishment and its declaration.
 *
 * @category Evaluation
 */
export interface EvaluationInput {
  /** The establishment (FINESS, activities, traits). */
  readonly establishment: EvaluatedEstablishment;
  /** Its declaration. */
  readonly declaration: Declaration;
}

/**
 * The outcome of one record of a batch, at its index in the input.
 *
 * @category Evaluation
 */
export type BatchRecord =
  | {
      /** Index in the input. */
      readonly index: number;
      /** Evaluated. */
      readonly ok: true;
      /** The evaluation (its own diagnostics included): a read-only view over the batch's compact results. */
      readonly evaluation: EvaluationView;
    }
  | {
      /** Index in the input. */
      readonly index: number;
      /** Not evaluated: the record is malformed. */
      readonly ok: false;
      /** Why, with paths starting at the record's index. */
      readonly diagnostics: readonly PalierIssue[];
    };

/**
 * Result of {@link evaluateMany}: one record per input, in order, and counts.
 *
 * @category Evaluation
 */
export interface BatchEvaluation {
  /** One per input, same order. */
  readonly records: readonly BatchRecord[];
  /** Counts: records evaluated and skipped, and palier statuses of the evaluated ones. */
  readonly summary: {
    /** Inputs. */
    readonly total: number;
    /** Records evaluated. */
    readonly evaluated: number;
    /** Records skipped as malformed. */
    readonly skipped: number;
    /** Palier status counts over evaluated records. */
    readonly palier: Readonly<Record<LevelStatus, number>>;
  };
}

/**
 * Evaluates many establishments against one programme, compiling it once (pass a compiled programme to share
 * the set-up between batches). A malformed record never stops the others: it comes back `ok: false` with its
 * diagnostics, paths starting at its index.
 *
 * The results are stored compactly (one byte per indicator and per level, see {@link CompactResults}); each
 * record's `evaluation` is a view whose requirement and indicator records are built when read (see
 * {@link EvaluationView}). Observed values and gaps are derived from the declared values when asked: the batch
 * keeps a reference to the declarations, do not change them afterwards.
 *
 * @example
 * ```ts
 * const batch = evaluateMany(hopen, rows, { asOf: '2021-12-31' });
 * batch.summary.palier.reached; // establishments at the palier
 * ```
 *
 * @category Evaluation
 */
export function evaluateMany(
  programme: Programme | CompiledProgramme,
  inputs: readonly EvaluationInput[],
  options: EvaluateOptions,
): BatchEvaluation {
  const args: Arguments = {
    programme: [programme, 'object'],
    inputs: [inputs, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('evaluateMany', args, () => {
    const compiled = isCompiledProgramme(programme) ? programme : compileProgramme(programme);
    const results = new CompactResults(compiled, inputs.length);
    const records: BatchRecord[] = new Array(inputs.length);
    const declared = new Array<DeclaredValue | undefined>(compiled.indicatorCount);
    const palier: Record<LevelStatus, number> = { reached: 0, 'not-reached': 0, unknown: 0 };
    let evaluated = 0;
    for (let index = 0; index < inputs.length; index++) {
      const input = inputs[index] as unknown;
      const problem = shapeProblem(input, index);
      if (problem !== undefined) {
        records[index] = { index, ok: false, diagnostics: [problem] };
        continue;
      }
      const { establishment, declaration } = input as EvaluationInput;
      try {
        const evaluation = evaluateInto(results, index, establishment, declaration, options, declared);
        records[index] = { index, ok: true, evaluation };
        palier[results.palierStatus(index)]++;
        evaluated++;
      } catch (error) {
        const failed = diagnostic('evaluation-failed', [index], 'error');
        const detail = error instanceof Error ? error.message : String(error);
        records[index] = { index, ok: false, diagnostics: [{ ...failed, received: detail }] };
      }
    }
    return {
      records,
      summary: { total: inputs.length, evaluated, skipped: inputs.length - evaluated, palier },
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first structural problem of a batch record, if any (typed input from untyped sources, e.g. JSON). */
function shapeProblem(input: unknown, index: number): PalierIssue | undefined {
  if (!isObject(input)) return diagnostic('invalid-record', [index], 'error');
  const { establishment, declaration } = input;
  if (
    !isObject(establishment) ||
    typeof establishment.finess !== 'string' ||
    (establishment.activities !== undefined && !Array.isArray(establishment.activities))
  ) {
    return diagnostic('invalid-record', [index, 'establishment'], 'error');
  }
  if (!isObject(declaration) || !isObject(declaration.values) || !isObject(declaration.period)) {
    return diagnostic('invalid-record', [index, 'declaration'], 'error');
  }
  if (!isObject(declaration.programme))
    return diagnostic('invalid-record', [index, 'declaration', 'programme'], 'error');
  return undefined;
}
