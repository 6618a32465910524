import type { Programme } from '../../../programme/types.js';
import type { InputProblem } from '../../io/problem.js';
import { isError } from '../../io/problem.js';
import { streamDeclarations } from '../../io/read-declarations.js';
import { readEstablishments } from '../../io/read-establishments.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { printProblems, summaryLine } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { readText } from '../read-input.js';
import { refuse } from '../refuse.js';
import { openInput, ProblemPrinter } from '../stream-input.js';
import { type InputOptions, inputOptions, positionals, programmeOption, refuseProgramme } from './shared.js';

/**
 * Options of `palier validate`.
 *
 * @category Command line
 */
export const VALIDATE_OPTIONS = {
  kind: { type: 'string' },
  programme: { type: 'string' },
  format: { type: 'string' },
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
  'max-problems': { type: 'string' },
} as const;

/**
 * `palier validate <file|->`: checks declarations (against the programme) or establishments without evaluating,
 * prints every problem located and a summary line. Exit 3 when any record is invalid.
 *
 * @example
 * ```ts
 * const code = await validateCommand(ctx); // 0 when every record is valid
 * ```
 *
 * @category Command line
 */
export async function validateCommand(ctx: CommandContext): Promise<ExitCode> {
  const files = positionals(ctx, [
    { fr: 'fichier (ou « - » pour l’entrée standard)', en: 'file (or "-" for standard input)' },
  ]);
  const kinds = oneOf(
    ctx.args.values.kind,
    ['declarations', 'establishments'] as const,
    'declarations',
    '--kind',
  );
  const formats = formatOption(ctx, ['text', 'json'] as const, 'text');
  const inputs = inputOptions(ctx);
  if (!files.ok || !kinds.ok || !formats.ok || !inputs.ok)
    return refuse(
      ctx,
      'validate',
      [files, kinds, formats, inputs].flatMap((r) => r.issues),
    );
  const file = files.value[0]!;
  const kind = kinds.value;
  const format = formats.value;
  const input = inputs.value;
  const programmes = await programmeOption(ctx);
  if (!programmes.ok) return refuseProgramme(ctx, 'validate', programmes.issues, input.maxProblems);
  const programme = programmes.value;
  if (kind === 'declarations') return validateDeclarations(ctx, file, format, input, programme);
  const text = await readText(ctx.io, file, input.encoding);
  if (!text.ok) {
    if (format === 'json')
      ctx.io.stdout.write(`${JSON.stringify({ file, problems: [text.problem] }, null, 2)}\n`);
    else printProblems(ctx, [text.problem], input.maxProblems);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  const read = readEstablishments(text.text, text.file, input.format);
  if (format === 'json') {
    ctx.io.stdout.write(
      `${JSON.stringify({ file: text.file, summary: read.summary, problems: read.problems }, null, 2)}\n`,
    );
  } else {
    printProblems(ctx, read.problems, input.maxProblems);
  }
  const line = summaryLine(ctx, text.file, read.summary, read.problems);
  const invalid = read.problems.some(isError);
  ctx.io.stderr.write(`${invalid ? ctx.err.red(line) : ctx.err.green(line)}\n`);
  return invalid ? EXIT.invalidInput : EXIT.ok;
}

/**
 * Validates a declarations file read piece by piece, in constant memory: each problem is printed (or, with
 * `--format json`, written to the JSON problem list) as soon as it is found; nothing else is kept.
 */
async function validateDeclarations(
  ctx: CommandContext,
  file: string,
  format: 'text' | 'json',
  input: InputOptions,
  programme: Programme,
): Promise<ExitCode> {
  const opened = openInput(ctx.io, file, input.encoding);
  const printer = new ProblemPrinter(ctx, format === 'json' ? -1 : input.maxProblems);
  let listed = 0;
  const problem = (p: InputProblem): void => {
    if (format === 'json') {
      ctx.io.stdout.write(`${listed === 0 ? '' : ',\n'}    ${JSON.stringify(p)}`);
      listed++;
    }
    printer.add(p);
  };
  if (format === 'json')
    ctx.io.stdout.write(`{\n  "file": ${JSON.stringify(opened.file)},\n  "problems": [\n`);
  const read = await streamDeclarations(
    opened.text,
    {
      file: opened.file,
      programme,
      truncated: () => opened.failure() !== undefined,
      ...(input.format ? { format: input.format } : {}),
    },
    { declaration: () => undefined, problem },
  );
  const failure = opened.failure();
  if (failure !== undefined) problem(failure.problem);
  if (format === 'json') {
    ctx.io.stdout.write(`\n  ],\n  "summary": ${JSON.stringify(read.summary)}\n}\n`);
  } else printer.close();
  const line = summaryLine(ctx, opened.file, read.summary, printer);
  const invalid = printer.errors > 0;
  ctx.io.stderr.write(`${invalid ? ctx.err.red(line) : ctx.err.green(line)}\n`);
  if (failure?.kind === 'io') return EXIT.io;
  return invalid ? EXIT.invalidInput : EXIT.ok;
}
