import type { IssuePath, PalierIssue, Severity } from '../issue.js';
import type { Label } from '../label.js';

/**
 * A group of the issue-code registry: each stable code with the function that writes its message in French and
 * English from the issue's parameters (the pattern of zod's locales).
 */
export type MessageTable = Record<string, (params: never) => Label>;

/** The parameters the message of `code` in `table` needs (an empty record when it needs none). */
export type ParamsOf<T extends MessageTable, C extends keyof T> = Parameters<T[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<T[C]>[0];

/**
 * Where an issue is and how grave: the optional part of `issue()`.
 *
 * @category Core
 */
export interface IssueOptions {
  /** Where in the input (default: the root). */
  readonly path?: IssuePath;
  /** Default: `error`. */
  readonly severity?: Severity;
  /** What was expected, briefly. */
  readonly expected?: string;
  /** What was received, briefly. */
  readonly received?: string;
}

/**
 * Builds a {@link PalierIssue} from the first of `tables` that has `code`: the code, its message in both
 * languages, and where it is. The typed `issue()` of each group calls it with its own table (and the input
 * group's), so a bundle holds only the groups its code imports.
 *
 * @example
 * ```ts
 * buildIssue([INPUT_MESSAGES], 'required', {}, { path: ['finess'] });
 * // { code: 'required', path: ['finess'], severity: 'error', message: { fr: 'Valeur obligatoire manquante.', … } }
 * ```
 */
export function buildIssue(
  tables: readonly MessageTable[],
  code: string,
  params: unknown,
  options: IssueOptions = {},
): PalierIssue {
  // the types of each group's issue() let only codes of its tables through
  const table = tables.find((t) => Object.hasOwn(t, code)) ?? {};
  const message = (table[code] as (p: unknown) => Label)(params);
  return {
    code,
    path: options.path ?? [],
    message,
    severity: options.severity ?? 'error',
    ...(options.expected !== undefined ? { expected: options.expected } : {}),
    ...(options.received !== undefined ? { received: options.received } : {}),
  };
}
