import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import { explain } from '../../src/evaluation/explain.js';
import { scheduleDiagnostics, thresholdsInForce } from '../../src/evaluation/schedule.js';
import { trajectory } from '../../src/evaluation/trajectory.js';
import type { Indicator, ThresholdStep } from '../../src/programme/index.js';
import { applyOverrides, diffProgrammes, thresholdIssues } from '../../src/programme/index.js';
import { parseProgramme } from '../../src/schemas/programme.js';
import { decl, ind, MCO, programme, rate, req, smallProgramme, TEST, th, yes } from './programme-builder.js';

const step = (from: string, until: string | undefined, value: number, name?: string): ThresholdStep => ({
  from,
  ...(until !== undefined ? { until } : {}),
  ...(name !== undefined ? { name } : {}),
  target: th('at-least', value),
  provenance: TEST,
});

/** A domain whose rate has no base target: 75 % for 2027, 90 % for 2028 (synthetic values). */
function yearly(): ReturnType<typeof programme> {
  const consent: Indicator = {
    ...ind('2.1', 'rate'),
    schedule: [step('2027-01-01', '2027-12-31', 75, '2027'), step('2028-01-01', '2028-12-31', 90, '2028')],
  };
  return programme(
    [req('P1', [ind('P1.1', 'yes-no', { eligibility: th('equal', true) })])],
    [req('D2', [consent])],
  );
}

const month = (start: string, end: string) => ({ period: { start, end } });
const evaluate = (
  p: ReturnType<typeof programme>,
  values: Parameters<typeof decl>[0],
  start: string,
  end: string,
) => evaluateEstablishment(compileProgramme(p), MCO, decl(values, month(start, end)), { asOf: '2030-01-01' });

