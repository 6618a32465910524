import type { Establishment } from '../../../actors/types.js';
import type { CalendarDate } from '../../../dates/index.js';
import { isCalendarDate } from '../../../dates/index.js';
import { applyReferential } from '../../../programme/referential.js';
import type { Programme } from '../../../programme/types.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../../io/decode.js';
import type { InputFormat } from '../../io/detect.js';
import type { InputProblem } from '../../io/problem.js';
import { isError } from '../../io/problem.js';
import { readEstablishments } from '../../io/read-establishments.js';
import { readReferential } from '../../io/referential-csv.js';
import { visible } from '../../report/safe-text.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { printProblems, say, summaryLine } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { resolveProgramme } from '../programme-option.js';
import { readText } from '../read-input.js';

/**
 * A usage error: prints the message and a pointer to the help, returns exit code 2.
 *
 * @example
 * ```ts
 * return usage(ctx, 'evaluate', 'missing file'); // 2
 * ```
 *
 * @category Command line
 */
export function usage(ctx: CommandContext, command: string, message: string): ExitCode {
  ctx.io.stderr.write(`${ctx.err.red(visible(`palier ${command}: ${message}`))}\n`);
  ctx.io.stderr.write(`${say(ctx, `Voir : palier ${command} --help`, `See: palier ${command} --help`)}\n`);
  return EXIT.usage;
}

/**
 * Options every file-reading command shares, checked.
 *
 * @category Command line
 */
export interface InputOptions {
  /** Format, when forced. */
  readonly format?: InputFormat;
  /** Text encoding. */
  readonly encoding: InputEncoding;
  /** Problems to print (0 = all). */
  readonly maxProblems: number;
}

/**
 * Reads `--input-format`, `--encoding` and `--max-problems`; a string on error (for a usage message).
 *
 * @example
 * ```ts
 * const input = inputOptions(ctx); if (typeof input === 'string') return usage(ctx, 'evaluate', input);
 * ```
 *
 * @category Command line
 */
export function inputOptions(ctx: CommandContext): InputOptions | string {
  const v = ctx.args.values;
  const format = oneOf(v['input-format'], ['csv', 'json', 'ndjson'] as const, 'csv');
  if (format === false)
    return say(
      ctx,
      '--input-format attend csv, json ou ndjson',
      '--input-format expects csv, json or ndjson',
    );
  const encoding = oneOf(v.encoding, INPUT_ENCODINGS, 'auto');
  if (encoding === false)
    return say(
      ctx,
      `--encoding attend ${INPUT_ENCODINGS.join(', ')}`,
      `--encoding expects ${INPUT_ENCODINGS.join(', ')}`,
    );
  const max = v['max-problems'] === undefined ? 50 : Number(v['max-problems']);
  if (!Number.isInteger(max) || max < 0)
    return say(ctx, '--max-problems attend un entier ≥ 0', '--max-problems expects a whole number ≥ 0');
  return { ...(v['input-format'] !== undefined ? { format } : {}), encoding, maxProblems: max };
}

/**
 * Reads `--as-of`, defaulting to `fallback`; an error message when it is not a real date.
 *
 * @example
 * ```ts
 * const asOf = asOfOption(ctx, ctx.io.today); // '2022-06-30'
 * ```
 *
 * @category Command line
 */
export function asOfOption(
  ctx: CommandContext,
  fallback: () => CalendarDate,
): CalendarDate | { error: string } {
  const raw = ctx.args.values['as-of'];
  if (raw === undefined) return fallback();
  if (typeof raw === 'string' && isCalendarDate(raw)) return raw;
  return {
    error: say(
      ctx,
      `--as-of attend une date AAAA-MM-JJ, reçu « ${String(raw)} »`,
      `--as-of expects a YYYY-MM-DD date, received "${String(raw)}"`,
    ),
  };
}

