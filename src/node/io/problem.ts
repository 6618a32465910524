import { type Arguments, atBoundary, LANGS } from '../../core/guards.js';
import type { IssuePath, PalierIssue } from '../../core/issue.js';
import { formatPath } from '../../core/issue.js';
import type { Lang } from '../../core/label.js';

/**
 * Where a problem sits in an input file: `line` and `column` (1-based, for CSV, NDJSON and JSON syntax errors)
 * and/or a `path` inside the record (for JSON).
 *
 * @category Input files
 */
export interface SourceLocation {
  /** File name as the user gave it (`-` for standard input). */
  readonly file: string;
  /** Line, from 1. */
  readonly line?: number;
  /** Column (character), from 1. */
  readonly column?: number;
  /** Path inside the parsed value (`[3].values.D2.2`). */
  readonly path?: IssuePath;
}

/**
 * A problem found in an input file: the issue and where it is.
 *
 * @category Input files
 */
export interface InputProblem {
  /** Where. */
  readonly location: SourceLocation;
  /** What (stable code, message in French and English, severity). */
  readonly issue: PalierIssue;
}

/**
 * Formats a location the way compilers do, so editors can jump to it: `file:line:column`, then the JSON path.
 *
 * @example
 * ```ts
 * formatLocation({ file: 'd.csv', line: 12, column: 40 }); // 'd.csv:12:40'
 * formatLocation({ file: 'd.json', path: [3, 'finess'] }); // 'd.json: [3].finess'
 * ```
 *
 * @category Input files
 */
export function formatLocation(location: SourceLocation): string {
  return atBoundary('formatLocation', 'location', () => {
    let out = location.file;
    if (location.line !== undefined) out += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined) out += `:${location.column}`;
    if (location.path !== undefined && location.path.length > 0) out += `: ${formatPath(location.path)}`;
    return out;
  });
}

/**
 * Formats one problem on one line, in the chosen language:
 * `file:line:column: error [code] message (expected …, received …)`.
 *
 * @example
 * ```ts
 * formatProblem(problem, 'en'); // 'd.csv:3:17: error [invalid-number] Not a number: "abc".'
 * ```
 *
 * @category Input files
 */
export function formatProblem(problem: InputProblem, lang: Lang): string {
  const args: Arguments = { problem: [problem, 'object'], lang: [lang, LANGS] };
  return atBoundary('formatProblem', args, () => {
    const { issue } = problem;
    const severity =
      issue.severity === 'warning'
        ? lang === 'fr'
          ? 'avertissement'
          : 'warning'
        : lang === 'fr'
          ? 'erreur'
          : 'error';
    let detail = '';
    if (issue.expected !== undefined)
      detail += lang === 'fr' ? `attendu : ${issue.expected}` : `expected ${issue.expected}`;
    if (issue.received !== undefined) {
      detail += detail === '' ? '' : ', ';
      detail += lang === 'fr' ? `reçu : ${issue.received}` : `received ${issue.received}`;
    }
    const suffix = detail === '' ? '' : ` (${detail})`;
    return `${formatLocation(problem.location)}: ${severity} [${issue.code}] ${issue.message[lang]}${suffix}`;
  });
}

/**
 * Whether a problem makes its record invalid (errors do, warnings do not).
 *
 * @example
 * ```ts
 * isError(problem); // true unless its severity is 'warning'
 * ```
 *
 * @category Input files
 */
export function isError(problem: InputProblem): boolean {
  return atBoundary('isError', 'problem', () => {
    return problem.issue.severity !== 'warning';
  });
}

/**
 * Builds an {@link InputProblem} from its parts (a shorthand used by the readers).
 *
 * @example
 * ```ts
 * problem({ file: 'd.csv', line: 2, column: 1 }, 'invalid-finess', { fr: 'FINESS invalide.', en: 'Invalid FINESS.' });
 * ```
 *
 * @deprecated Build the issue from the registry instead: `{ location, issue: issue(code, params, options) }` —
 * a code and message written here escape the registry of issue codes.
 *
 * @category Input files
 */
export function problem(
  location: SourceLocation,
  code: string,
  message: { readonly fr: string; readonly en: string },
  extra: { expected?: string; received?: string; severity?: 'error' | 'warning'; path?: IssuePath } = {},
): InputProblem {
  const args: Arguments = {
    location: [location, 'object'],
    code: [code, 'text'],
    message: [message, 'object'],
    extra: [extra, 'object?'],
  };
  return atBoundary('problem', args, () => {
    const { path, severity, ...rest } = extra;
    return {
      location,
      issue: { code, path: path ?? location.path ?? [], message, severity: severity ?? 'error', ...rest },
    };
  });
}
