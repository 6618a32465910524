import type { Lang } from '../../core/label.js';
import { explain } from '../../evaluation/explain.js';
import type { IndicatorResult } from '../../evaluation/types.js';
import { formatExpected, formatObserved } from './describe.js';
import { REPORT_CSS } from './html-css.js';
import {
  formatNumber,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUS_MARKS,
  INDICATOR_STATUSES,
  LEVEL_STATUS_LABELS,
} from './labels.js';
import type { ReportModel, ReportRow } from './model.js';
import { formatPeriod, groupCodes, TEXT } from './text.js';

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 * ```
 *
 * @category Reports
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const WORDS = {
  fr: {
    summary: 'Synthèse',
    table: 'Établissements évalués',
    tableCaption: 'Une ligne par établissement et période déclarée',
    heatmapCaption:
      'Statut de chaque indicateur, par établissement et période (marque et mot, pas seulement la couleur)',
    reachCaption: 'Nombre d’évaluations où chaque prérequis et domaine est atteint',
    detail: 'Détail par établissement',
    indicator: 'Indicateur',
    status: 'Statut',
    observed: 'Valeur',
    expected: 'Seuil ou cible',
    explanation: 'Explication',
    provenance: 'Origine de la règle',
    share: 'Part atteinte',
    generated: 'Rapport produit par palier',
    omitted: 'évaluation(s) non détaillée(s) ici : voir les exports CSV ou JSON.',
    fundingCaption: 'Montants simulés par domaine',
    heatmapRegion: 'Carte des indicateurs (défilement horizontal)',
  },
  en: {
    summary: 'Summary',
    table: 'Evaluated establishments',
    tableCaption: 'One row per establishment and declared period',
    heatmapCaption:
      'Status of each indicator, per establishment and period (mark and word, not colour alone)',
    reachCaption: 'Number of evaluations where each prerequisite and domain is reached',
    detail: 'Detail per establishment',
    indicator: 'Indicator',
    status: 'Status',
    observed: 'Value',
    expected: 'Threshold or target',
    explanation: 'Explanation',
    provenance: 'Source of the rule',
    share: 'Share reached',
    generated: 'Report produced by palier',
    omitted: 'evaluation(s) not detailed here: see the CSV or JSON exports.',
    fundingCaption: 'Simulated amounts per domain',
    heatmapRegion: 'Indicator map (scrolls horizontally)',
  },
} as const;

/**
 * Options of {@link renderHtml}.
 *
 * @category Reports
 */
export interface HtmlOptions {
  /** Evaluations detailed one by one and shown in the heatmap (the rest are counted); 200 by default. */
  readonly detailLimit?: number;
  /** Text for the footer, e.g. `palier 0.1.0`. */
  readonly generator?: string;
}

/**
 * Renders a report as one self-contained HTML file: inline CSS, no script, no font or image to fetch, and a
 * Content-Security-Policy that forbids any request. Sections: summary, establishments table, heatmap of
 * establishments × indicators (marks and words, not colour alone), reach per prerequisite and domain, funding
 * by domain when available, and the detail of each establishment with explanations. Accessible (language,
 * headings, captions, header cells, contrast ≥ 4.5:1) and printable. All user text is escaped.
 *
 * @example
 * ```ts
 * writeFileSync('report.html', renderHtml(model, { generator: 'palier 0.1.0' }));
 * ```
 *
 * @category Reports
 */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const w = WORDS[lang];
  const limit = options.detailLimit ?? 200;
  const shown = model.rows.slice(0, limit);
  const title = `${t.title} — ${model.programme.name} (${model.programme.version}), ${t.asOf} ${model.asOf}`;
  const parts = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(`${t.title} — ${model.programme.name}`)}</h1>`,
    `<p class="subtitle">${escapeHtml(`${model.programme.id} ${model.programme.version} · ${t.asOf} ${model.asOf}`)}</p>`,
    ...model.notes.map((n) => `<p class="note">${escapeHtml(n[lang])}</p>`),
    '</header>',
    '<main>',
    summarySection(model),
    establishmentsSection(model, shown),
    heatmapSection(model, shown),
    reachSection(model),
    fundingSection(model),
    ghtSection(model),
    detailSection(model, shown),
    model.rows.length > shown.length
      ? `<p class="note">${model.rows.length - shown.length} ${escapeHtml(w.omitted)}</p>`
      : '',
    '</main>',
    `<footer><p>${escapeHtml(w.generated)}${options.generator ? ` (${escapeHtml(options.generator)})` : ''} · ${escapeHtml(`${model.programme.id} ${model.programme.version}`)}</p></footer>`,
    '</body>',
    '</html>',
  ];
  return `${parts.filter((p) => p !== '').join('\n')}\n`;
}

function kpi(label: string, value: number, key: string): string {
  const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
  return `<div><dt>${escapeHtml(capitalised)}</dt><dd data-kpi="${key}">${value}</dd></div>`;
}

