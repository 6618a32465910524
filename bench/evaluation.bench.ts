/**
 * Evaluation at national scale: 3,000 establishments × 45 indicators — HOP'EN and the 40 SYNTHETIC indicators of
 * `bench/generate-national.ts` — with the same national-like spread of values (rates between 40 % and 100 % of
 * their denominator against targets of 50–94 %, so about 37 % of all indicators — 58 % of the rates compared — are
 * missed and the gap path runs; one answer in ten is "non"; 3 % of rates declared not applicable; varied
 * activities).
 *
 * The baseline is a plain loop over the same values: read each value, compare numbers, count what is met — no
 * records, no roll-up. A "reads only" row looks the values up without comparing them: most of the plain loop's
 * time, and a floor for any evaluation (the declared values of an establishment sit in a 45-key object, and each
 * lookup is a hash probe that often misses the processor's caches). `evaluateMany` keeps its results (compact columns and one view per establishment); the
 * retained heap is measured per establishment. A last row evaluates 300,000 establishment-periods (100 batches
 * over the same 3,000 declarations) and keeps them all, to show they fit in Node's default heap.
 *
 * Every added threshold is SYNTHETIC (the official guides are unverified): the figures measure speed, nothing
 * else. Run: `npm run bench -- evaluation` (or `node --expose-gc --import tsx bench/evaluation.bench.ts`).
 */
import { getHeapStatistics } from 'node:v8';
import { ACTIVITIES, type Activity, type Establishment } from '../src/actors/types.js';
import {
  type BatchEvaluation,
  compileProgramme,
  type DeclaredValue,
  type EvaluationInput,
  evaluateEstablishment,
  evaluateMany,
} from '../src/evaluation/index.js';
import type { Programme } from '../src/programme/types.js';
import { type BenchRow, interleave, report, rng } from './lib.js';
import { benchmarkProgramme } from './national-programme.js';

const ESTABLISHMENTS = 3000;
const asOf = '2021-06-30';

/** Establishments and their declarations, with the national generator's spread of values. */
function nationalInputs(programme: Programme, count: number): EvaluationInput[] {
  const random = rng(42);
  const indicators = [...programme.prerequisites, ...programme.domains].flatMap((r) => r.indicators);
  return Array.from({ length: count }, (_, e) => {
    const finess = String(100_000_000 + e);
    const activities = ACTIVITIES.filter((_, i) => (e + i) % 3 === 0 || i === e % ACTIVITIES.length);
    const establishment: Establishment = {
      finess,
      level: 'legal-entity',
      name: `Établissement ${e}`,
      status: 'public',
      activities: activities as Activity[],
    };
    const values: Record<string, DeclaredValue> = {};
    for (const ind of indicators) values[ind.code] = nationalValue(ind.kind, random);
    const declaration = {
      finess,
      level: 'legal-entity' as const,
      programme: { id: programme.id, version: programme.version },
      period: { start: '2021-01-01', end: '2021-03-31' },
      values,
    };
    return { establishment, declaration };
  });
}

function nationalValue(kind: string, random: () => number): DeclaredValue {
  if (kind === 'yes-no') return { kind: 'yes-no', value: random() < 0.9 };
  if (kind === 'count') return { kind: 'count', value: Math.floor(random() * 1000) };
  if (random() < 0.03) return { kind: 'not-applicable', reason: 'aucun séjour concerné' };
  const denominator = 100 + Math.floor(random() * 9900);
  return { kind: 'rate', numerator: Math.floor(denominator * (0.4 + random() * 0.6)), denominator };
}

/** The plain loop: read every value and compare numbers (floats), counting what is met. No records. */
function plainLoop(
  rows: readonly EvaluationInput[],
  rules: readonly { code: string; value: number }[],
): number {
  let met = 0;
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r]!.declaration.values;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const v = values[rule.code];
      if (v === undefined) continue;
      if (v.kind === 'yes-no') {
        if (v.value) met++;
      } else if (v.kind === 'rate' && 'numerator' in v && v.numerator * 100 >= rule.value * v.denominator)
        met++;
    }
  }
  return met;
}

/** Only the reads: every indicator's declared value looked up, nothing compared — what no evaluation can avoid. */
function readsOnly(rows: readonly EvaluationInput[], rules: readonly { code: string }[]): number {
  let declared = 0;
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r]!.declaration.values;
    for (let i = 0; i < rules.length; i++) if (values[rules[i]!.code] !== undefined) declared++;
  }
  return declared;
}

