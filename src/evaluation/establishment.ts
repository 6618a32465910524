import type { Establishment } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import { isIndicatorApplicable } from '../programme/index.js';
import type { CompiledIndicator, CompiledProgramme, CompiledRequirement } from './compile.js';
import { evaluateIndicator } from './indicator.js';
import { REASONS, type ReasonCode } from './reasons.js';
import { rollUpPalier, rollUpRequirement } from './rollup.js';
import { scheduleDiagnostics, thresholdsInForce } from './schedule.js';
import { EMPTY, programmeRef } from './shared.js';
import type {
  Declaration,
  DeclaredValue,
  EstablishmentEvaluation,
  IndicatorResult,
  RequirementResult,
} from './types.js';

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
 * period not over at `asOf`). Pure; never throws on well-typed input.
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
): EstablishmentEvaluation {
  const diagnostics: PalierIssue[] = [];
  checkHeader(programme, establishment, declaration, options.asOf, diagnostics);
  // thresholds by period: the schedule steps in force on the period's last day (a view built once per segment)
  const end = declaration.period?.end;
  const compiled = end === undefined ? programme : thresholdsInForce(programme, end);
  if (compiled !== programme) diagnostics.push(...scheduleDiagnostics(programme, declaration.period));
  const values = declaration.values ?? {};
  const activities = maskOf(compiled.activityBits, establishment.activities ?? ACTIVITIES);
  const traits = maskOf(compiled.traitBits, establishment.traits);
  const target: Target = { compiled, establishment, activities, traits, values, diagnostics, found: 0 };
  const prerequisites = evaluateGroup(target, compiled.prerequisites);
  const domains = evaluateGroup(target, compiled.domains);
  // look for unknown codes only when some declared value was not read: walking the keys is the slow part
  if (Object.keys(values).length !== target.found) {
    for (const code in values) {
      if (!compiled.byCode.has(code))
        diagnostics.push(diagnostic('unknown-indicator', ['values', code], 'warning'));
    }
  }
  return {
    finess: establishment.finess,
    programme: programmeRef(compiled),
    period: declaration.period,
    asOf: options.asOf,
    prerequisites,
    domains,
    palier: rollUpPalier(prerequisites, domains),
    diagnostics: diagnostics.length === 0 ? EMPTY : diagnostics,
  };
}

/** What one evaluation works on: the programme, the establishment (and its masks), the values. */
interface Target {
  readonly compiled: CompiledProgramme;
  readonly establishment: EvaluatedEstablishment;
  readonly activities: number;
  readonly traits: number;
  readonly values: Readonly<Record<string, DeclaredValue>>;
  readonly diagnostics: PalierIssue[];
  /** How many of the declared values the programme's indicators read. */
  found: number;
}

function evaluateGroup(t: Target, group: readonly CompiledRequirement[]): RequirementResult[] {
  const { values, diagnostics } = t;
  const out: RequirementResult[] = new Array(group.length);
  for (let r = 0; r < group.length; r++) {
    const req = group[r]!;
    const list = req.indicators;
    const results: IndicatorResult[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const ci = list[i]!;
      const value = values[ci.code];
      if (value !== undefined) t.found++;
      const applicable = isApplicable(t, ci);
      if (!applicable && !ci.notInForce && value !== undefined && value.kind !== 'not-applicable') {
        diagnostics.push(diagnostic('value-for-not-applicable-indicator', ci.path, 'warning'));
      }
      results[i] = evaluateIndicator(ci, value, applicable);
    }
    out[r] = rollUpRequirement(req, results);
  }
  return out;
}

/** Whether an indicator concerns the establishment: the compiled bit masks, or the plain rule when they are
 * not exact. Same answer as `isIndicatorApplicable`. */
function isApplicable(t: Target, ci: CompiledIndicator): boolean {
  if (!t.compiled.masksExact) return isIndicatorApplicable(ci.indicator, t.establishment);
  return (
    (ci.activityMask === -1 || (t.activities & ci.activityMask) !== 0) &&
    (t.traits & ci.notConcernedMask) === 0
  );
}

/** Bit mask of the names an establishment carries, through the compiled programme's bit assignments. */
function maskOf(bits: ReadonlyMap<string, number>, names: readonly string[] | undefined): number {
  let mask = 0;
  if (names !== undefined) for (const name of names) mask |= bits.get(name) ?? 0;
  return mask;
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

/**
 * Builds a diagnostic from a reason code, with its French and English sentence.
 *
 * @example
 * ```ts
 * diagnostic('unknown-indicator', ['values', 'D9.9'], 'warning').message.en;
 * ```
 *
 * @category Evaluation
 */
export function diagnostic(
  code: ReasonCode,
  path: readonly (string | number)[],
  severity: 'error' | 'warning',
  expected?: string,
  received?: string,
): PalierIssue {
  const issue: { -readonly [K in keyof PalierIssue]: PalierIssue[K] } = {
    code,
    path,
    message: REASONS[code],
    severity,
  };
  if (expected !== undefined) issue.expected = expected;
  if (received !== undefined) issue.received = received;
  return issue;
}
