import type { IssuePath } from '../../../core/issue.js';
import type { Label } from '../../../core/label.js';
import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { Declaration, EstablishmentEvaluation } from '../../../evaluation/types.js';
import { createEvaluator } from '../../evaluate-run.js';
import type { InputProblem, SourceLocation } from '../../io/problem.js';
import { isError } from '../../io/problem.js';
import type { StreamedDeclarations } from '../../io/read-declarations.js';
import { declarationSteps, streamDeclarations } from '../../io/read-declarations.js';
import {
  CSV_DIALECTS,
  type CsvDialect,
  CsvRowWriter,
  csvHead,
  RESULT_COLUMNS,
} from '../../report/csv-out.js';
import type { GroupBy, GroupTable } from '../../report/groups.js';
import { countOf, formatDate } from '../../report/labels.js';
import { PLAIN } from '../../report/style.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { emit, say, summaryLine } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { refuse } from '../refuse.js';
import { outputWidth, REPORT_FORMATS, type ReportFormat, reportChunks, toOutFile } from '../render.js';
import { openInput, ProblemPrinter } from '../stream-input.js';
import type { FundingOptions } from './funding-input.js';
import {
  asOfOption,
  inputOptions,
  loadEstablishments,
  positionals,
  programmeOption,
  referentialOption,
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
  'group-by': { type: 'string' },
  'csv-dialect': { type: 'string' },
  funding: { type: 'string' },
  envelope: { type: 'string' },
  order: { type: 'string' },
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
  const format = formatOption(ctx, REPORT_FORMATS, 'table');
  const inputs = inputOptions(ctx);
  const asOfs = asOfOption(ctx, ctx.io.today);
  const groupBy = await groupByOption(ctx, format);
  const dialect = csvDialectOption(ctx);
  const fundings = await fundingChoice(ctx, format.ok ? format.value : undefined);
  if (!files.ok || !format.ok || !inputs.ok || !asOfs.ok || !groupBy.ok || !dialect.ok || !fundings.ok)
    return refuse(
      ctx,
      'evaluate',
      [files, format, inputs, asOfs, groupBy, dialect, fundings].flatMap((r) => r.issues),
    );
  const file = files.value[0]!;
  const csvDialect = dialect.value;
  const input = inputs.value;
  const asOf = asOfs.value;
  const programmes = await programmeOption(ctx);
  if (!programmes.ok) return refuseProgramme(ctx, 'evaluate', programmes.issues, input.maxProblems);
  const programme = await referentialOption(ctx, programmes.value, input.maxProblems);
  if (typeof programme === 'number') return programme;
  const establishments = await loadEstablishments(ctx, input);
  if (establishments.exit === EXIT.io) return EXIT.io;
  // the funding file is read and simulated before the declarations: a bad one stops the command at once
  const funding =
    fundings.value === undefined
      ? undefined
      : await (await import('./funding-input.js')).loadProgramming(ctx, 'evaluate', {
          ...fundings.value,
          ...input,
          programme,
          asOf,
        });
  if (funding !== undefined && !funding.ok) return funding.exit;
  // the report's funding section, the JSON writer and the report model are loaded when the command uses them
  const fundingReport = funding?.ok
    ? (await import('../../report/funding.js')).reportFunding(funding.programming, funding.source)
    : undefined;
  const input$ = openInput(ctx.io, file, input.encoding);
  const printer = new ProblemPrinter(ctx, input.maxProblems);
  // CSV and JSON reports are written while the input is read (a multi-year national panel is never held); the
  // other formats, and the aggregate tables, need every evaluation first
  const streaming = (format.value === 'csv' || format.value === 'json') && groupBy.value === undefined;
  const keepProblems = format.value !== 'csv';
  const json =
    streaming && format.value === 'json'
      ? new (await import('../../report/json-stream-out.js')).JsonReportStream({
          lang: ctx.lang,
          programme,
          asOf,
          establishments: establishments.byFiness,
          ...(fundingReport !== undefined ? { funding: fundingReport } : {}),
        })
      : undefined;
  const evaluations: EstablishmentEvaluation[] = [];
  const problems: InputProblem[] = [];
  let readErrors = 0;
  let pending: string[] = [];
  const csvRows = streaming && json === undefined ? new CsvRowWriter(csvDialect) : undefined;
  const evaluator = createEvaluator({
    programme,
    asOf,
    establishments: establishments.byFiness,
    onEvaluation: (e) => {
      if (json !== undefined) json.add(e);
      else if (csvRows !== undefined)
        pending.push(csvRows.rows(e.finess, establishments.byFiness.get(e.finess)?.name, e));
      else evaluations.push(e);
    },
    onProblem: (p) => {
      // the reader may already have said it (a version mismatch is seen by both): each problem is said once
      if (said.has(placeOf(p))) return;
      printer.add(p);
      if (keepProblems) problems.push(p);
    },
  });
  // problems the reader reported since the last declaration was handed on
  const said = new Set<string>();
  const sink = {
    declaration: (declaration: Declaration, locate: (path: IssuePath) => SourceLocation) => {
      evaluator.declaration(declaration, locate);
      said.clear();
    },
    problem: (p: InputProblem) => {
      if (isError(p)) readErrors++;
      said.add(placeOf(p));
      printer.add(p);
      if (keepProblems) problems.push(p);
    },
  };
  const options = {
    file: input$.file,
    programme,
    truncated: () => input$.failure() !== undefined,
    ...(input.format ? { format: input.format } : {}),
  };
  let read: StreamedDeclarations | undefined;
  let failureSeen = false;
  /** The input's failure (cut short, unreadable), counted and said once. */
  const settleFailure = () => {
    const failure = input$.failure();
    if (failure !== undefined && !failureSeen) {
      failureSeen = true;
      if (failure.kind === 'invalid') readErrors++;
      printer.add(failure.problem);
      if (keepProblems) problems.push(failure.problem);
    }
    return failure;
  };
  const notesOf = (): Label[] => {
    const n = evaluator.withoutEstablishment.size;
    if (n === 0) return [];
    return [
      {
        fr: `${countOf(n, 'establishmentsWithoutActivity', 'fr')} (--establishments) : tous les indicateurs sont jugés applicables.`,
        en: `${countOf(n, 'establishmentsWithoutActivity', 'en')} (--establishments): every indicator is taken as applicable.`,
      },
    ];
  };
  if (streaming) {
    async function* report(): AsyncGenerator<string> {
      if (json === undefined) yield csvHead(RESULT_COLUMNS, csvDialect);
      const steps = declarationSteps(input$.text, options, sink);
      for (;;) {
        const step = await steps.next();
        if (json !== undefined) yield* json.take();
        else {
          yield* pending;
          pending = [];
        }
        if (step.done) {
          read = step.value;
          break;
        }
      }
      if (json !== undefined) {
        const failure = settleFailure();
        // nothing could be read at all: no report, only the problem (exit 4)
        if (failure?.kind === 'io' && read.summary.read === 0) return;
        yield json.end(read.summary, problems, notesOf());
      }
    }
    if (!(await emit(ctx, report()))) return EXIT.io;
  } else {
    read = await streamDeclarations(input$.text, options, sink);
  }
  const failure = settleFailure();
  if (failure?.kind === 'io' && read?.summary.read === 0) {
    printer.close();
    return EXIT.io;
  }
  const summary = read!.summary;
  if (groupBy.value !== undefined) {
    const { groupTable } = await import('../../report/groups.js');
    const table = groupTable(evaluations, [...establishments.byFiness.values()], {
      dimension: groupBy.value,
      asOf,
      programme,
    });
    if (!(await emit(ctx, await renderGroup(ctx, table, format.value, dialect.value)))) return EXIT.io;
  } else if (!streaming) {
    const [{ buildReport }, { ghtReach }] = await Promise.all([
      import('../../report/model.js'),
      import('../../report/ght-reach.js'),
    ]);
    const model = buildReport(evaluations, {
      lang: ctx.lang,
      programme: programme,
      asOf,
      establishments: establishments.byFiness,
      input: summary,
      notes: notesOf(),
      ghts: ghtReach(evaluations, establishments.byFiness, asOf),
      ...(fundingReport !== undefined ? { funding: fundingReport } : {}),
    });
    if (!(await emit(ctx, await reportChunks(ctx, model, format.value, problems, {}, dialect.value))))
      return EXIT.io;
  }
  printer.close();
  ctx.io.stderr.write(`${summaryLine(ctx, input$.file, summary, printer)}\n`);
  ctx.io.stderr.write(
    `${countOf(evaluator.count, 'declarationsEvaluated', ctx.lang)} ${say(ctx, 'au', 'as of')} ${formatDate(asOf, ctx.lang)} (${programme.id} ${programme.version})\n`,
  );
  if (failure?.kind === 'io') return EXIT.io;
  const invalid =
    readErrors > 0 || establishments.exit !== EXIT.ok || (funding?.ok && funding.exit !== EXIT.ok);
  return invalid ? EXIT.invalidInput : EXIT.ok;
}