describe('thresholds by period (schedules)', () => {
  it('a 2027 declaration uses the 2027 target and a 2028 one the 2028 target, and says which', () => {
    const values = { 'P1.1': yes(), '2.1': rate(80, 100) };
    const in2027 = evaluate(yearly(), values, '2027-03-01', '2027-03-31').domains[0]!.indicators[0]!;
    const in2028 = evaluate(yearly(), values, '2028-03-01', '2028-03-31').domains[0]!.indicators[0]!;
    expect(in2027.status).toBe('met');
    expect(in2027.expected).toMatchObject({ value: 75, inForce: { from: '2027-01-01', name: '2027' } });
    expect(in2028.status).toBe('not-met');
    expect(in2028.expected).toMatchObject({ value: 90, inForce: { until: '2028-12-31', name: '2028' } });
    expect(explain(in2028, { lang: 'fr' })).toContain(
      "cible d'usage, en vigueur pour 2028, 2028-01-01 – 2028-12-31",
    );
  });

  it('outside every step an indicator without a base target is not in force, and its domain says so', () => {
    const e = evaluate(yearly(), { 'P1.1': yes() }, '2026-06-01', '2026-06-30');
    expect(e.domains[0]!.indicators[0]).toMatchObject({ status: 'not-applicable', reason: 'not-in-force' });
    expect(e.domains[0]).toMatchObject({ status: 'reached', reason: 'none-in-force' });
    const declared = evaluate(yearly(), { 'P1.1': yes(), '2.1': rate(1, 2) }, '2029-01-01', '2029-01-31');
    expect(declared.domains[0]!.indicators[0]).toMatchObject({
      status: 'not-applicable',
      reason: 'not-in-force',
    });
    expect(declared.diagnostics).toEqual([]);
  });

  it('outside every step an indicator with a base target uses it', () => {
    const base = smallProgramme();
    const r = applyOverrides(base, {
      source: 'ARS roadmap (synthetic)',
      thresholds: [
        {
          indicator: 'D3.5',
          role: 'target',
          comparator: 'at-least',
          value: 85,
          inclusive: true,
          from: '2020-01-01',
        },
      ],
    });
    if (!r.ok) throw new Error('override refused');
    const compiled = compileProgramme(r.value);
    expect(thresholdsInForce(compiled, '2019-12-31').byCode.get('D3.5')!.threshold!.expected.value).toBe(80);
    expect(thresholdsInForce(compiled, '2020-01-01').byCode.get('D3.5')!.threshold!.expected).toMatchObject({
      value: 85,
      inForce: { from: '2020-01-01' },
    });
    expect(r.value.overrides.at(-1)!.path).toBe('domains.D3.indicators.D3.5.schedule.2020-01-01.target');
  });

  it('ARS roadmap: rising targets through overrides; a later step wins from its first day, whatever the order', () => {
    const r = applyOverrides(smallProgramme(), {
      source: 'ARS roadmap (synthetic)',
      thresholds: [
        {
          indicator: 'D3.5',
          role: 'target',
          comparator: 'at-least',
          value: 90,
          inclusive: true,
          from: '2021-01-01',
        },
        {
          indicator: 'D3.5',
          role: 'target',
          comparator: 'at-least',
          value: 85,
          inclusive: true,
          from: '2020-01-01',
        },
      ],
    });
    if (!r.ok) throw new Error('override refused');
    const compiled = compileProgramme(r.value);
    const at = (d: string) => thresholdsInForce(compiled, d).byCode.get('D3.5')!.threshold!.expected.value;
    expect([at('2019-06-30'), at('2020-12-31'), at('2021-01-01'), at('2024-01-01')]).toEqual([
      80, 85, 90, 90,
    ]);
  });

  it('two changes for the same window make one step: a role given second does not hide the first', () => {
    const change = (role: 'target' | 'eligibility', value: number) => ({
      indicator: '2.1',
      role,
      comparator: 'at-least' as const,
      value,
      inclusive: true,
      from: '2027-01-01',
      until: '2027-12-31',
    });
    const r = applyOverrides(yearly(), {
      source: 'ARS roadmap (synthetic)',
      thresholds: [change('target', 80), change('eligibility', 50)],
    });
    if (!r.ok) throw new Error('override refused');
    const schedule = r.value.domains[0]!.indicators[0]!.schedule!;
    expect(schedule.filter((s) => s.from === '2027-01-01')).toHaveLength(1);
    const inForce = thresholdsInForce(compileProgramme(r.value), '2027-06-30').byCode.get('2.1')!;
    expect(inForce.threshold!.expected.value).toBe(80);
  });

  it('a period straddling a change uses the step in force on its last day, with a warning', () => {
    const e = evaluate(yearly(), { 'P1.1': yes(), '2.1': rate(80, 100) }, '2027-12-01', '2028-01-31');
    expect(e.domains[0]!.indicators[0]).toMatchObject({ status: 'not-met', expected: { value: 90 } });
    expect(e.diagnostics.map((d) => [d.code, d.path.join('.'), d.received])).toEqual([
      ['period-straddles-schedule', 'values.2.1', '2028-01-01'],
    ]);
    // the last day of a step and the first day of the next are each wholly in their own step
    expect(evaluate(yearly(), { '2.1': rate(75, 100) }, '2027-12-31', '2027-12-31').diagnostics).toEqual([]);
    expect(
      scheduleDiagnostics(compileProgramme(yearly()), { start: '2028-01-01', end: '2028-01-01' }),
    ).toEqual([]);
    // leaving the last step: the change is reported at the step's last day
    const out = scheduleDiagnostics(compileProgramme(yearly()), { start: '2028-12-01', end: '2029-01-31' });
    expect(out.map((d) => d.received)).toEqual(['2028-12-31']);
  });

  it('views are built once per segment and a programme without schedules is its own view', () => {
    const compiled = compileProgramme(yearly());
    expect(thresholdsInForce(compiled, '2027-01-01')).toBe(thresholdsInForce(compiled, '2027-12-31'));
    expect(thresholdsInForce(compiled, '2027-12-31')).not.toBe(thresholdsInForce(compiled, '2028-01-01'));
    // a view of a view answers from the root
    const view = thresholdsInForce(compiled, '2027-06-01');
    expect(thresholdsInForce(view, '2028-06-01').byCode.get('2.1')!.threshold!.expected.value).toBe(90);
    const plain = compileProgramme(smallProgramme());
    expect(thresholdsInForce(plain, '2020-01-01')).toBe(plain);
  });

  it('trajectories use the target in force in each period', () => {
    const decls = [
      decl({ 'P1.1': yes(), '2.1': rate(80, 100) }, month('2027-11-01', '2027-11-30')),
      decl({ 'P1.1': yes(), '2.1': rate(80, 100) }, month('2028-11-01', '2028-11-30')),
    ];
    const t = trajectory(compileProgramme(yearly()), MCO, decls, { asOf: '2029-01-01' });
    expect(t.points.map((p) => p.evaluation.domains[0]!.status)).toEqual(['reached', 'not-reached']);
  });
});

