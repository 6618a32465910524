/**
 * Differential test of the compact engine: random programmes and declarations are evaluated by palier
 * (`evaluateMany`, read through its views; `evaluateGht`) and by the straightforward reference below, written
 * from the rules in docs/evaluation.md with plain BigInt arithmetic and, for gaps of rates, a search over every
 * numerator. Statuses, reasons, observed values, gaps, blockers, roll-ups and diagnostics must be identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, type Activity, type EstablishmentTrait } from '../../src/actors/types.js';
import {
  compileProgramme,
  type EvaluatedEstablishment,
  evaluateGht,
  evaluateIndicator,
  evaluateMany,
  plainEvaluation,
} from '../../src/evaluation/index.js';
import type {
  Declaration,
  DeclaredValue,
  Gap,
  IndicatorResult,
  IndicatorStatus,
  LevelStatus,
} from '../../src/evaluation/types.js';
import type { Indicator, Programme, Requirement, Threshold } from '../../src/programme/index.js';
import { decl, ind, programme, req, TEST, th } from './programme-builder.js';

// ---------------------------------------------------------------------------------------------------------
// The reference: one indicator

/** `value` as an exact fraction `num / den` (its shortest decimal writing), for numbers palier accepts. */
function fraction(value: number): { num: bigint; den: bigint } {
  const [mantissa = '0', exp = '0'] = String(value).toLowerCase().split('e');
  const [whole = '0', frac = ''] = mantissa.split('.');
  let num = BigInt(whole + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  else den *= 10n ** BigInt(-e);
  return { num, den };
}

/** Sign of `a/b − c/d` (positive denominators). */
function cmp(a: bigint, b: bigint, c: bigint, d: bigint): number {
  const x = a * d;
  const y = c * b;
  return x < y ? -1 : x > y ? 1 : 0;
}

type Op = 'ge' | 'gt' | 'le' | 'lt' | 'eq';

function opOf(t: Threshold): Op {
  if (t.comparator === 'equal') return 'eq';
  if (t.comparator === 'at-least') return t.inclusive ? 'ge' : 'gt';
  return t.inclusive ? 'le' : 'lt';
}

function holds(op: Op, sign: number): boolean {
  return op === 'ge'
    ? sign >= 0
    : op === 'gt'
      ? sign > 0
      : op === 'le'
        ? sign <= 0
        : op === 'lt'
          ? sign < 0
          : sign === 0;
}

/** The first problem of a declared value, in the documented order (see `checkDeclaredValue`). */
function problemOf(value: unknown, kind: string): string | undefined {
  if (typeof value !== 'object' || value === null) return 'malformed-value';
  const v = value as Record<string, unknown>;
  if (!['yes-no', 'rate', 'count', 'not-applicable'].includes(v.kind as string)) return 'malformed-value';
  if (v.kind === 'not-applicable')
    return typeof v.reason === 'string' && v.reason.trim() !== '' ? undefined : 'missing-reason';
  if (v.kind !== kind) return 'wrong-kind';
  if (v.kind === 'yes-no') return typeof v.value === 'boolean' ? undefined : 'malformed-value';
  const whole = (n: unknown) =>
    typeof n !== 'number'
      ? 'malformed-value'
      : !Number.isFinite(n)
        ? 'not-finite'
        : n < 0
          ? 'negative-value'
          : !Number.isInteger(n)
            ? 'non-integer-value'
            : undefined;
  if (v.kind === 'count') return whole(v.value);
  if (v.percent !== undefined) {
    if (v.numerator !== undefined || v.denominator !== undefined) return 'malformed-value';
    const p = v.percent;
    if (typeof p !== 'number') return 'malformed-value';
    if (!Number.isFinite(p)) return 'not-finite';
    return p < 0 || p > 100 ? 'percent-out-of-range' : undefined;
  }
  const problem = whole(v.numerator) ?? whole(v.denominator);
  if (problem !== undefined) return problem;
  if (v.denominator === 0) return 'zero-denominator';
  return (v.numerator as number) > (v.denominator as number) ? 'numerator-exceeds-denominator' : undefined;
}

/** The threshold applied to an indicator of a prerequisite (eligibility) or a domain (target), or why none. */
function thresholdOf(i: Indicator, role: 'eligibility' | 'target'): Threshold | string {
  const t = i[role];
  if (t === undefined) {
    const other = role === 'eligibility' ? i.target : i.eligibility;
    if (other === undefined) return 'threshold-absent';
    return role === 'eligibility' ? 'eligibility-absent-target-given' : 'target-absent-eligibility-given';
  }
  if (t.provenance.status === 'unverified') return 'threshold-unverified';
  const comparable =
    i.kind === 'yes-no' ? typeof t.value === 'boolean' : typeof t.value === 'number' && t.value >= 0;
  return comparable ? t : 'threshold-not-comparable';
}

/** Nearest numerator in [0, d] meeting the threshold, searched one by one (small denominators only). */
function searchedRateGap(op: Op, t: { num: bigint; den: bigint }, n: number, d: number): Gap {
  const meets = (k: number) => holds(op, cmp(BigInt(k) * 100n, BigInt(d), t.num, t.den));
  const up =
    op === 'ge' || op === 'gt' || (op === 'eq' && cmp(BigInt(n) * 100n, BigInt(d), t.num, t.den) < 0);
  if (up) {
    for (let k = n + 1; k <= d; k++)
      if (meets(k)) return { amount: k - n, unit: 'units', direction: 'increase', reachable: true };
    return { amount: d - n, unit: 'units', direction: 'increase', reachable: false };
  }
  for (let k = n - 1; k >= 0; k--)
    if (meets(k)) return { amount: n - k, unit: 'units', direction: 'decrease', reachable: true };
  return { amount: n, unit: 'units', direction: 'decrease', reachable: false };
}

/** The same gap in closed form with BigInt (for denominators too large to search). */
function closedRateGap(op: Op, t: { num: bigint; den: bigint }, n: number, d: number): Gap {
  const product = t.num * BigInt(d); // k / d ≥ num / (den × 100) ⇔ k × den × 100 ≥ num × d
  const scale = t.den * 100n;
  const floor = product / scale;
  const whole = floor * scale === product;
  const ceil = whole ? floor : floor + 1n;
  const D = BigInt(d);
  const N = BigInt(n);
  const increase = (target: bigint): Gap =>
    target > D
      ? { amount: d - n, unit: 'units', direction: 'increase', reachable: false }
      : { amount: Number(target - N), unit: 'units', direction: 'increase', reachable: true };
  const decrease = (target: bigint): Gap =>
    target < 0n
      ? { amount: n, unit: 'units', direction: 'decrease', reachable: false }
      : { amount: Number(N - target), unit: 'units', direction: 'decrease', reachable: true };
  if (op === 'ge') return increase(ceil);
  if (op === 'gt') return increase(floor + 1n);
  if (op === 'le') return decrease(floor);
  if (op === 'lt') return decrease(whole ? floor - 1n : floor);
  const below = N * scale < product;
  if (!whole || floor > D) return below ? increase(D + 1n) : decrease(-1n);
  return below ? increase(floor) : decrease(floor);
}

function percentGap(op: Op, t: number, p: number): Gap {
  const a = fraction(p);
  const b = fraction(t);
  const up =
    op === 'ge' || op === 'gt'
      ? true
      : op === 'le' || op === 'lt'
        ? false
        : cmp(a.num, a.den, b.num, b.den) < 0;
  const diff = b.num * a.den - a.num * b.den;
  const den = a.den * b.den;
  const amount = Math.abs(Number((diff * 10n ** 12n) / den) / 1e12);
  const reachable = up ? t < 100 || (t === 100 && op !== 'gt') : t > 0 || op !== 'lt';
  return {
    amount,
    unit: 'points',
    direction: up ? 'increase' : 'decrease',
    reachable,
    strict: op === 'gt' || op === 'lt',
  };
}

function countGap(op: Op, t: number, c: number): Gap {
  if (op === 'ge' || op === 'gt') {
    const needed = op === 'ge' ? Math.ceil(t) : Math.floor(t) + 1;
    return { amount: needed - c, unit: 'units', direction: 'increase', reachable: true };
  }
  if (op === 'le' || op === 'lt') {
    const allowed = op === 'le' ? Math.floor(t) : Math.ceil(t) - 1;
    return allowed < 0
      ? { amount: c, unit: 'units', direction: 'decrease', reachable: false }
      : { amount: c - allowed, unit: 'units', direction: 'decrease', reachable: true };
  }
  const whole = Number.isInteger(t);
  return {
    amount: whole ? Math.abs(t - c) : Math.abs(Math.round(t) - c),
    unit: 'units',
    direction: c < t ? 'increase' : 'decrease',
    reachable: whole,
  };
}

interface Expected {
  status: IndicatorStatus;
  reason: string;
  observed?: number | boolean;
  gap?: Gap;
}

function concerns(i: Indicator, e: EvaluatedEstablishment): boolean {
  const rule = i.applicability;
  if (rule === undefined) return true;
  if (rule.notConcerned?.some((t) => (e.traits ?? []).includes(t))) return false;
  return (e.activities ?? ACTIVITIES).some((a) => rule.activities.includes(a));
}

/** What an indicator should come out as, by the rules. */
function reference(
  i: Indicator,
  role: 'eligibility' | 'target',
  e: EvaluatedEstablishment,
  value: DeclaredValue | undefined,
): Expected {
  if (!concerns(i, e)) return { status: 'not-applicable', reason: 'not-applicable-to-establishment' };
  if (value === undefined) return { status: 'missing', reason: 'no-value-declared' };
  const problem = problemOf(value, i.kind);
  if (problem !== undefined) return { status: 'invalid', reason: problem };
  if (value.kind === 'not-applicable') return { status: 'not-applicable', reason: 'declared-not-applicable' };
  const observed =
    value.kind === 'rate'
      ? 'percent' in value
        ? value.percent
        : (value.numerator * 100) / value.denominator
      : value.value;
  const t = thresholdOf(i, role);
  if (typeof t === 'string') return { status: 'unknown', reason: t, observed };
  const op = opOf(t);
  if (value.kind === 'yes-no') {
    return value.value === t.value
      ? { status: 'met', reason: 'threshold-met', observed }
      : { status: 'not-met', reason: value.value ? 'answered-yes' : 'answered-no', observed };
  }
  const tf = fraction(t.value as number);
  let sign: number;
  let gap: Gap;
  if (value.kind === 'count') {
    sign = cmp(BigInt(value.value), 1n, tf.num, tf.den);
    gap = countGap(op, t.value as number, value.value);
  } else if ('percent' in value) {
    const pf = fraction(value.percent);
    sign = cmp(pf.num, pf.den, tf.num, tf.den);
    gap = percentGap(op, t.value as number, value.percent);
  } else {
    const { numerator: n, denominator: d } = value;
    sign = cmp(BigInt(n) * 100n, BigInt(d), tf.num, tf.den);
    gap = d <= 2000 ? searchedRateGap(op, tf, n, d) : closedRateGap(op, tf, n, d);
  }
  if (holds(op, sign)) return { status: 'met', reason: 'threshold-met', observed };
  const miss =
    op === 'ge' || op === 'gt'
      ? 'below-threshold'
      : op === 'eq'
        ? 'not-equal-to-threshold'
        : 'above-threshold';
  return {
    status: 'not-met',
    reason: gap.reachable === false ? 'threshold-unreachable' : miss,
    observed,
    gap,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The reference: levels

interface Level {
  code: string;
  status: LevelStatus;
  reason: string;
  blockers: string[];
  indicators: Expected[];
}

function referenceLevel(
  r: Requirement,
  e: EvaluatedEstablishment,
  values: Record<string, DeclaredValue>,
): Level {
  const role = r.kind === 'prerequisite' ? 'eligibility' : 'target';
  const indicators = r.indicators.map((i) => reference(i, role, e, values[i.code]));
  const blockers = r.indicators
    .filter((_, k) => !['met', 'not-applicable'].includes(indicators[k]!.status))
    .map((i) => i.code);
  const statuses = indicators.map((x) => x.status);
  const applicable = statuses.filter((s) => s !== 'not-applicable').length;
  const [status, reason]: [LevelStatus, string] = statuses.some((s) =>
    ['not-met', 'missing', 'invalid'].includes(s),
  )
    ? ['not-reached', 'indicators-not-met']
    : statuses.includes('unknown')
      ? ['unknown', 'indicators-unknown']
      : r.indicators.length === 0
        ? ['unknown', 'no-indicators-in-catalogue']
        : r.indicatorCount === undefined
          ? ['unknown', 'catalogue-completeness-unknown']
          : r.indicatorCount.value > r.indicators.length
            ? ['unknown', 'catalogue-incomplete']
            : ['reached', applicable === 0 ? 'no-applicable-indicator' : 'all-indicators-met'];
  return { code: r.code, status, reason, blockers, indicators };
}

function referencePalier(levels: readonly Level[]): {
  status: LevelStatus;
  reason: string;
  blockers: string[];
} {
  const blockers = levels.filter((l) => l.status !== 'reached').map((l) => l.code);
  if (levels.some((l) => l.status === 'not-reached'))
    return { status: 'not-reached', reason: 'requirements-not-reached', blockers };
  if (blockers.length > 0) return { status: 'unknown', reason: 'requirements-unknown', blockers };
  return { status: 'reached', reason: 'all-requirements-reached', blockers };
}

// ---------------------------------------------------------------------------------------------------------
// Random programmes and declarations

const MAX = Number.MAX_SAFE_INTEGER;

const thresholdValue = (kind: Indicator['kind']): fc.Arbitrary<number | boolean> =>
  kind === 'yes-no'
    ? fc.oneof(fc.boolean(), fc.constant(50))
    : fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(0, 100, 50, 97.5, 33.33, 66.67, 99.99, 0.5, 120, 1e-7),
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      );

const thresholdArb = (kind: Indicator['kind']): fc.Arbitrary<Threshold | undefined> =>
  fc.option(
    fc.record({
      comparator: fc.constantFrom<Threshold['comparator']>('at-least', 'at-most', 'equal'),
      value: thresholdValue(kind),
      inclusive: fc.boolean(),
      provenance: fc.constantFrom(TEST, { source: 'test', status: 'unverified' as const }),
    }),
    { freq: 5 },
  );

const indicatorArb = (code: string): fc.Arbitrary<Indicator> =>
  fc.constantFrom<Indicator['kind']>('rate', 'rate', 'yes-no', 'count').chain((kind) =>
    fc
      .record({
        eligibility: thresholdArb(kind),
        target: thresholdArb(kind),
        activities: fc.option(fc.subarray([...ACTIVITIES], { minLength: 1 }), { freq: 3 }),
        notConcerned: fc.option(fc.constant<EstablishmentTrait[]>(['NO_TECHNICAL_PLATFORM'])),
      })
      .map(({ eligibility, target, activities, notConcerned }) =>
        ind(code, kind, {
          ...(eligibility ? { eligibility: eligibility as Threshold } : {}),
          ...(target ? { target: target as Threshold } : {}),
          ...(activities ? { applicability: { activities, ...(notConcerned ? { notConcerned } : {}) } } : {}),
        }),
      ),
  );

const requirementArb = (code: string): fc.Arbitrary<Requirement> =>
  fc
    .integer({ min: 0, max: 4 })
    .chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, k) => indicatorArb(`${code}.${k + 1}`))),
        fc.constantFrom<'complete' | 'unknown' | 'incomplete'>(
          'complete',
          'complete',
          'unknown',
          'incomplete',
        ),
      ),
    )
    .map(([indicators, count]) =>
      req(
        code,
        indicators,
        count === 'complete' ? indicators.length : count === 'unknown' ? null : indicators.length + 1,
      ),
    );

