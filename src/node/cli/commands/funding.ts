import type { Label, Lang } from '../../../core/label.js';
import { term } from '../../../core/vocabulary.js';
import type { RegionalProgramming, SelectionReason } from '../../../funding/programming.js';
import { csvCell } from '../../report/csv-out.js';
import { fundingByDomain, programmingFigures } from '../../report/funding.js';
import { formatMoney } from '../../report/labels.js';
import { escapeMarkdown } from '../../report/markdown.js';
import { visible } from '../../report/safe-text.js';
import { textTable } from '../../report/style.js';
import type { CommandContext } from '../context.js';
import { emit } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { refuse } from '../refuse.js';
import { envelopeOption, loadProgramming, orderOption } from './funding-input.js';
import { asOfOption, inputOptions, positionals, programmeOption, refuseProgramme } from './shared.js';

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

type Programming = RegionalProgramming;

function byDomain(p: Programming): [string, string][] {
  return fundingByDomain(p).map((d) => [d.domain, d.amount]);
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
  const totals = programmingFigures(p).map((f) => [f.label[lang], euros(f.amount)]);
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
  const order = orderOption(ctx.args.values.order);
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
  const load = await loadProgramming(ctx, 'funding', {
    file,
    encoding: input.encoding,
    maxProblems: input.maxProblems,
    ...(envelope.value !== undefined ? { envelope: envelope.value } : {}),
    order: order.value,
    programme,
    asOf,
  });
  if (!load.ok) return load.exit;
  if (!(await emit(ctx, render(load.programming, format.value, ctx.lang)))) return EXIT.io;
  return load.exit;
}
