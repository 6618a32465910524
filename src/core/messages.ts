import type { IssuePath, PalierIssue, Severity } from './issue.js';
import type { Label } from './label.js';

/**
 * The registry of issue codes: each stable code with the function that writes its message in French and
 * English from the issue's parameters (the pattern of zod's locales). Every issue palier returns — core,
 * schemas, file readers, CLI — is built from here by {@link issue}, so one code always reads the same.
 *
 * Codes are grouped by the part of palier that raises them; a code is never reused with another meaning.
 *
 * @category Core
 */
export const ISSUE_MESSAGES = {
  // — Any input —
  required: () => ({ fr: 'Valeur obligatoire manquante.', en: 'Required value is missing.' }),
  'invalid-type': (p: { expected: string; received: string }) => ({
    fr: `Type attendu : ${p.expected}, reçu : ${p.received}.`,
    en: `Expected ${p.expected}, received ${p.received}.`,
  }),
  'unknown-key': (p: { keys: string }) => ({
    fr: `Clé(s) inconnue(s), ignorée(s) : ${p.keys}.`,
    en: `Unknown key(s), ignored: ${p.keys}.`,
  }),
  'invalid-date': (p: { received: string; why: Label }) => ({
    fr: `Date invalide : « ${p.received} » (${p.why.fr}).`,
    en: `Invalid date: "${p.received}" (${p.why.en}).`,
  }),
} satisfies Record<string, (params: never) => Label>;

/**
 * A stable issue code: a key of {@link ISSUE_MESSAGES}.
 *
 * @category Core
 */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/**
 * The parameters an issue code's message needs.
 *
 * @category Core
 */
export type IssueParams<C extends IssueCode> = Parameters<(typeof ISSUE_MESSAGES)[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof ISSUE_MESSAGES)[C]>[0];

/**
 * Where an issue is and how grave: the optional part of {@link issue}.
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
 * Builds a {@link PalierIssue} from the registry: the code, its message in both languages, and where it is.
 *
 * @example
 * ```ts
 * issue('invalid-date', { received: '2021-02-30', why: { fr: 'ce jour n’existe pas', en: 'no such day' } },
 *   { path: ['period', 'end'] });
 * // { code: 'invalid-date', path: ['period', 'end'], severity: 'error', message: { fr: 'Date invalide : …', … } }
 * ```
 *
 * @category Core
 */
export function issue<C extends IssueCode>(
  code: C,
  params: IssueParams<C>,
  options: IssueOptions = {},
): PalierIssue {
  const message = (ISSUE_MESSAGES[code] as (p: IssueParams<C>) => Label)(params);
  return {
    code,
    path: options.path ?? [],
    message,
    severity: options.severity ?? 'error',
    ...(options.expected !== undefined ? { expected: options.expected } : {}),
    ...(options.received !== undefined ? { received: options.received } : {}),
  };
}
