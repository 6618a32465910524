import type { PalierIssue } from '../../core/issue.js';
import type { EvaluatedEstablishment } from '../../evaluation/establishment.js';
import type { Declaration } from '../../evaluation/types.js';
import type { Programme } from '../../programme/types.js';
import { parseDeclaration } from '../../schemas/declaration.js';

/**
 * A candidate declaration checked: the declaration to evaluate (when its head — FINESS, level, programme,
 * period — is sound) and every issue found.
 *
 * @category Input files
 */
export interface SettledDeclaration {
  /**
   * The declaration to evaluate, or `undefined` when its head is wrong. Values with an error stay in it as
   * they were read, so the evaluation shows them `invalid` with the engine's reason — except values for codes
   * the programme does not have, which are left out.
   */
  readonly declaration: Declaration | undefined;
  /** Every issue: the schema's, paths from the declaration's root. */
  readonly issues: readonly PalierIssue[];
  /** Codes of the values with an error. */
  readonly badCodes: ReadonlySet<string>;
}

/**
 * Options of {@link settleDeclaration}.
 *
 * @category Input files
 */
export interface SettleOptions {
  /** The programme the declaration answers. */
  readonly programme: Programme;
  /** The establishment declaring (values for indicators that do not concern it are reported). */
  readonly establishment?: EvaluatedEstablishment;
}

/**
 * Checks a candidate declaration built by a reader — the one place where the declaration rules apply to files:
 * `parseDeclaration` (the schema: FINESS key, dates, period, kinds, unknown codes, value checks) decides. One
 * value's error does not reject the declaration: the rest of it is evaluated and the bad value shows as
 * `invalid`. An error in the head (FINESS, level, programme, period) rejects the whole declaration.
 *
 * @example
 * ```ts
 * const s = settleDeclaration(candidate, { programme: hopen });
 * s.declaration?.values; // every value, the bad ones as read
 * s.badCodes;            // Set { 'D2.2' }
 * ```
 *
 * @category Input files
 */
export function settleDeclaration(
  candidate: Record<string, unknown>,
  options: SettleOptions,
): SettledDeclaration {
  const first = parseDeclaration(candidate, options);
  if (first.ok) return { declaration: first.value, issues: first.issues, badCodes: NONE };
  const badCodes = new Set<string>();
  let headError = false;
  for (const issue of first.issues) {
    if (issue.severity !== 'error') continue;
    const code = valueCode(issue);
    if (code === undefined) headError = true;
    else badCodes.add(code);
  }
  const values = candidate.values;
  if (headError || badCodes.size === 0 || typeof values !== 'object' || values === null) {
    return { declaration: undefined, issues: first.issues, badCodes };
  }
  const raw = values as Record<string, unknown>;
  const good: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(raw)) if (!badCodes.has(code)) good[code] = value;
  const second = parseDeclaration({ ...candidate, values: good }, options);
  if (!second.ok) return { declaration: undefined, issues: first.issues, badCodes };
  const unknown = new Set(
    first.issues.filter((i) => i.code === 'unknown-indicator').map((i) => String(i.path[1])),
  );
  const kept: Record<string, unknown> = { ...second.value.values };
  for (const code of badCodes) {
    // a value that is not even an object (`null`, `"abc"`) is kept as `{}`: the engine's check says `invalid`
    const value = raw[code];
    if (!unknown.has(code)) kept[code] = typeof value === 'object' && value !== null ? value : {};
  }
  return {
    declaration: { ...second.value, values: kept as Declaration['values'] },
    issues: first.issues,
    badCodes,
  };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The indicator code an issue is about (`['values', code, …]`), or `undefined` for the declaration's head.
 *
 * @example
 * ```ts
 * valueCode(issue); // 'D2.2' for an issue at ['values', 'D2.2', 'numerator']
 * ```
 *
 * @category Input files
 */
export function valueCode(issue: PalierIssue): string | undefined {
  const [root, code] = issue.path;
  return root === 'values' && typeof code === 'string' ? code : undefined;
}
