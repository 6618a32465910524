import type { Establishment } from '../../src/actors/types.js';
import type { Provenance } from '../../src/core/label.js';
import type { Declaration, DeclaredValue } from '../../src/evaluation/types.js';
import type {
  Applicability,
  Indicator,
  IndicatorKind,
  Programme,
  Requirement,
  Threshold,
} from '../../src/programme/index.js';

/** Provenance for test-only facts (never a regulatory value). */
export const TEST: Provenance = { source: 'test', status: 'override', note: 'synthetic, for tests only' };

/** A threshold for tests. */
export function th(
  comparator: Threshold['comparator'],
  value: number | boolean,
  inclusive = true,
): Threshold {
  return { comparator, value, inclusive, provenance: TEST };
}

/** An indicator for tests. */
export function ind(
  code: string,
  kind: IndicatorKind,
  thresholds: {
    eligibility?: Threshold;
    target?: Threshold;
    applicability?: Omit<Applicability, 'provenance'>;
  } = {},
): Indicator {
  const { applicability, ...rest } = thresholds;
  return {
    code,
    label: { fr: code, en: code },
    kind,
    level: 'legal-entity',
    provenance: TEST,
    ...(kind === 'rate' ? { unit: '%' } : {}),
    ...(applicability ? { applicability: { ...applicability, provenance: TEST } } : {}),
    ...rest,
  };
}

/** A requirement for tests; by default its list is complete (`indicatorCount` = listed), `null` for no count. */
export function req(
  code: string,
  indicators: Indicator[],
  indicatorCount: number | null = indicators.length,
): Requirement {
  return {
    code,
    kind: code.startsWith('P') ? 'prerequisite' : 'domain',
    label: { fr: `Exigence ${code}`, en: `Requirement ${code}` },
    indicators,
    provenance: TEST,
    ...(indicatorCount !== null ? { indicatorCount: { value: indicatorCount, provenance: TEST } } : {}),
  };
}

/** A programme for tests. */
export function programme(
  prerequisites: Requirement[],
  domains: Requirement[],
  id = 'test-programme',
  version = '1',
): Programme {
  return {
    id,
    version,
    name: { fr: 'Programme de test', en: 'Test programme' },
    period: { value: { start: '2019-01-01', end: '2022-12-31' }, provenance: TEST },
    milestones: [],
    prerequisites,
    domains,
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

/** A small two-prerequisite, two-domain programme used across tests. */
export function smallProgramme(): Programme {
  return programme(
    [
      req('P1', [ind('P1.1', 'rate', { eligibility: th('at-least', 90) })]),
      req('P2', [ind('P2.1', 'yes-no', { eligibility: th('equal', true) })]),
    ],
    [
      req('D2', [
        ind('D2.2', 'rate', {
          target: th('at-least', 98),
          applicability: { activities: ['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS'] },
        }),
        ind('D2.5', 'rate', {
          target: th('at-least', 80),
          applicability: {
            activities: ['MCO', 'SSR', 'PSY', 'DIALYSIS'],
            notConcerned: ['NO_EXTERNAL_CONSULTATIONS'],
          },
        }),
      ]),
      req('D3', [ind('D3.5', 'rate', { target: th('at-least', 80) })]),
    ],
  );
}

/** An MCO establishment. */
export const MCO: Establishment = {
  finess: '750712184',
  level: 'legal-entity',
  name: 'CH de test',
  status: 'public',
  activities: ['MCO'],
};

/** A declaration for tests. */
export function decl(
  values: Record<string, DeclaredValue>,
  overrides: Partial<Declaration> = {},
): Declaration {
  return {
    finess: MCO.finess,
    level: 'legal-entity',
    programme: { id: 'test-programme', version: '1' },
    period: { start: '2019-01-01', end: '2019-03-31' },
    values,
    ...overrides,
  };
}

/** A rate value. */
export const rate = (numerator: number, denominator: number): DeclaredValue => ({
  kind: 'rate',
  numerator,
  denominator,
});

/** A yes/no value. */
export const yes = (value = true): DeclaredValue => ({ kind: 'yes-no', value });

/** Values meeting every threshold of {@link smallProgramme}. */
export function allMet(): Record<string, DeclaredValue> {
  return {
    'P1.1': rate(95, 100),
    'P2.1': yes(),
    'D2.2': rate(49, 50),
    'D2.5': rate(8, 10),
    'D3.5': rate(90, 100),
  };
}