/** Where and what a problem is: its place in the input and its code. */
function placeOf(p: InputProblem): string {
  const { file, line, column, path } = p.location;
  return JSON.stringify([file, line, column, path, p.issue.code]);
}

/**
 * Reads `--group-by`: one of `GROUP_BY`, `undefined` when absent; refused with `--format html` (the HTML
 * report has its own overview).
 */
async function groupByOption(
  ctx: CommandContext,
  format: Result<ReportFormat>,
): Promise<Result<GroupBy | undefined>> {
  const raw = ctx.args.values['group-by'];
  if (raw === undefined) return ok(undefined);
  const { GROUP_BY } = await import('../../report/groups.js');
  const chosen = oneOf<GroupBy>(raw, GROUP_BY, 'region', '--group-by');
  if (!chosen.ok) return chosen;
  if (format.ok && format.value === 'html')
    return fail(
      issue('cli-invalid-option', {
        option: '--group-by',
        reason: {
          fr: 's’écrit en table, md, csv ou json (le rapport html a sa propre vue d’ensemble)',
          en: 'is written as table, md, csv or json (the html report has its own overview)',
        },
      }),
    );
  return chosen;
}

/**
 * Reads `--csv-dialect`: `rfc` (default), `fr` or `excel` (see `CSV_DIALECTS`).
 *
 * @example
 * ```ts
 * csvDialectOption(ctx); // palier evaluate d.csv --format csv --csv-dialect fr → ok(CSV_DIALECTS.fr)
 * ```
 *
 * @category Command line
 */
