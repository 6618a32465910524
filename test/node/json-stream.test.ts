import { describe, expect, it } from 'vitest';
import type { EstablishmentEvaluation } from '../../src/evaluation/types.js';
import { createEvaluator } from '../../src/node/evaluate-run.js';
import { streamDeclarations } from '../../src/node/io/read-declarations.js';
import { renderJson } from '../../src/node/report/json-out.js';
import { JsonReportStream } from '../../src/node/report/json-stream-out.js';
import { buildReport } from '../../src/node/report/model.js';
import { hopen } from '../../src/programmes/index.js';
import { run } from './fake-io.js';

const HEADER = 'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason';

/** `n` one-day declarations of two establishments, values spread around D2.2's 98 % target. */
function declarations(n: number): string {
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2019, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
    const finess = i % 2 === 0 ? '750712184' : '330781196';
    rows.push(`${finess},${day},${day},D2.2,,${940 + (i % 60)},1000,`);
    if (i % 3 === 0) rows.push(`${finess},${day},${day},P2.1,${i % 2 === 0 ? 'oui' : 'non'},,,`);
  }
  return rows.join('\n');
}

async function held(text: string): Promise<unknown> {
  const evaluations: EstablishmentEvaluation[] = [];
  const evaluator = createEvaluator({
    programme: hopen,
    asOf: '2022-01-01',
    onEvaluation: (e) => evaluations.push(e),
    onProblem: () => {},
  });
  async function* source() {
    yield text;
  }
  const read = await streamDeclarations(
    source(),
    { file: 'd.csv', programme: hopen },
    {
      declaration: evaluator.declaration,
      problem: () => {},
    },
  );
  const model = buildReport(evaluations, {
    lang: 'en',
    programme: hopen,
    asOf: '2022-01-01',
    input: read.summary,
    notes: [
      {
        fr: '2 établissements sans données d’activité (--establishments) : tous les indicateurs sont jugés applicables.',
        en: '2 establishments without activity data (--establishments): every indicator is taken as applicable.',
      },
    ],
  });
  return JSON.parse(renderJson(model, []));
}

function byPlace(a: { finess: string; period: { start: string } }, b: typeof a): number {
  return a.finess.localeCompare(b.finess) || a.period.start.localeCompare(b.period.start);
}

describe('palier evaluate --format json, streamed', () => {
  it('beyond 500 evaluations: compact, evaluations first, the same content as the held report', async () => {
    const text = declarations(1200);
    const r = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
      files: { 'd.csv': text },
    });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{"programme":{"id":"hopen"')).toBe(true);
    expect(r.stdout.indexOf('"evaluations":[')).toBeLessThan(r.stdout.indexOf('"summary":'));
    const streamed = JSON.parse(r.stdout);
    const expected = (await held(text)) as typeof streamed;
    expect(streamed.evaluations).toHaveLength(1200);
    expect(streamed.summary).toEqual(expected.summary);
    expect(streamed.reach).toEqual(expected.reach);
    expect(streamed.input).toEqual(expected.input);
    expect(streamed.notes).toEqual(expected.notes);
    expect([...streamed.evaluations].sort(byPlace)).toEqual(expected.evaluations);
  });

  it('up to 500 evaluations: the indented report, exactly as renderJson writes it', async () => {
    const text = declarations(40);
    const r = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
      files: { 'd.csv': text },
    });
    expect(r.stdout.startsWith('{\n  "programme"')).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(await held(text));
  });

  it('writes the evaluations while the input is read: text is ready after each one past 500', async () => {
    const evaluations: EstablishmentEvaluation[] = [];
    const evaluator = createEvaluator({
      programme: hopen,
      asOf: '2022-01-01',
      onEvaluation: (e) => evaluations.push(e),
      onProblem: () => {},
    });
    async function* source() {
      yield declarations(502);
    }
    await streamDeclarations(
      source(),
      { file: 'd.csv', programme: hopen },
      {
        declaration: evaluator.declaration,
        problem: () => {},
      },
    );
    const stream = new JsonReportStream({ lang: 'en', programme: hopen, asOf: '2022-01-01' });
    evaluations.slice(0, 500).forEach((e) => {
      stream.add(e);
    });
    expect(stream.take()).toEqual([]);
    stream.add(evaluations[500]!);
    expect(stream.take().join('')).toMatch(/^\{"programme":.*"evaluations":\[\{/);
    stream.add(evaluations[501]!);
    const next = stream.take().join('');
    expect(next.startsWith(',{"finess":')).toBe(true);
    expect(stream.take()).toEqual([]);
    expect(JSON.parse(`[${next.slice(1)}]`)).toHaveLength(1);
  });
});

describe('a complete declaration is evaluated at once', () => {
  /** The rows of one declaration with every indicator of HOP'EN (a complete one). */
  function complete(finess: string, start: string, end: string): string[] {
    return [...hopen.prerequisites, ...hopen.domains].flatMap((r) =>
      r.indicators.map((i) =>
        i.kind === 'yes-no'
          ? `${finess},${start},${end},${i.code},oui,,,`
          : `${finess},${start},${end},${i.code},,90,100,`,
      ),
    );
  }

  it('is handed on as soon as its last indicator is read, before the rest of the file', async () => {
    const first = `${[HEADER, ...complete('750712184', '2021-01-01', '2021-03-31')].join('\n')}\n`;
    const second = `\n${complete('330781196', '2021-01-01', '2021-03-31').join('\n')}\n`;
    const seen: string[] = [];
    let piecesRead = 0;
    async function* source() {
      piecesRead = 1;
      yield first;
      piecesRead = 2;
      yield second;
    }
    await streamDeclarations(
      source(),
      { file: 'd.csv', programme: hopen },
      {
        declaration: (d) => seen.push(`${d.finess}@${piecesRead}`),
        problem: () => {},
      },
    );
    // the first declaration was complete when the first piece ended: evaluated before the second piece came
    expect(seen).toEqual(['750712184@1', '330781196@2']);
  });

  it('a row for a declaration already complete is a duplicate, rejected and counted, never a second evaluation', async () => {
    const rows = [
      HEADER,
      ...complete('750712184', '2021-01-01', '2021-03-31'),
      '750712184,2021-01-01,2021-03-31,D2.2,,10,100,',
    ];
    const r = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
      files: { 'd.csv': rows.join('\n') },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error [duplicate-declaration]');
    expect(JSON.parse(r.stdout).evaluations).toHaveLength(1);
    const n = rows.length - 1;
    expect(r.stderr).toContain(`d.csv: ${n} rows read, ${n - 1} valid, 1 invalid`);
  });
});
