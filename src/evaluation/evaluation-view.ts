/**
 * Read-only views over compact results: what `evaluateEstablishment` and `evaluateMany` return. A view holds a
 * row number; its requirements, palier and indicator records are built from the columns when they are read,
 * so a batch keeps a few bytes per indicator instead of one object each.
 */
import type { Finess } from '../actors/types.js';
import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';
import type { CalendarDate, Period } from '../dates/index.js';
import type { RequirementKind } from '../programme/index.js';
import type { CompactResults } from './compact-results.js';
import type { CompiledIndicator, CompiledProgramme, CompiledRequirement } from './compile.js';
import { diagnostic } from './diagnostic-messages.js';
import { indicatorRecord } from './indicator-record.js';
import { INDICATOR_OUTCOMES, LEVEL_OUTCOMES } from './outcome-codes.js';
import { blockersOf } from './rollup.js';
import type {
  DeclaredValue,
  EstablishmentEvaluation,
  IndicatorResult,
  IndicatorStatus,
  LevelStatus,
  PalierResult,
  ProgrammeRef,
  RequirementResult,
} from './types.js';

/**
 * One evaluation, read from compact results. `prerequisites`, `domains` and `palier` are built on each read
 * (keep them in a variable to read them twice); `JSON.stringify` writes the whole record, and
 * {@link plainEvaluation} gives it as plain objects (object spread copies only the plain fields).
 *
 * @category Evaluation
 */
export class EvaluationView implements EstablishmentEvaluation {
  /** FINESS evaluated. */
  readonly finess: Finess;
  /** Programme id and version applied. */
  readonly programme: ProgrammeRef;
  /** Period of the declaration. */
  readonly period: Period;
  /** Date the evaluation was made "as of". */
  readonly asOf: CalendarDate;
  readonly #found: readonly PalierIssue[];
  /** The diagnostics once looked for (the CLI reads them twice per evaluation: warnings, then the JSON record). */
  #diagnostics: readonly PalierIssue[] | undefined;
  readonly #results: CompactResults;
  readonly #row: number;
  readonly #inForce: CompiledProgramme;
  readonly #values: Readonly<Record<string, DeclaredValue>>;

  /**
   * The view of row `row` of `results`, evaluated with `inForce` (the programme with the thresholds in force
   * for the period) on `values`.
   *
   * @example
   * ```ts
   * new EvaluationView(results, 0, inForce, { finess, period, asOf, values, diagnostics: [] });
   * ```
   */
  constructor(
    results: CompactResults,
    row: number,
    inForce: CompiledProgramme,
    fields: Pick<EstablishmentEvaluation, 'finess' | 'period' | 'asOf' | 'diagnostics'> & {
      values: Readonly<Record<string, DeclaredValue>>;
    },
  ) {
    this.finess = fields.finess;
    this.programme = results.ref;
    this.period = fields.period;
    this.asOf = fields.asOf;
    this.#found = fields.diagnostics;
    this.#results = results;
    this.#row = row;
    this.#inForce = inForce;
    this.#values = fields.values;
  }

