/**
 * Parts of results that do not depend on the declaration, built once per compiled programme or indicator and
 * frozen, so that a batch of thousands of evaluations shares them instead of allocating (and collecting) copies.
 * Kept beside the compiled objects (weak maps), so the public compiled types stay as they are.
 */
import type { CompiledIndicator, CompiledProgramme } from './compile.js';
import type { IndicatorResult, IndicatorStatus, ProgrammeRef } from './types.js';

/** A shared empty list (diagnostics, blockers). */
export const EMPTY: readonly never[] = Object.freeze([]);

const refs = new WeakMap<CompiledProgramme, ProgrammeRef>();

/**
 * The programme reference of every evaluation against `compiled` (`{ id, version }`), one frozen object.
 *
 * @example
 * ```ts
 * programmeRef(compiled); // { id: 'hopen', version: '2019.1' }
 * ```
 */
export function programmeRef(compiled: CompiledProgramme): ProgrammeRef {
  let ref = refs.get(compiled);
  if (ref === undefined) {
    ref = Object.freeze({ id: compiled.programme.id, version: compiled.programme.version });
    refs.set(compiled, ref);
  }
  return ref;
}

/** The results of an indicator that no declared value changes. */
interface FixedResults {
  /** Nothing declared. */
  missing?: IndicatorResult;
  /** Not concerning the establishment, nothing declared. */
  notConcerned?: IndicatorResult;
  /** Not in force for the declared period, nothing declared. */
  notInForce?: IndicatorResult;
}

const fixed = new WeakMap<CompiledIndicator, FixedResults>();

/**
 * The result of `ci` with nothing declared — `missing` (`no-value-declared`) or, when the indicator does not
 * concern the establishment, `not-applicable` (`not-applicable-to-establishment`) — built once and frozen.
 *
 * @example
 * ```ts
 * fixedResult(ci, 'missing').reason; // 'no-value-declared'
 * ```
 */
export function fixedResult(
  ci: CompiledIndicator,
  which: 'missing' | 'notConcerned' | 'notInForce',
): IndicatorResult {
  let entry = fixed.get(ci);
  if (entry === undefined) {
    entry = {};
    fixed.set(ci, entry);
  }
  let result = entry[which];
  if (result === undefined) {
    const missing = which === 'missing';
    result = Object.freeze(
      indicatorResult(
        ci,
        missing ? 'missing' : 'not-applicable',
        missing
          ? 'no-value-declared'
          : which === 'notInForce'
            ? 'not-in-force'
            : 'not-applicable-to-establishment',
        undefined,
        undefined,
        undefined,
      ),
    );
    entry[which] = result;
  }
  return result;
}

/**
 * One indicator result, always with the same properties in the same order (one object shape for the engine).
 *
 * @example
 * ```ts
 * indicatorResult(ci, 'met', 'threshold-met', 98, value, undefined);
 * ```
 */
export function indicatorResult(
  ci: CompiledIndicator,
  status: IndicatorStatus,
  reason: string,
  observed: number | boolean | undefined,
  declared: IndicatorResult['declared'],
  gap: IndicatorResult['gap'],
): IndicatorResult {
  return {
    code: ci.code,
    kind: ci.kind,
    status,
    reason,
    observed,
    declared,
    expected: ci.threshold?.expected,
    gap,
    path: ci.path,
    provenance: ci.provenance,
  };
}
