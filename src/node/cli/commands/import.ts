import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import { buildGhtList, type GhtListRow } from '../../../registers/index.js';
import { parseCsv } from '../../io/csv.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../../io/decode.js';
import {
  type FinessEvent,
  type FinessImportSummary,
  finessEvents,
  readFinessLegalEntities,
} from '../../io/finess-extract.js';
import { IMPORTED_COLUMNS, importedCsvRow, importedJson } from '../../io/finess-write.js';
import { indexHeader } from '../../io/header.js';
import type { InputProblem } from '../../io/problem.js';
import { isError } from '../../io/problem.js';
import { csvStopProblem } from '../../io/syntax.js';
import { countOf } from '../../report/labels.js';
import { colon } from '../../report/text.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { emit, InputFailure, moreProblems, printProblems, say } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import type { CliIo } from '../io.js';
import { outOption } from '../out-option.js';
import { unreadable } from '../programme-option.js';
import { readText } from '../read-input.js';
import { refuse } from '../refuse.js';
import { countOption, dateOption, positionals } from './shared.js';

/**
 * Options of `palier import`.
 *
 * @category Command line
 */
export const IMPORT_OPTIONS = {
  ej: { type: 'string' },
  'as-of': { type: 'string' },
  all: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  support: { type: 'string' },
  encoding: { type: 'string' },
  'max-problems': { type: 'string' },
} as const;

/**
 * `palier import finess <ET-file>` and `palier import ght <file.csv>`: the national registers as palier data.
 * Exit 3 when a line was rejected, 4 when a file could not be read or written.
 *
 * @example
 * ```ts
 * const code = await importCommand(ctx); // 0, 2, 3 or 4
 * ```
 *
 * @category Command line
 */
export async function importCommand(ctx: CommandContext): Promise<ExitCode> {
  const v = ctx.args.values;
  const args = positionals(ctx, [
    { fr: 'registre (finess ou ght)', en: 'register (finess or ght)' },
    { fr: 'fichier', en: 'file' },
  ]);
  const what = oneOf(ctx.args.positionals[0], ['finess', 'ght'] as const, 'finess', 'import');
  const max = countOption(v['max-problems'], 50, '--max-problems');
  const encoding =
    v.encoding === undefined
      ? ok('detect' as const)
      : oneOf(v.encoding, INPUT_ENCODINGS, 'auto', '--encoding');
  if (!args.ok || !what.ok || !max.ok || !encoding.ok)
    return refuse(
      ctx,
      'import',
      [args, what, max, encoding].flatMap((r) => r.issues),
    );
  const file = args.value[1]!;
  const out = await outOption(ctx);
  if (!out.ok) return refuse(ctx, 'import', out.issues);
  return what.value === 'finess'
    ? importFiness(ctx, file, encoding.value, max.value)
    : importGht(ctx, file, encoding.value, max.value);
}

/** Collects problems for printing (at most `max`, 0 = all) while counting them all. */
class ProblemLog {
  readonly shown: InputProblem[] = [];
  errors = 0;
  warnings = 0;
  constructor(private readonly max: number) {}
  add = (p: InputProblem): void => {
    if (isError(p)) this.errors++;
    else this.warnings++;
    if (this.max === 0 || this.shown.length < this.max) this.shown.push(p);
  };
  print(ctx: CommandContext): void {
    printProblems(ctx, this.shown, 0);
    const rest = this.errors + this.warnings - this.shown.length;
    if (rest > 0) ctx.io.stderr.write(`${moreProblems(ctx.lang, rest)}\n`);
  }
}

async function* bytesOf(io: CliIo, file: string): AsyncGenerator<Uint8Array> {
  if (file === '-') yield await io.readStdin();
  else if (io.streamFile !== undefined) yield* io.streamFile(file);
  else yield await io.readFile(file);
}

