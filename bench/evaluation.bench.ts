/**
 * Evaluation: 3,000 synthetic establishments against HOP'EN completed with SYNTHETIC indicators and thresholds
 * through `withOverrides` (15 prerequisite and 26 domain indicators, the counts of the v1 guides), compared with
 * a baseline loop that only reads the same values and compares numbers (floats, no records, no explanations).
 *
 * Every added threshold is SYNTHETIC (the official guides are unverified): the figures measure speed, nothing
 * else. Run: `npx tsx bench/evaluation.bench.ts` (or `npm run bench`).
 */
import type { Activity, Establishment } from '../src/actors/types.js';
import {
  compileProgramme,
  type Declaration,
  type DeclaredValue,
  type EvaluationInput,
  evaluateEstablishment,
  evaluateMany,
} from '../src/evaluation/index.js';
import type { IndicatorAddition, Programme } from '../src/programme/index.js';
import { withOverrides } from '../src/programme/index.js';
import { hopen } from '../src/programmes/index.js';
import { interleave, report, rng } from './lib.js';

const ESTABLISHMENTS = 3000;
const SYNTHETIC = 'SYNTHETIC benchmark values, not official';

/** Indicators per requirement after completion (v1 guides: 15 prerequisite, 26 domain indicators). */
const COUNTS: Record<string, number> = {
  P1: 4,
  P2: 4,
  P3: 4,
  P4: 3,
  D1: 4,
  D2: 5,
  D3: 5,
  D4: 3,
  D5: 3,
  D6: 3,
  D7: 3,
};

/** HOP'EN with synthetic indicators added up to {@link COUNTS}, each with a synthetic threshold. */
function completedHopen(): Programme {
  const additions: IndicatorAddition[] = [];
  for (const req of [...hopen.prerequisites, ...hopen.domains]) {
    const have = new Set(req.indicators.map((i) => i.code));
    const prerequisite = req.kind === 'prerequisite';
    for (let n = 1; have.size < (COUNTS[req.code] ?? 0); n++) {
      const code = `${req.code}.${n}`;
      if (have.has(code)) continue;
      have.add(code);
      const yesNo = prerequisite && n % 2 === 1;
      const threshold = yesNo
        ? { comparator: 'equal' as const, value: true, inclusive: true }
        : { comparator: 'at-least' as const, value: 50 + ((n * 7) % 45) + 0.5, inclusive: true };
      additions.push({
        requirement: req.code,
        indicator: {
          code,
          label: { fr: `Indicateur synthétique ${code}`, en: `Synthetic indicator ${code}` },
          kind: yesNo ? 'yes-no' : 'rate',
          level: 'legal-entity',
          ...(prerequisite ? { eligibility: threshold } : { target: threshold }),
        },
      });
    }
  }
  const completed = withOverrides(hopen, { source: SYNTHETIC, id: 'hopen-bench', addIndicators: additions });
  // The override function cannot (yet) state that a requirement's list is complete; without that every level
  // would be `unknown`. The benchmark states it here, as synthetic data.
  const complete = (r: Programme['prerequisites'][number]) => ({
    ...r,
    indicatorCount: {
      value: r.indicators.length,
      provenance: { source: SYNTHETIC, status: 'override' as const },
    },
  });
  return {
    ...completed,
    prerequisites: completed.prerequisites.map(complete),
    domains: completed.domains.map(complete),
  };
}

const ACTIVITY_SETS: readonly (readonly Activity[])[] = [
  ['MCO'],
  ['MCO', 'SSR'],
  ['SSR'],
  ['PSY'],
  ['HAD'],
  ['MCO', 'PSY', 'DIALYSIS'],
];

/** Synthetic establishments, each with a declaration where most indicators are met. */
function inputs(programme: Programme, count: number): EvaluationInput[] {
  const random = rng(42);
  const indicators = [...programme.prerequisites, ...programme.domains].flatMap((r) => r.indicators);
  return Array.from({ length: count }, (_, i) => {
    const finess = String(100_000_000 + i);
    const establishment: Establishment = {
      finess,
      level: 'legal-entity',
      name: `Établissement ${i}`,
      status: 'public',
      activities: ACTIVITY_SETS[i % ACTIVITY_SETS.length]!,
    };
    const values: Record<string, DeclaredValue> = {};
    for (const indicator of indicators) {
      if (random() < 0.01) continue; // missing
      if (indicator.kind === 'yes-no') values[indicator.code] = { kind: 'yes-no', value: random() < 0.995 };
      else {
        const denominator = 1 + Math.floor(random() * 5000);
        const numerator = Math.min(denominator, Math.floor(denominator * (0.97 + random() * 0.05)));
        values[indicator.code] = { kind: 'rate', numerator, denominator };
      }
    }
    const declaration: Declaration = {
      finess,
      level: 'legal-entity',
      programme: { id: programme.id, version: programme.version },
      period: { start: '2020-01-01', end: '2020-03-31' },
      values,
    };
    return { establishment, declaration };
  });
}

/** The baseline: read every value and compare numbers (floats), counting what is met. No records. */
function baseline(
  rows: readonly EvaluationInput[],
  rules: readonly { code: string; yesNo: boolean; value: number }[],
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

const programme = completedHopen();
const compiled = compileProgramme(programme);
const rows = inputs(programme, ESTABLISHMENTS);
const asOf = '2020-06-30';
const rules = [...compiled.byCode.values()].map((ci) => ({
  code: ci.code,
  yesNo: ci.kind === 'yes-no',
  value: typeof ci.threshold?.expected.value === 'number' ? ci.threshold.expected.value : 0,
}));

const sample = evaluateMany(compiled, rows, { asOf });
console.log(
  `${compiled.byCode.size} indicators; palier reached ${sample.summary.palier.reached}, not reached ${sample.summary.palier['not-reached']}, unknown ${sample.summary.palier.unknown}`,
);

const loop = () => {
  let reached = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (
      evaluateEstablishment(compiled, row.establishment, row.declaration, { asOf }).palier.status ===
      'reached'
    ) {
      reached++;
    }
  }
  return reached;
};

const BASELINE = 'baseline: read values, compare numbers';
const TARGET = '≥ 250,000 est/s, ≤ 3× baseline';

const result = await interleave({
  baseline: { name: BASELINE, run: () => baseline(rows, rules), items: ESTABLISHMENTS, unit: 'est' },
  cases: [
    {
      name: 'evaluateEstablishment × 3,000 (compiled once, results dropped)',
      run: loop,
      items: ESTABLISHMENTS,
      unit: 'est',
    },
    {
      name: 'evaluateMany, compiled once (results kept)',
      run: () => evaluateMany(compiled, rows, { asOf }),
      items: ESTABLISHMENTS,
      unit: 'est',
      retained: true,
      target: TARGET,
    },
    {
      name: 'evaluateMany, compiling the programme each call',
      run: () => evaluateMany(programme, rows, { asOf }),
      items: ESTABLISHMENTS,
      unit: 'est',
    },
    { name: 'compileProgramme', run: () => compileProgramme(programme) },
  ],
  rounds: 15,
  warmup: 3,
});

report(
  'evaluation',
  `Evaluation: ${ESTABLISHMENTS.toLocaleString('en-US')} establishments × ${compiled.byCode.size} indicators (synthetic thresholds)`,
  result,
);
