import type { Lang } from '../../core/label.js';
import { issue } from '../../core/messages.js';
import type { InputProblem } from '../io/problem.js';
import { formatProblem, isError } from '../io/problem.js';
import type { ReadSummary } from '../io/read-result.js';
import { countOf } from '../report/labels.js';
import { guardTerminal, visible } from '../report/safe-text.js';
import type { Style } from '../report/style.js';
import { ANSI, PLAIN, useColour } from '../report/style.js';
import type { ParsedArgs } from './args.js';
import { batched, batchedAsync, chunkWriterOf, withChunkWriter } from './chunk-writer.js';
import type { CliIo, CliStream } from './io.js';
import { systemError } from './system-error.js';

/**
 * What a command runs with: I/O, language, styles, its parsed arguments.
 *
 * @category Command line
 */
export interface CommandContext {
  /** I/O. */
  readonly io: CliIo;
  /** Language of messages and reports. */
  readonly lang: Lang;
  /** Style for standard output (colours only on a terminal without `NO_COLOR`). */
  readonly out: Style;
  /** Style for standard error. */
  readonly err: Style;
  /** Parsed arguments. */
  readonly args: ParsedArgs;
  /** palier's version. */
  readonly version: string;
}

/**
 * Builds a command context, choosing colours per stream.
 *
 * @example
 * ```ts
 * const ctx = makeContext(io, 'fr', args, '0.1.0');
 * ```
 *
 * @category Command line
 */
export function makeContext(io: CliIo, lang: Lang, args: ParsedArgs, version: string): CommandContext {
  return {
    io: guardedIo(io),
    lang,
    args,
    version,
    out: useColour({ isTty: io.stdout.isTTY === true, env: io.env }) ? ANSI : PLAIN,
    err: useColour({ isTty: io.stderr.isTTY === true, env: io.env }) ? ANSI : PLAIN,
  };
}

