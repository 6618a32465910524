import type { Lang } from '../../core/label.js';
import { VOCABULARY } from '../../core/vocabulary.js';
import {
  type DashboardLevel,
  type DashboardRow,
  type Dimension,
  type LevelCounts,
  NONE_KEY,
  type Share,
  UNASSIGNED_KEY,
} from '../../dashboards/types.js';
import { esc, levelMark, link, periodInWords, statusMark } from './html-parts.js';
import { dimensionName, HTML_WORDS } from './html-words.js';
import { formatDate, formatMoney, formatNumber, PROVENANCE_STATUS_LABELS } from './labels.js';
import type { ReportModel } from './model.js';
import { OVERVIEW_DIMENSIONS } from './overview.js';
import { BAR_PARTS, type Bar, barChartSvg, swatch } from './svg-chart.js';

/** `62 %` (no decimals in charts), `62,4 %` in tables; `—` without a denominator. */
function percent(share: Share | undefined, lang: Lang, digits: number): string {
  if (share === undefined || share.percent === null) return '—';
  return `${formatNumber(share.percent, lang, digits)}\u00a0%`;
}

/** A whole number the language's way (`3 000` in French). */
function int(n: number, lang: Lang): string {
  return formatNumber(n, lang, 0);
}

function counts(c: LevelCounts | undefined): [number, number, number] {
  return c === undefined ? [0, 0, 0] : [c.reached, c.notReached, c.unknown];
}

/** A group's display name: the region's or ARS's name, a status word, `(aucun)` … */
function groupName(row: DashboardRow, dimension: Dimension, lang: Lang): string {
  const w = HTML_WORDS[lang];
  if (row.key === NONE_KEY) return w.none;
  if (row.key === UNASSIGNED_KEY) return w.unassigned;
  if (row.name !== undefined) return row.name;
  if (dimension === 'status') {
    const word = (VOCABULARY as Record<string, { fr: string; en: string }>)[row.key];
    if (word !== undefined) return word[lang];
  }
  return row.key;
}

/** The legend of the bar parts: pattern and word. */
export function partsLegend(lang: Lang): string {
  return `<ul class="legend" aria-label="${esc(HTML_WORDS[lang].legend)}">${BAR_PARTS.map(
    (p) => `<li>${swatch(p)} ${esc(VOCABULARY[p][lang])}</li>`,
  ).join('')}</ul>`;
}

/** A figure: caption, chart, and its data as a table behind a disclosure. */
function figure(id: string, title: string, svg: string, table: string, lang: Lang, note = ''): string {
  return [
    `<figure id="${id}">`,
    `<figcaption>${esc(title)}</figcaption>`,
    svg,
    note === '' ? '' : `<p class="small">${esc(note)}</p>`,
    `<details class="data"><summary>${esc(HTML_WORDS[lang].data)}</summary>${table}</details>`,
    '</figure>',
  ].join('');
}

function levelHead(levels: readonly DashboardLevel[], lang: Lang): string {
  return levels
    .map(
      (l) =>
        `<th scope="col" class="num"><abbr title="${esc(l.label[lang])}">${esc(levelCode(l, lang))}</abbr></th>`,
    )
    .join('');
}

/** `P1 — Identités, mouvements`; the palier and all prerequisites by their label alone. */
function levelLabel(level: DashboardLevel, lang: Lang): string {
  return level.kind === 'palier' || level.kind === 'all-prerequisites'
    ? level.label[lang]
    : `${level.code} — ${level.label[lang]}`;
}

function levelCode(level: DashboardLevel, lang: Lang): string {
  if (level.kind === 'palier') return VOCABULARY.palier[lang];
  if (level.kind === 'all-prerequisites') return lang === 'fr' ? 'Prérequis' : 'Prerequisites';
  return level.code;
}

