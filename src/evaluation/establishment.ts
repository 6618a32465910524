import type { Establishment } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import { concerns } from '../programme/applicability.js';
import { CompactResults } from './compact-results.js';
import type { CompiledProgramme, CompiledRequirement } from './compile.js';
import { diagnostic } from './diagnostic-messages.js';
import { EvaluationView } from './evaluation-view.js';
import { indicatorOutcome } from './indicator.js';
import { palierOutcome, requirementOutcome } from './rollup.js';
import { scheduleDiagnostics, thresholdsInForce } from './schedule.js';
import type { Declaration, DeclaredValue } from './types.js';

/**
 * Options of an evaluation.
 *
 * @category Evaluation
 */
export interface EvaluateOptions {
  /** The date the evaluation is made "as of" (palier never reads the clock). */
  readonly asOf: CalendarDate;
}

/**
 * The parts of an establishment evaluation needs: its FINESS, activities and traits.
 *
 * @category Evaluation
 */
export type EvaluatedEstablishment = Pick<Establishment, 'finess' | 'activities' | 'traits'>;

/**
 * Evaluates one establishment's declaration against a compiled programme: every indicator (exactly), rolled up
 * to prerequisites, domains and the palier, with blockers and diagnostics (programme or version mismatch,
 * FINESS mismatch, unknown indicator codes, values for indicators that do not concern the establishment, a
 * period not over at `asOf`). Pure; never throws on well-typed input. The result is a read-only view (see
 * {@link EvaluationView}): its records are built when read.
 *
 * @example
 * ```ts
 * const compiled = compileProgramme(hopen);
 * const e = evaluateEstablishment(compiled, establishment, declaration, { asOf: '2020-06-30' });
 * e.palier.status; // 'reached' | 'not-reached' | 'unknown'
 * ```
 *
 * @category Evaluation
 */
export function evaluateEstablishment(
  programme: CompiledProgramme,
  establishment: EvaluatedEstablishment,
  declaration: Declaration,
  options: EvaluateOptions,
): EvaluationView {
  const args: Arguments = {
    programme: [programme, 'object'],
    establishment: [establishment, 'object'],
    declaration: [declaration, 'object'],
    options: [options, 'object'],
  };
  return atBoundary('evaluateEstablishment', args, () => {
    return evaluateInto(new CompactResults(programme, 1), 0, establishment, declaration, options);
  });
}

/**
 * Evaluates one establishment into row `row` of `results` (see {@link evaluateEstablishment}) and returns the
 * view of that row. `declared` is room for the row's declared values, one per indicator in column order: a batch
 * passes the same array for every row.
 *
 * @example
 * ```ts
 * const results = new CompactResults(compiled, inputs.length);
 * const view = evaluateInto(results, 0, inputs[0].establishment, inputs[0].declaration, { asOf });
 * ```
 *
 * @category Evaluation
 */
export function evaluateInto(
  results: CompactResults,
  row: number,
  establishment: EvaluatedEstablishment,
  declaration: Declaration,
  options: EvaluateOptions,
  declared: (DeclaredValue | undefined)[] = new Array(results.indicatorCount),
): EvaluationView {
  const programme = results.programme;
  const diagnostics: PalierIssue[] = [];
  checkHeader(programme, establishment, declaration, options.asOf, diagnostics);
  // thresholds by period: the schedule steps in force on the period's last day (a view built once per segment)
  const end = declaration.period?.end;
  const scheduled = programme.scheduleDates.starts.length > 0 && end !== undefined;
  const inForce = scheduled ? thresholdsInForce(programme, end) : programme;
  if (inForce !== programme) diagnostics.push(...scheduleDiagnostics(programme, declaration.period));
  const values = declaration.values ?? {};
  readDeclared(programme.codes, values, declared);
  const target: Target = { establishment, declared, diagnostics };
  writeRequirements(target, inForce.prerequisites, results, row);
  writeRequirements(target, inForce.domains, results, row);
  const palierAt = row * results.levelCount + results.levelCount - 1;
  results.levels[palierAt] = palierOutcome(results.levels, results.levelCount - 1, row * results.levelCount);
  return new EvaluationView(results, row, inForce, {
    finess: establishment.finess,
    period: declaration.period,
    asOf: options.asOf,
    values,
    diagnostics: diagnostics.length === 0 ? NONE : Object.freeze(diagnostics),
  });
}

