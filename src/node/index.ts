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
export type { ActivityHint } from '../registers/finess-hints.js';
export type { FinessExtractHeader } from '../registers/finess-other-lines.js';
export type { RegisterDecision, RegisterStatus } from '../registers/finess-status.js';
export type {
  FinessEstablishmentCandidate,
  FinessLocation,
  RegisterCode,
  RegisterLegalEntity,
  RegisterNamed,
  RegisterPlace,
} from '../registers/types.js';
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
export { EXAMPLE_PERIODS, exampleDeclarations } from './example/declarations.js';
export { EXAMPLE_ESTABLISHMENTS, EXAMPLE_GHT } from './example/establishments.js';
export { EXAMPLE_NOTES, type ExampleData, exampleData } from './example/index.js';
export { EXAMPLE_NOTE, EXAMPLE_SOURCE, exampleProgramme } from './example/programme.js';
export { NUMBER_GRAMMAR, type ReadNumberOptions, readDateCell, readNumber, readYesNo } from './io/cells.js';
export {
  type CsvDelimiter,
  type CsvRecord,
  type CsvSyntaxIssue,
  type CsvTable,
  CsvTokenizer,
  type CsvTokenizerOptions,
  detectDelimiter,
  MAX_RECORD_LENGTH,
  parseCsv,
} from './io/csv.js';
export {
  DeclarationReader,
  type DeclarationReaderOptions,
  type DeclarationSink,
  HOLD_ROWS,
} from './io/declaration-reader.js';
export {
  DECLARATION_COLUMNS,
  type DeclarationColumn,
  type DeclarationRow,
  REQUIRED_DECLARATION_COLUMNS,
  type RowIssue,
  readDeclarationRow,
} from './io/declarations-csv.js';
export {
  type ChunkDecoder,
  createDecoder,
  type DecodeError,
  type DecodeOk,
  type DecodeResult,
  decodeBytes,
  firstInvalidUtf8,
  INPUT_ENCODINGS,
  type InputEncoding,
} from './io/decode.js';
export { detectFormat, type InputFormat } from './io/detect.js';
export {
  ESTABLISHMENT_COLUMNS,
  type EstablishmentColumn,
  establishmentsFromCsv,
  REGISTER_COLUMNS,
} from './io/establishments-csv.js';
export { exactNumber } from './io/exact-number.js';
export {
  type FinessEvent,
  type FinessEventOptions,
  type FinessFilterReason,
  type FinessImportOptions,
  type FinessImportSummary,
  finessEvents,
  type ImportedEstablishment,
  importFinessExtract,
  type LegalEntitiesRead,
  readFinessLegalEntities,
} from './io/finess-extract.js';
export {
  IMPORTED_COLUMNS,
  type ImportedJson,
  importedCsvRow,
  importedJson,
  type RegisterDetails,
} from './io/finess-write.js';
export type { ColumnIndex } from './io/header.js';
export {
  type JsonRecordsOptions,
  type RecordValidator,
  readJsonRecords,
  readNdjsonRecords,
} from './io/json.js';
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
export {
  formatLocation,
  formatProblem,
  type InputProblem,
  isError,
  problem,
  type SourceLocation,
} from './io/problem.js';
export {
  type DeclarationsRead,
  declarationSteps,
  type ReadDeclarationsOptions,
  readDeclarations,
  type StreamedDeclarations,
  streamDeclarations,
} from './io/read-declarations.js';
export { readEstablishments } from './io/read-establishments.js';
export type { ReadResult, ReadSummary } from './io/read-result.js';
export { type ReferentialRead, readReferential, referentialToCsv } from './io/referential-csv.js';
export { sniffEightBit, type TextRecord, type TextRecordsEnd, textRecords } from './io/text-records.js';
export { declarationsToCsv, establishmentCells, establishmentsToCsv } from './io/write-csv.js';
export {
  CSV_DIALECTS,
  type CsvDialect,
  csvHead,
  csvLine,
  RESULT_COLUMNS,
  renderCsv,
} from './report/csv-out.js';
export { type ProgrammingSource, reportFunding } from './report/funding.js';
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
export { type HtmlOptions, renderHtml } from './report/html.js';
export { escapeHtml } from './report/html-parts.js';
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
export {
  buildReport,
  type DomainFunding,
  defaultExplain,
  type FundingFigure,
  type GhtSection,
  type ReportEstablishment,
  type ReportFunding,
  type ReportModel,
  type ReportOptions,
  type ReportProgramme,
  type ReportRow,
  type ReportSummary,
  type RequirementReach,
  type Tally,
} from './report/model.js';
export {
  buildOverview,
  OVERVIEW_DIMENSIONS,
  type Overview,
  type OverviewOptions,
} from './report/overview.js';
export {
  ANSI,
  type ColourContext,
  type FitOptions,
  fitTable,
  PLAIN,
  type Style,
  terminalWidth,
  truncate,
  useColour,
} from './report/style.js';
export { renderText, type TextOptions } from './report/text.js';
