import type { Label } from '../../../programme/provenance.js';
import { evaluateRead } from '../../evaluate-run.js';
import { isError } from '../../io/problem.js';
import { readDeclarations } from '../../io/read-declarations.js';
import { buildReport } from '../../report/model.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { distinctProblems, emit, printProblems, say, summaryLine } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { progressBar } from '../progress.js';
import { readText } from '../read-input.js';
import { REPORT_FORMATS, reportChunks } from '../render.js';
import {
  asOfOption,
  inputOptions,
  loadEstablishments,
  positionals,
  programmeOption,
  referentialOption,
  refuse,
  refuseProgramme,
} from './shared.js';

/**
 * Options of `palier evaluate`.
 *
 * @category Command line
 */
export const EVALUATE_OPTIONS = {
  programme: { type: 'string' },
  referential: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
  establishments: { type: 'string' },
  'max-problems': { type: 'string' },
} as const;

/**
 * `palier evaluate <file|->`: reads declarations, evaluates the valid ones, writes the report, lists every
 * problem on standard error with a summary line. Exit 3 when any record was rejected.
 *
 * @example
 * ```ts
 * const code = await evaluateCommand(ctx); // 0, 2, 3 or 4
 * ```
 *
 * @category Command line
 */
export async function evaluateCommand(ctx: CommandContext): Promise<ExitCode> {
  const files = positionals(ctx, [
    { fr: 'fichier (ou « - » pour l’entrée standard)', en: 'file (or "-" for standard input)' },
  ]);
  const format = oneOf(ctx.args.values.format, REPORT_FORMATS, 'table', '--format');
  const inputs = inputOptions(ctx);
  const asOfs = asOfOption(ctx, ctx.io.today);
  if (!files.ok || !format.ok || !inputs.ok || !asOfs.ok)
    return refuse(
      ctx,
      'evaluate',
      [files, format, inputs, asOfs].flatMap((r) => r.issues),
    );
  const file = files.value[0]!;
  const input = inputs.value;
  const asOf = asOfs.value;
  const programmes = await programmeOption(ctx);
  if (!programmes.ok) return refuseProgramme(ctx, 'evaluate', programmes.issues, input.maxProblems);
  const programme = await referentialOption(ctx, programmes.value, input.maxProblems);
  if (typeof programme === 'number') return programme;
  const establishments = await loadEstablishments(ctx, input);
  if (establishments.exit === EXIT.io) return EXIT.io;
  const text = await readText(ctx.io, file, input.encoding);
  if (!text.ok) {
    printProblems(ctx, [text.problem], input.maxProblems);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  const read = readDeclarations(text.text, {
    file: text.file,
    programme: programme,
    establishments: establishments.byFiness,
    ...(input.format ? { format: input.format } : {}),
  });
  const run = evaluateRead(read, {
    programme: programme,
    asOf,
    establishments: establishments.byFiness,
    onProgress: progressBar(ctx.io.stderr, say(ctx, 'évaluation', 'evaluating')),
  });
  const notes: Label[] = [];
  if (run.withoutEstablishment.length > 0) {
    const n = run.withoutEstablishment.length;
    notes.push({
      fr: `${n} établissement(s) sans données d’activité (--establishments) : tous les indicateurs sont jugés applicables.`,
      en: `${n} establishment(s) without activity data (--establishments): every indicator is taken as applicable.`,
    });
  }
  const model = buildReport(run.evaluations, {
    lang: ctx.lang,
    programme: programme,
    asOf,
    establishments: establishments.byFiness,
    input: read.summary,
    notes,
  });
  // the reader and the evaluation may both report one problem (a value for a not-applicable indicator)
  const problems = distinctProblems([...read.problems, ...run.problems]);
  if (!(await emit(ctx, reportChunks(ctx, model, format.value, problems)))) return EXIT.io;
  printProblems(ctx, problems, input.maxProblems);
  ctx.io.stderr.write(`${summaryLine(ctx, text.file, read.summary, problems)}\n`);
  ctx.io.stderr.write(
    `${say(ctx, `${run.evaluations.length} déclaration(s) évaluée(s) au ${asOf} (${programme.id} ${programme.version})`, `${run.evaluations.length} declaration(s) evaluated as of ${asOf} (${programme.id} ${programme.version})`)}\n`,
  );
  const invalid = read.problems.some(isError) || establishments.exit !== EXIT.ok;
  return invalid ? EXIT.invalidInput : EXIT.ok;
}