function summarySection(model: ReportModel): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const s = model.summary;
  const indicatorKpis = INDICATOR_STATUSES.map((k) =>
    kpi(
      `${t.indicators} : ${INDICATOR_STATUS_LABELS[k][lang]}`.replace(' : ', lang === 'fr' ? ' : ' : ': '),
      s.indicators[k],
      `indicators-${k}`,
    ),
  );
  const input = model.input
    ? `<p data-input>${escapeHtml(`${t.input}: ${model.input.read} ${model.input.unit === 'rows' ? t.rows : t.records} ${t.read}, ${model.input.valid} ${t.valid}, ${model.input.invalid} ${t.invalid}`)}</p>`
    : '';
  return [
    '<section aria-labelledby="summary">',
    `<h2 id="summary">${escapeHtml(WORDS[lang].summary)}</h2>`,
    '<dl class="kpis">',
    kpi(t.establishments, s.establishments, 'establishments'),
    kpi(t.evaluations, s.evaluations, 'evaluations'),
    kpi(t.palierReached, s.reached, 'reached'),
    kpi(`${t.palier} ${t.palierNotReached}`, s.notReached, 'not-reached'),
    kpi(`${t.palier} ${t.palierUnknown}`, s.unknown, 'unknown'),
    ...indicatorKpis,
    '</dl>',
    input,
    '</section>',
  ].join('\n');
}

function levelBadge(row: ReportRow, lang: Lang): string {
  return `<span class="badge l-${row.palier}">${escapeHtml(LEVEL_STATUS_LABELS[row.palier][lang])}</span>`;
}

function rowHeader(row: ReportRow): string {
  return `${escapeHtml(row.finess)}${row.name ? ` ${escapeHtml(row.name)}` : ''}`;
}

function establishmentsSection(model: ReportModel, rows: readonly ReportRow[]): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const w = WORDS[lang];
  const body = rows.map(
    (r) =>
      `<tr><th scope="row">${rowHeader(r)}</th><td>${escapeHtml(formatPeriod(r.period))}</td><td>${levelBadge(r, lang)}</td><td class="num">${r.prerequisites.reached}/${r.prerequisites.total}</td><td class="num">${r.domains.reached}/${r.domains.total}</td><td>${escapeHtml(r.notReached.join(' '))}</td><td>${escapeHtml(r.unknown.join(' '))}</td></tr>`,
  );
  return [
    '<section aria-labelledby="establishments">',
    `<h2 id="establishments">${escapeHtml(w.table)}</h2>`,
    '<div class="scroll">',
    `<table><caption>${escapeHtml(w.tableCaption)}</caption>`,
    `<thead><tr>${[`${t.finess} · ${t.name}`, t.period, t.palier, `${t.prerequisites} ${t.reached}`, `${t.domains} ${t.reached}`, t.notReachedCol, t.unknownCol].map((h, i) => `<th scope="col"${i === 3 || i === 4 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody></table>`,
    '</div>',
    '</section>',
  ].join('\n');
}

function heatmapSection(model: ReportModel, rows: readonly ReportRow[]): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const w = WORDS[lang];
  const groups = groupCodes(model);
  const legend = INDICATOR_STATUSES.map(
    (k) =>
      `<li><span class="s-${k}" aria-hidden="true">${INDICATOR_STATUS_MARKS[k]}</span>${escapeHtml(INDICATOR_STATUS_LABELS[k][lang])}</li>`,
  ).join('');
  const head1 = `<tr><td></td>${groups.map((g) => `<th scope="colgroup" colspan="${g.codes.length}">${escapeHtml(g.code)}</th>`).join('')}</tr>`;
  const head2 = `<tr><th scope="col">${escapeHtml(`${t.finess} · ${t.period}`)}</th>${groups.flatMap((g) => g.codes.map((c) => `<th scope="col">${escapeHtml(c)}</th>`)).join('')}</tr>`;
  const body = rows.map((r) => {
    const cells = groups.flatMap((g) =>
      g.codes.map((c) => {
        const s = r.cells[c];
        if (s === undefined) return '<td>·</td>';
        const word = INDICATOR_STATUS_LABELS[s][lang];
        return `<td class="s-${s}" title="${escapeHtml(`${c}: ${word}`)}">${INDICATOR_STATUS_MARKS[s]}<span class="sr"> ${escapeHtml(word)}</span></td>`;
      }),
    );
    return `<tr><th scope="row">${rowHeader(r)} <small>${escapeHtml(r.period.start)}</small></th>${cells.join('')}</tr>`;
  });
  return [
    '<section aria-labelledby="heatmap">',
    `<h2 id="heatmap">${escapeHtml(t.map)}</h2>`,
    `<ul class="legend" aria-label="${escapeHtml(t.legend)}">${legend}</ul>`,
    `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(w.heatmapRegion)}">`,
    `<table class="heatmap"><caption>${escapeHtml(w.heatmapCaption)}</caption>`,
    `<thead>${head1}${head2}</thead>`,
    `<tbody>${body.join('\n')}</tbody></table>`,
    '</div>',
    '</section>',
  ].join('\n');
}

