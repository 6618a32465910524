import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../../src/evaluation/establishment.js';
import type { EstablishmentEvaluation } from '../../../src/evaluation/types.js';
import { exampleData } from '../../../src/node/example/index.js';
import { renderHtml } from '../../../src/node/report/html.js';
import { link } from '../../../src/node/report/html-parts.js';
import { FILTER_SCRIPT, scriptHash } from '../../../src/node/report/html-script.js';
import { countOf, formatMoney } from '../../../src/node/report/labels.js';
import { buildReport } from '../../../src/node/report/model.js';
import { nationalInput } from './national.js';

const data = exampleData();
const compiled = compileProgramme(data.programme);
const byFiness = new Map(data.establishments.map((e) => [e.finess, e]));
const evaluations: EstablishmentEvaluation[] = data.declarations.map((d) =>
  evaluateEstablishment(compiled, byFiness.get(d.finess)!, d, { asOf: '2022-01-31' }),
);
const report = (lang: 'fr' | 'en', extra: Partial<Parameters<typeof buildReport>[1]> = {}) =>
  buildReport(evaluations, {
    lang,
    programme: data.programme,
    asOf: '2022-01-31',
    establishments: byFiness,
    notes: data.notes,
    ...extra,
  });
/** Text of the page without tags, script and style (what a reader sees). */
const textOf = (html: string): string =>
  html
    .replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');