/**
 * Establishments read from `--establishments`, with the exit code their problems imply.
 *
 * @category Command line
 */
export interface EstablishmentsLoad {
  /** By FINESS. */
  readonly byFiness: ReadonlyMap<string, Establishment>;
  /** Problems found. */
  readonly problems: readonly InputProblem[];
  /** `ok`, `invalidInput` or `io`. */
  readonly exit: ExitCode;
}

/**
 * Loads `--establishments` when given (an empty map otherwise), printing its problems and summary line.
 *
 * @example
 * ```ts
 * const { byFiness, exit } = await loadEstablishments(ctx, input);
 * ```
 *
 * @category Command line
 */
export async function loadEstablishments(
  ctx: CommandContext,
  input: InputOptions,
): Promise<EstablishmentsLoad> {
  const file = ctx.args.values.establishments;
  if (typeof file !== 'string') return { byFiness: new Map(), problems: [], exit: EXIT.ok };
  const text = await readText(ctx.io, file, input.encoding);
  if (!text.ok) {
    printProblems(ctx, [text.problem], input.maxProblems);
    return {
      byFiness: new Map(),
      problems: [text.problem],
      exit: text.kind === 'io' ? EXIT.io : EXIT.invalidInput,
    };
  }
  const read = readEstablishments(text.text, text.file);
  printProblems(ctx, read.problems, input.maxProblems);
  ctx.io.stderr.write(`${summaryLine(ctx, text.file, read.summary, read.problems)}\n`);
  const hasErrors = read.problems.some((p) => p.issue.severity !== 'warning');
  return {
    byFiness: new Map(read.values.map((e) => [e.finess, e])),
    problems: read.problems,
    exit: hasErrors ? EXIT.invalidInput : EXIT.ok,
  };
}

/**
 * The programme named by `--programme` (a bundled one, or a definition file): the programme, or — its problems
 * printed — the exit code to return (usage, unreadable file, invalid definition).
 *
 * @example
 * ```ts
 * const programme = await programmeOption(ctx, 50);
 * if (typeof programme === 'number') return programme;
 * ```
 */
export async function programmeOption(
  ctx: CommandContext,
  maxProblems: number,
): Promise<Programme | ExitCode> {
  const choice = await resolveProgramme(ctx.args.values.programme, ctx.io.readFile);
  if (!choice.ok) {
    printProblems(ctx, choice.problems, maxProblems);
    return choice.kind === 'usage' ? EXIT.usage : choice.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  const referential = ctx.args.values.referential;
  if (typeof referential !== 'string') return choice.programme;
  return completeFromReferential(ctx, choice.programme, referential, maxProblems);
}

/** `--referential <file.csv>`: the programme completed from a filled referential template (issue 16). */
async function completeFromReferential(
  ctx: CommandContext,
  programme: Programme,
  file: string,
  maxProblems: number,
): Promise<Programme | ExitCode> {
  const text = await readText(ctx.io, file, 'auto');
  if (!text.ok) {
    printProblems(ctx, [text.problem], maxProblems);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  const read = readReferential(text.text, text.file);
  const applied = applyReferential(programme, read.rows, { file: text.file });
  const located = applied.issues.map((issue) => {
    const [line, column] = issue.path;
    return typeof line === 'number'
      ? { location: { file: text.file, line, path: [String(column)] }, issue }
      : { location: { file: text.file, path: issue.path }, issue };
  });
  printProblems(ctx, [...read.problems, ...located], maxProblems);
  if (!applied.ok || read.problems.some(isError)) return EXIT.invalidInput;
  const filled = applied.value.overrides.length - programme.overrides.length;
  ctx.io.stderr.write(
    `${say(ctx, `${text.file} : ${read.rows.length} ligne(s) lue(s), ${filled} valeur(s) appliquée(s)`, `${text.file}: ${read.rows.length} row(s) read, ${filled} value(s) applied`)}\n`,
  );
  return applied.value;
}
