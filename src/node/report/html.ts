import { type Arguments, atBoundary } from '../../core/guards.js';
import { REPORT_CSS } from './html-css.js';
import { establishmentsList, filterForm, indicatorsTable, marksLegend } from './html-establishments.js';
import {
  dimensionFigure,
  fundingTable,
  ghtTable,
  levelsFigure,
  partsLegend,
  referenceTable,
  shownDimensions,
  trendFigure,
} from './html-overview.js';
import { esc, periodInWords } from './html-parts.js';
import { FILTER_SCRIPT, scriptHash } from './html-script.js';
import { HTML_WORDS } from './html-words.js';
import { countOf, formatDate, formatNumber } from './labels.js';
import type { ReportModel } from './model.js';
import { CHART_DEFS } from './svg-chart.js';

export { escapeHtml } from './html-parts.js';

/**
 * Options of {@link renderHtml}.
 *
 * @category Reports
 */
export interface HtmlOptions {
  /**
   * Up to this many evaluations, every period of every establishment is detailed with the engine's sentences
   * (value, threshold, gap); above, the latest period lists its failing indicators by status and earlier
   * periods the requirements not reached (the page stays under 1.5 MB for 3,000 establishments × 3 periods).
   * 300 by default.
   */
  readonly detailLimit?: number;
  /** Text for the footer, e.g. `palier 0.1.0`. */
  readonly generator?: string;
}

/**
 * Renders a report as one self-contained HTML file that opens on the steering overview (*vue d'ensemble*):
 * headline figures; the reach of each prerequisite, domain and the palier nationally and by region, ARS (as of
 * the report date), legal status, category and activity; the trend over the declared periods; the GHT roll-up
 * and who blocks; published reference figures beside computed ones; funding when attached. Charts are static
 * SVG named by their title, with patterns and words besides colours and their data in a table. Then the
 * drill-down: one collapsible line per establishment (only misses and unknowns spelled out), filtered by a small
 * inline script when JavaScript runs (the page is complete without it), and every indicator's threshold and
 * source as a link. Inline CSS, no font, image or request (a Content-Security-Policy forbids any); printable;
 * all user text escaped, control characters shown as escapes.
 *
 * @example
 * ```ts
 * writeFileSync('report.html', renderHtml(model, { generator: 'palier 0.1.0' }));
 * ```
 *
 * @category Reports
 */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const args: Arguments = { model: [model, 'object'], options: [options, 'object?'] };
  return atBoundary('renderHtml', args, () => {
    const lang = model.lang;
    const w = HTML_WORDS[lang];
    const full = model.rows.length <= (options.detailLimit ?? 300);
    const title = `${w.title} — ${model.programme.name} (${model.programme.version}), ${w.asOf} ${formatDate(model.asOf, lang)}`;
    const dimensions = shownDimensions(model);
    const ght = ghtTable(model);
    const reference = referenceTable(model);
    const funding = fundingTable(model);
    const trend = trendFigure(model);
    const labels = new Map([...model.indicatorLabels].map(([code, label]) => [code, label[lang]]));
    const sections: [string, string, string][] = [
      ['overview', w.overview, overviewSection(model, trend)],
      ...(dimensions.length > 0
        ? [
            [
              'breakdown',
              w.breakdown,
              `${partsLegend(lang)}<div class="charts">${dimensions.map((d) => dimensionFigure(model, d)).join('')}</div>`,
            ] as [string, string, string],
          ]
        : []),
      ...(ght !== '' || model.ght !== undefined
        ? [['ght', w.ght, `${ght}${ghtDemo(model)}`] as [string, string, string]]
        : []),
      ...(reference !== '' ? [['reference', w.reference, reference] as [string, string, string]] : []),
      ...(funding !== '' ? [['funding', w.funding, funding] as [string, string, string]] : []),
      [
        'establishments',
        `${w.establishments} (${new Set(model.rows.map((r) => r.finess)).size})`,
        `${filterForm(model)}${marksLegend(lang)}${full ? '' : `<p class="small">${esc(w.compactNote)}</p>`}${establishmentsList(model, full)}`,
      ],
      ['indicators', w.indicators, indicatorsTable(model, labels)],
    ];
    const contents = sections
      .map(([id, heading]) => `<li><a href="#${id}">${esc(heading.replace(/ \(\d+\)$/, ''))}</a></li>`)
      .join('');
    const parts = [
      '<!doctype html>',
      `<html lang="${lang}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHash()}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(title)}</title>`,
      `<style>${REPORT_CSS}</style>`,
      '</head>',
      '<body>',
      CHART_DEFS,
      '<header>',
      `<h1>${esc(`${w.title} — ${model.programme.name}`)}</h1>`,
      `<p class="subtitle">${esc(`${model.programme.id} ${model.programme.version} · ${w.asOf} ${formatDate(model.asOf, lang)}`)}${inputLine(model)}</p>`,
      ...model.notes.map((n) => `<p class="note">${esc(n[lang])}</p>`),
      `<nav aria-label="${esc(w.contents)}"><ul class="toc">${contents}</ul></nav>`,
      '</header>',
      '<main>',
      ...sections.map(
        ([id, heading, body]) =>
          `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(heading)}</h2>\n${body}\n</section>`,
      ),
      '</main>',
      `<footer><p>${esc(w.generated)}${options.generator ? ` (${esc(options.generator)})` : ''} · ${esc(`${model.programme.id} ${model.programme.version}`)}</p></footer>`,
      `<script>${FILTER_SCRIPT}</script>`,
      '</body>',
      '</html>',
    ];
    return `${parts.join('\n')}\n`;
  });
}