async function importFiness(
  ctx: CommandContext,
  file: string,
  encoding: InputEncoding | 'detect',
  max: number,
): Promise<ExitCode> {
  const v = ctx.args.values;
  const formats = formatOption(ctx, ['csv', 'json', 'ndjson'] as const, 'csv');
  const date = dateOption(ctx, 'as-of', () => '');
  if (!formats.ok || !date.ok) return refuse(ctx, 'import', [...formats.issues, ...date.issues]);
  const format = formats.value;
  const asOf = date.value === '' ? undefined : date.value;
  const log = new ProblemLog(max);
  const name = file === '-' ? '<stdin>' : file;
  let legalEntities: Awaited<ReturnType<typeof readFinessLegalEntities>> | undefined;
  if (typeof v.ej === 'string') {
    try {
      legalEntities = await readFinessLegalEntities(bytesOf(ctx.io, v.ej), v.ej, log.add, encoding);
    } catch (error) {
      printProblems(ctx, [unreadable(v.ej, error)], 0);
      return EXIT.io;
    }
  }
  const events = finessEvents(bytesOf(ctx.io, file), name, {
    ...(asOf !== undefined ? { asOf } : {}),
    all: v.all === true,
    encoding,
    ...(legalEntities !== undefined ? { legalEntities: legalEntities.byFiness } : {}),
  });
  let summary: FinessImportSummary | undefined;
  let pending: IteratorResult<FinessEvent, FinessImportSummary>;
  try {
    // the first event opens the file: an unreadable input is said before any output is created
    pending = await events.next();
  } catch (error) {
    printProblems(ctx, [unreadable(name, error)], 0);
    return EXIT.io;
  }
  async function* output(): AsyncGenerator<string> {
    let count = 0;
    if (format === 'csv') yield `${IMPORTED_COLUMNS.join(',')}\r\n`;
    if (format === 'json') yield '[';
    const advance = async () => {
      try {
        return await events.next();
      } catch (error) {
        throw new InputFailure(error);
      }
    };
    for (let next = pending; ; next = await advance()) {
      if (next.done === true) {
        summary = next.value;
        break;
      }
      const e = next.value;
      if (e.kind === 'problem') log.add(e.problem);
      if (e.kind !== 'establishment') continue;
      if (format === 'csv') yield `${importedCsvRow(e.imported)}\r\n`;
      else if (format === 'ndjson') yield `${JSON.stringify(importedJson(e.imported))}\n`;
      else yield `${count === 0 ? '\n' : ',\n'}${JSON.stringify(importedJson(e.imported))}`;
      count++;
    }
    if (format === 'json') yield count === 0 ? ']\n' : '\n]\n';
  }
  try {
    if (!(await emit(ctx, output()))) return EXIT.io;
  } catch (error) {
    printProblems(ctx, [unreadable(name, error instanceof InputFailure ? error.cause : error)], 0);
    return EXIT.io;
  }
  if (summary === undefined) return EXIT.io;
  log.print(ctx);
  if (legalEntities !== undefined)
    ctx.io.stderr.write(
      `${v.ej}${colon(ctx.lang)}${countOf(legalEntities.read, 'ejRowsRead', ctx.lang)}, ${countOf(legalEntities.byFiness.size, 'legalEntities', ctx.lang)}, ${countOf(legalEntities.invalid, 'invalid', ctx.lang)}\n`,
    );
  const unlisted = Object.entries(summary.unlistedCodes);
  if (unlisted.length > 0)
    ctx.io.stderr.write(
      `${say(ctx, 'Codes hors des listes de palier (signalés à leur première ligne) : ', 'Codes outside palier’s lists (reported on their first line): ')}${unlisted.map(([code, n]) => `${code} ×${n}`).join(', ')}\n`,
    );
  ctx.io.stderr.write(`${finessSummaryLine(ctx, name, summary, log)}\n`);
  const bad =
    summary.invalid > 0 ||
    summary.stopped ||
    (legalEntities !== undefined && (legalEntities.invalid > 0 || legalEntities.stopped));
  return bad ? EXIT.invalidInput : EXIT.ok;
}

function finessSummaryLine(
  ctx: CommandContext,
  file: string,
  s: FinessImportSummary,
  log: ProblemLog,
): string {
  const notSanitary = s.filteredOut['not-sanitary'];
  const geo = s.filteredOut.geolocation;
  const when =
    s.asOf === undefined
      ? ''
      : say(ctx, `, régions et ARS au ${s.asOf}`, `, regions and ARS as of ${s.asOf}`);
  const stopped = s.stopped ? say(ctx, ' — lecture interrompue', ' — reading stopped') : '';
  const lang = ctx.lang;
  const encoding = s.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8';
  const counts = `${countOf(s.read, 'rowsRead', lang)} = ${countOf(s.kept, 'kept', lang)} + ${countOf(notSanitary, 'notSanitary', lang)} + ${geo} ${say(ctx, 'de géolocalisation', 'geolocation')} + ${countOf(s.invalid, 'invalid', lang)}`;
  return `${file} (${encoding})${colon(lang)}${counts}${say(ctx, ' ; ', '; ')}${countOf(log.errors, 'errors', lang)}, ${countOf(log.warnings, 'warnings', lang)}${when}${stopped}`;
}

