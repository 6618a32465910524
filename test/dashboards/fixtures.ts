import fc from 'fast-check';
import type { Activity, Establishment, LegalStatus } from '../../src/actors/types.js';
import type { Provenance } from '../../src/core/label.js';
import type { Declaration, DeclaredValue } from '../../src/evaluation/types.js';
import type { Indicator, Programme, Requirement, Threshold } from '../../src/programme/index.js';

/** Provenance of test-only facts: synthetic, never a regulatory value. */
export const TEST: Provenance = { source: 'test', status: 'override', note: 'synthetic, for tests only' };

const th = (value: number | boolean, comparator: Threshold['comparator'] = 'at-least'): Threshold => ({
  comparator,
  value,
  inclusive: true,
  provenance: TEST,
});

function indicator(code: string, kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator {
  return { code, label: { fr: code, en: code }, kind, level: 'legal-entity', provenance: TEST, ...extra };
}

function requirement(code: string, indicators: Indicator[]): Requirement {
  return {
    code,
    kind: code.startsWith('P') ? 'prerequisite' : 'domain',
    label: { fr: `Exigence ${code}`, en: `Requirement ${code}` },
    indicators,
    indicatorCount: { value: indicators.length, provenance: TEST },
    provenance: TEST,
  };
}

/**
 * A synthetic programme: P1 (rate ≥ 90), P2 (yes), D2 (rate ≥ 98), D3 (rate ≥ 80) and D4 — one rate with no
 * target that applies to HAD only, so HAD establishments are `unknown` on D4 and the palier.
 */
export function testProgramme(): Programme {
  return {
    id: 'dash-test',
    version: '1',
    name: { fr: 'Programme de test', en: 'Test programme' },
    period: { value: { start: '2019-01-01', end: '2022-12-31' }, provenance: TEST },
    milestones: [],
    prerequisites: [
      requirement('P1', [indicator('P1.1', 'rate', { eligibility: th(90) })]),
      requirement('P2', [indicator('P2.1', 'yes-no', { eligibility: th(true, 'equal') })]),
    ],
    domains: [
      requirement('D2', [indicator('D2.2', 'rate', { target: th(98) })]),
      requirement('D3', [indicator('D3.5', 'rate', { target: th(80) })]),
      requirement('D4', [
        indicator('D4.1', 'rate', { applicability: { activities: ['HAD'], provenance: TEST } }),
      ]),
    ],
    actionPlan: { levers: [], workstreams: [] },
    funding: {
      envelope: { value: '0.00', provenance: TEST },
      amorcageShare: { value: 20, provenance: TEST },
      vehicles: { value: { amorcage: 'FMESPP', usage: 'AC' }, provenance: TEST },
      forfaitRange: { value: { min: '0.00', max: '0.00', per: 'unknown' }, provenance: TEST },
      eligibility: [],
    },
    figures: [],
    overrides: [],
  };
}

/** A rate value as counts. */
export const rate = (numerator: number, denominator: number): DeclaredValue => ({
  kind: 'rate',
  numerator,
  denominator,
});

/** Raw values of a synthetic establishment. */
export interface RawValues {
  /** P1.1 numerator over 100. */
  readonly p11: number;
  /** P2.1. */
  readonly p21: boolean;
  /** D2.2 numerator over 50. */
  readonly d22: number;
  /** D3.5 numerator over 100. */
  readonly d35: number;
}

/** The values of a declaration from raw numbers. */
export function values(raw: RawValues): Record<string, DeclaredValue> {
  return {
    'P1.1': rate(raw.p11, 100),
    'P2.1': { kind: 'yes-no', value: raw.p21 },
    'D2.2': rate(raw.d22, 50),
    'D3.5': rate(raw.d35, 100),
    // D4.1 has no target: unknown where it applies (HAD), not applicable elsewhere
    'D4.1': rate(1, 2),
  };
}

/** Values meeting every threshold of {@link testProgramme}. */
export const ALL_MET: RawValues = { p11: 95, p21: true, d22: 50, d35: 90 };

/** A declaration of `finess` for a period. */
export function declaration(
  finess: string,
  raw: RawValues,
  period = { start: '2019-01-01', end: '2019-06-30' },
  programme = { id: 'dash-test', version: '1' },
): Declaration {
  return { finess, level: 'legal-entity', programme, period, values: values(raw) };
}

/** An establishment. */
export function establishment(finess: string, extra: Partial<Establishment> = {}): Establishment {
  return {
    finess,
    level: 'legal-entity',
    name: `ES ${finess}`,
    status: 'public',
    activities: ['MCO'],
    department: '75',
    ...extra,
  };
}

/** Departments used by random populations: mainland, Corsica, overseas, and 975 (no region). */
export const DEPARTMENTS = ['75', '13', '67', '87', '2A', '2B', '971', '974', '976', '975'] as const;

const STATUSES: readonly LegalStatus[] = ['public', 'private-non-profit', 'private-for-profit'];
const ACTS: readonly Activity[] = ['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS'];

/** Arbitrary raw values around the thresholds. */
export const rawArb: fc.Arbitrary<RawValues> = fc.record({
  p11: fc.integer({ min: 80, max: 100 }),
  p21: fc.boolean(),
  d22: fc.integer({ min: 40, max: 50 }),
  d35: fc.integer({ min: 70, max: 100 }),
});

/** Arbitrary establishment traits (FINESS set by the population). */
export const establishmentArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  espic: fc.boolean(),
  activities: fc.subarray([...ACTS]),
  department: fc.constantFrom(...DEPARTMENTS),
  ght: fc.option(fc.constantFrom('G1', 'G2', 'G3'), { nil: undefined }),
  category: fc.option(fc.constantFrom('CHU', 'CH', 'clinique'), { nil: undefined }),
});

/** One member of a random population: establishment, its values, whether it has an evaluation. */
export interface Member {
  readonly establishment: Establishment;
  readonly raw: RawValues;
  readonly evaluated: boolean;
}

/** Arbitrary population of up to `max` establishments with FINESS `E0`, `E1` … */
export function populationArb(max = 60): fc.Arbitrary<Member[]> {
  return fc
    .array(fc.record({ traits: establishmentArb, raw: rawArb, evaluated: fc.boolean() }), { maxLength: max })
    .map((list) =>
      list.map(({ traits, raw, evaluated }, i) => {
        const { ght, category, ...rest } = traits;
        return {
          establishment: establishment(`E${i}`, {
            ...rest,
            ...(ght !== undefined ? { ght } : {}),
            ...(category !== undefined ? { category } : {}),
          }),
          raw,
          evaluated: evaluated || i % 3 === 0,
        };
      }),
    );
}

/** A deterministic synthetic population of `n` establishments (bench and large tests). */
export function syntheticPopulation(n: number): Member[] {
  const out: Member[] = [];
  let seed = 12345;
  const next = (m: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  for (let i = 0; i < n; i++) {
    const activities = ACTS.filter(() => next(3) === 0);
    out.push({
      establishment: establishment(`S${i}`, {
        status: STATUSES[next(3)]!,
        espic: next(2) === 0,
        activities: activities.length === 0 ? ['MCO'] : activities,
        department: DEPARTMENTS[next(DEPARTMENTS.length)]!,
        ght: `G${next(40)}`,
        category: ['CHU', 'CH', 'clinique'][next(3)]!,
      }),
      raw: { p11: 80 + next(21), p21: next(5) !== 0, d22: 40 + next(11), d35: 70 + next(31) },
      evaluated: true,
    });
  }
  return out;
}