const NONE: readonly PalierIssue[] = Object.freeze([]);

/**
 * Reads the value declared for each indicator into `declared`, in column order, before any is evaluated: a short
 * loop of lookups only, which the processor runs several at a time (looking each value up while evaluating the
 * previous one made the lookups about twice as slow).
 */
function readDeclared(
  codes: readonly string[],
  values: Readonly<Record<string, DeclaredValue>>,
  declared: (DeclaredValue | undefined)[],
): void {
  for (let p = 0; p < codes.length; p++) declared[p] = values[codes[p]!];
}

/** What one evaluation reads: the establishment, its declared values by column; what it reports: diagnostics. */
interface Target {
  readonly establishment: EvaluatedEstablishment;
  readonly declared: readonly (DeclaredValue | undefined)[];
  readonly diagnostics: PalierIssue[];
}

/**
 * Evaluates every requirement of `group` into row `row`: the outcome code of each of its indicators at
 * `indicators[row × indicatorCount + position]`, then its own at `levels[row × levelCount + position]`.
 */
function writeRequirements(
  t: Target,
  group: readonly CompiledRequirement[],
  results: CompactResults,
  row: number,
) {
  const { declared, establishment } = t;
  const { indicators: codes, levels, indicatorCount, levelCount } = results;
  const at = row * indicatorCount;
  for (let r = 0; r < group.length; r++) {
    const req = group[r]!;
    const list = req.indicators;
    for (let i = 0; i < list.length; i++) {
      const ci = list[i]!;
      const value = declared[ci.position];
      const applicable = concerns(ci.applicability, establishment);
      if (!applicable && !ci.notInForce && isDeclared(value) && value.kind !== 'not-applicable') {
        t.diagnostics.push(diagnostic('value-for-not-applicable-indicator', ci.path, 'warning'));
      }
      codes[at + ci.position] = indicatorOutcome(ci, value, applicable);
    }
    levels[row * levelCount + req.position] = requirementOutcome(req, codes, at + (list[0]?.position ?? 0));
  }
}

function checkHeader(
  compiled: CompiledProgramme,
  establishment: EvaluatedEstablishment,
  declaration: Declaration,
  asOf: CalendarDate,
  diagnostics: PalierIssue[],
): void {
  const programme = compiled.programme;
  const declared = declaration.programme;
  const base = programme.basedOn;
  const sameAsBase = base !== undefined && declared?.id === base.id && declared.version === base.version;
  if (declared?.id !== programme.id && !sameAsBase) {
    diagnostics.push(
      diagnostic('programme-mismatch', ['programme', 'id'], 'error', programme.id, declared?.id),
    );
  } else if (declared.version !== programme.version && !sameAsBase) {
    diagnostics.push(
      diagnostic(
        'programme-version-mismatch',
        ['programme', 'version'],
        'warning',
        programme.version,
        declared.version,
      ),
    );
  }
  if (declaration.finess !== establishment.finess) {
    diagnostics.push(
      diagnostic('finess-mismatch', ['finess'], 'warning', establishment.finess, declaration.finess),
    );
  }
  if (declaration.period !== undefined && declaration.period.end > asOf) {
    diagnostics.push(
      diagnostic('period-not-over', ['period', 'end'], 'warning', `≤ ${asOf}`, declaration.period.end),
    );
  }
  if (declaration.declaredOn !== undefined && declaration.declaredOn > asOf) {
    diagnostics.push(
      diagnostic('declared-after-as-of', ['declaredOn'], 'warning', `≤ ${asOf}`, declaration.declaredOn),
    );
  }
}

/** Whether a declared value is there to be read (untyped input may hold `null` where a value should be). */
function isDeclared(value: DeclaredValue | undefined): value is DeclaredValue {
  return typeof value === 'object' && value !== null;
}