describe('thresholds in the other role', () => {
  const misplaced = () =>
    programme(
      [req('P1', [ind('P1.1', 'rate', { target: th('at-least', 75) })])],
      [req('D1', [ind('D1.1', 'yes-no', { eligibility: th('equal', true) })])],
    );

  it('are reported at load time, with the path and the missing role', () => {
    const issues = thresholdIssues(misplaced());
    expect(issues.map((i) => [i.code, i.path.join('.'), i.expected, i.severity])).toEqual([
      ['threshold-in-other-role', 'prerequisites.0.indicators.0.target', 'eligibility', 'warning'],
      ['threshold-in-other-role', 'domains.0.indicators.0.eligibility', 'target', 'warning'],
    ]);
    const parsed = parseProgramme(JSON.parse(JSON.stringify(misplaced())));
    expect(parsed.ok && parsed.issues.map((i) => i.code)).toEqual([
      'threshold-in-other-role',
      'threshold-in-other-role',
    ]);
    expect(compileProgramme(misplaced()).diagnostics.map((d) => d.code)).toContain('threshold-in-other-role');
  });

  it('evaluate unknown with an explanation that names the missing role', () => {
    const e = evaluate(misplaced(), { 'P1.1': rate(3, 4), 'D1.1': yes() }, '2019-01-01', '2019-01-31');
    const p = e.prerequisites[0]!.indicators[0]!;
    expect(p).toMatchObject({ status: 'unknown', reason: 'eligibility-absent-target-given' });
    expect(explain(p, { lang: 'en' })).toContain('The eligibility threshold is missing');
    expect(e.domains[0]!.indicators[0]).toMatchObject({
      status: 'unknown',
      reason: 'target-absent-eligibility-given',
    });
  });

  it('a schedule step ending before it starts is reported', () => {
    const p = programme(
      [],
      [req('D1', [{ ...ind('D1.1', 'rate'), schedule: [step('2028-01-01', '2027-12-31', 5)] }])],
    );
    expect(thresholdIssues(p).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schedule-step-ends-before-start', 'domains.0.indicators.0.schedule.0.until'],
    ]);
  });
});

describe('diffProgrammes and schedules', () => {
  it('names each step whose threshold changed', () => {
    const r = applyOverrides(yearly(), {
      source: 'synthetic',
      thresholds: [
        {
          indicator: '2.1',
          role: 'target',
          comparator: 'at-least',
          value: 95,
          inclusive: true,
          from: '2029-01-01',
          name: '2029',
        },
      ],
    });
    if (!r.ok) throw new Error('override refused');
    expect(diffProgrammes(yearly(), r.value).indicators.thresholds).toEqual([
      {
        code: '2.1',
        role: 'target',
        step: '2029-01-01',
        to: { comparator: 'at-least', value: 95, inclusive: true },
      },
    ]);
  });

  it('an override with an invalid step period is refused', () => {
    const r = applyOverrides(yearly(), {
      source: 'synthetic',
      thresholds: [
        {
          indicator: '2.1',
          role: 'target',
          comparator: 'at-least',
          value: 95,
          inclusive: true,
          from: '2029-01-01',
          until: '2028-12-31',
        },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['invalid-period']);
  });
});
