import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type ControlFinding,
  type PaymentLine,
  type RecoveryRule,
  recoveryOnControl,
} from '../../src/funding/index.js';
import { fromCents, money, toCents } from '../../src/money/index.js';

const prov = { source: 'seed:001', status: 'seed' } as const;
const paid = (
  tranche: PaymentLine['tranche'],
  amount: string,
  over: Partial<PaymentLine> = {},
): PaymentLine => ({
  application: 'A1',
  domain: 'D2',
  tranche,
  vehicle: tranche === 'amorcage' ? 'FMESPP' : 'AC',
  amount,
  status: 'released',
  reason: 'conditions-met',
  provenance: prov,
  ...over,
});
const lines = [
  paid('amorcage', '20000.00'),
  paid('usage', '80000.01'),
  paid('bonus', '5000.00'),
  paid('usage', '999.00', { domain: 'D3' }),
  paid('usage', '777.00', { status: 'awaiting-target' }),
  paid('usage', '555.00', { application: 'A2' }),
];
const finding: ControlFinding = { application: 'A1', domain: 'D2', date: '2021-03-01' };
const amount = (rule: RecoveryRule, f: ControlFinding = finding) => {
  const r = recoveryOnControl(lines, f, rule);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.amount;
};

describe('recoveryOnControl (official rule unverified)', () => {
  it('computes each parameterised rule on the released lines of the domain only', () => {
    expect(amount({ kind: 'none' })).toBe('0.00');
    expect(amount({ kind: 'full' })).toBe('105000.01');
    expect(amount({ kind: 'full-usage' })).toBe('85000.01');
    // 50 % of 80000.01 = 40000.005 → down → 40000.00; plus 2500.00
    expect(amount({ kind: 'proportional', percent: 50 })).toBe('42500.00');
    expect(amount({ kind: 'shortfall' }, { ...finding, verified: 60, target: 80 })).toBe('21250.00');
  });

  it('covers every application when the finding names none', () => {
    expect(amount({ kind: 'full-usage' }, { domain: 'D2', date: '2021-03-01' })).toBe('85555.01');
  });

  it('says the rule is unverified in the result, and names the rounding', () => {
    const r = recoveryOnControl(lines, finding, { kind: 'full' });
    expect(r.ok && r.value.provenance.status).toBe('unverified');
    expect(r.ok && r.value.rounding).toBe('down');
    expect(r.ok && r.value.lines.map((l) => l.tranche)).toEqual(['amorcage', 'usage', 'bonus']);
    const up = recoveryOnControl(lines, finding, { kind: 'proportional', percent: 50 }, 'half-up');
    expect(up.ok && up.value.amount).toBe('42500.01');
  });

  it('recovers nothing when the verified value meets the target, all of it when zero', () => {
    expect(amount({ kind: 'shortfall' }, { ...finding, verified: 90, target: 80 })).toBe('0.00');
    expect(amount({ kind: 'shortfall' }, { ...finding, verified: 0, target: 80 })).toBe('85000.01');
  });

  it('refuses a rule it cannot apply', () => {
    expect(recoveryOnControl(lines, finding, { kind: 'shortfall' }).issues[0]?.code).toBe(
      'shortfall-needs-values',
    );
    expect(recoveryOnControl(lines, finding, { kind: 'proportional', percent: 101 }).issues[0]?.code).toBe(
      'invalid-percent',
    );
  });

  test.prop([
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { maxLength: 8 }),
    fc.constantFrom<RecoveryRule>(
      { kind: 'none' },
      { kind: 'full' },
      { kind: 'full-usage' },
      { kind: 'proportional', percent: 33 },
      { kind: 'shortfall' },
    ),
    fc.integer({ min: 0, max: 100 }),
  ])('never recovers more than was paid, never a negative amount', (cents, rule, verified) => {
    const ls = cents.map((c, i) => paid(i % 3 === 0 ? 'amorcage' : 'usage', String(fromCents(c))));
    const r = recoveryOnControl(ls, { domain: 'D2', date: '2021-01-01', verified, target: 80 }, rule);
    if (!r.ok) throw new Error('refused');
    const total = cents.reduce((a, b) => a + b, 0n);
    const got = toCents(money(r.value.amount));
    expect(got >= 0n && got <= total).toBe(true);
    for (const l of r.value.lines) expect(toCents(money(l.recovered)) <= toCents(money(l.paid))).toBe(true);
  });
});