const programmeArb: fc.Arbitrary<Programme> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .chain(([p, d]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: p }, (_, k) => requirementArb(`P${k + 1}`))),
      fc.tuple(...Array.from({ length: d }, (_, k) => requirementArb(`D${k + 1}`))),
    ),
  )
  .map(([prerequisites, domains]) => programme(prerequisites, domains));

/** Values of every kind, valid and not, with whole numbers at the exact limit of a threshold and near 2^53. */
const valueArb: fc.Arbitrary<DeclaredValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<DeclaredValue>(
    { kind: 'not-applicable', reason: 'aucun patient' },
    { kind: 'not-applicable', reason: ' ' },
  ),
  fc.boolean().map((value): DeclaredValue => ({ kind: 'yes-no', value })),
  fc
    .oneof(
      fc.integer({ min: 0, max: 200 }),
      fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX),
    )
    .map((value): DeclaredValue => ({ kind: 'count', value })),
  fc
    .integer({ min: 0, max: 400 })
    .chain((d) => fc.tuple(fc.integer({ min: 0, max: d + 2 }), fc.constant(d)))
    .map(([numerator, denominator]): DeclaredValue => ({ kind: 'rate', numerator, denominator })),
  // exactly at a percentage of a round denominator: 49/50 = 98 %, 3/4 = 75 %, 1/3 …
  fc
    .tuple(fc.constantFrom(50, 100, 200, 1000, 3, 7, 10_000), fc.integer({ min: 0, max: 100 }))
    .map(
      ([d, pct]): DeclaredValue => ({ kind: 'rate', numerator: Math.floor((d * pct) / 100), denominator: d }),
    ),
  // huge counts: products beyond 2^53 take the BigInt path
  fc
    .tuple(fc.integer({ min: MAX - 1000, max: MAX }), fc.integer({ min: 0, max: 1000 }))
    .map(([d, less]): DeclaredValue => ({ kind: 'rate', numerator: Math.max(0, d - less), denominator: d })),
  fc
    .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: MAX - 100, max: MAX }))
    .map(([k, d]): DeclaredValue => ({ kind: 'rate', numerator: Math.floor(d / k), denominator: d })),
  fc.constantFrom<DeclaredValue>(
    { kind: 'rate', numerator: 1, denominator: 0 },
    { kind: 'rate', numerator: 0, denominator: 0 },
    { kind: 'rate', numerator: -1, denominator: 4 },
    { kind: 'rate', numerator: 1.5, denominator: 4 },
    { kind: 'rate', percent: 120 },
    { kind: 'rate', percent: Number.NaN },
  ),
  fc
    .oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    )
    .map((percent): DeclaredValue => ({ kind: 'rate', percent })),
);

