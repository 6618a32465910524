import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
import { thresholdIssues } from '../programme/check-thresholds.js';
import type {
  Indicator,
  IndicatorKind,
  Programme,
  Requirement,
  RequirementKind,
  Threshold,
  ThresholdStep,
} from '../programme/index.js';
import { DIAGNOSTIC_MESSAGES, type DiagnosticCode } from './diagnostic-messages.js';
import { compileRate, type ExactRate, type ScaledDecimal, toScaledDecimal } from './exact.js';
import type { Expected } from './types.js';

/**
 * How a compiled threshold compares: `≥`, `>`, `≤`, `<`, `=`.
 *
 * @category Evaluation
 */
export type CompiledOp = 'ge' | 'gt' | 'le' | 'lt' | 'eq';

/**
 * A threshold compiled once for exact comparisons.
 *
 * @category Evaluation
 */
export interface CompiledThreshold {
  /** The threshold as reported in results (shared, frozen). */
  readonly expected: Expected;
  /** Comparison operator. */
  readonly op: CompiledOp;
  /** For rates: the percentage, ready for `n × 100 × scale` vs `num × d`. */
  readonly rate: ExactRate | undefined;
  /** For rates and counts: the value as an exact decimal (declared percentages, counts). */
  readonly scaled: ScaledDecimal | undefined;
  /**
   * For rates compared with `≥`, `>`, `≤`, `<`: whether some numerator between 0 and the denominator meets the
   * threshold (the same answer for every denominator). `undefined` for `=` (it depends on the denominator) and
   * for other kinds.
   */
  readonly reachable: boolean | undefined;
  /** The threshold as given. */
  readonly source: Threshold;
}

/**
 * Why a requirement's catalogue cannot settle it (the `catalogueGap` of a compiled requirement).
 *
 * @category Evaluation
 */
export type CatalogueGap =
  | 'no-indicators-in-catalogue'
  | 'catalogue-incomplete'
  | 'catalogue-completeness-unknown';

/**
 * Why an indicator's threshold cannot be applied (status `unknown`).
 *
 * @category Evaluation
 */
export type UnknownThresholdReason =
  | 'threshold-unverified'
  | 'threshold-absent'
  | 'threshold-not-comparable'
  | 'eligibility-absent-target-given'
  | 'target-absent-eligibility-given';

/**
 * The period of a schedule step, as reported with the threshold it brought (see {@link Expected.inForce}).
 *
 * @category Evaluation
 */
export interface StepWindow {
  /** First day in force. */
  readonly from: string;
  /** Last day in force, when bounded. */
  readonly until?: string;
  /** Name of the period (`2027`). */
  readonly name?: string;
}

/**
 * One step of an indicator's schedule, compiled: its window and the indicator as evaluated while it is in force.
 *
 * @category Evaluation
 */
export interface CompiledStep {
  /** When the step is in force. */
  readonly window: StepWindow;
  /** The indicator with this step's threshold (or not in force, see {@link CompiledIndicator.notInForce}). */
  readonly indicator: CompiledIndicator;
}

/**
 * An indicator compiled for evaluation.
 *
 * @category Evaluation
 */
export interface CompiledIndicator {
  /** The indicator as defined. */
  readonly indicator: Indicator;
  /** Its code. */
  readonly code: string;
  /** Its kind. */
  readonly kind: IndicatorKind;
  /** Code of the prerequisite or domain it belongs to. */
  readonly requirement: string;
  /** `eligibility` for a prerequisite's indicator, `target` for a domain's. */
  readonly role: 'eligibility' | 'target';
  /** Path of its value in a declaration (shared, frozen). */
  readonly path: readonly ['values', string];
  /** The compiled threshold, when there is a usable one. */
  readonly threshold: CompiledThreshold | undefined;
  /** Why there is no usable threshold. */
  readonly unknownReason: UnknownThresholdReason | undefined;
  /** Provenance of the rule applied: the threshold's, or the indicator's when there is no threshold. */
  readonly provenance: Provenance;
  /** Its place in the programme's indicator order (prerequisites' then domains'), the column of its results. */
  readonly position: number;
  /** Its applicability rule (the indicator's), when it has one: without one it concerns every establishment. */
  readonly applicability: Indicator['applicability'];
  /** The schedule step this threshold comes from, when it comes from one. */
  readonly inForce: StepWindow | undefined;
  /** `true` in a period no step of its schedule covers, when it has no base threshold: status `not-applicable`. */
  readonly notInForce: boolean;
  /** Its schedule, compiled (absent when it has none): {@link thresholdsInForce} picks the step per period. */
  readonly steps: readonly CompiledStep[] | undefined;
}

