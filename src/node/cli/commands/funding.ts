import type { Label, Lang, MoneyString } from '../../../core/label.js';
import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import { term } from '../../../core/vocabulary.js';
import { programmeRegion, type SelectionReason } from '../../../funding/programming.js';
import { sumMoney } from '../../../money/arithmetic.js';
import { money } from '../../../money/money.js';
import { MoneyStringSchema, parseCandidatesFile } from '../../../schemas/funding.js';
import { csvCell } from '../../report/csv-out.js';
import { formatDate, formatMoney } from '../../report/labels.js';
import { escapeMarkdown } from '../../report/markdown.js';
import { visible } from '../../report/safe-text.js';
import { textTable } from '../../report/style.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { emit, printProblems } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { readText } from '../read-input.js';
import { asOfOption, inputOptions, positionals, programmeOption, refuse, refuseProgramme } from './shared.js';

/**
 * Options of `palier funding`.
 *
 * @category Command line
 */
export const FUNDING_OPTIONS = {
  envelope: { type: 'string' },
  programme: { type: 'string' },
  order: { type: 'string' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  encoding: { type: 'string' },
  'max-problems': { type: 'string' },
} as const;

type Programming = Extract<ReturnType<typeof programmeRegion>, { ok: true }>['value'];

function byDomain(p: Programming): [string, string][] {
  const domains = [...new Set(p.decisions.map((d) => d.domain))].sort();
  return domains.map((domain) => [
    domain,
    sumMoney(
      p.decisions.filter((d) => d.domain === domain && d.selected).map((d) => money(d.forfait)),
    ).toString(),
  ]);
}

/** Why a (candidate, domain) was selected or not, in words. */
const REASONS: Readonly<Record<SelectionReason, Label>> = {
  selected: { fr: 'retenu', en: 'selected' },
  'selected-on-redistribution': { fr: 'retenu à la redistribution', en: 'selected on redistribution' },
  'prerequisites-required': { fr: 'prérequis non atteints', en: 'prerequisites required' },
  'usage-pool-exhausted': { fr: 'part usage épuisée', en: 'usage pool exhausted' },
  'amorcage-pool-exhausted': { fr: 'part amorçage épuisée', en: 'amorçage pool exhausted' },
  'group-share-exhausted': { fr: 'part du groupe de statut épuisée', en: 'status group share exhausted' },
  'max-per-establishment': {
    fr: 'plafond par établissement atteint',
    en: 'maximum per establishment reached',
  },
};

/** Column headers of the decisions table, in words (the CSV export keeps the identifiers). */
const HEADERS: readonly Label[] = [
  { fr: 'Candidat', en: 'Candidate' },
  { fr: 'FINESS', en: 'FINESS' },
  { fr: 'Domaine', en: 'Domain' },
  { fr: 'Groupe de statut', en: 'Status group' },
  { fr: 'Retenu', en: 'Selected' },
  { fr: 'Motif', en: 'Reason' },
  { fr: 'Forfait', en: 'Forfait' },
  { fr: 'Amorçage', en: 'Amorçage' },
  { fr: 'Versé', en: 'Paid' },
];

function render(p: Programming, format: 'table' | 'json' | 'csv' | 'md', lang: Lang): string {
  if (format === 'json')
    return `${JSON.stringify({ ...p, byDomain: Object.fromEntries(byDomain(p)) }, null, 2)}\n`;
  if (format === 'csv') {
    const head = [
      'candidate',
      'finess',
      'domain',
      'group',
      'selected',
      'reason',
      'forfait',
      'amorcage',
      'paid',
    ];
    const rows = p.decisions.map((d) => [
      d.candidate,
      d.finess,
      d.domain,
      d.group,
      d.selected ? 'yes' : 'no',
      d.reason,
      d.forfait,
      d.amorcage,
      d.paid,
    ]);
    return `${[head.join(','), ...rows.map((r) => r.map((c) => csvCell(c)).join(','))].join('\r\n')}\r\n`;
  }
  const fr = lang === 'fr';
  const euros = (amount: string) => formatMoney(amount, lang);
  const head = HEADERS.map((h) => h[lang]);
  const rows = p.decisions.map((d) => [
    d.candidate,
    d.finess,
    d.domain,
    d.group === 'espic' ? 'ESPIC' : term(d.group, lang),
    term(d.selected ? 'yes' : 'no', lang),
    REASONS[d.reason][lang],
    euros(d.forfait),
    euros(d.amorcage),
    euros(d.paid),
  ]);
  const totals = [
    [fr ? 'Enveloppe' : 'Envelope', euros(p.envelope)],
    [fr ? 'Part amorçage' : 'Amorçage pool', euros(p.amorcagePool)],
    [fr ? 'Part usage' : 'Usage pool', euros(p.usagePool)],
    [fr ? 'Engagé' : 'Committed', euros(p.committed)],
    [fr ? `Versé au ${formatDate(p.asOf, lang)}` : `Paid as of ${formatDate(p.asOf, lang)}`, euros(p.paid)],
    [fr ? 'Reste' : 'Remaining', euros(p.remaining)],
  ];
  const domains = byDomain(p).map(([domain, amount]) => [domain, euros(amount)]);
  const title = `${fr ? 'Programmation régionale' : 'Regional programming'} — ${p.region}`;
  const domainHead = [fr ? 'Domaine' : 'Domain', fr ? 'Forfaits retenus' : 'Selected forfaits'];
  const amountHead = ['', fr ? 'Montant' : 'Amount'];
  if (format === 'md') {
    const table = (h: string[], r: string[][]) => [
      `| ${h.join(' | ')} |`,
      `| ${h.map(() => '---').join(' | ')} |`,
      ...r.map((x) => `| ${x.map(escapeMarkdown).join(' | ')} |`),
    ];
    return `${[`# ${escapeMarkdown(title)}`, '', ...table(amountHead, totals), '', ...table(domainHead, domains), '', ...table(head, rows)].join('\n')}\n`;
  }
  // terminal text: values from the candidates file are shown with their control characters escaped
  return visible(
    `${[
      title,
      ...textTable(amountHead, totals, ['left', 'right']),
      '',
      ...textTable(domainHead, domains, ['left', 'right']),
      '',
      ...textTable(head, rows, ['left', 'left', 'left', 'left', 'left', 'left', 'right', 'right', 'right']),
    ].join('\n')}\n`,
  );
}

/** Reads `--envelope`: an amount in euros (`12000000.00`), `undefined` when absent. */
function envelopeOption(raw: string | boolean | undefined): Result<MoneyString | undefined> {
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
 * `palier funding <candidates.json>`: simulates the programming of a regional envelope (*programmation
 * régionale*) over a candidates file (region, envelope, candidates with their forfaits — amounts you supply:
 * palier invents none), with the programme's amorçage share; prints pools, committed, paid, remaining, funding
 * by domain and every decision with its reason.
 *
 * @example
 * ```ts
 * await fundingCommand(ctx); // palier funding candidats.json --envelope 12000000.00
 * ```
 *
 * @category Command line
 */
export async function fundingCommand(ctx: CommandContext): Promise<ExitCode> {
  const files = positionals(ctx, [{ fr: 'fichier de candidats', en: 'candidates file' }]);
  const format = formatOption(ctx, ['table', 'json', 'csv', 'md'] as const, 'table');
  const order = oneOf(
    ctx.args.values.order,
    ['readiness-first', 'input-order'] as const,
    'readiness-first',
    '--order',
  );
  const inputs = inputOptions(ctx);
  const asOfs = asOfOption(ctx, ctx.io.today);
  const envelope = envelopeOption(ctx.args.values.envelope);
  const options = [files, format, order, inputs, asOfs, envelope];
  if (!files.ok || !format.ok || !order.ok || !inputs.ok || !asOfs.ok || !envelope.ok)
    return refuse(
      ctx,
      'funding',
      options.flatMap((r) => r.issues),
    );
  const file = files.value[0]!;
  const input = inputs.value;
  const asOf = asOfs.value;
  const programmes = await programmeOption(ctx);
  if (!programmes.ok) return refuseProgramme(ctx, 'funding', programmes.issues, input.maxProblems);
  const programme = programmes.value;
  const text = await readText(ctx.io, file, input.encoding);
  if (!text.ok) {
    printProblems(ctx, [text.problem], input.maxProblems);
    return text.kind === 'io' ? EXIT.io : EXIT.invalidInput;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    printProblems(ctx, [{ location: { file: text.file }, issue: issue('invalid-json', { detail }) }], 1);
    return EXIT.invalidInput;
  }
  const parsed = parseCandidatesFile(json);
  const problems = parsed.issues.map((issue) => ({ location: { file: text.file, path: issue.path }, issue }));
  printProblems(ctx, problems, input.maxProblems);
  if (!parsed.ok) return EXIT.invalidInput;
  const amount = envelope.value ?? parsed.value.envelope;
  if (amount === undefined)
    return refuse(ctx, 'funding', [
      issue('cli-invalid-option', {
        option: '--envelope',
        reason: {
          fr: 'enveloppe inconnue : donnez --envelope ou « envelope » dans le fichier',
          en: 'unknown envelope: give --envelope or "envelope" in the file',
        },
      }),
    ]);
  const share = programme.funding.amorcageShare;
  if (share === undefined)
    return refuse(ctx, 'funding', [
      issue('cli-invalid-option', {
        option: '--programme',
        reason: {
          fr: `part d'amorçage inconnue pour le programme ${programme.id}`,
          en: `unknown amorçage share for programme ${programme.id}`,
        },
      }),
    ]);
  const result = programmeRegion({
    region: parsed.value.region,
    envelope: amount,
    amorcageShare: share.value,
    candidates: parsed.value.candidates,
    policy: { order: order.value },
    asOf,
  });
  if (!result.ok) {
    printProblems(
      ctx,
      result.issues.map((issue) => ({ location: { file: text.file, path: issue.path }, issue })),
      input.maxProblems,
    );
    return EXIT.invalidInput;
  }
  if (!(await emit(ctx, render(result.value, format.value, ctx.lang)))) return EXIT.io;
  return problems.some((p) => p.issue.severity !== 'warning') ? EXIT.invalidInput : EXIT.ok;
}
