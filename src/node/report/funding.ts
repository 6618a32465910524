import { type Arguments, atBoundary } from '../../core/guards.js';
import type { Label, Lang } from '../../core/label.js';
import type { RegionalProgramming } from '../../funding/programming.js';
import { sumMoney } from '../../money/arithmetic.js';
import { money } from '../../money/money.js';
import { formatDate, formatMoney } from './labels.js';
import type { DomainFunding, FundingFigure, ReportFunding } from './model.js';

/**
 * The selected forfaits of a regional programming summed by domain (*forfaits retenus par domaine*), domains
 * in code order; amounts are decimal strings in euros, summed exactly.
 *
 * @example
 * ```ts
 * fundingByDomain(programming); // [{ domain: 'D2', amount: '300000.00' }, { domain: 'D3', amount: '150000.00' }]
 * ```
 *
 * @category Reports
 */
export function fundingByDomain(programming: RegionalProgramming): DomainFunding[] {
  const domains = [...new Set(programming.decisions.map((d) => d.domain))].sort();
  return domains.map((domain) => ({
    domain,
    amount: sumMoney(
      programming.decisions.filter((d) => d.domain === domain && d.selected).map((d) => money(d.forfait)),
    ).toString(),
  }));
}

/**
 * The headline amounts of a regional programming, in words: envelope, amorçage and usage pools, committed,
 * paid as of its date, remaining (*enveloppe, part amorçage, part usage, engagé, versé, reste*).
 *
 * @example
 * ```ts
 * programmingFigures(programming)[0]; // { label: { fr: 'Enveloppe', en: 'Envelope' }, amount: '1000000.00' }
 * ```
 *
 * @category Reports
 */
export function programmingFigures(programming: RegionalProgramming): FundingFigure[] {
  const p = programming;
  return [
    { label: { fr: 'Enveloppe', en: 'Envelope' }, amount: p.envelope },
    { label: { fr: 'Part amorçage', en: 'Amorçage pool' }, amount: p.amorcagePool },
    { label: { fr: 'Part usage', en: 'Usage pool' }, amount: p.usagePool },
    { label: { fr: 'Engagé', en: 'Committed' }, amount: p.committed },
    {
      label: { fr: `Versé au ${formatDate(p.asOf, 'fr')}`, en: `Paid as of ${formatDate(p.asOf, 'en')}` },
      amount: p.paid,
    },
    { label: { fr: 'Reste', en: 'Remaining' }, amount: p.remaining },
  ];
}

/**
 * Where a simulated programming comes from, for the note under its figures.
 *
 * @category Reports
 */
export interface ProgrammingSource {
  /** The candidates file. */
  readonly file: string;
  /** Candidates read from it, valid or not. */
  readonly read: number;
  /** Candidates rejected (reported with their path). */
  readonly rejected: number;
}

const ORDERS: Readonly<Record<RegionalProgramming['policy']['order'], Label>> = {
  'readiness-first': { fr: 'les plus avancés d’abord', en: 'readiness first' },
  'input-order': { fr: 'dans l’ordre du fichier', en: 'in file order' },
};

/**
 * A regional programming (`programmeRegion`) as the funding of a report: the selected forfaits by domain, their
 * total, the programming's headline amounts and a note saying what the figures are — every amount comes from
 * the candidates file (palier invents none).
 *
 * @example
 * ```ts
 * const funding = reportFunding(programming, { file: 'candidats.json', read: 3, rejected: 0 });
 * buildReport(evaluations, { lang: 'fr', programme: hopen, asOf: '2022-01-31', funding });
 * ```
 *
 * @category Reports
 */
export function reportFunding(programming: RegionalProgramming, source: ProgrammingSource): ReportFunding {
  const args: Arguments = { programming: [programming, 'object'], source: [source, 'object'] };
  return atBoundary('reportFunding', args, () => fundingOf(programming, source));
}

function fundingOf(programming: RegionalProgramming, source: ProgrammingSource): ReportFunding {
  const byDomain = fundingByDomain(programming);
  const total = sumMoney(byDomain.map((d) => money(d.amount))).toString();
  const order = ORDERS[programming.policy.order];
  const rejected = (lang: Lang) =>
    source.rejected === 0
      ? ''
      : lang === 'fr'
        ? `, rejetés : ${source.rejected}`
        : `, rejected: ${source.rejected}`;
  return {
    byDomain,
    total,
    figures: programmingFigures(programming),
    note: {
      fr: `Simulation de la programmation régionale de la région ${programming.region} au ${formatDate(programming.asOf, 'fr')}, ${order.fr} (fichier ${source.file} ; candidats lus : ${source.read}${rejected('fr')}) : forfaits retenus par domaine. Tous les montants viennent du fichier ; palier n’en invente aucun.`,
      en: `Simulated regional programming of region ${programming.region} as of ${formatDate(programming.asOf, 'en')}, ${order.en} (file ${source.file}; candidates read: ${source.read}${rejected('en')}): selected forfaits by domain. Every amount comes from the file; palier invents none.`,
    },
  };
}

/**
 * The headline amounts of a report's funding as rows of words and money in the language (empty without them).
 *
 * @example
 * ```ts
 * fundingFigureRows(model.funding, 'fr'); // [['Enveloppe', '1 000 000,00 €'], …]
 * ```
 *
 * @category Reports
 */
export function fundingFigureRows(funding: ReportFunding, lang: Lang): [string, string][] {
  return (funding.figures ?? []).map((f) => [f.label[lang], formatMoney(f.amount, lang)]);
}
