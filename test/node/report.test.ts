import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import type { EstablishmentEvaluation } from '../../src/evaluation/types.js';
import { exampleData } from '../../src/node/example/index.js';
import { parseCsv } from '../../src/node/io/csv.js';
import { csvCell, renderCsv } from '../../src/node/report/csv-out.js';
import { escapeHtml, renderHtml } from '../../src/node/report/html.js';
import { COMPACT_ABOVE, jsonChunks, renderJson } from '../../src/node/report/json-out.js';
import { escapeMarkdown, renderMarkdown } from '../../src/node/report/markdown.js';
import { buildReport } from '../../src/node/report/model.js';
import { ANSI, PLAIN, textTable, useColour, visibleWidth } from '../../src/node/report/style.js';
import { renderText } from '../../src/node/report/text.js';

const ESC = String.fromCharCode(27);
const stripAnsi = (s: string): string =>
  s
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
const data = exampleData();
const compiled = compileProgramme(data.programme);
const byFiness = new Map(data.establishments.map((e) => [e.finess, e]));
const evaluations: EstablishmentEvaluation[] = data.declarations.map((d) =>
  evaluateEstablishment(compiled, byFiness.get(d.finess)!, d, { asOf: '2022-01-31' }),
);
const hostile = new Map(byFiness);
hostile.set('630990018', {
  ...byFiness.get('630990018')!,
  name: '<script>alert(1)</script> & "CH" =SUM(A1)',
});
const model = buildReport(evaluations, {
  lang: 'en',
  programme: data.programme,
  asOf: '2022-01-31',
  establishments: hostile,
  notes: data.notes,
});

describe('streamed JSON', () => {
  const many = buildReport(
    Array.from({ length: Math.ceil((COMPACT_ABOVE + 1) / evaluations.length) }, () => evaluations).flat(),
    {
      lang: 'en',
      programme: data.programme,
      asOf: '2022-01-31',
      establishments: byFiness,
      notes: data.notes,
    },
  );

  it('a large report comes in pieces that join into exactly one JSON.stringify of the report', () => {
    const pieces = [...jsonChunks(many, [])];
    expect(many.rows.length).toBeGreaterThan(COMPACT_ABOVE);
    expect(pieces.length).toBeGreaterThan(many.rows.length);
    const joined = pieces.join('');
    expect(joined).toBe(renderJson(many, []));
    const parsed = JSON.parse(joined);
    expect(parsed.evaluations).toHaveLength(many.rows.length);
    expect(JSON.stringify(parsed)).toBe(joined.trimEnd());
  });

  it('a small report is one indented piece', () => {
    const pieces = [...jsonChunks(model, [])];
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toContain('\n  "');
  });
});

describe('buildReport', () => {
  it('counts evaluations, establishments and indicator statuses', () => {
    expect(model.summary.evaluations).toBe(27);
    expect(model.summary.establishments).toBe(9);
    expect(model.summary.reached + model.summary.notReached + model.summary.unknown).toBe(27);
    const total = Object.values(model.summary.indicators).reduce((a, b) => a + b, 0);
    expect(total).toBe(
      evaluations.flatMap((e) => [...e.prerequisites, ...e.domains].flatMap((r) => r.indicators)).length,
    );
    expect(model.indicatorCodes.slice(0, 3)).toEqual(['P1.EX', 'P2.1', 'P2.3']);
    expect(model.reach.map((r) => r.code)).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
    ]);
  });

  it('explains the blockers in the engine’s words', () => {
    const row = model.rows.find((r) => r.finess === '630990026' && r.period.start === '2021-10-01')!;
    expect(row.palier).toBe('not-reached');
    expect(row.notReached).toEqual(['D3']);
    expect(
      row.explanations.some((l) => l.includes('D3.5 — not met') && l.includes('Gap: 10 more numerator unit')),
    ).toBe(true);
    expect(row.explanations.some((l) => l.includes('D7.EX — unknown'))).toBe(true);
  });

  it('shows establishments reaching the palier once the example states every requirement complete', () => {
    const reached = model.rows.filter((r) => r.palier === 'reached').map((r) => r.finess);
    expect(new Set(reached)).toEqual(new Set(['630990067', '630990091']));
  });
});

describe('renderers', () => {
  it('HTML is self-contained, escapes user text and carries the key numbers', () => {
    const html = renderHtml(model);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;CH&quot;');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("default-src 'none'");
    // the one script is palier's own filter; nothing is fetched, every link stays in the page or goes to http(s)
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\((?!#)|\s(src|action)=/i);
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(#|https?:\/\/)/);
    expect(html).toContain('data-kpi="evaluations">27<');
    expect(html).toContain('<caption>');
    expect(html).toContain('scope="col"');
    expect(html).toContain('@media print');
  });

  it('HTML details every period with the engine’s sentences up to detailLimit evaluations, compactly above', () => {
    const detailed = renderHtml(model);
    expect(detailed).toContain('D3.5 — not met: The declared value is below the threshold. Observed 79.8 %');
    const compact = renderHtml(model, { detailLimit: 2 });
    expect(compact).not.toContain('The declared value is below the threshold');
    expect(compact).toContain('<p>1 October 2021 ✗ D3.5 · ? D7.EX · ✓ 11 met');
    expect(compact.match(/<details id=e/g)).toHaveLength(9);
  });

  it('Markdown escapes pipes and HTML and lists the explanations', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('## Reach per prerequisite and domain');
    expect(md).toMatch(/- D3\.5 — not met/);
    expect(escapeMarkdown('a|b*c')).toBe('a\\|b\\*c');
  });

  it('CSV has one row per evaluation and indicator, defuses formulas and parses back', () => {
    const csv = renderCsv(model);
    const table = parseCsv(csv, ',');
    const rows = evaluations.flatMap((e) =>
      [...e.prerequisites, ...e.domains].flatMap((r) => r.indicators),
    ).length;
    expect(table.records).toHaveLength(rows + 1);
    expect(table.issues).toEqual([]);
    const header = table.records[0]!.values;
    const name = table.records.find((r) => r.values[0] === '630990018')!.values[header.indexOf('name')];
    expect(name).toBe('<script>alert(1)</script> & "CH" =SUM(A1)');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-3', false)).toBe('-3');
  });

  it('JSON carries the evaluations in full and the problems', () => {
    const out = JSON.parse(renderJson(model, []));
    expect(out.evaluations).toHaveLength(27);
    expect(out.evaluations[0].prerequisites[0].code).toBe('P1');
    expect(out.problems).toEqual([]);
  });

  it('the text table aligns columns whatever the colours', () => {
    const plain = renderText(model, PLAIN);
    const coloured = renderText(model, ANSI);
    expect(plain).toContain('Indicator map');
    expect(coloured.split(ESC).length).toBeGreaterThan(10);
    expect(stripAnsi(coloured)).toBe(plain);
    expect(textTable(['a', 'b'], [['1', '22']])).toEqual(['a  b', '─  ──', '1  22']);
    expect(visibleWidth(ANSI.green('ok'))).toBe(2);
  });
});

describe('useColour', () => {
  it('follows NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(useColour({ isTty: true, env: {} })).toBe(true);
    expect(useColour({ isTty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColour({ isTty: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColour({ isTty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColour({ isTty: true, env: { TERM: 'dumb' } })).toBe(false);
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
