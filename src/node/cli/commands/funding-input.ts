import type { MoneyString } from '../../../core/label.js';
import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { CalendarDate } from '../../../dates/index.js';
import { programmeRegion, type RegionalProgramming } from '../../../funding/programming.js';
import type { Programme } from '../../../programme/types.js';
import { MoneyStringSchema, parseCandidatesFile } from '../../../schemas/funding.js';
import type { InputEncoding } from '../../io/decode.js';
import type { ProgrammingSource } from '../../report/funding.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { printProblems } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { readText } from '../read-input.js';
import { refuse } from '../refuse.js';

/**
 * Selection orders of a regional programming (`--order`).
 *
 * @category Command line
 */
export const FUNDING_ORDERS = ['readiness-first', 'input-order'] as const;

/**
 * Reads `--envelope`: an amount in euros (`12000000.00`), `undefined` when absent.
 *
 * @example
 * ```ts
 * envelopeOption('12000000.00'); // ok('12000000.00')
 * envelopeOption('12 M'); // fail(cli-invalid-option)
 * ```
 *
 * @category Command line
 */
export function envelopeOption(raw: string | boolean | undefined): Result<MoneyString | undefined> {
  if (raw === undefined) return ok(undefined);
  const parsed = MoneyStringSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(
    issue('cli-invalid-option', {
      option: '--envelope',
      reason: {
        fr: `attend un montant en euros, ex. 12000000.00 ; reçu « ${String(raw)} »`,
        en: `expects an amount in euros, e.g. 12000000.00; received "${String(raw)}"`,
      },
    }),
  );
}

/**
 * Reads `--order`: `readiness-first` (default) or `input-order`.
 *
 * @example
 * ```ts
 * orderOption(undefined); // ok('readiness-first')
 * ```
 *
 * @category Command line
 */
export function orderOption(raw: string | boolean | undefined): Result<(typeof FUNDING_ORDERS)[number]> {
  return oneOf(raw, FUNDING_ORDERS, 'readiness-first', '--order');
}

/**
 * What {@link loadProgramming} simulates.
 *
 * @category Command line
 */
export interface ProgrammingRequest {
  /** The candidates file (`palier schema candidatesFile`). */
  readonly file: string;
  /** Its text encoding. */
  readonly encoding: InputEncoding;
  /** Problems to print (0 = all). */
  readonly maxProblems: number;
  /** `--envelope`, overriding the file's. */
  readonly envelope?: MoneyString;
  /** Selection order. */
  readonly order: (typeof FUNDING_ORDERS)[number];
  /** Programme (its amorçage share). */
  readonly programme: Programme;
  /** Date of the simulation (what is paid by then). */
  readonly asOf: CalendarDate;
}

/**
 * A regional programming simulated from a candidates file, or the exit code of its failure (already reported).
 *
 * @category Command line
 */
export type ProgrammingLoad =
  | {
      readonly ok: true;
      /** The simulation. */
      readonly programming: RegionalProgramming;
      /** The file, its candidates read and rejected. */
      readonly source: ProgrammingSource;
      /** `ok`, or `invalidInput` when candidates were rejected (the valid ones were simulated). */
      readonly exit: ExitCode;
    }
  | { readonly ok: false; readonly exit: ExitCode };

/**
 * Reads a candidates file and simulates its regional programming (`programmeRegion`) with the programme's
 * amorçage share — the one reader of `palier funding` and `palier evaluate --funding`. Every problem is printed
 * on standard error, located in the file (`candidates[3].domains[0].forfait`); an invalid candidate is left out
 * and reported, the others simulated. A file that cannot be read → exit 4; not JSON, not a candidates file, or
 * a simulation refused → 3; no envelope or no amorçage share → 2 (an option is missing).
 *
 * @example
 * ```ts
 * const load = await loadProgramming(ctx, 'funding', { file: 'candidats.json', encoding: 'auto', maxProblems: 50,
 *   order: 'readiness-first', programme: hopen, asOf: '2022-01-31' });
 * if (!load.ok) return load.exit;
 * ```
 *
 * @category Command line
 */