/** A value exactly at (or one unit beside) one of the indicator's thresholds. */
function atTheLimit(i: Indicator): fc.Arbitrary<DeclaredValue | undefined> {
  const limits = [i.eligibility?.value, i.target?.value].filter((v): v is number => typeof v === 'number');
  if (limits.length === 0) return fc.constant(undefined);
  return fc
    .tuple(fc.constantFrom(...limits), fc.constantFrom(1, 3, 10, 100, 10_000), fc.constantFrom(-1, 0, 0, 1))
    .map(([t, k, beside]): DeclaredValue => {
      if (i.kind === 'count') return { kind: 'count', value: Math.max(0, Math.round(t) + beside) };
      if (k === 3) return { kind: 'rate', percent: t };
      const d = 100 * k;
      const n = Math.min(d, Math.max(0, Math.round((t * d) / 100) + beside));
      return { kind: 'rate', numerator: n, denominator: d };
    });
}

const establishmentArb: fc.Arbitrary<EvaluatedEstablishment> = fc.record({
  finess: fc.constant('750712184'),
  activities: fc.option(fc.subarray<Activity>([...ACTIVITIES]), { nil: undefined }),
  traits: fc.option(fc.constant<EstablishmentTrait[]>(['NO_TECHNICAL_PLATFORM']), { nil: undefined }),
});