function inputLine(model: ReportModel): string {
  const i = model.input;
  if (i === undefined) return '';
  const lang = model.lang;
  const read = countOf(i.read, i.unit === 'rows' ? 'rowsRead' : 'recordsRead', lang);
  return ` · <span data-input>${esc(`${read}, ${countOf(i.valid, 'valid', lang)}, ${countOf(i.invalid, 'invalid', lang)}`)}</span>`;
}

function kpi(label: string, value: string, key: string, detail = ''): string {
  return `<div><dt>${esc(label)}</dt><dd data-kpi="${key}">${esc(value)}</dd>${detail === '' ? '' : `<dd class="small">${esc(detail)}</dd>`}</div>`;
}

function overviewSection(model: ReportModel, trend: string): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const n = model.overview.dashboard.national;
  const palier = n.levels.palier;
  const pre = n.levels.prerequisites;
  const periods = new Set(model.rows.map((r) => `${r.period.start}/${r.period.end}`)).size;
  const pct = (count: number, of: number): string =>
    of === 0 ? '' : `${formatNumber((count * 100) / of, lang, 1)}\u00a0%`;
  const s = model.summary;
  const int = (v: number): string => formatNumber(v, lang, 0);
  const missed = s.indicators['not-met'];
  return [
    '<dl class="kpis">',
    kpi(w.kpiEstablishments, int(s.establishments), 'establishments'),
    kpi(w.kpiEvaluations, int(s.evaluations), 'evaluations'),
    kpi(w.kpiPeriods, int(periods), 'periods'),
    kpi(w.kpiPalier, int(palier?.reached ?? 0), 'reached', pct(palier?.reached ?? 0, n.evaluated)),
    kpi(
      w.kpiNotReached,
      int(palier?.notReached ?? 0),
      'not-reached',
      pct(palier?.notReached ?? 0, n.evaluated),
    ),
    kpi(w.kpiUnknown, int(palier?.unknown ?? 0), 'unknown', pct(palier?.unknown ?? 0, n.evaluated)),
    kpi(w.kpiPrerequisites, int(pre?.reached ?? 0), 'prerequisites', pct(pre?.reached ?? 0, n.evaluated)),
    kpi(w.kpiIndicatorsMissed, int(missed), 'indicators-not-met'),
    '</dl>',
    partsLegend(lang),
    `<div class="charts">${levelsFigure(model)}${trend}</div>`,
  ].join('\n');
}

/** The engine's explanation of one GHT (the demo's), under the roll-up. */
function ghtDemo(model: ReportModel): string {
  const g = model.ght;
  if (g === undefined) return '';
  const items = g.lines.map((line) => {
    const depth = Math.min(3, Math.floor((line.length - line.trimStart().length) / 2));
    return `<li class="d${depth}">${esc(line.trim())}</li>`;
  });
  return `<h3>${esc(`${g.name} (${g.code}) — ${periodInWords(g.period, model.lang)}`)}</h3><ul class="why">${items.join('')}</ul>`;
}