type GhtColumn =
  | 'region'
  | 'denomination_ght'
  | 'code_ght'
  | 'finess'
  | 'categorie'
  | 'denomination_etablissement'
  | 'commune'
  | 'code_postal'
  | 'support';

const GHT_COLUMNS: Readonly<Record<GhtColumn, readonly string[]>> = {
  region: [],
  denomination_ght: ['nom_ght'],
  code_ght: [],
  finess: ['finess_ej'],
  categorie: [],
  denomination_etablissement: [],
  commune: [],
  code_postal: [],
  support: ['etablissement_support'],
};

async function importGht(
  ctx: CommandContext,
  file: string,
  encoding: InputEncoding | 'detect',
  max: number,
): Promise<ExitCode> {
  const supports = parseSupports(ctx.args.values.support);
  if (!supports.ok) return refuse(ctx, 'import', supports.issues);
  let text = await readText(ctx.io, file, encoding === 'detect' ? 'auto' : encoding);
  if (!text.ok && text.kind === 'invalid' && encoding === 'detect')
    text = await readText(ctx.io, file, 'windows-1252');
  if (!text.ok) {
    printProblems(ctx, [text.problem], 0);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  const table = parseCsv(text.text);
  const log = new ProblemLog(max);
  for (const s of table.issues) log.add(csvStopProblem(text.file, s));
  const [header, ...records] = table.records;
  if (header === undefined) {
    log.add({ location: { file: text.file, line: 1 }, issue: issue('empty-input', { expected: 'header' }) });
    log.print(ctx);
    return EXIT.invalidInput;
  }
  const { index, problems } = indexHeader<GhtColumn>(header, text.file, GHT_COLUMNS, [
    'region',
    'denomination_ght',
    'code_ght',
    'finess',
  ]);
  for (const p of problems) log.add(p);
  if (problems.some((p) => p.issue.code === 'missing-column')) {
    log.print(ctx);
    return EXIT.invalidInput;
  }
  const cell = (r: readonly string[], c: GhtColumn) => {
    const i = index[c];
    return i === undefined ? undefined : (r[i] ?? '').trim();
  };
  const rows: GhtListRow[] = records.map((r) => {
    const support = cell(r.values, 'support');
    const category = cell(r.values, 'categorie');
    const name = cell(r.values, 'denomination_etablissement');
    return {
      region: cell(r.values, 'region') ?? '',
      ghtName: cell(r.values, 'denomination_ght') ?? '',
      ghtCode: cell(r.values, 'code_ght') ?? '',
      finess: cell(r.values, 'finess') ?? '',
      ...(category !== undefined ? { category } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(support !== undefined ? { support } : {}),
    };
  });
  const built = buildGhtList(rows, supports.value);
  for (const i of built.issues) {
    const record = i.row === undefined ? undefined : records[i.row];
    log.add({
      location: {
        file: record === undefined ? '--support' : text.file,
        ...(record !== undefined ? { line: record.lines[0]! } : {}),
        path: i.issue.path,
      },
      issue: i.issue,
    });
  }
  const json = `${JSON.stringify(built.ghts, null, 2)}\n`;
  if (!(await emit(ctx, json))) return EXIT.io;
  log.print(ctx);
  const unknownSupport = built.ghts.filter((g) => g.supportSource === 'unknown').length;
  ctx.io.stderr.write(
    `${text.file}${colon(ctx.lang)}${countOf(records.length, 'rowsRead', ctx.lang)} = ${countOf(built.validRows, 'members', ctx.lang)} + ${countOf(built.invalidRows, 'invalid', ctx.lang)}${say(ctx, ' ; ', '; ')}${countOf(built.ghts.length, 'ghts', ctx.lang)}${say(ctx, `, dont ${unknownSupport} sans établissement support connu`, `, ${unknownSupport} without a known support establishment`)}\n`,
  );
  return built.invalidRows > 0 || table.issues.length > 0 ? EXIT.invalidInput : EXIT.ok;
}

function parseSupports(raw: string | boolean | undefined): Result<Map<string, string>> {
  const out = new Map<string, string>();
  if (raw === undefined) return ok(out);
  for (const pair of String(raw).split(',')) {
    const [code, finess, ...more] = pair.split('=').map((x) => x.trim());
    if (code === undefined || code === '' || finess === undefined || finess === '' || more.length > 0)
      return fail(
        issue('cli-invalid-option', {
          option: '--support',
          reason: {
            fr: `CODE=FINESS attendu, reçu « ${pair} »`,
            en: `CODE=FINESS expected, received "${pair}"`,
          },
        }),
      );
    out.set(code, finess);
  }
  return ok(out);
}