describe('HTML report: the overview', () => {
  const html = renderHtml(report('fr'));

  it('opens on the headline figures, a contents bar, then the charts', () => {
    const overview = html.indexOf('<section id="overview"');
    expect(overview).toBeGreaterThan(html.indexOf('<nav aria-label="Sommaire">'));
    expect(html.indexOf('data-kpi="establishments">9<')).toBeGreaterThan(overview);
    expect(html).toContain('data-kpi="periods">3<');
    for (const id of ['overview', 'breakdown', 'ght', 'establishments', 'indicators'])
      expect(html).toContain(`<a href="#${id}">`);
  });

  it('names every chart by its title and description and gives its data as a table', () => {
    const charts = [
      ...html.matchAll(/<svg class="chart" role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/g),
    ];
    expect(charts.map((c) => c[1])).toEqual([
      'c-levels-t',
      'c-trend-t',
      'c-region-t',
      'c-ars-t',
      'c-status-t',
      'c-category-t',
      'c-activity-t',
    ]);
    for (const [, title, desc] of charts) {
      expect(html).toContain(`<title id="${title}">`);
      expect(html).toContain(`<desc id="${desc}">`);
    }
    const figures = html.split('<figure id="').slice(1);
    expect(figures).toHaveLength(charts.length);
    for (const f of figures)
      expect(f.slice(0, f.indexOf('</figure>'))).toMatch(
        /<details class="data"><summary>Tableau des données<\/summary>(<div class="scroll">)?<table/,
      );
  });

  it('counts the latest period of each establishment, by region as of the report date, and says who blocks each GHT', () => {
    const model = report('fr');
    const d = model.overview.dashboard;
    expect(d.national.evaluated).toBe(9);
    expect(d.by.region?.rows.map((r) => r.name)).toEqual(['Auvergne-Rhône-Alpes']);
    expect(d.national.levels.palier?.reached).toBe(
      model.rows.filter((r) => r.period.start === '2021-10-01' && r.palier === 'reached').length,
    );
    const ght = model.overview.ght[0]!;
    expect(ght.evaluated).toBe(9);
    expect(ght.reached + ght.notReached + ght.unknown).toBe(9);
    expect(ght.blockers).toHaveLength(ght.notReached + ght.unknown);
    expect(ght.blockers.filter((b) => b.palier === 'not-reached')).toHaveLength(ght.notReached);
    const first = ght.blockers.find((b) => b.palier === 'not-reached')!;
    expect(html).toContain(`✗ <a href="#e${first.finess}">${first.finess}</a>`);
  });

  it('puts the trend over the three declared periods', () => {
    const trend = report('en').overview.trend!;
    expect(trend.periods.map((p) => p.start)).toEqual(['2020-10-01', '2021-04-01', '2021-10-01']);
    expect(trend.national.points.map((p) => p.observed)).toEqual([9, 9, 9]);
  });

  it('places establishments in the regions and ARS in force at the report date (Mayotte before and after 2020)', () => {
    const mayotte = { ...data.establishments[0]!, finess: '976000014', department: '976', ght: undefined };
    const declaration = {
      ...data.declarations[0]!,
      finess: mayotte.finess,
      period: { start: '2019-01-01', end: '2019-03-31' },
    };
    const one = [evaluateEstablishment(compiled, mayotte, declaration, { asOf: '2019-06-30' })];
    const establishments = new Map([[mayotte.finess, mayotte]]);
    const at = (asOf: string) =>
      buildReport(one, {
        lang: 'fr',
        programme: data.programme,
        asOf,
        establishments,
      }).overview.dashboard.by.ars?.rows.map((r) => r.key);
    expect(at('2019-06-30')).toEqual(['ars-ocean-indien']);
    expect(at('2021-06-30')).toEqual(['ars-mayotte']);
  });

  it('writes money the French way in French and never through a float', () => {
    expect(formatMoney('1000000.00', 'fr')).toBe('1\u202f000\u202f000,00\u00a0€');
    expect(formatMoney('1000000.00', 'en')).toBe('€1,000,000.00');
    expect(formatMoney('-1250.5', 'fr')).toBe('-1\u202f250,50\u00a0€');
    expect(formatMoney('12345678901234567.89', 'fr')).toBe(
      '12\u202f345\u202f678\u202f901\u202f234\u202f567,89\u00a0€',
    );
    const funded = renderHtml(
      report('fr', {
        funding: {
          byDomain: [{ domain: 'D2', amount: '1000000.00' }],
          total: '1000000.00',
          note: { fr: 'Simulation.', en: 'Simulation.' },
        },
      }),
    );
    expect(funded).toContain('>1\u202f000\u202f000,00\u00a0€<');
    expect(funded).toContain('<a href="#funding">');
  });

  it('agrees counted status words in French', () => {
    expect(countOf(1, 'met', 'fr')).toBe('1 atteint');
    expect(countOf(35, 'met', 'fr')).toBe('35 atteints');
    expect(countOf(2, 'not-applicable', 'fr')).toBe('2 sans objet');
    expect(countOf(2, 'missing', 'fr')).toBe('2 non déclarés');
    expect(countOf(2, 'met', 'en')).toBe('2 met');
  });

  it('says nothing in English in the French report', () => {
    const text = textOf(html);
    for (const word of [
      ' not met',
      ' not reached',
      'unknown',
      ' reached ',
      'Share',
      'Evaluation',
      ' yes',
      ' no ',
      'Threshold',
      'missing',
    ])
      expect(text).not.toContain(word);
  });
});

