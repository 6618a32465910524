import { arsOf } from '../../actors/ars.js';
import { actorDepartment } from '../../actors/establishments.js';
import type { Lang } from '../../core/label.js';
import { VOCABULARY } from '../../core/vocabulary.js';
import type { CalendarDate } from '../../dates/index.js';
import { explain } from '../../evaluation/explain.js';
import type { Expected, IndicatorResult, IndicatorStatus } from '../../evaluation/types.js';
import { formatExpected } from './describe.js';
import { esc, levelMark, link, periodInWords, shortStatus, statusMark } from './html-parts.js';
import { HTML_WORDS } from './html-words.js';
import {
  countOf,
  formatDate,
  formatNumber,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUS_MARKS,
  INDICATOR_STATUSES,
  PROVENANCE_STATUS_LABELS,
} from './labels.js';
import type { ReportEstablishment, ReportModel, ReportRow } from './model.js';

/** Where an establishment is placed: its region in force at the report date. */
interface Place {
  readonly code: string;
  readonly name: string;
}

/** Region of each department as of `asOf`, looked up once per department. */
function placer(
  asOf: CalendarDate,
): (finess: string, e: ReportEstablishment | undefined) => Place | undefined {
  const cache = new Map<string, Place | undefined>();
  return (finess, e) => {
    const dep = actorDepartment({
      finess,
      ...(e?.department !== undefined ? { department: e.department } : {}),
    });
    const key = dep ?? `finess:${finess}`;
    if (!cache.has(key)) {
      const found = dep === undefined ? arsOf({ finess }, asOf) : arsOf({ department: dep }, asOf);
      cache.set(key, found.ok ? { code: found.value.region.code, name: found.value.region.name } : undefined);
    }
    return cache.get(key);
  };
}

/** Rows grouped by FINESS, in row order (rows are sorted by FINESS then period). */
function byEstablishment(rows: readonly ReportRow[]): ReportRow[][] {
  const groups: ReportRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]!.finess === row.finess) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function isRate(i: IndicatorResult): boolean {
  return i.declared?.kind === 'rate' || i.gap?.unit === 'points';
}

const FAILING: readonly IndicatorStatus[] = ['not-met', 'invalid', 'missing', 'unknown'];

/** Indicator statuses of one evaluation: failing results listed, the others counted. */
function indicatorsOf(row: ReportRow): { failing: IndicatorResult[]; counts: Map<IndicatorStatus, number> } {
  const failing: IndicatorResult[] = [];
  const counts = new Map<IndicatorStatus, number>();
  for (const req of [...row.evaluation.prerequisites, ...row.evaluation.domains]) {
    for (const i of req.indicators) {
      counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
      if (FAILING.includes(i.status)) failing.push(i);
    }
  }
  return { failing, counts };
}

/** The one-line summary of the indicators that pass: `✓ 35 atteints, 2 sans objet`. */
function passingLine(counts: Map<IndicatorStatus, number>, lang: Lang): string {
  const parts = (['met', 'not-applicable'] as const)
    .filter((s) => (counts.get(s) ?? 0) > 0)
    .map((s) => countOf(counts.get(s)!, s, lang));
  return parts.length === 0 ? '' : `${INDICATOR_STATUS_MARKS.met} ${esc(parts.join(', '))}`;
}

/** Requirements not reached, as codes: `D2 D3`. */
function notReachedCodes(row: ReportRow): string {
  return esc(row.notReached.join(' '));
}

/** Failing indicators by status: `✗ D2.2 D3.1 · ? P2.1` (their values are in the CSV and JSON exports). */
function failingLine(failing: readonly IndicatorResult[]): string {
  return FAILING.map((status) => {
    const codes = failing.filter((i) => i.status === status).map((i) => i.code);
    return codes.length === 0 ? '' : `${INDICATOR_STATUS_MARKS[status]} ${esc(codes.join(' '))}`;
  })
    .filter((p) => p !== '')
    .join(' · ');
}

