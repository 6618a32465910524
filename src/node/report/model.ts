import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary, LANGS } from '../../core/guards.js';
import type { Label, Lang, MoneyString } from '../../core/label.js';
import type { CalendarDate, Period } from '../../dates/index.js';
import { explain } from '../../evaluation/explain.js';
import { reasonMessage } from '../../evaluation/reasons.js';
import type {
  EstablishmentEvaluation,
  IndicatorStatus,
  LevelStatus,
  RequirementResult,
} from '../../evaluation/types.js';
import type { Programme, RequirementKind } from '../../programme/types.js';
import type { ReadSummary } from '../io/read-result.js';
import type { GhtReach } from './ght-reach.js';
import { LEVEL_STATUS_LABELS } from './labels.js';
import { buildOverview, type Overview } from './overview.js';

/**
 * How many of a group are reached.
 *
 * @category Reports
 */
export interface Tally {
  /** Reached. */
  readonly reached: number;
  /** All. */
  readonly total: number;
}

/**
 * The programme a report applies.
 *
 * @category Reports
 */
export interface ReportProgramme {
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Name in the report's language. */
  readonly name: string;
}

/**
 * The headline counts of a report.
 *
 * @category Reports
 */
export interface ReportSummary {
  /** Evaluations (establishment × period). */
  readonly evaluations: number;
  /** Distinct establishments. */
  readonly establishments: number;
  /** Evaluations whose palier is reached. */
  readonly reached: number;
  /** … not reached. */
  readonly notReached: number;
  /** … unknown. */
  readonly unknown: number;
  /** Indicator results by status, over all evaluations. */
  readonly indicators: Readonly<Record<IndicatorStatus, number>>;
}

/**
 * Funding by domain attached to a report.
 *
 * @category Reports
 */
export interface ReportFunding {
  /** One line per domain. */
  readonly byDomain: readonly DomainFunding[];
  /** Total, decimal string in euros. */
  readonly total: string;
  /** Headline amounts (a simulation's envelope, pools, committed, paid, remaining), when known. */
  readonly figures?: readonly FundingFigure[];
  /** What the figures are (a simulation, its inputs). */
  readonly note: Label;
}

/**
 * One headline amount of the funding attached to a report (*enveloppe, engagé, reste* …).
 *
 * @category Reports
 */
export interface FundingFigure {
  /** What the amount is, in words. */
  readonly label: Label;
  /** Amount in euros, as a decimal string. */
  readonly amount: MoneyString;
}

/**
 * One evaluated establishment × period in a report.
 *
 * @category Reports
 */
export interface ReportRow {
  /** FINESS. */
  readonly finess: string;
  /** Name, when known (from an establishments file or the example data). */
  readonly name?: string;
  /** Period of the declaration. */
  readonly period: Period;
  /** The palier's status. */
  readonly palier: LevelStatus;
  /** Prerequisites and domains keeping the palier from being reached. */
  readonly blockers: readonly string[];
  /** Prerequisites and domains not reached. */
  readonly notReached: readonly string[];
  /** Prerequisites and domains whose status is unknown. */
  readonly unknown: readonly string[];
  /** Prerequisites reached, of all. */
  readonly prerequisites: Tally;
  /** Domains reached, of all. */
  readonly domains: Tally;
  /** Status of each indicator, by code. */
  readonly cells: Readonly<Record<string, IndicatorStatus>>;
  /** Sentences saying what blocks the palier, in the report's language (computed when first read). */
  readonly explanations: readonly string[];
  /** The full evaluation. */
  readonly evaluation: EstablishmentEvaluation;
}

/**
 * How many establishments reach one prerequisite or domain.
 *
 * @category Reports
 */
export interface RequirementReach {
  /** `P1`, `D2` … */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Label. */
  readonly label: Label;
  /** Evaluations where it is reached. */
  readonly reached: number;
  /** … not reached. */
  readonly notReached: number;
  /** … unknown. */
  readonly unknown: number;
  /** All evaluations. */
  readonly total: number;
}

