import type { Establishment } from '../../../actors/types.js';
import { readDate } from '../../../core/dates.js';
import type { PalierIssue } from '../../../core/issue.js';
import type { Label } from '../../../core/label.js';
import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { CalendarDate } from '../../../dates/index.js';
import type { Programme } from '../../../programme/types.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../../io/decode.js';
import type { InputFormat } from '../../io/detect.js';
import type { InputProblem } from '../../io/problem.js';
import { isError } from '../../io/problem.js';
import { readEstablishments } from '../../io/read-establishments.js';
import { countOf } from '../../report/labels.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { printProblems, say, summaryLine } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { programmeFile, resolveProgramme } from '../programme-option.js';
import { readText } from '../read-input.js';
import { refuse } from '../refuse.js';

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
 * Reads `--input-format`, `--encoding` and `--max-problems`, reporting every bad one.
 *
 * @example
 * ```ts
 * const input = inputOptions(ctx);
 * if (!input.ok) return refuse(ctx, 'evaluate', input.issues);
 * ```
 *
 * @category Command line
 */
export function inputOptions(ctx: CommandContext): Result<InputOptions> {
  const v = ctx.args.values;
  const format = oneOf(v['input-format'], ['csv', 'json', 'ndjson'] as const, 'csv', '--input-format');
  const encoding = oneOf(v.encoding, INPUT_ENCODINGS, 'auto', '--encoding');
  const max = countOption(v['max-problems'], 50, '--max-problems');
  if (!format.ok || !encoding.ok || !max.ok) return fail([format, encoding, max].flatMap((r) => r.issues));
  return ok({
    ...(v['input-format'] !== undefined ? { format: format.value } : {}),
    encoding: encoding.value,
    maxProblems: max.value,
  });
}

/**
 * Reads a whole-number option (`--max-problems 0`), `fallback` when absent.
 *
 * @example
 * ```ts
 * countOption('12', 50, '--max-problems'); // { ok: true, value: 12, issues: [] }
 * ```
 *
 * @category Command line
 */
export function countOption(
  raw: string | boolean | undefined,
  fallback: number,
  option: string,
): Result<number> {
  if (raw === undefined) return ok(fallback);
  const text = String(raw);
  if (/^\d{1,9}$/.test(text)) return ok(Number(text));
  return fail(issue('cli-invalid-count', { option, received: text }));
}

/**
 * Reads a date option through `readDate` (so `2021-02-30` is refused with the reason: février 2021 n’a que
 * 28 jours), `fallback` when absent.
 *
 * @example
 * ```ts
 * const asOf = dateOption(ctx, 'as-of', ctx.io.today); // { ok: true, value: '2022-06-30', issues: [] }
 * ```
 *
 * @category Command line
 */
export function dateOption(
  ctx: CommandContext,
  name: string,
  fallback: () => CalendarDate,
): Result<CalendarDate> {
  const raw = ctx.args.values[name];
  if (raw === undefined) return ok(fallback());
  const read = readDate(String(raw), [`--${name}`]);
  if (read.ok) return ok(read.value);
  return fail(
    read.issues.map((i) => issue('cli-invalid-option', { option: `--${name}`, reason: i.message })),
  );
}

/**
 * Reads `--as-of`, defaulting to `fallback` (see {@link dateOption}).
 *
 * @example
 * ```ts
 * const asOf = asOfOption(ctx, ctx.io.today);
 * if (!asOf.ok) return refuse(ctx, 'evaluate', asOf.issues);
 * ```
 *
 * @category Command line
 */
export function asOfOption(ctx: CommandContext, fallback: () => CalendarDate): Result<CalendarDate> {
  return dateOption(ctx, 'as-of', fallback);
}

/**
 * Checks a command's positional arguments: the required ones present, none beyond them.
 *
 * @example
 * ```ts
 * const files = positionals(ctx, [{ fr: 'fichier (ou « - »)', en: 'file (or "-")' }]);
 * if (!files.ok) return refuse(ctx, 'evaluate', files.issues);
 * ```
 *
 * @category Command line
 */
export function positionals(ctx: CommandContext, required: readonly Label[]): Result<readonly string[]> {
  const given = ctx.args.positionals;
  const issues: PalierIssue[] = [];
  for (const what of required.slice(given.length)) issues.push(issue('cli-missing-argument', { what }));
  for (const argument of given.slice(required.length)) issues.push(issue('cli-extra-argument', { argument }));
  return issues.length > 0 ? fail(issues) : ok(given);
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
 * The programme named by `--programme` (a bundled one, or a definition file); the warnings of a definition
 * that loads (a threshold given in the other role…) are printed on standard error, located in the file.
 *
 * @example
 * ```ts
 * const programme = await programmeOption(ctx);
 * if (!programme.ok) return refuseProgramme(ctx, 'evaluate', programme.issues);
 * ```
 *
 * @category Command line
 */
export async function programmeOption(ctx: CommandContext): Promise<Result<Programme>> {
  const programme = await resolveProgramme(ctx.args.values.programme, ctx.io.readFile);
  // a definition that loads may still carry warnings (a threshold in the other role…): said once, located
  if (programme.ok && programme.issues.length > 0) {
    const file = programmeFile(ctx.args.values.programme) ?? 'palier --programme';
    printProblems(
      ctx,
      programme.issues.map((found) => ({ location: { file, path: found.path }, issue: found })),
      0,
    );
  }
  return programme;
}

/**
 * {@link refuse} for the issues of `--programme`, located in the definition file it names.
 *
 * @example
 * ```ts
 * if (!programme.ok) return refuseProgramme(ctx, 'evaluate', programme.issues, 50);
 * ```
 *
 * @category Command line
 */
export function refuseProgramme(
  ctx: CommandContext,
  command: string,
  issues: readonly PalierIssue[],
  maxProblems = 50,
): ExitCode {
  const file = programmeFile(ctx.args.values.programme);
  return refuse(ctx, command, issues, { ...(file !== undefined ? { file } : {}), maxProblems });
}

/**
 * `--referential <file.csv>`: the programme completed from a filled referential template (`applyReferential`),
 * each problem printed with its file, line and column; the programme as given when the option is absent.
 *
 * @example
 * ```ts
 * const completed = await referentialOption(ctx, programme.value, 50);
 * if (typeof completed === 'number') return completed; // exit code
 * ```
 *
 * @category Command line
 */
export async function referentialOption(
  ctx: CommandContext,
  programme: Programme,
  maxProblems: number,
): Promise<Programme | ExitCode> {
  const file = ctx.args.values.referential;
  if (typeof file !== 'string') return programme;
  const text = await readText(ctx.io, file, 'auto');
  if (!text.ok) {
    printProblems(ctx, [text.problem], maxProblems);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  // the referential's reader and its application are loaded only when the option is given
  const [{ readReferential }, { applyReferential }] = await Promise.all([
    import('../../io/referential-csv.js'),
    import('../../../programme/referential.js'),
  ]);
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
    `${text.file}${say(ctx, ' : ', ': ')}${countOf(read.rows.length, 'rowsRead', ctx.lang)}, ${countOf(filled, 'valuesApplied', ctx.lang)}\n`,
  );
  return applied.value;
}
