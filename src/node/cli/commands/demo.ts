import { compileProgramme } from '../../../evaluation/compile.js';
import { evaluateEstablishment } from '../../../evaluation/establishment.js';
import { explain } from '../../../evaluation/explain.js';
import { evaluateGht } from '../../../evaluation/ght.js';
import type { EstablishmentEvaluation } from '../../../evaluation/types.js';
import { programmeToJson } from '../../../programme/json.js';
import { exampleData } from '../../example/index.js';
import { declarationsToCsv, establishmentsToCsv } from '../../io/write-csv.js';
import { buildReport } from '../../report/model.js';
import type { CommandContext } from '../context.js';
import { emit, printProblems, say, unwritable } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { refuse } from '../refuse.js';
import { REPORT_FORMATS, reportChunks } from '../render.js';
import { csvDialectOption } from './evaluate.js';
import { asOfOption, positionals } from './shared.js';

/**
 * Options of `palier demo`.
 *
 * @category Command line
 */
export const DEMO_OPTIONS = {
  format: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  export: { type: 'string' },
  'csv-dialect': { type: 'string' },
} as const;

/**
 * The demo's fixed evaluation date, so its output never changes (`--as-of` overrides it).
 *
 * @category Command line
 */
export const DEMO_AS_OF = '2022-01-31';

/**
 * `palier demo`: evaluates the bundled example data (a fictional GHT, three periods, HOP'EN with a labelled
 * example override) and prints a real report; `--export <dir>` writes the example inputs as files
 * (`declarations.csv`, `establishments.csv`, `programme.json`) to try `palier evaluate` on.
 *
 * @example
 * ```ts
 * await demoCommand(ctx); // the report on standard output
 * ```
 *
 * @category Command line
 */
export async function demoCommand(ctx: CommandContext): Promise<ExitCode> {
  const none = positionals(ctx, []);
  const format = formatOption(ctx, REPORT_FORMATS, 'table');
  const asOfs = asOfOption(ctx, () => DEMO_AS_OF);
  const dialect = csvDialectOption(ctx);
  if (!none.ok || !format.ok || !asOfs.ok || !dialect.ok)
    return refuse(
      ctx,
      'demo',
      [none, format, asOfs, dialect].flatMap((r) => r.issues),
    );
  const asOf = asOfs.value;
  const data = exampleData();
  const dir = ctx.args.values.export;
  if (typeof dir === 'string') {
    const files: readonly (readonly [string, string])[] = [
      [`${dir}/declarations.csv`, declarationsToCsv(data.declarations)],
      [`${dir}/establishments.csv`, establishmentsToCsv(data.establishments)],
      [`${dir}/programme.json`, `${programmeToJson(data.programme)}\n`],
    ];
    for (const [file, content] of files) {
      try {
        await ctx.io.writeFile(file, content);
      } catch (error) {
        printProblems(ctx, [unwritable(file, error)], 1);
        return EXIT.io;
      }
    }
    ctx.io.stderr.write(
      `${say(ctx, `Données d’exemple écrites dans ${dir}/ ; essayez : palier evaluate ${dir}/declarations.csv --establishments ${dir}/establishments.csv --programme ${dir}/programme.json --as-of ${DEMO_AS_OF}`, `Example data written to ${dir}/; try: palier evaluate ${dir}/declarations.csv --establishments ${dir}/establishments.csv --programme ${dir}/programme.json --as-of ${DEMO_AS_OF}`)}\n`,
    );
    return EXIT.ok;
  }
  const compiled = compileProgramme(data.programme);
  const byFiness = new Map(data.establishments.map((e) => [e.finess, e]));
  const evaluations: EstablishmentEvaluation[] = data.declarations.map((d) =>
    evaluateEstablishment(compiled, byFiness.get(d.finess)!, d, { asOf }),
  );
  const lastPeriod = data.declarations.reduce(
    (p, d) => (d.period.start > p.start ? d.period : p),
    data.declarations[0]!.period,
  );
  const latest = data.declarations.filter((d) => d.period.start === lastPeriod.start);
  const ght = evaluateGht(
    compiled,
    latest.map((declaration) => ({ establishment: byFiness.get(declaration.finess)!, declaration })),
    { asOf, ght: data.ght.code },
  );
  const model = buildReport(evaluations, {
    lang: ctx.lang,
    programme: data.programme,
    asOf,
    establishments: byFiness,
    notes: data.notes,
    ght: {
      code: data.ght.code,
      name: data.ght.name,
      period: lastPeriod,
      lines: explain(ght, { lang: ctx.lang })
        .split('\n')
        .filter((l) => l.trim() !== ''),
    },
  });
  if (
    !(await emit(ctx, await reportChunks(ctx, model, format.value, [], { latestOnly: true }, dialect.value)))
  )
    return EXIT.io;
  return EXIT.ok;
}
