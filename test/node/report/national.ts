/**
 * A national-scale report input built in memory (no file): HOP'EN with 40 synthetic indicators (as
 * `bench/generate-national.ts` adds them: labelled synthetic, not official), `count` fictional establishments
 * (valid FINESS keys, every department prefix 01–95, three statuses, categories, a GHT for nine in ten) and
 * their declarations for each of `periods` quarters of 2021. Deterministic, so page weights compare.
 */

import { rng } from '../../../bench/lib.js';
import { benchmarkIndicators, benchmarkProgramme } from '../../../bench/national-programme.js';
import { finessKey } from '../../../src/actors/finess-key.js';
import { ACTIVITIES, type Activity, type Establishment } from '../../../src/actors/types.js';
import { compileProgramme } from '../../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../../src/evaluation/establishment.js';
import type { DeclaredValue, EstablishmentEvaluation } from '../../../src/evaluation/types.js';
import type { Programme } from '../../../src/programme/types.js';
import { hopen } from '../../../src/programmes/index.js';

/**
 * HOP'EN with 40 synthetic indicators added (as the national benchmark does). `complete`: also state every
 * requirement's indicator count and a (synthetic) threshold for P2.1 and P2.3, as the example data does, so that
 * requirements can be settled instead of "unknown".
 */
export function nationalProgramme(complete = false): Programme {
  const added = benchmarkIndicators();
  if (!complete) return benchmarkProgramme();
  return benchmarkProgramme({
    thresholds: ['P2.1', 'P2.3'].map((indicator) => ({
      indicator,
      role: 'eligibility' as const,
      comparator: 'equal' as const,
      value: true,
      inclusive: true,
    })),
    indicatorCounts: [...hopen.prerequisites, ...hopen.domains].map((r) => ({
      requirement: r.code,
      count: r.indicators.length + added.filter((a) => a.requirement === r.code).length,
    })),
  });
}

/** The national input: programme, establishments, evaluations (FINESS × period). */
export interface NationalInput {
  readonly programme: Programme;
  readonly establishments: readonly Establishment[];
  readonly evaluations: readonly EstablishmentEvaluation[];
}

const QUARTERS = [
  { start: '2021-01-01', end: '2021-03-31' },
  { start: '2021-04-01', end: '2021-06-30' },
  { start: '2021-07-01', end: '2021-09-30' },
  { start: '2021-10-01', end: '2021-12-31' },
] as const;

const CATEGORIES = ['CHU', 'CH', 'CH', 'clinique', 'SSR'];

/**
 * How values are drawn: `bench` exactly as `bench/generate-national.ts` (yes nine times in ten, rates 40–100 %,
 * the same every period: about 14 indicators not met per evaluation); `graded` with a quality per establishment
 * and progress from one period to the next (about 7 not met), for charts worth looking at.
 */
export type Distribution = 'bench' | 'graded';

/** Builds `count` establishments × `periods` quarters of 2021, evaluated as of 2022-01-31. */
export function nationalInput(
  count = 3000,
  periods = 3,
  complete = false,
  distribution: Distribution = 'bench',
): NationalInput {
  const graded = distribution === 'graded';
  const random = rng(42);
  const programme = nationalProgramme(complete);
  const compiled = compileProgramme(programme);
  const indicators = [...programme.prerequisites, ...programme.domains].flatMap((r) => r.indicators);
  const statuses = ['public', 'private-non-profit', 'private-for-profit'] as const;
  const establishments: Establishment[] = [];
  const evaluations: EstablishmentEvaluation[] = [];
  for (let e = 0; e < count; e++) {
    const department = String(1 + (e % 95))
      .padStart(2, '0')
      .replace(/^20$/, '21');
    const body = `${department}9${String(e).padStart(5, '0')}`;
    const finess = body + finessKey(body)!;
    const activities = ACTIVITIES.filter(
      (_, i) => (e + i) % 3 === 0 || i === e % ACTIVITIES.length,
    ) as Activity[];
    const establishment: Establishment = {
      finess,
      level: 'legal-entity',
      name: `Établissement synthétique ${e}`,
      status: statuses[e % 3]!,
      activities,
      category: CATEGORIES[e % CATEGORIES.length]!,
      ...(e % 10 === 9 ? {} : { ght: `GHT-${department}-${Math.floor(e / 95) % 2}` }),
    };
    establishments.push(establishment);
    const quality = random();
    for (let p = 0; p < periods; p++) {
      const values: Record<string, DeclaredValue> = {};
      for (const ind of indicators) {
        const lift = p * 0.05;
        if (ind.kind === 'yes-no')
          values[ind.code] = {
            kind: 'yes-no',
            value: random() < (graded ? 0.85 + 0.15 * quality + lift : 0.9),
          };
        else if (ind.kind === 'count')
          values[ind.code] = { kind: 'count', value: Math.floor(random() * 1000) };
        else if (random() < 0.03)
          values[ind.code] = { kind: 'not-applicable', reason: 'aucun séjour concerné' };
        else {
          const denominator = 100 + Math.floor(random() * 9900);
          const numerator = Math.min(
            denominator,
            Math.floor(
              denominator * (graded ? 0.5 + 0.4 * quality + lift + random() * 0.3 : 0.4 + random() * 0.6),
            ),
          );
          values[ind.code] = { kind: 'rate', numerator, denominator };
        }
      }
      evaluations.push(
        evaluateEstablishment(
          compiled,
          establishment,
          {
            finess,
            level: 'legal-entity',
            programme: { id: programme.id, version: programme.version },
            period: QUARTERS[p]!,
            values,
          },
          { asOf: '2022-01-31' },
        ),
      );
    }
  }
  return { programme, establishments, evaluations };
}
