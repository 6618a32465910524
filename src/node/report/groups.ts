import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary, LANGS } from '../../core/guards.js';
import type { Label, Lang } from '../../core/label.js';
import { term } from '../../core/vocabulary.js';
import { aggregateEvaluations } from '../../dashboards/aggregate.js';
import type { DashboardProgramme } from '../../dashboards/levels.js';
import type { DashboardLevel, DashboardRow, Dimension } from '../../dashboards/types.js';
import { NATIONAL_KEY, NONE_KEY, UNASSIGNED_KEY } from '../../dashboards/types.js';
import type { CalendarDate } from '../../dates/index.js';
import type { EstablishmentEvaluation } from '../../evaluation/types.js';
import { CSV_DIALECTS, type CsvDialect, csvHead, csvLine } from './csv-out.js';
import { countOf, formatDate, formatNumber } from './labels.js';
import { escapeMarkdown } from './markdown.js';
import { visible } from './safe-text.js';
import type { Style } from './style.js';
import { fitTable, PLAIN } from './style.js';

/**
 * The dimensions `palier evaluate --group-by` offers (the dashboards' {@link Dimension}s users ask for).
 *
 * @category Reports
 */
export const GROUP_BY = ['region', 'ars', 'department', 'status', 'category', 'activity', 'ght'] as const;

/**
 * One of {@link GROUP_BY}.
 *
 * @category Reports
 */
export type GroupBy = (typeof GROUP_BY)[number];

/**
 * An aggregate table: per group of establishments (a region, a status …) and nationally, how many reached
 * each prerequisite, all prerequisites, each domain and the palier — the dashboards' figures
 * (`aggregateEvaluations`: one evaluation per FINESS, the latest period ending on or before `asOf`).
 *
 * @category Reports
 */
export interface GroupTable {
  /** The dimension grouped by. */
  readonly dimension: GroupBy;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** The levels counted, in programme order (`P1` … `prerequisites`, `D1` … `palier`). */
  readonly levels: readonly DashboardLevel[];
  /** The whole population. */
  readonly national: DashboardRow;
  /** One row per group, sorted by key (`(none)`, `(unassigned)` last). */
  readonly rows: readonly DashboardRow[];
  /** `true` when an establishment can sit in several rows (activities): the rows then do not sum to the nation. */
  readonly overlapping: boolean;
}

/**
 * Groups evaluations by one dimension, reusing the dashboards' aggregation (`aggregateEvaluations`).
 *
 * @example
 * ```ts
 * const table = groupTable(evaluations, establishments, { dimension: 'region', asOf: '2021-12-31', programme: hopen });
 * table.rows.map((r) => r.key); // ['11', '24', …]
 * ```
 *
 * @category Reports
 */