function reachSection(model: ReportModel): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const w = WORDS[lang];
  const body = model.reach.map((r) => {
    const pct = r.total === 0 ? 0 : (r.reached / r.total) * 100;
    return `<tr><th scope="row">${escapeHtml(`${r.code} ${r.label[lang]}`)}</th><td class="num">${r.reached}</td><td class="num">${r.notReached}</td><td class="num">${r.unknown}</td><td><div class="bar" aria-hidden="true"><span style="width:${pct.toFixed(1)}%"></span></div>${formatNumber(pct, lang, 0)} %</td></tr>`;
  });
  return [
    '<section aria-labelledby="reach">',
    `<h2 id="reach">${escapeHtml(t.reach)}</h2>`,
    `<table><caption>${escapeHtml(w.reachCaption)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(t.requirement)}</th><th scope="col" class="num">${escapeHtml(t.reached)}</th><th scope="col" class="num">${escapeHtml(t.notReached)}</th><th scope="col" class="num">${escapeHtml(t.unknown)}</th><th scope="col">${escapeHtml(w.share)}</th></tr></thead>`,
    `<tbody>${body.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function fundingSection(model: ReportModel): string {
  const f = model.funding;
  if (f === undefined) return '';
  const lang = model.lang;
  const t = TEXT[lang];
  const money = (s: string): string => `${formatNumber(Number(s), lang, 2)} €`;
  return [
    '<section aria-labelledby="funding">',
    `<h2 id="funding">${escapeHtml(t.funding)}</h2>`,
    `<table><caption>${escapeHtml(WORDS[lang].fundingCaption)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(t.domain)}</th><th scope="col" class="num">${escapeHtml(t.amount)}</th></tr></thead>`,
    `<tbody>${f.byDomain.map((d) => `<tr><th scope="row">${escapeHtml(d.domain)}</th><td class="num" data-amount="${escapeHtml(d.amount)}">${escapeHtml(money(d.amount))}</td></tr>`).join('')}</tbody>`,
    `<tfoot><tr><th scope="row">${escapeHtml(t.total)}</th><td class="num" data-amount="${escapeHtml(f.total)}">${escapeHtml(money(f.total))}</td></tr></tfoot></table>`,
    `<p>${escapeHtml(f.note[lang])}</p>`,
    '</section>',
  ].join('\n');
}

function ghtSection(model: ReportModel): string {
  const g = model.ght;
  if (g === undefined) return '';
  return [
    '<section aria-labelledby="ght">',
    `<h2 id="ght">${escapeHtml(`${g.name} (${g.code}) — ${formatPeriod(g.period)}`)}</h2>`,
    explanationList(g.lines),
    '</section>',
  ].join('\n');
}

function indicatorRow(i: IndicatorResult, lang: Lang): string {
  const isRate = i.declared?.kind === 'rate' || i.gap?.unit === 'points';
  const word = INDICATOR_STATUS_LABELS[i.status][lang];
  const prov = i.provenance ? `${i.provenance.status} · ${i.provenance.source}` : '';
  return `<tr><th scope="row">${escapeHtml(i.code)}</th><td class="s-${i.status}">${INDICATOR_STATUS_MARKS[i.status]} ${escapeHtml(word)}</td><td class="num">${escapeHtml(formatObserved(i.observed, isRate, lang))}</td><td>${i.expected ? escapeHtml(formatExpected(i.expected, isRate, lang)) : ''}</td><td>${escapeHtml(explain(i, { lang }))}</td><td>${escapeHtml(prov)}</td></tr>`;
}

/** Explanation lines as nested-looking list items (the engine indents sub-levels with two spaces). */
function explanationList(lines: readonly string[]): string {
  const items = lines.map((line) => {
    const depth = Math.min(3, Math.floor((line.length - line.trimStart().length) / 2));
    return `<li class="d${depth}">${escapeHtml(line.trim())}</li>`;
  });
  return `<ul class="why">${items.join('')}</ul>`;
}

function detailSection(model: ReportModel, rows: readonly ReportRow[]): string {
  const lang = model.lang;
  const t = TEXT[lang];
  const w = WORDS[lang];
  const articles = rows.map((r, n) => {
    const reqs = [...r.evaluation.prerequisites, ...r.evaluation.domains];
    const id = `e${n}`;
    return [
      `<article aria-labelledby="${id}">`,
      `<h3 id="${id}">${rowHeader(r)} — ${escapeHtml(formatPeriod(r.period))}</h3>`,
      `<p>${escapeHtml(t.palier)} : ${levelBadge(r, lang)}</p>`.replace(' : ', lang === 'fr' ? ' : ' : ': '),
      explanationList(r.explanations),
      `<div class="scroll"><table><caption>${escapeHtml(`${w.indicator}s — ${r.finess} ${r.period.start}`)}</caption>`,
      `<thead><tr>${[w.indicator, w.status, w.observed, w.expected, w.explanation, w.provenance].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      `<tbody>${reqs.flatMap((q) => q.indicators.map((i) => indicatorRow(i, lang))).join('\n')}</tbody></table></div>`,
      '</article>',
    ].join('\n');
  });
  return [
    '<section aria-labelledby="detail">',
    `<h2 id="detail">${escapeHtml(w.detail)}</h2>`,
    ...articles,
    '</section>',
  ].join('\n');
}