/**
 * One period of an establishment, its dates in words. `full` (a list item): the period, the palier, the
 * engine's sentences for what blocks it and for each failing indicator (value, threshold, gap), the passing
 * ones counted. `latest` (a line): the period's start, the failing indicators by status, the passing ones
 * counted. `earlier` (a line): the period's start, the palier's mark, the requirements not reached. Compact
 * periods are paragraphs rather than list items: 12 bytes fewer per establishment, which pays for the dates in
 * words within the page-weight budget.
 */
function periodItem(row: ReportRow, lang: Lang, depth: 'full' | 'latest' | 'earlier'): string {
  const start = esc(formatDate(row.period.start, lang));
  if (depth === 'earlier') {
    const codes = notReachedCodes(row);
    return `<p>${start} ${levelMark(row.palier)}${codes === '' ? '' : ` ${codes}`}`;
  }
  const { failing, counts } = indicatorsOf(row);
  if (depth === 'latest') {
    const lines = [failingLine(failing), passingLine(counts, lang)].filter((l) => l !== '');
    return `<p>${start} ${lines.join(' · ')}`;
  }
  const period = `<b>${esc(periodInWords(row.period, lang))}</b>`;
  const misses = failing.map(
    (i) =>
      `<li><span class="k s-${i.status}">${INDICATOR_STATUS_MARKS[i.status]}</span> ${esc(explain(i, { lang }))}</li>`,
  );
  const why = row.explanations
    .slice(1)
    .filter((l) => !l.startsWith('    '))
    .map((l) => `<li>${esc(l.trim())}</li>`);
  const list = (cls: string, items: readonly string[]) =>
    items.length === 0 ? '' : `<ul class="${cls}">${items.join('')}</ul>`;
  const lists = `${list('why', why)}${list('miss', misses)}`;
  const passing = passingLine(counts, lang);
  const tail = passing === '' ? '' : lists === '' ? ` · ${passing}` : `<div class="m">${passing}</div>`;
  return `<li>${period} ${esc(VOCABULARY.palier[lang])} ${statusMark(row.palier, lang, true)}${lists}${tail}</li>`;
}

/** An attribute value, quoted only when it needs to be. */
function attr(value: string): string {
  return /^[\w-]+$/.test(value) ? value : `"${esc(value)}"`;
}

/**
 * The drill-down: one `<details>` per establishment, its summary a compact line (FINESS, name, region, legal
 * status, the palier's mark for each period from the oldest, what blocks the latest), its body one line per
 * period, latest first; only what is missed or unknown is spelled out, what passes is counted on one line.
 * `full` puts the engine's sentences in every period; otherwise the latest period lists the failing
 * indicators by status and earlier periods the requirements not reached.
 */
export function establishmentsList(model: ReportModel, full: boolean): string {
  const lang = model.lang;
  const place = placer(model.asOf);
  // the filter reads the region as the first part of <small> and the latest palier from the marks' class
  const items = byEstablishment(model.rows).map((rows) => {
    const first = rows[0]!;
    const latest = rows[rows.length - 1]!;
    const e = model.establishments.get(first.finess);
    const region = place(first.finess, e);
    const status = e?.status !== undefined ? VOCABULARY[e.status][lang] : '';
    const marks = rows.map((r) => levelMark(r.palier)).join('');
    const where = [region?.name ?? '', status].filter((s) => s !== '').join(' · ');
    const periods = rows
      .map((r) => periodItem(r, lang, full ? 'full' : r === latest ? 'latest' : 'earlier'))
      .reverse()
      .join('');
    return `<details id=${attr(`e${first.finess}`)}><summary><b>${esc(first.finess)}</b> ${esc(first.name ?? '')} <small>${esc(where)}</small> <i class=l-${shortStatus(latest.palier)}>${marks}</i> ${notReachedCodes(latest)}</summary>${full ? `<ul>${periods}</ul>` : periods}</details>`;
  });
  return `<div id="list">${items.join('\n')}</div>`;
}