export function groupTable(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: readonly Establishment[],
  options: {
    readonly dimension: GroupBy;
    readonly asOf: CalendarDate;
    readonly programme: DashboardProgramme;
  },
): GroupTable {
  const args: Arguments = {
    evaluations: [evaluations, 'list'],
    establishments: [establishments, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('groupTable', args, () => {
    const dashboard = aggregateEvaluations(evaluations, establishments, {
      asOf: options.asOf,
      programme: options.programme,
      by: [options.dimension as Dimension],
    });
    const rows = dashboard.by[options.dimension as Dimension];
    return {
      dimension: options.dimension,
      asOf: options.asOf,
      levels: dashboard.levels,
      national: dashboard.national,
      rows: rows?.rows ?? [],
      overlapping: rows?.overlapping ?? false,
    };
  });
}

const DIMENSION_LABELS: Readonly<Record<GroupBy, Label>> = {
  region: { fr: 'Région', en: 'Region' },
  ars: { fr: 'ARS', en: 'ARS' },
  department: { fr: 'Département', en: 'Department' },
  status: { fr: 'Statut', en: 'Status' },
  category: { fr: 'Catégorie', en: 'Category' },
  activity: { fr: 'Activité', en: 'Activity' },
  ght: { fr: 'GHT', en: 'GHT' },
};

const WORDS = {
  national: { fr: 'National', en: 'National' },
  none: { fr: '(aucun)', en: '(none)' },
  unassigned: { fr: '(non placé)', en: '(unassigned)' },
  name: { fr: 'Nom', en: 'Name' },
  evaluated: { fr: 'Évalués', en: 'Evaluated' },
  without: { fr: 'Sans évaluation', en: 'Without evaluation' },
  palier: { fr: 'Palier', en: 'Palier' },
  title: { fr: 'Atteinte par', en: 'Reach by' },
  shares: {
    fr: 'part atteinte, en % des établissements évalués (inconnus compris)',
    en: 'share reached, in % of the evaluated establishments (unknown included)',
  },
  overlapping: {
    fr: 'un établissement compte pour chacune de ses activités : les lignes ne s’additionnent pas',
    en: 'an establishment counts once per activity: the rows do not add up',
  },
} as const satisfies Record<string, Label>;

/** A group's key in words: status words translated, `(none)` and `(unassigned)` said in the language. */
function keyText(dimension: GroupBy, key: string, lang: Lang): string {
  if (key === NATIONAL_KEY) return WORDS.national[lang];
  if (key === NONE_KEY) return WORDS.none[lang];
  if (key === UNASSIGNED_KEY) return WORDS.unassigned[lang];
  if (
    dimension === 'status' &&
    (key === 'public' || key === 'private-non-profit' || key === 'private-for-profit')
  )
    return term(key, lang);
  return key;
}

/** `42,5 %`, or `–` when the share has no denominator. */
function percent(share: { readonly percent: number | null }, lang: Lang): string {
  return share.percent === null ? '–' : `${formatNumber(share.percent, lang, 1)} %`;
}

/** The cells of one row: key, name, evaluated, palier reached / not / unknown, then each level's share. */
function cells(table: GroupTable, row: DashboardRow, lang: Lang, style: Style): string[] {
  const palier = row.levels.palier;
  return [
    visible(keyText(table.dimension, row.key, lang)),
    visible(row.name ?? ''),
    String(row.evaluated),
    String(row.withoutEvaluation),
    style.green(String(palier?.reached ?? 0)),
    style.red(String(palier?.notReached ?? 0)),
    style.yellow(String(palier?.unknown ?? 0)),
    ...table.levels.map((l) => {
      const counts = row.levels[l.code];
      return counts === undefined ? '' : percent(counts.ofEvaluated, lang);
    }),
  ];
}

/** Whether any group has a display name (regions and ARS have; statuses, GHT codes … have not). */
function named(table: GroupTable): boolean {
  return table.rows.some((r) => r.name !== undefined && r.name !== '');
}

/** The cells without the name column when no group has a name. */
function withoutEmptyNames(table: GroupTable, cells: string[]): string[] {
  return named(table) ? cells : cells.filter((_, i) => i !== 1);
}

function headers(table: GroupTable, lang: Lang): string[] {
  return [
    DIMENSION_LABELS[table.dimension][lang],
    WORDS.name[lang],
    WORDS.evaluated[lang],
    WORDS.without[lang],
    `${WORDS.palier[lang]} ${term('reached', lang)}`,
    term('not-reached', lang),
    term('unknown', lang),
    ...table.levels.map((l) => (l.code === 'prerequisites' ? 'P*' : l.code === 'palier' ? '%' : l.code)),
  ];
}

function titleLine(table: GroupTable, lang: Lang): string {
  const t = WORDS.title[lang];
  const asOf = lang === 'fr' ? `au ${formatDate(table.asOf, lang)}` : `as of ${formatDate(table.asOf, lang)}`;
  return `${t} ${DIMENSION_LABELS[table.dimension][lang].toLowerCase()} — ${countOf(table.national.evaluated, 'establishments', lang)}, ${asOf}`;
}

function legend(table: GroupTable, lang: Lang): string[] {
  const all = table.levels.find((l) => l.code === 'prerequisites')?.label[lang] ?? '';
  const line =
    lang === 'fr'
      ? `P1 … % : ${WORDS.shares.fr} ; P* : ${all.toLowerCase()} ; % : palier.`
      : `P1 … %: ${WORDS.shares.en}; P*: ${all.toLowerCase()}; %: palier.`;
  return [line, ...(table.overlapping ? [`${WORDS.overlapping[lang]}.`] : [])];
}

/**
 * Renders a {@link GroupTable} for the terminal, fitted to `width` columns (the name column is cut with `…`
 * first, then the level columns are left out from the right, the palier's last).
 *
 * @example
 * ```ts
 * process.stdout.write(renderGroupText(table, 'fr', ANSI, process.stdout.columns ?? 80));
 * ```
 *
 * @category Reports
 */
export function renderGroupText(
  table: GroupTable,
  lang: Lang,
  style: Style = PLAIN,
  width = Infinity,
): string {
  const args: Arguments = {
    table: [table, 'object'],
    lang: [lang, LANGS],
    style: [style, 'object?'],
    width: [width, 'number?'],
  };
  return atBoundary('renderGroupText', args, () => {
    const align = headers(table, lang).map((_, i) => (i < 2 ? 'left' : 'right') as 'left' | 'right');
    const body = [...table.rows, table.national].map((r) => cells(table, r, lang, style));
    const lines = [
      style.bold(visible(titleLine(table, lang))),
      ...fitTable(headers(table, lang), body, align, width, { shrink: 1, repeat: 1 }),
      '',
      ...legend(table, lang).map((l) => style.dim(l)),
    ];
    return `${lines.join('\n')}\n`;
  });
}

/**
 * Renders a {@link GroupTable} as a Markdown table (every field escaped).
 *
 * @example
 * ```ts
 * writeFileSync('by-region.md', renderGroupMarkdown(table, 'fr'));
 * ```
 *
 * @category Reports
 */
export function renderGroupMarkdown(table: GroupTable, lang: Lang): string {
  const args: Arguments = { table: [table, 'object'], lang: [lang, LANGS] };
  return atBoundary('renderGroupMarkdown', args, () => {
    const head = withoutEmptyNames(table, headers(table, lang));
    const rows = [...table.rows, table.national].map((r) =>
      withoutEmptyNames(table, cells(table, r, lang, PLAIN)).map(escapeMarkdown),
    );
    const left = named(table) ? 2 : 1;
    return `${[
      `## ${escapeMarkdown(titleLine(table, lang))}`,
      '',
      `| ${head.map(escapeMarkdown).join(' | ')} |`,
      `| ${head.map((_, i) => (i < left ? '---' : '---:')).join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      ...legend(table, lang).map(escapeMarkdown),
    ].join('\n')}\n`;
  });
}

/**
 * Columns of {@link renderGroupCsv}: one row per group and level (a tidy table), counts and shares unrounded.
 *
 * @category Reports
 */
export const GROUP_COLUMNS = [
  'dimension',
  'key',
  'name',
  'level',
  'evaluated',
  'without_evaluation',
  'reached',
  'not_reached',
  'unknown',
  'percent_of_evaluated',
  'percent_of_known',
] as const;

/**
 * Renders a {@link GroupTable} as CSV in a dialect (header first): one row per group × level, the national
 * rows last (key `national`), counts and shares unrounded.
 *
 * @example
 * ```ts
 * renderGroupCsv(table).split('\r\n')[0]; // 'dimension,key,name,level,…'
 * ```
 *
 * @category Reports
 */
export function renderGroupCsv(table: GroupTable, dialect: CsvDialect = CSV_DIALECTS.rfc): string {
  const args: Arguments = { table: [table, 'object'], dialect: [dialect, 'object?'] };
  return atBoundary('renderGroupCsv', args, () => {
    let out = csvHead(GROUP_COLUMNS, dialect);
    for (const row of [...table.rows, table.national])
      for (const level of table.levels) {
        const c = row.levels[level.code];
        if (c === undefined) continue;
        out += csvLine(
          [
            table.dimension,
            row.key,
            row.name,
            level.code,
            row.evaluated,
            row.withoutEvaluation,
            c.reached,
            c.notReached,
            c.unknown,
            c.ofEvaluated.percent ?? undefined,
            c.ofKnown.percent ?? undefined,
          ],
          dialect,
        );
      }
    return out;
  });
}

/**
 * A {@link GroupTable} as JSON (the dashboards' rows as they are).
 *
 * @example
 * ```ts
 * JSON.parse(renderGroupJson(table)).rows[0].levels.palier.reached; // 12
 * ```
 *
 * @category Reports
 */
export function renderGroupJson(table: GroupTable): string {
  return atBoundary('renderGroupJson', 'table', () => {
    return `${JSON.stringify(table, null, 2)}\n`;
  });
}
