import type { InputProblem } from '../io/problem.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv-out.js';
import type { ReportModel } from '../report/model.js';
import { PLAIN, terminalWidth } from '../report/style.js';
import type { TextOptions } from '../report/text.js';
import type { CommandContext } from './context.js';

/**
 * Report formats of `evaluate` and `demo`.
 *
 * @category Command line
 */
export const REPORT_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;

/**
 * One of {@link REPORT_FORMATS}.
 *
 * @category Command line
 */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Renders a report in the chosen format, loading only that format's renderer (the HTML one is large); the text
 * table is coloured only when written to a colour terminal.
 *
 * @example
 * ```ts
 * await emit(ctx, await renderReport(ctx, model, 'md', problems));
 * ```
 *
 * @category Command line
 */
export async function renderReport(
  ctx: CommandContext,
  model: ReportModel,
  format: ReportFormat,
  problems: readonly InputProblem[],
  textOptions: TextOptions = {},
  dialect: CsvDialect = CSV_DIALECTS.rfc,
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json-out.js')).renderJson(model, problems);
    case 'csv':
      return (await import('../report/csv-out.js')).renderCsv(model, dialect);
    case 'md':
      return (await import('../report/markdown.js')).renderMarkdown(model);
    case 'html':
      return (await import('../report/html.js')).renderHtml(model, { generator: `palier ${ctx.version}` });
    case 'table': {
      const toFile = toOutFile(ctx);
      const width = textOptions.width ?? (toFile ? Number.POSITIVE_INFINITY : outputWidth(ctx));
      const { renderText } = await import('../report/text.js');
      return renderText(model, toFile ? PLAIN : ctx.out, { ...textOptions, width });
    }
  }
}

/**
 * {@link renderReport} in pieces to be written in order: JSON comes one evaluation at a time (a national
 * report is never held as one string), the other formats in one piece.
 *
 * @example
 * ```ts
 * await emit(ctx, await reportChunks(ctx, model, 'json', problems));
 * ```
 *
 * @category Command line
 */
export async function reportChunks(
  ctx: CommandContext,
  model: ReportModel,
  format: ReportFormat,
  problems: readonly InputProblem[],
  textOptions: TextOptions = {},
  dialect: CsvDialect = CSV_DIALECTS.rfc,
): Promise<Iterable<string>> {
  return format === 'json'
    ? (await import('../report/json-out.js')).jsonChunks(model, problems)
    : [await renderReport(ctx, model, format, problems, textOptions, dialect)];
}

/**
 * Whether the command writes to a file (`--out` naming one), not to standard output.
 *
 * @example
 * ```ts
 * toOutFile(ctx); // true for --out r.txt
 * ```
 *
 * @category Command line
 */
export function toOutFile(ctx: CommandContext): boolean {
  const out = ctx.args.values.out;
  return typeof out === 'string' && out !== '' && out !== '-';
}

/**
 * The width terminal tables must fit for this command: no limit when writing to a file, else `COLUMNS` or the
 * terminal's width (see `terminalWidth`).
 *
 * @example
 * ```ts
 * outputWidth(ctx); // 80 with COLUMNS=80
 * ```
 *
 * @category Command line
 */
export function outputWidth(ctx: CommandContext): number {
  return toOutFile(ctx) ? Number.POSITIVE_INFINITY : terminalWidth(ctx.io.env, ctx.io.stdout);
}