/**
 * A prerequisite or a domain compiled for evaluation.
 *
 * @category Evaluation
 */
export interface CompiledRequirement {
  /** The requirement as defined. */
  readonly requirement: Requirement;
  /** Its code. */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Its label. */
  readonly label: Label;
  /** Its indicators, compiled (duplicates of an earlier code left out). */
  readonly indicators: readonly CompiledIndicator[];
  /** Its place among the programme's requirements (prerequisites then domains), the column of its result. */
  readonly position: number;
  /**
   * Why the catalogue cannot settle it even when every listed indicator is met: no indicator at all; fewer
   * indicators than the guide is known to have; or no {@link Requirement.indicatorCount} saying the list is
   * complete. `undefined` when the list is known complete.
   */
  readonly catalogueGap: CatalogueGap | undefined;
}

/**
 * A programme compiled once for evaluation: indicators indexed by code and numbered (the columns of the compact
 * results), thresholds in exact integer form. Build it with {@link compileProgramme} and reuse it for every
 * establishment.
 *
 * Its objects are frozen. The lists the engine walks for every establishment — `prerequisites`, `domains`, their
 * `indicators`, `codes` — are read-only for TypeScript but not frozen: Node 20's optimising compiler reads the
 * elements of a frozen array through a generic call, about six times slower than a plain array's.
 *
 * @category Evaluation
 */
export interface CompiledProgramme {
  /** Discriminant, to tell a compiled programme from a programme. */
  readonly compiled: true;
  /** The programme compiled. */
  readonly programme: Programme;
  /** Prerequisites, in programme order. */
  readonly prerequisites: readonly CompiledRequirement[];
  /** Domains, in programme order. */
  readonly domains: readonly CompiledRequirement[];
  /** Every indicator by code. */
  readonly byCode: ReadonlyMap<string, CompiledIndicator>;
  /** How many indicators (after duplicates are left out): the width of a row of indicator results. */
  readonly indicatorCount: number;
  /** Every indicator code, by position: `codes[ci.position] === ci.code`. */
  readonly codes: readonly string[];
  /** Problems found in the programme itself (duplicate codes, thresholds not comparable with their kind). */
  readonly diagnostics: readonly PalierIssue[];
  /**
   * Every date where a schedule step starts, sorted; and every date where one ends. Empty when no indicator has
   * a schedule (then every period uses the same thresholds).
   */
  readonly scheduleDates: {
    /** Sorted `from` dates of the steps. */
    readonly starts: readonly string[];
    /** Sorted `until` dates of the steps. */
    readonly ends: readonly string[];
  };
}

const OPS: Readonly<Record<string, CompiledOp>> = {
  'at-least:true': 'ge',
  'at-least:false': 'gt',
  'at-most:true': 'le',
  'at-most:false': 'lt',
  'equal:true': 'eq',
  'equal:false': 'eq',
};

/**
 * Compiles a programme for evaluation, once: indexes and numbers the indicators, turns every threshold into
 * exact integers. Pure; the programme is not changed.
 *
 * @example
 * ```ts
 * const compiled = compileProgramme(hopen);
 * const result = evaluateEstablishment(compiled, establishment, declaration, { asOf: '2021-12-31' });
 * ```
 *
 * @category Evaluation
 */
export function compileProgramme(programme: Programme): CompiledProgramme {
  return atBoundary('compileProgramme', 'programme', () => {
    const diagnostics: PalierIssue[] = [];
    const byCode = new Map<string, CompiledIndicator>();
    const ctx: Context = { byCode, diagnostics, requirements: 0 };
    const compileGroup = (group: readonly Requirement[], key: 'prerequisites' | 'domains') =>
      group.map((req, r) => compileRequirement(req, [key, r], ctx));
    const prerequisites = compileGroup(programme.prerequisites, 'prerequisites');
    const domains = compileGroup(programme.domains, 'domains');
    diagnostics.push(...thresholdIssues(programme));
    const starts: string[] = [];
    const ends: string[] = [];
    for (const ci of byCode.values()) {
      for (const step of ci.steps ?? []) {
        starts.push(step.window.from);
        if (step.window.until !== undefined) ends.push(step.window.until);
      }
    }
    return Object.freeze({
      compiled: true as const,
      programme,
      prerequisites,
      domains,
      byCode,
      indicatorCount: byCode.size,
      codes: [...byCode.keys()],
      diagnostics: Object.freeze(diagnostics),
      scheduleDates: Object.freeze({
        starts: Object.freeze(starts.sort()),
        ends: Object.freeze(ends.sort()),
      }),
    });
  });
}