/**
 * Funding of one domain, when a funding simulation is attached to the report.
 *
 * @category Reports
 */
export interface DomainFunding {
  /** Domain code. */
  readonly domain: string;
  /** Amount in euros, as a decimal string. */
  readonly amount: string;
}

/**
 * A GHT's summary, when the report covers one (*synthèse du GHT*).
 *
 * @category Reports
 */
export interface GhtSection {
  /** GHT code. */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** Period the summary covers. */
  readonly period: Period;
  /** The engine's explanation of the GHT evaluation, one line per level. */
  readonly lines: readonly string[];
}

/**
 * Everything a report shows, computed once for every output format.
 *
 * @category Reports
 */
export interface ReportModel {
  /** Language of the sentences. */
  readonly lang: Lang;
  /** Programme applied. */
  readonly programme: ReportProgramme;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Palier counts over the rows. */
  readonly summary: ReportSummary;
  /** Rows, ordered by FINESS then period. */
  readonly rows: readonly ReportRow[];
  /** Indicator codes (the text report's map columns), in programme order. */
  readonly indicatorCodes: readonly string[];
  /** Label of each indicator of the programme, by code. */
  readonly indicatorLabels: ReadonlyMap<string, Label>;
  /** Reach per prerequisite and domain, in programme order. */
  readonly reach: readonly RequirementReach[];
  /** Funding by domain, when available. */
  readonly funding?: ReportFunding;
  /** Input counts, when the evaluations came from a file. */
  readonly input?: ReadSummary;
  /** GHT summary, when the report covers a GHT. */
  readonly ght?: GhtSection;
  /** Reach of each GHT the establishments carry (who blocks), when they carry GHT membership. */
  readonly ghts?: readonly GhtReach[];
  /** Notes to show under the title (example data, overrides applied …). */
  readonly notes: readonly Label[];
  /**
   * The steering overview (dashboards by region, ARS, status, category, activity and GHT; trend; reference
   * figures), computed when first read: only the HTML report shows it.
   */
  readonly overview: Overview;
  /** Establishments given, by FINESS (names, and region, status, GHT for the overview). */
  readonly establishments: ReadonlyMap<string, ReportEstablishment>;
}

/**
 * What a report knows of an establishment: at least its name; the overview places the establishments that
 * come with their FINESS (region, status, category, activities, GHT).
 *
 * @category Reports
 */
export type ReportEstablishment = Pick<Establishment, 'name'> & Partial<Establishment>;

/**
 * What {@link buildReport} needs besides the evaluations.
 *
 * @category Reports
 */
export interface ReportOptions {
  /** Language. */
  readonly lang: Lang;
  /** Programme applied (for labels and order). */
  readonly programme: Programme;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Establishments by FINESS: names, and for the overview their region, status, category, activities, GHT. */
  readonly establishments?: ReadonlyMap<string, ReportEstablishment>;
  /** Input counts. */
  readonly input?: ReadSummary;
  /** Funding by domain. */
  readonly funding?: ReportFunding;
  /** GHT summary. */
  readonly ght?: GhtSection;
  /** Reach of each GHT (see `ghtReach`). */
  readonly ghts?: readonly GhtReach[];
  /** Notes. */
  readonly notes?: readonly Label[];
  /** Sentences explaining one evaluation (defaults to palier's own wording of the blockers). */
  readonly explain?: (evaluation: EstablishmentEvaluation, lang: Lang) => readonly string[];
}

/**
 * Computes what every report format shows from a list of evaluations: the summary, one row per evaluation with
 * its blockers explained, each indicator's status and the reach of each prerequisite and domain; the HTML report's
 * overview (`overview`) is computed when first read.
 *
 * @example
 * ```ts
 * const model = buildReport(evaluations, { lang: 'fr', programme: hopen, asOf: '2021-12-31' });
 * model.summary.reached; // 3
 * ```
 *
 * @category Reports
 */