/** The national chart: one bar per level. */
export function levelsFigure(model: ReportModel): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const d = model.overview.dashboard;
  const bars: Bar[] = d.levels.map((l) => {
    const c = d.national.levels[l.code];
    return {
      label: levelLabel(l, lang),
      counts: counts(c),
      value: percent(c?.ofEvaluated, lang, 0),
    };
  });
  const body = d.levels.map((l) => {
    const c = d.national.levels[l.code];
    return `<tr><th scope="row">${esc(levelLabel(l, lang))}</th>${counts(c)
      .map((n) => `<td class="num">${int(n, lang)}</td>`)
      .join(
        '',
      )}<td class="num">${percent(c?.ofEvaluated, lang, 1)}</td><td class="num">${percent(c?.ofKnown, lang, 1)}</td></tr>`;
  });
  const table = `<table><caption>${esc(w.levelsChart)}</caption><thead><tr><th scope="col">${esc(w.level)}</th>${BAR_PARTS.map((p) => `<th scope="col" class="num">${esc(cap(VOCABULARY[p][lang]))}</th>`).join('')}<th scope="col" class="num">${esc(w.shareReached)}</th><th scope="col" class="num">${esc(w.shareKnown)}</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
  return figure(
    'f-levels',
    w.levelsChart,
    barChartSvg({ id: 'c-levels', title: w.levelsChart, description: w.levelsDesc, bars }),
    table,
    lang,
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The dimensions that say something: at least one group that is not `(aucun)` or `(non placé)`. */
export function shownDimensions(model: ReportModel): Dimension[] {
  const by = model.overview.dashboard.by;
  return OVERVIEW_DIMENSIONS.filter(
    (d) => d !== 'ght' && (by[d]?.rows ?? []).some((r) => r.key !== NONE_KEY && r.key !== UNASSIGNED_KEY),
  );
}

/** One dimension: the palier by group as a chart, every level's share by group as the table. */
export function dimensionFigure(model: ReportModel, dimension: Dimension): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const d = model.overview.dashboard;
  const rows = d.by[dimension];
  if (rows === undefined) return '';
  const name = dimensionName(dimension, lang);
  const title = `${w.byChart} ${name === 'ARS' || name === 'GHT' ? name : name.toLowerCase()} (${w.asOf} ${formatDate(d.asOf, lang)})`;
  const bars: Bar[] = rows.rows.map((r) => ({
    label: `${groupName(r, dimension, lang)} (${int(r.evaluated, lang)})`,
    counts: counts(r.levels.palier),
    value: percent(r.levels.palier?.ofEvaluated, lang, 0),
  }));
  const body = rows.rows.map(
    (r) =>
      `<tr><th scope="row">${esc(groupName(r, dimension, lang))}</th><td>${int(r.evaluated, lang)}</td>${d.levels
        .map((l) => `<td>${percent(r.levels[l.code]?.ofEvaluated, lang, 1)}</td>`)
        .join('')}</tr>`,
  );
  const table = `<div class="scroll"><table class="n"><caption>${esc(`${w.shareReached} — ${name}`)}</caption><thead><tr><th scope="col">${esc(name)}</th><th scope="col" class="num">${esc(w.evaluated)}</th>${levelHead(d.levels, lang)}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
  return figure(
    `f-${dimension}`,
    title,
    barChartSvg({ id: `c-${dimension}`, title, description: w.byDesc, bars }),
    table,
    lang,
    rows.overlapping ? w.overlapping : '',
  );
}