  /**
   * Non-fatal problems (built on read): those found while evaluating (header, schedule, values for indicators
   * that do not concern the establishment), then the declared codes the programme does not know — looked for
   * here, on the first read only, as walking every declared key costs as much as evaluating.
   */
  get diagnostics(): readonly PalierIssue[] {
    if (this.#diagnostics === undefined) {
      const unknown = unknownCodes(this.#results.programme, this.#values);
      // frozen: every read returns this one list
      this.#diagnostics = unknown.length === 0 ? this.#found : Object.freeze([...this.#found, ...unknown]);
    }
    return this.#diagnostics;
  }

  /** Every prerequisite (built on read). */
  get prerequisites(): readonly RequirementView[] {
    return this.#requirements(this.#inForce.prerequisites);
  }

  /** Every domain (built on read). */
  get domains(): readonly RequirementView[] {
    return this.#requirements(this.#inForce.domains);
  }

  /** The palier (built on read). */
  get palier(): PalierResult {
    const r = this.#results;
    const { status, reason } = LEVEL_OUTCOMES[r.levelCode(this.#row, r.levelCount - 1)]!;
    const levels = [...this.#inForce.prerequisites, ...this.#inForce.domains];
    const statuses = levels.map((req) => LEVEL_OUTCOMES[r.levelCode(this.#row, req.position)]!.status);
    return {
      status,
      reason,
      blockers: blockersOf(
        levels.map((req) => req.code),
        statuses,
      ),
    };
  }

  /**
   * The status of the palier, read from the column without building its blockers.
   *
   * @example
   * ```ts
   * evaluation.palierStatus(); // 'reached' | 'not-reached' | 'unknown'
   * ```
   */
  palierStatus(): LevelStatus {
    return this.#results.palierStatus(this.#row);
  }

  /**
   * The status of the prerequisite or domain at `position` (its `CompiledRequirement.position`), read from the
   * column without building anything.
   *
   * @example
   * ```ts
   * evaluation.levelStatus(0); // status of the first prerequisite
   * ```
   */
  levelStatus(position: number): LevelStatus {
    return LEVEL_OUTCOMES[this.#results.levelCode(this.#row, position)]!.status;
  }

  /**
   * The whole evaluation as plain objects (what `JSON.stringify` writes).
   *
   * @example
   * ```ts
   * JSON.stringify(evaluation) === JSON.stringify(evaluation.toJSON()); // true
   * ```
   */
  toJSON(): EstablishmentEvaluation {
    return {
      finess: this.finess,
      programme: this.programme,
      period: this.period,
      asOf: this.asOf,
      prerequisites: this.prerequisites.map((r) => r.toJSON()),
      domains: this.domains.map((r) => r.toJSON()),
      palier: this.palier,
      diagnostics: this.diagnostics,
    };
  }

  #requirements(list: readonly CompiledRequirement[]): RequirementView[] {
    return list.map((req) => new RequirementView(this.#results, this.#row, req, this.#values));
  }
}

/** A warning for every declared code that is not one of the programme's indicators. */
function unknownCodes(
  programme: CompiledProgramme,
  values: Readonly<Record<string, DeclaredValue>>,
): PalierIssue[] {
  const out: PalierIssue[] = [];
  for (const code in values) {
    if (!programme.byCode.has(code)) out.push(diagnostic('unknown-indicator', ['values', code], 'warning'));
  }
  return out;
}

/**
 * An indicator's code and status, without the rest of its record.
 *
 * @category Evaluation
 */
export interface IndicatorStatusOf {
  /** Indicator code. */
  readonly code: string;
  /** Status. */
  readonly status: IndicatorStatus;
}

/**
 * One prerequisite or domain of an {@link EvaluationView}: its status from the column; its indicator records
 * and blockers built on read.
 *
 * @category Evaluation
 */
export class RequirementView implements RequirementResult {
  /** `P1`, `D2` … */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Label. */
  readonly label: Label;
  /** Status. */
  readonly status: LevelStatus;
  /** Stable reason code. */
  readonly reason: string;
  readonly #results: CompactResults;
  readonly #row: number;
  readonly #req: CompiledRequirement;
  readonly #values: Readonly<Record<string, DeclaredValue>>;

  /**
   * The view of requirement `req` in row `row` of `results`.
   *
   * @example
   * ```ts
   * new RequirementView(results, 0, compiled.domains[0]!, values).status;
   * ```
   */
  constructor(
    results: CompactResults,
    row: number,
    req: CompiledRequirement,
    values: Readonly<Record<string, DeclaredValue>>,
  ) {
    const { status, reason } = LEVEL_OUTCOMES[results.levelCode(row, req.position)]!;
    this.code = req.code;
    this.kind = req.kind;
    this.label = req.label;
    this.status = status;
    this.reason = reason;
    this.#results = results;
    this.#row = row;
    this.#req = req;
    this.#values = values;
  }

  /** Its indicators' records (built on read). */
  get indicators(): readonly IndicatorResult[] {
    return this.#req.indicators.map((ci) =>
      indicatorRecord(ci, this.#values[ci.code], this.#code(ci.position)),
    );
  }

  /**
   * Each indicator's code and status, in the order of {@link RequirementView.indicators}, read from the column
   * without building the records.
   *
   * @example
   * ```ts
   * evaluation.domains[0]!.indicatorStatuses(); // [{ code: 'D1.1', status: 'met' }, …]
   * ```
   */
  indicatorStatuses(): readonly IndicatorStatusOf[] {
    return this.#req.indicators.map((ci) => ({
      code: ci.code,
      status: INDICATOR_OUTCOMES[this.#code(ci.position)]!.status,
    }));
  }

  /**
   * Its indicators as compiled, with the thresholds in force for the period, in the order of
   * {@link RequirementView.indicators}: with {@link RequirementView.outcomeCode} and
   * {@link RequirementView.declaredValue}, what each record is built from — for writers of large reports that
   * need no record.
   *
   * @example
   * ```ts
   * for (const ci of req.compiledIndicators) INDICATOR_OUTCOMES[req.outcomeCode(ci)]!.status;
   * ```
   */
  get compiledIndicators(): readonly CompiledIndicator[] {
    return this.#req.indicators;
  }

  /**
   * The outcome code of one of its {@link RequirementView.compiledIndicators} (`INDICATOR_OUTCOMES[code]`: its
   * status and reason), read from the column.
   *
   * @example
   * ```ts
   * INDICATOR_OUTCOMES[req.outcomeCode(req.compiledIndicators[0]!)]!.reason; // 'threshold-met'
   * ```
   */
  outcomeCode(ci: CompiledIndicator): number {
    return this.#code(ci.position);
  }

  /**
   * The value declared for one of its {@link RequirementView.compiledIndicators}, if any.
   *
   * @example
   * ```ts
   * req.declaredValue(req.compiledIndicators[0]!); // { kind: 'yes-no', value: true }
   * ```
   */
  declaredValue(ci: CompiledIndicator): DeclaredValue | undefined {
    return this.#values[ci.code];
  }

  /** Codes of the indicators that keep it from being reached (not met, missing, invalid, unknown). */
  get blockers(): readonly string[] {
    const list = this.#req.indicators;
    const statuses = list.map((ci) => INDICATOR_OUTCOMES[this.#code(ci.position)]!.status);
    return blockersOf(
      list.map((ci) => ci.code),
      statuses,
    );
  }

  /**
   * The requirement as a plain object (what `JSON.stringify` writes).
   *
   * @example
   * ```ts
   * evaluation.domains[0]!.toJSON().indicators.length;
   * ```
   */
  toJSON(): RequirementResult {
    const { code, kind, label, status, reason, indicators, blockers } = this;
    return { code, kind, label, status, reason, indicators, blockers };
  }

  #code(position: number): number {
    return this.#results.indicators[this.#row * this.#results.indicatorCount + position]!;
  }
}

/**
 * An evaluation as plain objects, every record built: a view's {@link EvaluationView.toJSON}, or the evaluation
 * itself when it is already plain. Use it to copy an evaluation (`{ ...plainEvaluation(e), name }`) or to keep it
 * apart from the batch it comes from.
 *
 * @example
 * ```ts
 * const copy = { name: 'CH Exemple', ...plainEvaluation(evaluation) };
 * ```
 *
 * @category Evaluation
 */
export function plainEvaluation(evaluation: EstablishmentEvaluation): EstablishmentEvaluation {
  return atBoundary('plainEvaluation', 'evaluation', () => {
    return evaluation instanceof EvaluationView ? evaluation.toJSON() : evaluation;
  });
}