const programme = benchmarkProgramme();
const compiled = compileProgramme(programme);
const rows = nationalInputs(programme, ESTABLISHMENTS);
const rules = [...compiled.byCode.values()].map((ci) => ({
  code: ci.code,
  value: typeof ci.threshold?.expected.value === 'number' ? ci.threshold.expected.value : 0,
}));

describe(evaluateMany(compiled, rows, { asOf }));

/** What the data looks like: indicators missed (among compared rates, and among all), palier statuses. */
function describe(batch: BatchEvaluation): void {
  let rates = 0;
  let ratesMissed = 0;
  let all = 0;
  let missed = 0;
  for (const record of batch.records) {
    if (!record.ok) continue;
    for (const req of [...record.evaluation.prerequisites, ...record.evaluation.domains]) {
      for (const ind of req.indicators) {
        all++;
        if (ind.status === 'not-met') missed++;
        if (ind.kind !== 'rate' || (ind.status !== 'met' && ind.status !== 'not-met')) continue;
        rates++;
        if (ind.status === 'not-met') ratesMissed++;
      }
    }
  }
  const p = batch.summary.palier;
  const share = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  console.log(
    `${compiled.indicatorCount} indicators; missed: ${share(missed, all)} of all indicators, ${share(ratesMissed, rates)} of compared rates; palier reached ${p.reached}, not reached ${p['not-reached']}, unknown ${p.unknown}`,
  );
}

const PLAIN = 'plain loop: read values, compare numbers';
const timed = await interleave({
  baseline: { name: PLAIN, run: () => plainLoop(rows, rules), items: ESTABLISHMENTS, unit: 'est' },
  cases: [
    {
      name: 'reads only: every declared value looked up, nothing compared',
      run: () => readsOnly(rows, rules),
      items: ESTABLISHMENTS,
      unit: 'est',
    },
    {
      name: 'evaluateMany, results kept',
      run: () => evaluateMany(compiled, rows, { asOf }),
      items: ESTABLISHMENTS,
      unit: 'est',
      retained: true,
      target: '≥ 250,000 est/s, ≤ 3× the plain loop, ≤ 1 KB/est',
    },
    {
      name: 'evaluateEstablishment one by one, results dropped',
      run: () => {
        let reached = 0;
        for (const row of rows) {
          const e = evaluateEstablishment(compiled, row.establishment, row.declaration, { asOf });
          if (e.palier.status === 'reached') reached++;
        }
        return reached;
      },
      items: ESTABLISHMENTS,
      unit: 'est',
    },
    {
      name: 'evaluateMany, then every indicator record built (as a full report does)',
      run: () => {
        const batch = evaluateMany(compiled, rows, { asOf });
        let gaps = 0;
        for (const record of batch.records) {
          if (!record.ok) continue;
          for (const req of [...record.evaluation.prerequisites, ...record.evaluation.domains])
            for (const ind of req.indicators) if (ind.gap !== undefined) gaps++;
        }
        return gaps;
      },
      items: ESTABLISHMENTS,
      unit: 'est',
    },
  ],
  rounds: 15,
});

/** 300,000 evaluations kept at once: 100 batches over the same 3,000 declarations. */
function nationalYears(): BenchRow {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const batches: BatchEvaluation[] = [];
  for (let b = 0; b < 100; b++) batches.push(evaluateMany(compiled, rows, { asOf }));
  const ms = performance.now() - t0;
  gc?.();
  const bytes = process.memoryUsage().heapUsed - before;
  const limit = getHeapStatistics().heap_size_limit / 2 ** 20;
  const evaluated = batches.reduce((n, b) => n + b.summary.evaluated, 0);
  return {
    name: `evaluateMany × 100 batches, ${evaluated.toLocaleString('en-US')} evaluations kept (heap ${Math.round(bytes / 2 ** 20)} MB of ${Math.round(limit)} MB)`,
    ms,
    items: evaluated,
    unit: 'est',
    bytesPerItem: bytes / evaluated,
    target: "within Node's default heap",
  };
}

const compileRow: BenchRow = (() => {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    compileProgramme(programme);
    times.push(performance.now() - t0);
  }
  return { name: 'compileProgramme (once per programme)', ms: times.sort((a, b) => a - b)[7]! };
})();

report(
  'evaluation',
  `Evaluation: ${ESTABLISHMENTS.toLocaleString('en-US')} establishments × ${compiled.indicatorCount} indicators, national-like spread (synthetic thresholds)`,
  [...timed, nationalYears(), compileRow],
);