interface Context {
  readonly byCode: Map<string, CompiledIndicator>;
  readonly diagnostics: PalierIssue[];
  /** Requirements compiled so far (the next one's position). */
  requirements: number;
}

function compileRequirement(
  req: Requirement,
  path: readonly (string | number)[],
  ctx: Context,
): CompiledRequirement {
  const role = req.kind === 'prerequisite' ? 'eligibility' : 'target';
  const indicators: CompiledIndicator[] = [];
  req.indicators.forEach((indicator, i) => {
    if (ctx.byCode.has(indicator.code)) {
      ctx.diagnostics.push(issue('duplicate-indicator-code', [...path, 'indicators', i, 'code'], 'warning'));
      return;
    }
    const compiled = compileIndicator(indicator, req.code, role, ctx);
    if (compiled.unknownReason === 'threshold-not-comparable') {
      ctx.diagnostics.push(issue('threshold-not-comparable', [...path, 'indicators', i, role], 'warning'));
    }
    ctx.byCode.set(indicator.code, compiled);
    indicators.push(compiled);
  });
  const listed = req.indicators.length;
  const expected = req.indicatorCount?.value;
  const catalogueGap =
    listed === 0
      ? ('no-indicators-in-catalogue' as const)
      : expected === undefined
        ? ('catalogue-completeness-unknown' as const)
        : expected > listed
          ? ('catalogue-incomplete' as const)
          : undefined;
  return Object.freeze({
    requirement: req,
    code: req.code,
    kind: req.kind,
    label: req.label,
    indicators,
    position: ctx.requirements++,
    catalogueGap,
  });
}

function compileIndicator(
  indicator: Indicator,
  requirement: string,
  role: 'eligibility' | 'target',
  ctx: Context,
): CompiledIndicator {
  const base = {
    indicator,
    code: indicator.code,
    kind: indicator.kind,
    requirement,
    role,
    path: Object.freeze(['values', indicator.code] as ['values', string]),
    position: ctx.byCode.size,
    applicability: indicator.applicability,
  };
  const schedule = indicator.schedule;
  const steps =
    schedule === undefined || schedule.length === 0
      ? undefined
      : Object.freeze(schedule.map((step) => compileStep(base, indicator, step, role)));
  return compiledIndicator(base, { ...resolve(base, [indicator], role, undefined), steps });
}

/**
 * Every compiled indicator is built here, its fields always in the same order: one object shape, so that the
 * engine's reads of them stay fast (objects built by spreading take several shapes).
 */
function compiledIndicator(base: Common, rest: Omit<CompiledIndicator, keyof Common>): CompiledIndicator {
  return Object.freeze({
    indicator: base.indicator,
    code: base.code,
    kind: base.kind,
    requirement: base.requirement,
    role: base.role,
    path: base.path,
    position: base.position,
    applicability: base.applicability,
    threshold: rest.threshold,
    unknownReason: rest.unknownReason,
    provenance: rest.provenance,
    inForce: rest.inForce,
    notInForce: rest.notInForce,
    steps: rest.steps,
  });
}

type Common = Pick<
  CompiledIndicator,
  'indicator' | 'code' | 'kind' | 'requirement' | 'role' | 'path' | 'position' | 'applicability'
>;

type ThresholdSource = Pick<ThresholdStep, 'eligibility' | 'target' | 'unverified'>;

/**
 * The threshold of `role` from the first source that has one (a step, then the indicator), or why there is
 * none: unverified, given only in the other role, or absent.
 */