/*
 * Recovery after a control, at the edges of its parameters: percent bounds, the values the shortfall rule needs,
 * lines without an amount, unreadable amounts. The rules are the caller's (the official one is unverified).
 */
describe('cases found by mutation testing', () => {
  const prov = { source: 'seed:001', status: 'seed' } as const;
  const line = (
    tranche: PaymentLine['tranche'],
    amount: string | undefined,
    over: Partial<PaymentLine> = {},
  ): PaymentLine => ({
    application: 'A1',
    domain: 'D2',
    tranche,
    vehicle: 'AC',
    ...(amount === undefined ? {} : { amount }),
    status: 'released',
    reason: 'conditions-met',
    provenance: prov,
    ...over,
  });
  const finding: ControlFinding = { domain: 'D2', date: '2021-06-30' };
  const payments = [line('amorcage', '20000.00'), line('usage', '80000.00'), line('bonus', undefined)];
  const issues = (rule: RecoveryRule, f: ControlFinding = finding, p = payments) => {
    const r = recoveryOnControl(p, f, rule);
    return r.ok ? [] : r.issues;
  };

  describe('recoveryOnControl parameters', () => {
    it('a proportional rule takes 0 to 100 %, ends included', () => {
      const zero = recoveryOnControl(payments, finding, { kind: 'proportional', percent: 0 });
      expect(zero.ok && zero.value.amount).toBe('0.00');
      const all = recoveryOnControl(payments, finding, { kind: 'proportional', percent: 100 });
      expect(all.ok && all.value.amount).toBe('80000.00');
      for (const percent of [-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(issues({ kind: 'proportional', percent })).toEqual([
          {
            code: 'invalid-percent',
            path: ['rule', 'percent'],
            severity: 'error',
            received: String(percent),
            message: { fr: 'Pourcentage hors de 0–100.', en: 'Percent outside 0–100.' },
          },
        ]);
      }
    });

    it('the shortfall rule needs a finite verified value and a positive target', () => {
      const needs = [
        {
          code: 'shortfall-needs-values',
          path: ['finding'],
          severity: 'error',
          message: {
            fr: 'La règle « shortfall » demande une valeur vérifiée et une cible positive.',
            en: 'The shortfall rule needs a verified value and a positive target.',
          },
        },
      ];
      for (const f of [
        { target: 80 },
        { verified: 60 },
        { verified: Number.NaN, target: 80 },
        { verified: 60, target: Number.POSITIVE_INFINITY },
        { verified: 60, target: 0 },
        { verified: 60, target: -5 },
      ]) {
        expect(issues({ kind: 'shortfall' }, { ...finding, ...f })).toEqual(needs);
      }
      const over = recoveryOnControl(
        payments,
        { ...finding, verified: 90, target: 80 },
        { kind: 'shortfall' },
      );
      expect(over.ok && over.value.amount).toBe('0.00');
      const nothing = recoveryOnControl(
        payments,
        { ...finding, verified: -10, target: 80 },
        { kind: 'shortfall' },
      );
      expect(nothing.ok && nothing.value.amount).toBe('80000.00');
      expect(issues({ kind: 'full' }, { ...finding, verified: Number.NaN })).toEqual([]);
    });

    it('lines without an amount are skipped; an unreadable paid amount is reported where it is', () => {
      const r = recoveryOnControl(payments, finding, { kind: 'full' });
      expect(r.ok && r.value.lines.map((l) => [l.tranche, l.paid, l.recovered])).toEqual([
        ['amorcage', '20000.00', '20000.00'],
        ['usage', '80000.00', '80000.00'],
      ]);
      expect(r.ok && r.value.rule).toEqual({ kind: 'full' });
      expect(r.ok && r.value.rounding).toBe('down');
      expect(r.ok && r.value.provenance.status).toBe('unverified');
      const bad = [line('usage', '80000.00', { domain: 'D3' }), line('usage', 'n/a' as never)];
      expect(issues({ kind: 'full' }, finding, bad).map((i) => [i.code, i.path])).toEqual([
        ['invalid-money', ['payments', 0, 'amount']],
      ]);
    });
  });
});
