import { type Arguments, atBoundary, LANGS } from './guards.js';
import type { Label, Lang } from './label.js';

/**
 * Path to a value inside an input: object keys and array indexes, like zod's.
 *
 * @category Core
 */
export type IssuePath = readonly (string | number)[];

/**
 * `error` makes the record or the call fail; `warning` is reported next to a value that is still produced.
 *
 * @category Core
 */
export type Severity = 'error' | 'warning';

/**
 * A problem found in an input or while computing on it, returned as data (never thrown).
 *
 * `code` is stable (kebab-case, listed in the registry `ISSUE_MESSAGES` of `src/core/messages.ts`) and safe to switch on; `message` is a
 * sentence in French and English.
 *
 * @example
 * ```ts
 * const issue: PalierIssue = {
 *   code: 'numerator-exceeds-denominator',
 *   path: ['values', 'D2.2'],
 *   severity: 'error',
 *   message: { fr: 'Le numérateur dépasse le dénominateur.', en: 'The numerator exceeds the denominator.' },
 * };
 * ```
 *
 * @category Core
 */
export interface PalierIssue {
  /** Stable code. */
  readonly code: string;
  /** Where in the input. */
  readonly path: IssuePath;
  /** What is wrong, in French and in English. */
  readonly message: Label;
  /** What was expected, when it can be said briefly. */
  readonly expected?: string;
  /** What was received, when it can be said briefly. */
  readonly received?: string;
  /** `error` makes the record invalid; `warning` is reported next to a result that is still produced. */
  readonly severity: Severity;
}

/**
 * Formats a path the way users read it: `members[2].finess`.
 *
 * @example
 * ```ts
 * formatPath(['members', 2, 'finess']); // 'members[2].finess'
 * ```
 *
 * @category Core
 */
export function formatPath(path: IssuePath): string {
  return atBoundary('formatPath', 'path', () => {
    let out = '';
    for (const part of path) {
      if (typeof part === 'number') out += `[${part}]`;
      else out += out === '' ? part : `.${part}`;
    }
    return out === '' ? '(root)' : out;
  });
}

/**
 * Whether an issue makes its record or call fail (errors do, warnings do not; no severity means error).
 *
 * @example
 * ```ts
 * isError({ code: 'unknown-key', path: [], message, severity: 'warning' }); // false
 * ```
 *
 * @category Core
 */
export function isError(issue: PalierIssue): boolean {
  return atBoundary('isError', 'issue', () => {
    return issue.severity !== 'warning';
  });
}

/**
 * Formats one issue on one line in the chosen language: `path: error [code] message (expected …, received …)`.
 *
 * @example
 * ```ts
 * formatIssue(issue, 'en'); // 'values.D2.2: error [numerator-exceeds-denominator] The numerator exceeds …'
 * ```
 *
 * @category Core
 */
export function formatIssue(issue: PalierIssue, lang: Lang): string {
  const args: Arguments = { issue: [issue, 'object'], lang: [lang, LANGS] };
  return atBoundary('formatIssue', args, () => {
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return `${where}${severityWord(issue, lang)} [${issue.code}] ${issue.message[lang]}${detail(issue, lang)}`;
  });
}

/** `erreur` / `error`, `avertissement` / `warning`. */
export function severityWord(issue: PalierIssue, lang: Lang): string {
  if (issue.severity === 'warning') return lang === 'fr' ? 'avertissement' : 'warning';
  return lang === 'fr' ? 'erreur' : 'error';
}

/** ` (expected …, received …)` in the chosen language, or an empty string. */
export function detail(issue: PalierIssue, lang: Lang): string {
  const parts: string[] = [];
  if (issue.expected !== undefined)
    parts.push(lang === 'fr' ? `attendu : ${issue.expected}` : `expected ${issue.expected}`);
  if (issue.received !== undefined)
    parts.push(lang === 'fr' ? `reçu : ${issue.received}` : `received ${issue.received}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
