/**
 * Recovery after a control, at the edges of its parameters: percent bounds, the values the shortfall rule needs,
 * lines without an amount, unreadable amounts. The rules are the caller's (the official one is unverified).
 */
import { describe, expect, it } from 'vitest';
import type { ControlFinding, PaymentLine, RecoveryRule } from '../../src/funding/index.js';
import { recoveryOnControl } from '../../src/funding/index.js';

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
    const over = recoveryOnControl(payments, { ...finding, verified: 90, target: 80 }, { kind: 'shortfall' });
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
