import type { PalierIssue } from '../../core/issue.js';
import type { Lang } from '../../core/label.js';
import { issue } from '../../core/messages.js';
import { fail, ok, type Result } from '../../core/result.js';

/**
 * Option specification: each option's value type and optional one-letter alias.
 *
 * @category Command line
 */
export type OptionSpec = Readonly<
  Record<
    string,
    { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }
  >
>;

/**
 * Parsed command line of one command.
 *
 * @category Command line
 */
export interface ParsedArgs {
  /** Option values by name. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Positional arguments. */
  readonly positionals: readonly string[];
}

/**
 * Options every command takes.
 *
 * @category Command line
 */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpec;

/**
 * Parses a command's arguments strictly, never throwing: `--name value`, `--name=value`, boolean `--name`,
 * `-h`, `-` (standard input) and everything after `--` as positionals. An unknown option (with the closest
 * known one suggested), a missing value or a value given to a boolean option is a `cli-…` issue in French and
 * English; every one is reported, not only the first. The last of a repeated option wins.
 *
 * @example
 * ```ts
 * parseCommandArgs(['d.csv', '--format', 'json'], { format: { type: 'string' } });
 * // { ok: true, value: { values: { format: 'json' }, positionals: ['d.csv'] }, issues: [] }
 * parseCommandArgs(['--fromat', 'json'], { format: { type: 'string' } }).ok; // false: did you mean --format?
 * ```
 *
 * @category Command line
 */
export function parseCommandArgs(argv: readonly string[], options: OptionSpec): Result<ParsedArgs> {
  const spec: OptionSpec = { ...COMMON_OPTIONS, ...options };
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const issues: PalierIssue[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const name = optionName(written, spec);
    const option = name === undefined ? undefined : spec[name];
    if (name === undefined || option === undefined) {
      issues.push(
        issue(
          'cli-unknown-option',
          { option: written, suggestion: suggest(written, spec) },
          { received: arg },
        ),
      );
      continue;
    }
    if (option.type === 'boolean') {
      if (inline !== undefined) issues.push(issue('cli-unexpected-value', { option: `--${name}` }));
      else values[name] = true;
      continue;
    }
    if (inline !== undefined) {
      values[name] = inline;
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      issues.push(issue('cli-missing-value', { option: `--${name}` }));
      continue;
    }
    values[name] = next;
    i++;
  }
  return issues.length > 0 ? fail(issues) : ok({ values, positionals });
}

/** The option a written flag names (`--format`, `-h`), when the spec has it. */
function optionName(written: string, spec: OptionSpec): string | undefined {
  if (written.startsWith('--')) {
    const name = written.slice(2);
    return Object.hasOwn(spec, name) ? name : undefined;
  }
  const short = written.slice(1);
  return Object.keys(spec).find((name) => spec[name]!.short === short && short !== '');
}

/** The known option closest to a mistyped one (edit distance ≤ 2), or `''`. */
function suggest(written: string, spec: OptionSpec): string {
  const name = written.replace(/^-+/, '');
  let best = '';
  let bestDistance = 3;
  for (const known of Object.keys(spec)) {
    const d = editDistance(name, known);
    if (d < bestDistance) {
      best = `--${known}`;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with a transposition counted as one edit (`fromat` → `format`). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/**
 * The language to speak: `--lang` when given, else French when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`)
 * is French, else English. Returns `undefined` for an unsupported `--lang`.
 *
 * @example
 * ```ts
 * chooseLang(undefined, { LANG: 'fr_FR.UTF-8' }); // 'fr'
 * ```
 *
 * @category Command line
 */
export function chooseLang(
  flag: string | boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang | undefined {
  if (typeof flag === 'string') return flag === 'fr' || flag === 'en' ? flag : undefined;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Reads an option that must be one of a few words: the word, `fallback` when the option is absent, or a
 * `cli-invalid-choice` issue naming the allowed words.
 *
 * @example
 * ```ts
 * oneOf('md', ['table', 'md'], 'table', '--format'); // { ok: true, value: 'md', issues: [] }
 * oneOf('pdf', ['table', 'md'], 'table', '--format').ok; // false: --format expects table or md
 * ```
 *
 * @category Command line
 */
export function oneOf<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
  option: string,
): Result<T> {
  if (value === undefined) return ok(fallback);
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return ok(value as T);
  return fail(issue('cli-invalid-choice', { option, received: String(value), allowed: allowed.join(', ') }));
}