export function csvDialectOption(ctx: CommandContext): Result<CsvDialect> {
  const name = oneOf(ctx.args.values['csv-dialect'], ['rfc', 'fr', 'excel'] as const, 'rfc', '--csv-dialect');
  return name.ok ? ok(CSV_DIALECTS[name.value]) : name;
}

/**
 * `--funding`, `--envelope` and `--order` checked (see `fundingOptions`); `undefined` when none is given, without
 * loading the funding modules.
 */
async function fundingChoice(
  ctx: CommandContext,
  format: ReportFormat | undefined,
): Promise<Result<FundingOptions | undefined>> {
  const v = ctx.args.values;
  if (v.funding === undefined && v.envelope === undefined && v.order === undefined) return ok(undefined);
  return (await import('./funding-input.js')).fundingOptions(ctx, format);
}

/** The group table in the chosen format. */
async function renderGroup(
  ctx: CommandContext,
  table: GroupTable,
  format: ReportFormat,
  dialect: CsvDialect,
): Promise<string> {
  const { renderGroupCsv, renderGroupJson, renderGroupMarkdown, renderGroupText } = await import(
    '../../report/groups.js'
  );
  switch (format) {
    case 'json':
      return renderGroupJson(table);
    case 'csv':
      return renderGroupCsv(table, dialect);
    case 'md':
      return renderGroupMarkdown(table, ctx.lang);
    default:
      return renderGroupText(table, ctx.lang, toOutFile(ctx) ? PLAIN : ctx.out, outputWidth(ctx));
  }
}
