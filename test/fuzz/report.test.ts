/**
 * Report rendering under hostile text: every string a report shows that can come from input or a programme
 * file (names, FINESS, codes, labels, notes, explanations, GHT, funding) is generated, and each renderer must
 * keep its promise — terminal text carries no raw control character, Markdown lets no raw HTML or table
 * breakout through, HTML escapes everything, CSV cells never start a formula — and none throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/core/label.js';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import { plainEvaluation } from '../../src/evaluation/evaluation-view.js';
import type { EstablishmentEvaluation } from '../../src/evaluation/types.js';
import { exampleData } from '../../src/node/example/index.js';
import { parseCsv } from '../../src/node/io/csv.js';
import { renderCsv } from '../../src/node/report/csv-out.js';
import { renderHtml } from '../../src/node/report/html.js';
import { FILTER_SCRIPT } from '../../src/node/report/html-script.js';
import { renderMarkdown } from '../../src/node/report/markdown.js';
import type { ReportModel } from '../../src/node/report/model.js';
import { buildReport } from '../../src/node/report/model.js';
import { ANSI, PLAIN } from '../../src/node/report/style.js';
import { renderText } from '../../src/node/report/text.js';
import type { Programme } from '../../src/programme/types.js';
import { params, RUNS } from './harness.js';
import { hostileText, OWN_SGR, RAW_CONTROL } from './hostile-text.js';

const data = exampleData();
const compiled = compileProgramme(data.programme);
const byFiness = new Map(data.establishments.map((e) => [e.finess, e]));
/** A few real evaluations (one per establishment, latest period) to dress with hostile text. */
const EVALUATIONS: readonly EstablishmentEvaluation[] = data.declarations
  .filter((d) => d.period.start === '2021-10-01')
  .slice(0, 4)
  .map((d) => evaluateEstablishment(compiled, byFiness.get(d.finess)!, d, { asOf: '2022-01-31' }));

const label = hostileText.map((t): Label => ({ fr: t, en: t }));

/** Everything a report shows that can come from outside palier. */
const hostileReport = fc.record({
  lang: fc.constantFrom('fr' as const, 'en' as const),
  finess: fc.array(hostileText, { minLength: EVALUATIONS.length, maxLength: EVALUATIONS.length }),
  names: fc.array(hostileText, { minLength: EVALUATIONS.length, maxLength: EVALUATIONS.length }),
  programmeName: label,
  programmeId: hostileText,
  requirementLabel: label,
  notes: fc.array(label, { maxLength: 2 }),
  explanations: fc.array(hostileText, { maxLength: 3 }),
  ght: fc.record({ code: hostileText, name: hostileText, lines: fc.array(hostileText, { maxLength: 3 }) }),
  domain: hostileText,
  fundingNote: label,
});

function modelOf(h: HostileReport): ReportModel {
  const programme: Programme = {
    ...data.programme,
    id: h.programmeId,
    version: h.programmeId,
    name: h.programmeName,
    prerequisites: data.programme.prerequisites.map((r) => ({ ...r, label: h.requirementLabel })),
    domains: data.programme.domains.map((r) => ({ ...r, label: h.requirementLabel })),
  };
  const evaluations = EVALUATIONS.map((e, i) => ({ ...plainEvaluation(e), finess: h.finess[i]! }));
  return buildReport(evaluations, {
    lang: h.lang,
    programme,
    asOf: '2022-01-31',
    establishments: new Map(evaluations.map((e, i) => [e.finess, { name: h.names[i]! }])),
    notes: h.notes,
    explain: () => h.explanations,
    ght: { ...h.ght, period: { start: '2021-10-01', end: '2021-12-31' } },
    funding: { byDomain: [{ domain: h.domain, amount: '12.50' }], total: '12.50', note: h.fundingNote },
  });
}

type HostileReport = {
  lang: 'fr' | 'en';
  finess: string[];
  names: string[];
  programmeName: Label;
  programmeId: string;
  requirementLabel: Label;
  notes: Label[];
  explanations: string[];
  ght: { code: string; name: string; lines: string[] };
  domain: string;
  fundingNote: Label;
};

/** Unescaped `|` in a Markdown line (a `\|` is text, not a cell border). */
function pipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

describe('report rendering with hostile text (fuzz)', () => {
  it('terminal text: no raw control character, with or without colours', () => {
    fc.assert(
      fc.property(hostileReport, (h) => {
        const model = modelOf(h);
        const plain = renderText(model, PLAIN, { explainLimit: 10 });
        if (RAW_CONTROL.test(plain)) throw new Error(`raw control in ${JSON.stringify(plain)}`);
        const colour = renderText(model, ANSI, { explainLimit: 10 }).replace(OWN_SGR, '');
        if (RAW_CONTROL.test(colour)) throw new Error(`raw control in ${JSON.stringify(colour)}`);
      }),
      params(RUNS.heavy),
    );
  });

  it('Markdown: no raw HTML, no table breakout, one line per row', () => {
    fc.assert(
      fc.property(hostileReport, (h) => {
        const md = renderMarkdown(modelOf(h), 10);
        if (/<[a-z!/]/i.test(md)) throw new Error(`raw HTML in ${JSON.stringify(md)}`);
        const lines = md.split('\n');
        // every table keeps the column count of its header: a value cannot add or remove a cell
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!;
          if (!line.startsWith('| ') || !lines[i + 1]?.startsWith('| ---')) continue;
          const width = pipes(line);
          for (let j = i + 1; lines[j]?.startsWith('|'); j++)
            if (pipes(lines[j]!) !== width)
              throw new Error(`row ${JSON.stringify(lines[j])} breaks the table`);
        }
        // a heading only where palier puts one
        for (const line of lines)
          if (/^#/.test(line) && !/^#{1,3} /.test(line))
            throw new Error(`stray heading ${JSON.stringify(line)}`);
      }),
      params(RUNS.heavy),
    );
  });

  it('HTML: every text escaped, no tag from input', () => {
    fc.assert(
      fc.property(hostileReport, (h) => {
        const html = renderHtml(modelOf(h)).replace(`<script>${FILTER_SCRIPT}</script>`, '');
        if (html.includes('<x-evil') || html.includes('<script') || html.includes('<!--'))
          throw new Error('a tag from input reached the HTML');
      }),
      params(RUNS.heavy),
    );
  });

  it('CSV: parses back to one row per result with the header width; no cell starts a formula', () => {
    fc.assert(
      fc.property(hostileReport, (h) => {
        const model = modelOf(h);
        const table = parseCsv(renderCsv(model), ',');
        expect(table.issues).toEqual([]);
        const [header, ...rows] = table.records;
        for (const row of rows) {
          if (row.values.length !== header!.values.length) throw new Error('row width differs from header');
          for (const cell of row.values)
            if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))
              throw new Error(`formula cell ${JSON.stringify(cell)}`);
        }
        expect(rows.length).toBeGreaterThan(0);
      }),
      params(RUNS.heavy),
    );
  });
});