/** A programme, and a few establishments each with a declaration for it (plus, sometimes, an unknown code). */
const caseArb = programmeArb.chain((p) => {
  const indicators = [...p.prerequisites, ...p.domains].flatMap((r) => r.indicators);
  const codes = indicators.map((i) => i.code);
  const declarationArb = fc
    .tuple(
      fc.tuple(...indicators.map((i) => fc.oneof(valueArb, atTheLimit(i)))),
      fc.option(valueArb, { freq: 4 }),
    )
    .map(([values, extra]) => {
      const out: Record<string, DeclaredValue> = {};
      codes.forEach((code, k) => {
        if (values[k] !== undefined) out[code] = values[k]!;
      });
      if (extra !== null && extra !== undefined) out['X9.9'] = extra;
      return out;
    });
  return fc.tuple(
    fc.constant(p),
    fc.array(fc.tuple(establishmentArb, declarationArb), { minLength: 1, maxLength: 4 }),
  );
});

// ---------------------------------------------------------------------------------------------------------
// The comparison

function actualIndicator(r: IndicatorResult): Expected {
  return {
    status: r.status,
    reason: r.reason,
    ...(r.observed !== undefined ? { observed: r.observed } : {}),
    ...(r.gap !== undefined ? { gap: r.gap } : {}),
  };
}

