import { type Arguments, atBoundary } from '../../core/guards.js';
import type { Lang } from '../../core/label.js';
import type { IndicatorStatus, LevelStatus } from '../../evaluation/types.js';
import { fundingFigureRows } from './funding.js';
import { blockerText, ghtTitle } from './ght-reach.js';
import {
  countOf,
  formatDate,
  formatMoney,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUS_MARKS,
  INDICATOR_STATUSES,
  LEVEL_STATUS_LABELS,
} from './labels.js';
import type { ReportModel } from './model.js';
import { visible } from './safe-text.js';
import type { Style } from './style.js';
import { fitTable, PLAIN, textTable } from './style.js';

const FR = {
  title: 'Évaluation',
  asOf: 'au',
  establishments: 'établissement(s)',
  evaluations: 'évaluation(s)',
  palierReached: 'palier atteint',
  palierNotReached: 'non atteint',
  palierUnknown: 'inconnu',
  finess: 'FINESS',
  name: 'Nom',
  period: 'Période',
  palier: 'Palier',
  prerequisites: 'Prérequis',
  domains: 'Domaines',
  blockers: 'Bloquants',
  notReachedCol: 'Non atteints',
  unknownCol: 'Inconnus',
  whatBlocks: 'Ce qui bloque',
  reach: 'Atteinte par prérequis et domaine',
  requirement: 'Exigence',
  reached: 'atteint',
  notReached: 'non atteint',
  unknown: 'inconnu',
  indicators: 'Indicateurs',
  map: 'Carte des indicateurs',
  legend: 'Légende',
  input: 'Entrée',
  read: 'lus',
  valid: 'valides',
  invalid: 'invalides',
  rows: 'lignes',
  records: 'enregistrements',
  funding: 'Financement par domaine',
  domain: 'Domaine',
  amount: 'Montant',
  total: 'Total',
  note: 'Note',
  explainedFirst: ' premières évaluations expliquées ; les formats html et json couvrent les autres',
  latestOnly:
    '(dernière période de chaque établissement ; les formats md, html et json détaillent toutes les périodes)',
};

/**
 * The words of the reports, by key.
 *
 * @category Reports
 */
export type Words = { readonly [K in keyof typeof FR]: string };

const EN: Words = {
  title: 'Evaluation',
  asOf: 'as of',
  establishments: 'establishment(s)',
  evaluations: 'evaluation(s)',
  palierReached: 'palier reached',
  palierNotReached: 'not reached',
  palierUnknown: 'unknown',
  finess: 'FINESS',
  name: 'Name',
  period: 'Period',
  palier: 'Palier',
  prerequisites: 'Prerequisites',
  domains: 'Domains',
  blockers: 'Blockers',
  notReachedCol: 'Not reached',
  unknownCol: 'Unknown',
  whatBlocks: 'What blocks',
  reach: 'Reach per prerequisite and domain',
  requirement: 'Requirement',
  reached: 'reached',
  notReached: 'not reached',
  unknown: 'unknown',
  indicators: 'Indicators',
  map: 'Indicator map',
  legend: 'Legend',
  input: 'Input',
  read: 'read',
  valid: 'valid',
  invalid: 'invalid',
  rows: 'rows',
  records: 'records',
  funding: 'Funding by domain',
  domain: 'Domain',
  amount: 'Amount',
  total: 'Total',
  note: 'Note',
  explainedFirst: ' first evaluations explained; the html and json formats cover the others',
  latestOnly: '(latest period of each establishment; the md, html and json formats detail every period)',
};

/**
 * Words of the text, Markdown and HTML reports, in both languages.
 *
 * @category Reports
 */
export const TEXT: Readonly<Record<Lang, Words>> = Object.freeze({ fr: FR, en: EN });

/**
 * The colon as each language writes it (French puts a space before).
 *
 * @example
 * ```ts
 * colon('fr'); // ' : '
 * ```
 *
 * @category Reports
 */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': ';
}