export function buildReport(
  evaluations: readonly EstablishmentEvaluation[],
  options: ReportOptions,
): ReportModel {
  const args: Arguments = { evaluations: [evaluations, 'list'], options: [options, 'object'] };
  return atBoundary('buildReport', args, () => {
    const { lang, programme } = options;
    const explainOne = options.explain ?? defaultExplain;
    const sorted = [...evaluations].sort(
      (a, b) =>
        cmp(a.finess, b.finess) || cmp(a.period.start, b.period.start) || cmp(a.period.end, b.period.end),
    );
    const indicators = emptyCounts();
    const rows = sorted.map((evaluation): ReportRow => {
      const cells: Record<string, IndicatorStatus> = {};
      const levels = [...evaluation.prerequisites, ...evaluation.domains];
      for (const req of levels) {
        for (const ind of req.indicators) {
          cells[ind.code] = ind.status;
          indicators[ind.status]++;
        }
      }
      const name = options.establishments?.get(evaluation.finess)?.name;
      return withLazyExplanations(
        {
          finess: evaluation.finess,
          ...(name !== undefined ? { name } : {}),
          period: evaluation.period,
          palier: evaluation.palier.status,
          blockers: evaluation.palier.blockers,
          notReached: levels.filter((r) => r.status === 'not-reached').map((r) => r.code),
          unknown: levels.filter((r) => r.status === 'unknown').map((r) => r.code),
          prerequisites: countReached(evaluation.prerequisites),
          domains: countReached(evaluation.domains),
          cells,
          evaluation,
        },
        () => explainOne(evaluation, lang),
      );
    });
    const requirements = [...programme.prerequisites, ...programme.domains];
    const known = requirements.flatMap((r) => r.indicators.map((i) => i.code));
    const seen = new Set(known);
    const extra: string[] = [];
    for (const row of rows) {
      for (const code of Object.keys(row.cells)) {
        if (seen.has(code)) continue;
        seen.add(code);
        extra.push(code);
      }
    }
    const tallies = reachTallies(
      rows,
      requirements.map((r) => r.code),
    );
    const reach = requirements.map(
      (req): RequirementReach => ({
        code: req.code,
        kind: req.kind,
        label: req.label,
        ...tallies.get(req.code)!,
        total: rows.length,
      }),
    );
    const establishments = options.establishments ?? new Map<string, ReportEstablishment>();
    const model: Omit<ReportModel, 'overview'> = {
      lang,
      programme: { id: programme.id, version: programme.version, name: programme.name[lang] },
      asOf: options.asOf,
      summary: {
        evaluations: rows.length,
        establishments: new Set(rows.map((r) => r.finess)).size,
        reached: rows.filter((r) => r.palier === 'reached').length,
        notReached: rows.filter((r) => r.palier === 'not-reached').length,
        unknown: rows.filter((r) => r.palier === 'unknown').length,
        indicators,
      },
      rows,
      indicatorCodes: [...known, ...extra],
      indicatorLabels: new Map(
        requirements.flatMap((r) => r.indicators.map((i) => [i.code, i.label] as const)),
      ),
      reach,
      ...(options.funding !== undefined ? { funding: options.funding } : {}),
      ...(options.input !== undefined ? { input: options.input } : {}),
      ...(options.ght !== undefined ? { ght: options.ght } : {}),
      ...(options.ghts !== undefined && options.ghts.length > 0 ? { ghts: options.ghts } : {}),
      notes: options.notes ?? [],
      establishments,
    };
    let overview: Overview | undefined;
    return Object.defineProperty(model, 'overview', {
      enumerable: false,
      get: () => {
        overview ??= buildOverview(evaluations, placed(establishments), {
          programme,
          asOf: options.asOf,
          ...(options.funding !== undefined ? { fundingByDomain: options.funding.byDomain } : {}),
        });
        return overview;
      },
    }) as ReportModel;
  });
}

