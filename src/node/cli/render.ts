import type { InputProblem } from '../io/problem.js';
import { renderCsv } from '../report/csv-out.js';
import { renderHtml } from '../report/html.js';
import { jsonChunks, renderJson } from '../report/json-out.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ReportModel } from '../report/model.js';
import { PLAIN } from '../report/style.js';
import type { TextOptions } from '../report/text.js';
import { renderText } from '../report/text.js';
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
 * Renders a report in the chosen format; the text table is coloured only when written to a colour terminal.
 *
 * @example
 * ```ts
 * await emit(ctx, renderReport(ctx, model, 'md', problems));
 * ```
 *
 * @category Command line
 */
export function renderReport(
  ctx: CommandContext,
  model: ReportModel,
  format: ReportFormat,
  problems: readonly InputProblem[],
  textOptions: TextOptions = {},
): string {
  switch (format) {
    case 'json':
      return renderJson(model, problems);
    case 'csv':
      return renderCsv(model);
    case 'md':
      return renderMarkdown(model);
    case 'html':
      return renderHtml(model, { generator: `palier ${ctx.version}` });
    case 'table': {
      const toFile = typeof ctx.args.values.out === 'string' && ctx.args.values.out !== '-';
      return renderText(model, toFile ? PLAIN : ctx.out, textOptions);
    }
  }
}

/**
 * {@link renderReport} in pieces to be written in order: JSON comes one evaluation at a time (a national
 * report is never held as one string), the other formats in one piece.
 *
 * @example
 * ```ts
 * await emit(ctx, reportChunks(ctx, model, 'json', problems));
 * ```
 *
 * @category Command line
 */
export function reportChunks(
  ctx: CommandContext,
  model: ReportModel,
  format: ReportFormat,
  problems: readonly InputProblem[],
  textOptions: TextOptions = {},
): Iterable<string> {
  return format === 'json'
    ? jsonChunks(model, problems)
    : [renderReport(ctx, model, format, problems, textOptions)];
}