function expectedDiagnostics(p: Programme, e: EvaluatedEstablishment, values: Record<string, DeclaredValue>) {
  const out: [string, string][] = [];
  for (const r of [...p.prerequisites, ...p.domains]) {
    for (const i of r.indicators) {
      const v = values[i.code];
      if (!concerns(i, e) && v !== undefined && v.kind !== 'not-applicable')
        out.push(['value-for-not-applicable-indicator', `values.${i.code}`]);
    }
  }
  if ('X9.9' in values) out.push(['unknown-indicator', 'values.X9.9']);
  return out;
}

describe('differential: the compact engine agrees with a straightforward reference', () => {
  it('statuses, reasons, observed values, gaps, blockers, roll-ups and diagnostics are identical', () => {
    fc.assert(
      fc.property(caseArb, ([p, members]) => {
        const compiled = compileProgramme(p);
        const asOf = '2020-01-01';
        const inputs = members.map(([establishment, values]) => ({
          establishment,
          declaration: decl(values, { finess: establishment.finess }) as Declaration,
        }));
        const batch = evaluateMany(compiled, inputs, { asOf });
        const palierCounts: Record<LevelStatus, number> = { reached: 0, 'not-reached': 0, unknown: 0 };
        batch.records.forEach((record, k) => {
          if (!record.ok) throw new Error('every record is well formed');
          const [establishment, values] = members[k]!;
          const e = plainEvaluation(record.evaluation);
          const expectedLevels = [...p.prerequisites, ...p.domains].map((r) =>
            referenceLevel(r, establishment, values),
          );
          const levels = [...e.prerequisites, ...e.domains];
          expect(
            levels.map((l) => ({
              code: l.code,
              status: l.status,
              reason: l.reason,
              blockers: [...l.blockers],
              indicators: l.indicators.map(actualIndicator),
            })),
          ).toEqual(expectedLevels);
          const palier = referencePalier(expectedLevels);
          expect({ ...e.palier, blockers: [...e.palier.blockers] }).toEqual(palier);
          palierCounts[palier.status]++;
          // the view reads the same as the plain copy, and as evaluateIndicator on its own
          expect(record.evaluation.palier.status).toBe(e.palier.status);
          for (const group of [compiled.prerequisites, compiled.domains]) {
            for (const r of group) {
              expect(record.evaluation.levelStatus(r.position)).toBe(levels[r.position]!.status);
              const viewed = levels[r.position]!.indicators;
              r.indicators.forEach((ci, k) => {
                const value = values[ci.code];
                const applicable = concerns(ci.indicator, establishment);
                expect(evaluateIndicator(ci, value, applicable)).toEqual(viewed[k]);
              });
            }
          }
          expect(e.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual(
            expectedDiagnostics(p, establishment, values),
          );
        });
        expect(batch.summary.palier).toEqual(palierCounts);
        // the GHT roll-up: every member reaches a level, or not as soon as one does not, else unknown
        const ght = evaluateGht(compiled, inputs, { asOf });
        const statuses = batch.records.map((r) => (r.ok ? r.evaluation.palier.status : 'unknown'));
        const expectedGht = statuses.includes('not-reached')
          ? 'not-reached'
          : statuses.includes('unknown')
            ? 'unknown'
            : 'reached';
        expect(ght.palier.status).toBe(expectedGht);
        expect(JSON.stringify(ght.members.map(plainEvaluation))).toBe(
          JSON.stringify(batch.records.map((r) => (r.ok ? r.evaluation : undefined))),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('edge cases: at the limit, zero denominators, counts near 2^53, not applicable, missing, invalid', () => {
    const p = programme(
      [
        req('P1', [
          ind('P1.1', 'rate', { eligibility: th('at-least', 98) }),
          ind('P1.2', 'yes-no', { eligibility: th('equal', true) }),
        ]),
      ],
      [
        req('D1', [
          ind('D1.1', 'rate', { target: th('at-least', 98, false) }),
          ind('D1.2', 'count', { target: th('at-most', 2.5) }),
          ind('D1.3', 'rate', { target: th('equal', 33.33) }),
          ind('D1.4', 'rate', { applicability: { activities: ['HAD'] }, target: th('at-least', 50) }),
        ]),
      ],
    );
    const compiled = compileProgramme(p);
    const e = { finess: '750712184', activities: ['MCO'] as Activity[] };
    const cases: [Record<string, DeclaredValue>, Record<string, [IndicatorStatus, string]>][] = [
      [
        {
          'P1.1': { kind: 'rate', numerator: 49, denominator: 50 },
          'P1.2': { kind: 'yes-no', value: true },
          'D1.1': { kind: 'rate', numerator: 49, denominator: 50 },
          'D1.2': { kind: 'count', value: 3 },
          'D1.3': { kind: 'rate', numerator: 1, denominator: 3 },
          'D1.4': { kind: 'rate', numerator: 1, denominator: 2 },
        },
        {
          'P1.1': ['met', 'threshold-met'],
          'P1.2': ['met', 'threshold-met'],
          'D1.1': ['not-met', 'below-threshold'],
          'D1.2': ['not-met', 'above-threshold'],
          'D1.3': ['not-met', 'threshold-unreachable'],
          'D1.4': ['not-applicable', 'not-applicable-to-establishment'],
        },
      ],
      [
        {
          'P1.1': { kind: 'rate', numerator: MAX - 1, denominator: MAX },
          'P1.2': { kind: 'rate', numerator: 1, denominator: 2 },
          'D1.1': { kind: 'rate', numerator: 0, denominator: 0 },
          'D1.2': { kind: 'count', value: -1 },
          'D1.3': { kind: 'not-applicable', reason: 'aucun séjour' },
        },
        {
          'P1.1': ['met', 'threshold-met'],
          'P1.2': ['invalid', 'wrong-kind'],
          'D1.1': ['invalid', 'zero-denominator'],
          'D1.2': ['invalid', 'negative-value'],
          'D1.3': ['not-applicable', 'declared-not-applicable'],
          'D1.4': ['not-applicable', 'not-applicable-to-establishment'],
        },
      ],
      [
        { 'P1.1': { kind: 'rate', numerator: Math.floor(MAX * 0.97), denominator: MAX } },
        {
          'P1.1': ['not-met', 'below-threshold'],
          'P1.2': ['missing', 'no-value-declared'],
          'D1.1': ['missing', 'no-value-declared'],
          'D1.2': ['missing', 'no-value-declared'],
          'D1.3': ['missing', 'no-value-declared'],
          'D1.4': ['not-applicable', 'not-applicable-to-establishment'],
        },
      ],
    ];
    const batch = evaluateMany(
      compiled,
      cases.map(([values]) => ({ establishment: e, declaration: decl(values) })),
      {
        asOf: '2020-01-01',
      },
    );
    batch.records.forEach((record, k) => {
      if (!record.ok) throw new Error('well formed');
      const got = Object.fromEntries(
        [...record.evaluation.prerequisites, ...record.evaluation.domains].flatMap((r) =>
          r.indicators.map((i) => [i.code, [i.status, i.reason]]),
        ),
      );
      expect(got).toEqual(cases[k]![1]);
      for (const r of [...p.prerequisites, ...p.domains]) {
        const level = referenceLevel(r, e, cases[k]![0]);
        const viewed = [...record.evaluation.prerequisites, ...record.evaluation.domains].find(
          (x) => x.code === r.code,
        )!;
        expect(viewed.indicators.map(actualIndicator)).toEqual(level.indicators);
      }
    });
    // the BigInt path: (2^53 − 1) × 97 % is about 0.01 × (2^53 − 1) ≈ 9 × 10^13 units short of 98 %
    const third = batch.records[2]!;
    const big = third.ok ? third.evaluation.prerequisites[0]!.indicators[0]! : undefined;
    expect(big?.gap?.amount).toBeGreaterThan(2 ** 46);
    expect(big?.gap).toEqual(closedRateGap('ge', fraction(98), Math.floor(MAX * 0.97), MAX));
  });
});