function resolve(
  base: Common,
  sources: readonly ThresholdSource[],
  role: 'eligibility' | 'target',
  window: StepWindow | undefined,
): Omit<CompiledIndicator, keyof Common | 'steps'> {
  const other = role === 'eligibility' ? 'target' : 'eligibility';
  const source = sources.find((s) => s[role] !== undefined)?.[role];
  const unverified =
    sources.some((s) => s.unverified?.some((note) => note.field === role) === true) ||
    source?.provenance.status === 'unverified';
  let threshold: CompiledThreshold | undefined;
  let unknownReason: UnknownThresholdReason | undefined;
  if (source === undefined || source.provenance.status === 'unverified') {
    unknownReason = unverified
      ? 'threshold-unverified'
      : sources[0]?.[other] !== undefined
        ? role === 'eligibility'
          ? 'eligibility-absent-target-given'
          : 'target-absent-eligibility-given'
        : 'threshold-absent';
  } else {
    threshold = compileThreshold(source, base.kind, role, window);
    if (threshold === undefined) unknownReason = 'threshold-not-comparable';
  }
  return {
    threshold,
    unknownReason,
    provenance: threshold?.source.provenance ?? base.indicator.provenance,
    inForce: window,
    notInForce: false,
  };
}

/** One schedule step compiled: its threshold, or the base one when the step gives none for the role. */
function compileStep(
  base: Common,
  indicator: Indicator,
  step: ThresholdStep,
  role: 'eligibility' | 'target',
): CompiledStep {
  const window: StepWindow = Object.freeze({
    from: step.from,
    ...(step.until !== undefined ? { until: step.until } : {}),
    ...(step.name !== undefined ? { name: step.name } : {}),
  });
  return Object.freeze({
    window,
    indicator: compiledIndicator(base, {
      ...resolve(base, stepSources(step, indicator, role), role, window),
      steps: undefined,
    }),
  });
}

/** A step's own threshold; the indicator's when the step neither gives one nor says it is unverified. */
function stepSources(
  step: ThresholdStep,
  indicator: Indicator,
  role: 'eligibility' | 'target',
): ThresholdSource[] {
  const own = step[role] !== undefined || step.unverified?.some((note) => note.field === role) === true;
  return own ? [step] : [step, indicator];
}

function compileThreshold(
  source: Threshold,
  kind: IndicatorKind,
  role: 'eligibility' | 'target',
  window: StepWindow | undefined,
): CompiledThreshold | undefined {
  const op = OPS[`${source.comparator}:${source.inclusive}`];
  if (op === undefined) return undefined;
  const expected: Expected = Object.freeze({
    comparator: source.comparator,
    value: source.value,
    inclusive: source.comparator === 'equal' ? true : source.inclusive,
    role,
    ...(window !== undefined ? { inForce: window } : {}),
  });
  if (kind === 'yes-no') {
    if (typeof source.value !== 'boolean') return undefined;
    return Object.freeze({
      expected,
      op: 'eq' as const,
      rate: undefined,
      scaled: undefined,
      reachable: undefined,
      source,
    });
  }
  if (typeof source.value !== 'number') return undefined;
  const scaled = toScaledDecimal(source.value);
  if (scaled === undefined || scaled.units < 0n) return undefined;
  const rate = kind === 'rate' ? compileRate(source.value) : undefined;
  const reachable = rate === undefined ? undefined : rateReachable(op, rate);
  return Object.freeze({ expected, op, rate, scaled, reachable, source });
}

/**
 * Whether a rate threshold `t %` compared with `op` is met by some numerator between 0 and the denominator,
 * whatever the denominator: a floor when 100 % meets it, a ceiling when 0 % does. `undefined` for `=`: whether
 * `t % × d` is a whole number depends on `d`.
 */
function rateReachable(op: CompiledOp, rate: ExactRate): boolean | undefined {
  const { bigNum, bigFactor } = rate; // t % = bigNum / bigFactor, so t ≤ 100 ⇔ bigNum ≤ bigFactor
  switch (op) {
    case 'ge':
      return bigNum <= bigFactor;
    case 'gt':
      return bigNum < bigFactor;
    case 'le':
      return true;
    case 'lt':
      return bigNum > 0n;
    default:
      return undefined;
  }
}

function issue(
  code: DiagnosticCode,
  path: readonly (string | number)[],
  severity: 'error' | 'warning',
): PalierIssue {
  return { code, path, message: DIAGNOSTIC_MESSAGES[code], severity };
}

/**
 * Whether a value is a {@link CompiledProgramme} rather than a programme.
 *
 * @example
 * ```ts
 * isCompiledProgramme(compileProgramme(hopen)); // true
 * ```
 *
 * @category Evaluation
 */
export function isCompiledProgramme(value: Programme | CompiledProgramme): value is CompiledProgramme {
  return atBoundary('isCompiledProgramme', 'value', () => {
    return (value as CompiledProgramme).compiled === true;
  });
}