export async function loadProgramming(
  ctx: CommandContext,
  command: string,
  request: ProgrammingRequest,
): Promise<ProgrammingLoad> {
  const text = await readText(ctx.io, request.file, request.encoding);
  if (!text.ok) {
    printProblems(ctx, [text.problem], request.maxProblems);
    return { ok: false, exit: text.kind === 'io' ? EXIT.io : EXIT.invalidInput };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    printProblems(ctx, [{ location: { file: text.file }, issue: issue('invalid-json', { detail }) }], 1);
    return { ok: false, exit: EXIT.invalidInput };
  }
  const parsed = parseCandidatesFile(json);
  const problems = parsed.issues.map((found) => ({
    location: { file: text.file, path: found.path },
    issue: found,
  }));
  printProblems(ctx, problems, request.maxProblems);
  if (!parsed.ok) return { ok: false, exit: EXIT.invalidInput };
  const envelope = request.envelope ?? parsed.value.envelope;
  if (envelope === undefined)
    return {
      ok: false,
      exit: refuse(ctx, command, [
        issue('cli-invalid-option', {
          option: '--envelope',
          reason: {
            fr: 'enveloppe inconnue : donnez --envelope ou « envelope » dans le fichier',
            en: 'unknown envelope: give --envelope or "envelope" in the file',
          },
        }),
      ]),
    };
  const share = request.programme.funding.amorcageShare;
  if (share === undefined)
    return {
      ok: false,
      exit: refuse(ctx, command, [
        issue('cli-invalid-option', {
          option: '--programme',
          reason: {
            fr: `part d'amorçage inconnue pour le programme ${request.programme.id}`,
            en: `unknown amorçage share for programme ${request.programme.id}`,
          },
        }),
      ]),
    };
  const result = programmeRegion({
    region: parsed.value.region,
    envelope,
    amorcageShare: share.value,
    candidates: parsed.value.candidates,
    policy: { order: request.order },
    asOf: request.asOf,
  });
  if (!result.ok) {
    printProblems(
      ctx,
      result.issues.map((found) => ({ location: { file: text.file, path: found.path }, issue: found })),
      request.maxProblems,
    );
    return { ok: false, exit: EXIT.invalidInput };
  }
  // the file's shape was checked: `candidates` is a list, each entry valid (kept) or rejected (reported)
  const read = (json as { readonly candidates: readonly unknown[] }).candidates.length;
  const rejected = read - parsed.value.candidates.length;
  const invalid = problems.some((p) => p.issue.severity !== 'warning');
  return {
    ok: true,
    programming: result.value,
    source: { file: text.file, read, rejected },
    exit: invalid ? EXIT.invalidInput : EXIT.ok,
  };
}

/**
 * `palier evaluate --funding <candidates.json>` and its `--envelope`, `--order`, checked.
 *
 * @category Command line
 */
export interface FundingOptions {
  /** The candidates file. */
  readonly file: string;
  /** `--envelope`, when given. */
  readonly envelope?: MoneyString;
  /** Selection order. */
  readonly order: (typeof FUNDING_ORDERS)[number];
}

/**
 * Reads `--funding`, `--envelope` and `--order` of `palier evaluate`: `undefined` without `--funding`. The
 * funding is shown by the reports (table, md, json, html), so it is refused with `--group-by` and with
 * `--format csv` (one row per indicator: no place for it), and `--envelope`, `--order` without `--funding` —
 * never silently dropped.
 *
 * @example
 * ```ts
 * fundingOptions(ctx, 'html'); // palier evaluate d.csv --funding candidats.json → ok({ file: 'candidats.json', order: 'readiness-first' })
 * ```
 *
 * @category Command line
 */
export function fundingOptions(
  ctx: CommandContext,
  format: string | undefined,
): Result<FundingOptions | undefined> {
  const v = ctx.args.values;
  const envelope = envelopeOption(v.envelope);
  const order = orderOption(v.order);
  if (!envelope.ok || !order.ok) return fail([...envelope.issues, ...order.issues]);
  const refused = (option: string, reason: { fr: string; en: string }) =>
    fail(issue('cli-invalid-option', { option, reason }));
  if (typeof v.funding !== 'string') {
    const alone = v.envelope !== undefined ? '--envelope' : v.order !== undefined ? '--order' : undefined;
    return alone === undefined
      ? ok(undefined)
      : refused(alone, {
          fr: 'ne s’emploie qu’avec --funding <candidats.json>',
          en: 'is only used with --funding <candidates.json>',
        });
  }
  if (v['group-by'] !== undefined)
    return refused('--funding', {
      fr: 's’écrit dans le rapport, pas dans la table --group-by',
      en: 'is written in the report, not in the --group-by table',
    });
  if (format === 'csv')
    return refused('--funding', {
      fr: 's’écrit en table, md, json ou html (le CSV a une ligne par indicateur)',
      en: 'is written as table, md, json or html (the CSV has one row per indicator)',
    });
  return ok({
    file: v.funding,
    ...(envelope.value !== undefined ? { envelope: envelope.value } : {}),
    order: order.value,
  });
}