/** The filter form (shown by the script; hidden without it). */
export function filterForm(model: ReportModel): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  const regions = (model.overview.dashboard.by.region?.rows ?? []).filter((r) => r.name !== undefined);
  const establishments = new Set(model.rows.map((r) => r.finess)).size;
  return [
    `<form id="filter" role="search" hidden>`,
    `<label>${esc(w.search)} <input id="q" type="search" autocomplete="off"></label>`,
    `<label>${esc(capital(VOCABULARY.region[lang]))} <select id="r"><option value="">${esc(w.allRegions)}</option>${regions.map((r) => `<option>${esc(r.name!)}</option>`).join('')}</select></label>`,
    `<label>${esc(w.palierLatest)} <select id="s"><option value="">${esc(w.allStatuses)}</option>${(['reached', 'not-reached', 'unknown'] as const).map((s) => `<option value="${shortStatus(s)}">${esc(VOCABULARY[s][lang])}</option>`).join('')}</select></label>`,
    `<output id="n" aria-live="polite" data-one="${esc(w.shown[0])}" data-many="${esc(w.shown[1])}" data-lang="${lang}">${formatNumber(establishments, lang, 0)} ${esc(lang === 'fr' && establishments < 2 ? w.shown[0] : w.shown[1])}</output>`,
    '</form>',
    `<noscript><p class="small">${esc(w.noScript)}</p></noscript>`,
  ].join('');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The legend of the marks used in the list. */
export function marksLegend(lang: Lang): string {
  return `<ul class="legend" aria-label="${esc(HTML_WORDS[lang].legend)}">${INDICATOR_STATUSES.map(
    (k) =>
      `<li><span class="s-${k} k" aria-hidden="true">${INDICATOR_STATUS_MARKS[k]}</span> ${esc(INDICATOR_STATUS_LABELS[k][lang])}</li>`,
  ).join('')}</ul>`;
}

/** Every indicator once: label, the thresholds applied, the source of the rule as a link. */
export function indicatorsTable(model: ReportModel, labels: ReadonlyMap<string, string>): string {
  const lang = model.lang;
  const w = HTML_WORDS[lang];
  interface Entry {
    readonly expected: Map<string, Expected>;
    rate: boolean;
    source?: string;
    status?: string;
  }
  const seen = new Map<string, Entry>();
  for (const row of model.rows) {
    for (const req of [...row.evaluation.prerequisites, ...row.evaluation.domains]) {
      for (const i of req.indicators) {
        let entry = seen.get(i.code);
        if (entry === undefined) {
          entry = { expected: new Map(), rate: false };
          seen.set(i.code, entry);
        }
        entry.rate ||= isRate(i);
        const e = i.expected;
        if (e !== undefined) entry.expected.set(`${e.comparator} ${e.value} ${e.inclusive} ${e.role}`, e);
        if (entry.source === undefined && i.provenance !== undefined) {
          entry.source = i.provenance.source;
          entry.status = PROVENANCE_STATUS_LABELS[i.provenance.status][lang];
        }
      }
    }
  }
  const thresholds = (entry: Entry | undefined): string =>
    entry === undefined
      ? ''
      : [...new Set([...entry.expected.values()].map((e) => formatExpected(e, entry.rate, lang)))].join(
          ' / ',
        );
  const body = model.indicatorCodes.map((code) => {
    const entry = seen.get(code);
    const source = entry?.source === undefined ? '' : `${link(entry.source)} (${esc(entry.status ?? '')})`;
    return `<tr><th scope="row">${esc(code)}</th><td>${esc(labels.get(code) ?? '')}</td><td>${esc(thresholds(entry))}</td><td>${source}</td></tr>`;
  });
  return `<div class="scroll"><table id="t-indicators"><caption>${esc(w.indicators)}</caption><thead><tr><th scope="col">${esc(w.code)}</th><th scope="col">${esc(w.indicator)}</th><th scope="col">${esc(w.threshold)}</th><th scope="col">${esc(w.provenance)}</th></tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}