/**
 * Period as `2021-01-01 → 2021-03-31`.
 *
 * @example
 * ```ts
 * formatPeriod({ start: '2021-01-01', end: '2021-03-31' }); // '2021-01-01 → 2021-03-31'
 * ```
 *
 * @category Reports
 */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${period.start} → ${period.end}`;
}

function levelWord(status: LevelStatus, lang: Lang, style: Style): string {
  const word = LEVEL_STATUS_LABELS[status][lang];
  return status === 'reached'
    ? style.green(word)
    : status === 'not-reached'
      ? style.red(word)
      : style.yellow(word);
}

function mark(status: IndicatorStatus | undefined, style: Style): string {
  if (status === undefined) return ' ';
  const m = INDICATOR_STATUS_MARKS[status];
  if (status === 'met') return style.green(m);
  if (status === 'not-met' || status === 'invalid') return style.red(m);
  if (status === 'unknown' || status === 'missing') return style.yellow(m);
  return style.dim(m);
}

/** Header lines shared by the text report: title, programme, date, counts. */
function headline(model: ReportModel, style: Style): string[] {
  const t = TEXT[model.lang];
  const lang = model.lang;
  const s = model.summary;
  const lines = [
    style.bold(
      visible(
        `${t.title} — ${model.programme.name} (${model.programme.id} ${model.programme.version}), ${t.asOf} ${formatDate(model.asOf, lang)}`,
      ),
    ),
    `${countOf(s.establishments, 'establishments', lang)}, ${countOf(s.evaluations, 'evaluations', lang)}${colon(lang)}${style.green(countOf(s.reached, 'palierReached', lang))}, ${style.red(countOf(s.notReached, 'notReached', lang))}, ${style.yellow(countOf(s.unknown, 'unknown', lang))}`,
  ];
  const counts = INDICATOR_STATUSES.map((k) => countOf(s.indicators[k], k, lang));
  lines.push(`${t.indicators}${colon(model.lang)}${counts.join(', ')}`);
  if (model.input) lines.push(inputLine(model));
  for (const note of model.notes)
    lines.push(style.dim(visible(`${t.note}${colon(model.lang)}${note[model.lang]}`)));
  return lines;
}

/**
 * The input summary sentence: `Input: 120 rows read, 118 valid, 2 invalid`.
 *
 * @example
 * ```ts
 * inputLine(model); // 'Entrée : 120 lignes lues, 118 valides, 2 invalides'
 * ```
 *
 * @category Reports
 */
export function inputLine(model: ReportModel): string {
  const t = TEXT[model.lang];
  const i = model.input;
  if (i === undefined) return '';
  const lang = model.lang;
  return `${t.input}${colon(lang)}${countOf(i.read, i.unit === 'rows' ? 'rowsRead' : 'recordsRead', lang)}, ${countOf(i.valid, 'valid', lang)}, ${countOf(i.invalid, 'invalid', lang)}`;
}

/** The main table: one line per evaluation. */
function mainTable(model: ReportModel, style: Style, width: number): string[] {
  const t = TEXT[model.lang];
  return fitTable(
    [t.finess, t.name, t.period, t.palier, t.notReachedCol, t.unknownCol],
    model.rows.map((r) => [
      visible(r.finess),
      visible(r.name ?? ''),
      visible(formatPeriod(r.period)),
      levelWord(r.palier, model.lang, style),
      style.red(visible(r.notReached.join(' '))),
      style.yellow(visible(r.unknown.join(' '))),
    ]),
    [],
    width,
    { shrink: 1, repeat: 1 },
  );
}

/** Indicator map: one mark per indicator, grouped by requirement. */
function indicatorMap(model: ReportModel, style: Style, width: number): string[] {
  const t = TEXT[model.lang];
  const groups = groupCodes(model);
  const header = [t.finess, t.period, ...groups.map((g) => visible(g.code))];
  const rows = model.rows.map((r) => [
    visible(r.finess),
    visible(r.period.start),
    ...groups.map((g) => g.codes.map((c) => mark(r.cells[c], style)).join('')),
  ]);
  const legend = INDICATOR_STATUSES.map(
    (k) => `${INDICATOR_STATUS_MARKS[k]} ${INDICATOR_STATUS_LABELS[k][model.lang]}`,
  ).join('  ');
  return [
    ...fitTable(header, rows, [], width, { repeat: 2 }),
    style.dim(`${t.legend}${colon(model.lang)}${legend}`),
  ];
}

/**
 * Indicator codes under one requirement.
 *
 * @category Reports
 */
export interface IndicatorGroup {
  /** Requirement code. */
  readonly code: string;
  /** Its indicator codes, in order. */
  readonly codes: string[];
}

/**
 * Indicator codes grouped under their requirement (`D2.2` under `D2`), in the model's order.
 *
 * @example
 * ```ts
 * groupCodes(model)[0]; // { code: 'P1', codes: ['P1.EX'] }
 * ```
 *
 * @category Reports
 */
export function groupCodes(model: ReportModel): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const code of model.indicatorCodes) {
    const owner = model.reach.find((r) => code.startsWith(`${r.code}.`))?.code ?? code.split('.')[0] ?? code;
    const g = groups.find((x) => x.code === owner);
    if (g) g.codes.push(code);
    else groups.push({ code: owner, codes: [code] });
  }
  return groups;
}

function reachTable(model: ReportModel, style: Style, width: number): string[] {
  const t = TEXT[model.lang];
  return fitTable(
    [t.requirement, '', t.reached, t.notReached, t.unknown],
    model.reach.map((r) => [
      visible(r.code),
      visible(r.label[model.lang]),
      style.green(String(r.reached)),
      style.red(String(r.notReached)),
      style.yellow(String(r.unknown)),
    ]),
    ['left', 'left', 'right', 'right', 'right'],
    width,
    { shrink: 1, repeat: 1 },
  );
}

function blockersSection(model: ReportModel, style: Style, latestOnly: boolean, limit: number): string[] {
  const lines: string[] = [];
  const all = latestOnly ? model.rows.filter((r, i) => model.rows[i + 1]?.finess !== r.finess) : model.rows;
  if (latestOnly && all.length < model.rows.length) lines.push(style.dim(TEXT[model.lang].latestOnly));
  const rows = all.slice(0, limit);
  if (rows.length < all.length)
    lines.push(style.dim(`(${rows.length}/${all.length}${TEXT[model.lang].explainedFirst})`));
  for (const r of rows) {
    lines.push(
      `${style.bold(visible(`${r.finess}${r.name ? ` ${r.name}` : ''}`))} ${style.dim(visible(formatPeriod(r.period)))}`,
    );
    for (const e of r.explanations) lines.push(`  ${visible(e)}`);
  }
  return lines;
}

function fundingTable(model: ReportModel): string[] {
  const t = TEXT[model.lang];
  const f = model.funding;
  if (f === undefined) return [];
  return [
    ...textTable(
      [t.domain, t.amount],
      [
        ...f.byDomain.map((d) => [visible(d.domain), formatMoney(d.amount, model.lang)]),
        [t.total, formatMoney(f.total, model.lang)],
      ],
      ['left', 'right'],
    ),
    ...(f.figures?.length
      ? ['', ...textTable(['', t.amount], fundingFigureRows(f, model.lang), ['left', 'right'])]
      : []),
    visible(f.note[model.lang]),
  ];
}

/** The GHT section: per GHT, its members' palier counts, then who blocks. */
function ghtSection(model: ReportModel, style: Style, width: number): string[] {
  const lang = model.lang;
  const ghts = model.ghts ?? [];
  const lines = [style.bold(ghtTitle(lang, model.asOf))];
  lines.push(
    ...fitTable(
      [
        'GHT',
        lang === 'fr' ? 'Membres' : 'Members',
        lang === 'fr' ? 'Évalués' : 'Evaluated',
        t(lang).reached,
        t(lang).notReached,
        t(lang).unknown,
        t(lang).palier,
      ],
      ghts.map((g) => [
        visible(g.code),
        String(g.members),
        String(g.evaluated),
        style.green(String(g.reached)),
        style.red(String(g.notReached)),
        style.yellow(String(g.unknown)),
        levelWord(g.status, lang, style),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      width,
    ),
  );
  for (const g of ghts) {
    if (g.blockers.length === 0) continue;
    lines.push(
      '',
      visible(`${g.code} — ${lang === 'fr' ? 'bloquants' : 'blockers'}${colon(lang).trimEnd()}`),
    );
    for (const b of g.blockers) lines.push(`  ${visible(blockerText(b, lang))}`);
  }
  return lines;
}

function t(lang: Lang): Words {
  return TEXT[lang];
}

/**
 * Options of {@link renderText}.
 *
 * @category Reports
 */
export interface TextOptions {
  /** Explain only each establishment's latest period (rows are sorted by FINESS then period). */
  readonly latestOnly?: boolean;
  /** Evaluations explained at most (the rest are counted); 100 by default. */
  readonly explainLimit?: number;
  /** Width the tables must fit (the terminal's, see `terminalWidth`); no limit by default. */
  readonly width?: number;
}

/**
 * Renders a report as terminal text: headline, one line per evaluation, the indicator map, the reach per
 * prerequisite and domain, funding when available, and what blocks each establishment.
 *
 * @example
 * ```ts
 * process.stdout.write(renderText(model, ANSI));
 * ```
 *
 * @category Reports
 */
export function renderText(model: ReportModel, style: Style = PLAIN, options: TextOptions = {}): string {
  const args: Arguments = {
    model: [model, 'object'],
    style: [style, 'object?'],
    options: [options, 'object?'],
  };
  return atBoundary('renderText', args, () => {
    const t = TEXT[model.lang];
    const width = options.width ?? Number.POSITIVE_INFINITY;
    const sections = [
      headline(model, style),
      mainTable(model, style, width),
      [style.bold(t.map), ...indicatorMap(model, style, width)],
      [style.bold(t.reach), ...reachTable(model, style, width)],
      ...(model.funding ? [[style.bold(t.funding), ...fundingTable(model)]] : []),
      ...(model.ght
        ? [
            [
              style.bold(
                visible(`${model.ght.name} (${model.ght.code}) — ${formatPeriod(model.ght.period)}`),
              ),
              ...model.ght.lines.map(visible),
            ],
          ]
        : []),
      ...(model.ghts ? [ghtSection(model, style, width)] : []),
      [
        style.bold(t.whatBlocks),
        ...blockersSection(model, style, options.latestOnly === true, options.explainLimit ?? 100),
      ],
    ];
    return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
  });
}
