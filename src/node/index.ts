/**
 * `palier/node`: file input and output, reports and the command line (Node.js only).
 *
 * - Readers: an RFC 4180 CSV parser that locates every cell, the long declarations CSV, JSON and NDJSON, with
 *   every problem located (`file:line:column` or a JSON path) and valid records kept.
 * - Reports: one model ({@link buildReport}) rendered as a terminal table, Markdown, CSV, JSON or a
 *   self-contained, accessible HTML file.
 * - The example data behind `palier demo`, and the CLI itself ({@link runCli}).
 *
 * @module node
 */
export { EXIT, type ExitCode } from './cli/exit-codes.js';
export { type CliIo, type CliStream, parisDate } from './cli/io.js';
export { type RunOptions, runCli } from './cli/main.js';
export { nodeIo } from './cli/node-io.js';
export {
  createEvaluator,
  type EvaluateReadOptions,
  type EvaluateReadResult,
  type Evaluator,
  type EvaluatorOptions,
  evaluateRead,
} from './evaluate-run.js';
export * from './example/index.js';
export * from './io/cells.js';
export * from './io/csv.js';
export * from './io/declaration-reader.js';
export * from './io/declarations-csv.js';
export * from './io/decode.js';
export * from './io/detect.js';
export * from './io/establishments-csv.js';
export { exactNumber } from './io/exact-number.js';
export * from './io/finess-extract.js';
export * from './io/finess-write.js';
export type { ColumnIndex } from './io/header.js';
export * from './io/json.js';
export { type JsonRecordHandler, JsonRecordReader } from './io/json-records.js';
export { JsonArraySplitter, NdjsonSplitter, type RecordText, type StreamStop } from './io/json-stream.js';
export {
  type JsonValueIssue,
  type JsonValueRead,
  type JsonValueRefused,
  type JsonValueResult,
  MAX_JSON_DEPTH,
  readJsonValue,
} from './io/json-value.js';
export * from './io/problem.js';
export * from './io/read-declarations.js';
export * from './io/read-establishments.js';
export * from './io/read-result.js';
export * from './io/referential-csv.js';
export * from './io/text-records.js';
export * from './io/write-csv.js';
export {
  CSV_DIALECTS,
  type CsvDialect,
  csvCell,
  csvHead,
  csvLine,
  RESULT_COLUMNS,
  renderCsv,
} from './report/csv-out.js';
export {
  blockerText,
  type GhtMemberBlocker,
  type GhtReach,
  ghtReach,
  ghtTitle,
  membersText,
} from './report/ght-reach.js';
export {
  GROUP_BY,
  GROUP_COLUMNS,
  type GroupBy,
  type GroupTable,
  groupTable,
  renderGroupCsv,
  renderGroupJson,
  renderGroupMarkdown,
  renderGroupText,
} from './report/groups.js';
export { escapeHtml, type HtmlOptions, renderHtml } from './report/html.js';
export { COMPACT_ABOVE, renderJson } from './report/json-out.js';
export {
  COUNTED,
  type CountedForms,
  type CountedPhrase,
  countOf,
  formatDate,
  formatMoney,
} from './report/labels.js';
export { escapeMarkdown, renderMarkdown } from './report/markdown.js';
export * from './report/model.js';
export * from './report/overview.js';
export {
  ANSI,
  type FitOptions,
  fitTable,
  PLAIN,
  type Style,
  terminalWidth,
  truncate,
  useColour,
} from './report/style.js';
export { renderText, type TextOptions } from './report/text.js';