/** The establishments given in full (with their FINESS): the ones the overview can place. */
function placed(establishments: ReadonlyMap<string, ReportEstablishment>): Establishment[] {
  const out: Establishment[] = [];
  for (const e of establishments.values())
    if (e.finess !== undefined && e.level !== undefined) out.push(e as Establishment);
  return out;
}

/**
 * palier's default explanation of one evaluation, in the engine's words (`explain`): the palier line, then each
 * prerequisite or domain held back by indicators with those indicators, then — on one line per reason — the
 * prerequisites and domains held back only by the catalogue (no indicator, or completeness unknown).
 *
 * @example
 * ```ts
 * defaultExplain(evaluation, 'en');
 * // ['630990026 (2021-10-01 – 2021-12-31) — Palier — not reached: …', '  D3 — not reached: …', '    D3.5 — not met: …', …]
 * ```
 *
 * @category Reports
 */
export function defaultExplain(evaluation: EstablishmentEvaluation, lang: Lang): readonly string[] {
  const args: Arguments = { evaluation: [evaluation, 'object'], lang: [lang, LANGS] };
  return atBoundary('defaultExplain', args, () => {
    const lines = [explain(evaluation, { lang }).split('\n')[0] ?? ''];
    const byReason = new Map<string, { status: LevelStatus; codes: string[] }>();
    for (const req of [...evaluation.prerequisites, ...evaluation.domains]) {
      if (req.status === 'reached') continue;
      if (req.blockers.length === 0) {
        const key = `${req.status} ${req.reason}`;
        const group = byReason.get(key) ?? { status: req.status, codes: [] };
        group.codes.push(req.code);
        byReason.set(key, group);
        continue;
      }
      lines.push(`  ${explain(req, { lang })}`);
      for (const ind of req.indicators)
        if (req.blockers.includes(ind.code)) lines.push(`    ${explain(ind, { lang })}`);
    }
    for (const [key, group] of byReason) {
      const reason = key.slice(key.indexOf(' ') + 1);
      lines.push(
        `  ${group.codes.join(', ')} — ${LEVEL_STATUS_LABELS[group.status][lang]}${lang === 'fr' ? ' : ' : ': '}${reasonMessage(reason, lang)}`,
      );
    }
    return lines;
  });
}

/** Adds `explanations`, computed on first read only: bulk reports put few of them into words. */
function withLazyExplanations(
  row: Omit<ReportRow, 'explanations'>,
  compute: () => readonly string[],
): ReportRow {
  let cached: readonly string[] | undefined;
  return Object.defineProperty(row, 'explanations', {
    enumerable: true,
    get: () => {
      cached ??= compute();
      return cached;
    },
  }) as ReportRow;
}

/** Per requirement code, how many rows reach it, do not, or cannot say (the first result with that code in
 * each row, prerequisites then domains), in one pass over the rows. */
function reachTallies(
  rows: readonly ReportRow[],
  codes: readonly string[],
): Map<string, { reached: number; notReached: number; unknown: number }> {
  const tallies = new Map(codes.map((c) => [c, { reached: 0, notReached: 0, unknown: 0 }]));
  const seen = new Set<string>();
  for (const row of rows) {
    seen.clear();
    for (const group of [row.evaluation.prerequisites, row.evaluation.domains]) {
      for (const result of group) {
        const counts = tallies.get(result.code);
        if (counts === undefined || seen.has(result.code)) continue;
        seen.add(result.code);
        if (result.status === 'reached') counts.reached++;
        else if (result.status === 'not-reached') counts.notReached++;
        else counts.unknown++;
      }
    }
  }
  return tallies;
}

function countReached(results: readonly RequirementResult[]): Tally {
  return { reached: results.filter((r) => r.status === 'reached').length, total: results.length };
}

function emptyCounts(): Record<IndicatorStatus, number> {
  return { met: 0, 'not-met': 0, 'not-applicable': 0, missing: 0, unknown: 0, invalid: 0 };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
