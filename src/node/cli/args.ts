import { parseArgs } from 'node:util';
import type { Lang } from '../../programme/provenance.js';

/**
 * Option specification, as `node:util` `parseArgs` takes it.
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
 * Outcome of {@link parseCommandArgs}.
 *
 * @category Command line
 */
export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly message: string };

/**
 * Options every command takes.
 *
 * @category Command line
 */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies OptionSpec;

/**
 * Parses a command's arguments strictly (unknown options are errors), never throwing.
 *
 * @example
 * ```ts
 * parseCommandArgs(['d.csv', '--format', 'json'], { format: { type: 'string' } });
 * // { ok: true, args: { values: { format: 'json' }, positionals: ['d.csv'] } }
 * ```
 *
 * @category Command line
 */
export function parseCommandArgs(argv: readonly string[], options: OptionSpec): ArgsResult {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, args: { values: values as ParsedArgs['values'], positionals } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
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
 * Reads an option that must be one of a few words; `undefined` when absent, `false` when not allowed.
 *
 * @example
 * ```ts
 * oneOf('md', ['table', 'md'], 'table'); // 'md'
 * ```
 *
 * @category Command line
 */
export function oneOf<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T | false {
  if (value === undefined) return fallback;
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : false;
}