describe('HTML report: the drill-down', () => {
  it('one collapsible line per establishment, its periods inside, latest first', () => {
    const html = renderHtml(report('fr'));
    const items =
      html.match(
        /<details id=e\d+><summary><b>\d+<\/b> [^<]+<small>[^<]+<\/small> <i class=l-[rnu]>[✓✗?]{3}<\/i>/g,
      ) ?? [];
    expect(items).toHaveLength(9);
    const one = html.slice(
      html.indexOf('<details id=e630990026'),
      html.indexOf('</details>', html.indexOf('<details id=e630990026')),
    );
    const latest = one.indexOf('1er octobre 2021 → 31 décembre 2021');
    expect(latest).toBeGreaterThan(0);
    expect(latest).toBeLessThan(one.indexOf('1er octobre 2020 → 31 décembre 2020'));
    expect(one).toContain('D3.5 — non atteint');
    expect(one).toMatch(/✓ \d+ atteints/);
  });

  it.each(['fr', 'en'] as const)('writes every period in words in %s, detailed or compact', (lang) => {
    const model = report(lang);
    for (const detailLimit of [300, 0]) {
      const html = renderHtml(model, { detailLimit });
      const list = html.slice(html.indexOf('<div id="list">'));
      // text only: ISO dates stay allowed in attributes, none may reach a reader
      const text = list.replace(/<[^>]*>/g, ' ');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toContain(lang === 'fr' ? '1er octobre 2021' : '1 October 2021');
      if (detailLimit > 0)
        expect(text).toContain(
          lang === 'fr' ? '1er octobre 2021 → 31 décembre 2021' : '1 October 2021 → 31 December 2021',
        );
    }
    const overview = renderHtml(model);
    expect(overview.indexOf('id="f-trend"')).toBeGreaterThan(0);
    const trend = overview.slice(overview.indexOf('id="f-trend"'), overview.indexOf('<div id="list">'));
    expect(trend.replace(/<[^>]*>/g, ' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('links sources only when they are http(s) addresses, escaped', () => {
    expect(link('https://example.org/a?b=1&c="2"')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" rel="noreferrer">example.org</a>',
    );
    expect(link('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(link('seed:001')).toBe('seed:001');
    expect(link('https://exa mple.org/')).toBe('https://exa mple.org/');
    const html = renderHtml(report('fr'));
    expect(html).toMatch(/<a href="https?:\/\/[^"]+" rel="noreferrer">/);
  });

  it('never replays a hostile name raw: markup escaped, control and bidi characters shown as escapes', () => {
    const hostile = new Map(byFiness);
    hostile.set('630990091', {
      ...byFiness.get('630990091')!,
      name: 'CH <img src=x onerror=alert(1)>\u001b[2J\u202e\u0007 "q"',
      category: '<svg onload=alert(1)>\u001b]0;x\u0007',
    });
    const html = renderHtml(report('fr', { establishments: hostile }));
    expect(html).toContain('CH &lt;img src=x onerror=alert(1)&gt;\\x1b[2J\\u202e\\x07 &quot;q&quot;');
    expect(html).not.toContain('<img');
    expect(html).toContain('<text x="0" y="11">&lt;svg onload=alert(1)&gt;\\x1b]0;x\\x07 (1)</text>');
    expect(html).not.toContain('<svg onload');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking none reaches the page
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });

  it('allows its own filter script by hash and no other', () => {
    const html = renderHtml(report('en'));
    expect(html).toContain(`script-src ${scriptHash()}`);
    expect(html).toContain(`<script>${FILTER_SCRIPT}</script>`);
    expect(html).toContain('<form id="filter" role="search" hidden>');
  });
});

describe('HTML report at national scale', () => {
  const national = nationalInput(3000, 3);
  const model = buildReport(national.evaluations, {
    lang: 'fr',
    programme: national.programme,
    asOf: '2022-01-31',
    establishments: new Map(national.establishments.map((e) => [e.finess, e])),
  });
  const html = renderHtml(model);

  it('weighs at most 1.5 MB for 3,000 establishments × 3 periods', () => {
    expect(model.rows).toHaveLength(9000);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(1_500_000);
  });

  it('still lists every establishment once, and the latest period’s failing indicators', () => {
    expect(html.match(/<details id=e/g)).toHaveLength(3000);
    const first = model.rows.filter((r) => r.finess === model.rows[0]!.finess).at(-1)!;
    const failing = [...first.evaluation.prerequisites, ...first.evaluation.domains]
      .flatMap((r) => r.indicators)
      .filter((i) => i.status === 'not-met');
    const block = html.slice(
      html.indexOf(`<details id=e${first.finess}`),
      html.indexOf('</details>', html.indexOf(`<details id=e${first.finess}`)),
    );
    for (const i of failing) expect(block).toContain(i.code);
  });

  it('breaks the nation down by every region, status and category, and rolls up each GHT', () => {
    const by = model.overview.dashboard.by;
    expect(by.region?.rows).toHaveLength(12); // metropolitan regions but Corsica (departments 01–95 but 20)
    expect(by.region?.rows.reduce((n, r) => n + r.evaluated, 0)).toBe(3000);
    expect(by.status?.rows.map((r) => r.key)).toEqual(['private-for-profit', 'private-non-profit', 'public']);
    expect(model.overview.ght.reduce((n, g) => n + g.evaluated, 0)).toBe(2700);
    expect(html).toContain('<table id="t-ght"');
  });
});