/** The trend: the palier per declared period as a chart, every level per period as the table. */
export function trendFigure(model: ReportModel): string {
  const trend = model.overview.trend;
  if (trend === undefined) return '';
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const points = trend.national.points;
  const shareOf = (c: { reached: number; notReached: number; unknown: number } | undefined): Share => {
    const of = c === undefined ? 0 : c.reached + c.notReached + c.unknown;
    return { count: c?.reached ?? 0, of, percent: of === 0 ? null : ((c?.reached ?? 0) * 100) / of };
  };
  const bars: Bar[] = points.map((p) => {
    const c = p.levels.palier;
    return {
      label: `${periodInWords(p.period, lang)} (${int(p.observed, lang)})`,
      counts: c === undefined ? [0, 0, 0] : [c.reached, c.notReached, c.unknown],
      value: percent(shareOf(c), lang, 0),
    };
  });
  const body = points.map(
    (p) =>
      `<tr><th scope="row">${esc(periodInWords(p.period, lang))}</th><td>${int(p.observed, lang)}</td>${trend.levels
        .map((l) => `<td>${percent(shareOf(p.levels[l.code]), lang, 1)}</td>`)
        .join('')}</tr>`,
  );
  const table = `<div class="scroll"><table class="n"><caption>${esc(`${w.shareReached} — ${w.trend}`)}</caption><thead><tr><th scope="col">${esc(cap(VOCABULARY.period[lang]))}</th><th scope="col" class="num">${esc(w.observed)}</th>${levelHead(trend.levels, lang)}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
  return figure(
    'f-trend',
    w.trendChart,
    barChartSvg({ id: 'c-trend', title: w.trendChart, description: w.trendDesc, bars }),
    table,
    lang,
  );
}

/** How many blocking members a GHT row names before `+ n autres`. */
const BLOCKERS_SHOWN = 3;

/** The GHT roll-up table (`ghtReach`): members, palier counts, the GHT's status, who blocks (not reached first). */
export function ghtTable(model: ReportModel): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const rows = model.overview.ght;
  if (rows.length === 0) return '';
  const body = rows.map((g) => {
    const blockers = [
      ...g.blockers.filter((b) => b.palier === 'not-reached'),
      ...g.blockers.filter((b) => b.palier === 'unknown'),
    ];
    const named = blockers
      .slice(0, BLOCKERS_SHOWN)
      .map((b) => `${levelMark(b.palier)} <a href="#e${esc(b.finess)}">${esc(b.finess)}</a>`);
    const more = blockers.length - BLOCKERS_SHOWN;
    if (more > 0) named.push(`+ ${int(more, lang)} ${esc(w.others)}`);
    return `<tr><th scope="row">${esc(g.code)}</th><td>${int(g.members, lang)}</td><td>${int(g.evaluated, lang)}</td><td>${int(g.reached, lang)}</td><td>${int(g.notReached, lang)}</td><td>${int(g.unknown, lang)}</td><td class="t">${statusMark(g.status, lang, true)}</td><td class="t">${named.join(', ')}</td></tr>`;
  });
  return `<div class="scroll"><table id="t-ght" class="n"><caption>${esc(w.ght)} (${esc(w.asOf)} ${esc(formatDate(model.asOf, lang))})</caption><thead><tr><th scope="col">GHT</th><th scope="col" class="num">${esc(w.members)}</th><th scope="col" class="num">${esc(w.evaluated)}</th>${BAR_PARTS.map((p) => `<th scope="col" class="num">${esc(cap(VOCABULARY[p][lang]))}</th>`).join('')}<th scope="col">${esc(w.ghtStatus)}</th><th scope="col">${esc(w.blockers)}</th></tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** Published reference figures beside the computed ones. */
export function referenceTable(model: ReportModel): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const comparisons = model.overview.reference;
  if (comparisons.length === 0) return '';
  const unit = (u: string, v: number): string =>
    u === 'percent'
      ? `${formatNumber(v, lang, 1)}\u00a0%`
      : u === 'EUR'
        ? formatMoney(v.toFixed(2), lang)
        : formatNumber(v, lang, 1);
  const body = comparisons.flatMap((c) =>
    c.rows.map((r) => {
      const p = r.published;
      const label = p === null ? r.key : `${p.label[lang]}`;
      const published = p === null ? '—' : `${w.precision[p.precision ?? 'exact']}${unit(p.unit, p.value)}`;
      const computed = r.computed === null ? w.notComputed : unit(p?.unit ?? '', r.computed);
      const source =
        p === null
          ? ''
          : `${link(p.provenance.source)} (${esc(PROVENANCE_STATUS_LABELS[p.provenance.status][lang])})`;
      return `<tr><th scope="row">${esc(label)}</th><td class="num">${esc(published)}</td><td>${esc(p?.asOf === undefined ? '' : formatDate(p.asOf, lang))}</td><td class="num">${esc(computed)}</td><td>${source}</td></tr>`;
    }),
  );
  return `<div class="scroll"><table id="t-reference"><caption>${esc(w.reference)}</caption><thead><tr><th scope="col">${esc(w.figure)}</th><th scope="col" class="num">${esc(w.published)}</th><th scope="col">${esc(w.date)}</th><th scope="col" class="num">${esc(w.computed)}</th><th scope="col">${esc(w.source)}</th></tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/**
 * Funding by domain, when a simulation is attached, then its headline amounts (envelope, pools, committed, paid,
 * remaining) when known: French money formats in French.
 */
export function fundingTable(model: ReportModel): string {
  const f = model.funding;
  if (f === undefined) return '';
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const figures =
    f.figures === undefined || f.figures.length === 0
      ? ''
      : `<table id="t-programming"><caption>${esc(w.programming)}</caption><tbody>${f.figures.map((x) => `<tr><th scope="row">${esc(x.label[lang])}</th><td class="num" data-amount="${esc(x.amount)}">${esc(formatMoney(x.amount, lang))}</td></tr>`).join('')}</tbody></table>`;
  return [
    `<table id="t-funding"><caption>${esc(w.fundingByDomain)}</caption>`,
    `<thead><tr><th scope="col">${esc(w.domain)}</th><th scope="col" class="num">${esc(w.amount)}</th></tr></thead>`,
    `<tbody>${f.byDomain.map((d) => `<tr><th scope="row">${esc(d.domain)}</th><td class="num" data-amount="${esc(d.amount)}">${esc(formatMoney(d.amount, lang))}</td></tr>`).join('')}</tbody>`,
    `<tfoot><tr><th scope="row">${esc(w.total)}</th><td class="num" data-amount="${esc(f.total)}">${esc(formatMoney(f.total, lang))}</td></tr></tfoot></table>`,
    figures,
    `<p>${esc(f.note[lang])}</p>`,
  ].join('');
}