/** A stream whose writes pass through {@link guardTerminal}. */
function guarded(stream: CliStream): CliStream {
  return {
    write: (text) => stream.write(guardTerminal(text)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/**
 * `io` with standard error, and standard output when it is a terminal, guarded: no control character that
 * palier did not write itself reaches a terminal (files and pipes get the data exactly).
 */
function guardedIo(io: CliIo): CliIo {
  const safe: CliIo = {
    ...io,
    stdout: io.stdout.isTTY === true ? guarded(io.stdout) : io.stdout,
    stderr: guarded(io.stderr),
  };
  const writer = chunkWriterOf(io);
  return writer === undefined ? safe : withChunkWriter(safe, writer);
}

/**
 * Says a sentence in the context's language.
 *
 * @category Command line
 */
export function say(ctx: CommandContext, fr: string, en: string): string {
  return ctx.lang === 'fr' ? fr : en;
}

/**
 * Prints problems to standard error, errors and warnings, capped at `max` (0 = all) with a count of the rest.
 *
 * @example
 * ```ts
 * printProblems(ctx, read.problems, 50);
 * ```
 *
 * @category Command line
 */
export function printProblems(ctx: CommandContext, problems: readonly InputProblem[], max: number): void {
  const shown = max > 0 ? problems.slice(0, max) : problems;
  for (const p of shown) {
    const line = visible(formatProblem(p, ctx.lang));
    ctx.io.stderr.write(`${isError(p) ? ctx.err.red(line) : ctx.err.yellow(line)}\n`);
  }
  const rest = problems.length - shown.length;
  if (rest > 0) {
    ctx.io.stderr.write(`${moreProblems(ctx.lang, rest)}\n`);
  }
}

/**
 * The summary line of a read: `d.csv: 120 rows read, 118 valid, 2 invalid (2 errors, 1 warning)`.
 *
 * @example
 * ```ts
 * summaryLine(ctx, 'd.csv', read.summary, read.problems);
 * ```
 *
 * @category Command line
 */
export function summaryLine(
  ctx: CommandContext,
  file: string,
  summary: ReadSummary,
  problems: readonly InputProblem[] | { readonly errors: number; readonly warnings: number },
): string {
  const errors = 'errors' in problems ? problems.errors : problems.filter(isError).length;
  const warnings = 'errors' in problems ? problems.warnings : problems.length - errors;
  const lang = ctx.lang;
  const read = countOf(summary.read, summary.unit === 'rows' ? 'rowsRead' : 'recordsRead', lang);
  return `${visible(file)}${say(ctx, ' : ', ': ')}${read}, ${countOf(summary.valid, 'valid', lang)}, ${countOf(summary.invalid, 'invalid', lang)} (${countOf(errors, 'errors', lang)}, ${countOf(warnings, 'warnings', lang)})`;
}

/**
 * The line saying how many problems were not shown: `… et 3 autres problèmes (--max-problems 0 pour tout afficher)`.
 *
 * @example
 * ```ts
 * moreProblems('fr', 1); // '… et 1 autre problème (--max-problems 0 pour tout afficher)'
 * ```
 *
 * @category Command line
 */
export function moreProblems(lang: Lang, rest: number): string {
  return lang === 'fr'
    ? `… et ${countOf(rest, 'moreProblems', lang)} (--max-problems 0 pour tout afficher)`
    : `… and ${countOf(rest, 'moreProblems', lang)} (--max-problems 0 to show all)`;
}

/**
 * Writes a command's result to `--out` when given, else to standard output. The result may come in pieces
 * (a large JSON report, or rows produced while the input is read): they are written one after the other — to the file directly when the environment can
 * write a file piece by piece (the Node one), else joined once. When the file cannot be written, says why on
 * standard error and returns `false` (the command then exits with `EXIT.io`); never throws for that.
 *
 * @example
 * ```ts
 * if (!(await emit(ctx, renderText(model, ctx.out)))) return EXIT.io;
 * ```
 *
 * @category Command line
 */
export async function emit(
  ctx: CommandContext,
  content: string | Iterable<string> | AsyncIterable<string>,
): Promise<boolean> {
  const out = ctx.args.values.out;
  const toFile = typeof out === 'string' && out !== '' && out !== '-';
  if (!toFile) {
    if (typeof content === 'string') ctx.io.stdout.write(content);
    else if (Symbol.asyncIterator in content) {
      for await (const text of batchedAsync(content)) ctx.io.stdout.write(text);
    } else for (const text of batched(content)) ctx.io.stdout.write(text);
    return true;
  }
  try {
    const writer = chunkWriterOf(ctx.io);
    if (typeof content === 'string') await ctx.io.writeFile(out, content);
    else if (Symbol.asyncIterator in content) {
      if (writer !== undefined) await writer(out, content);
      else {
        let all = '';
        for await (const text of content) all += text;
        await ctx.io.writeFile(out, all);
      }
    } else if (writer !== undefined) await writer(out, content);
    else await ctx.io.writeFile(out, [...content].join(''));
    return true;
  } catch (error) {
    if (error instanceof InputFailure) throw error.cause;
    printProblems(ctx, [unwritable(out, error)], 1);
    return false;
  }
}

/**
 * Thrown by a piece of content given to {@link emit} when reading its *input* failed while the output was
 * being written: `emit` passes the cause on to the command instead of reporting the output as unwritable.
 *
 * @example
 * ```ts
 * try { next = await events.next(); } catch (error) { throw new InputFailure(error); }
 * ```
 *
 * @category Command line
 */
export class InputFailure extends Error {
  constructor(cause: unknown) {
    super('input failure', { cause });
  }
}

/**
 * Problems without repeats: one problem reported twice (same place, same code, same message) is kept once, in
 * first-seen order.
 *
 * @example
 * ```ts
 * distinctProblems([p, p, q]); // [p, q]
 * ```
 *
 * @category Command line
 */
export function distinctProblems(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const { file, line, column, path } = p.location;
    const key = JSON.stringify([file, line, column, path, p.issue.code, p.issue.path, p.issue.message.en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A problem saying a file could not be written (a directory, no permission, a full disk).
 *
 * @example
 * ```ts
 * unwritable('r.html', new Error('EACCES')).issue.code; // 'file-unwritable'
 * ```
 *
 * @category Command line
 */
export function unwritable(file: string, error: unknown): InputProblem {
  return { location: { file }, issue: issue('file-unwritable', { file, detail: systemError(error) }) };
}
