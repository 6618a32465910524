import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString, Provenance } from '../core/label.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import { minMoney, multiplyMoney, percentOf, sumMoney } from '../money/arithmetic.js';
import { D } from '../money/decimal.js';
import { type Money, ZERO } from '../money/money.js';
import type { RoundingMode } from '../money/rounding.js';
import { fundingIssue, readAmount } from './amounts.js';
import type { PaymentLine, Tranche } from './tranches.js';

/**
 * A recovery rule (*règle de reprise / récupération des fonds*). The official rule is **unverified** (HOP'EN
 * engagement 14: control modalities "to be detailed later"), so the caller states one:
 *
 * - `none` — nothing is recovered;
 * - `full` — every released tranche of the domain (amorçage, usage, bonus);
 * - `full-usage` — the released usage and bonus tranches; the amorçage is kept;
 * - `proportional` — `percent` % of the released usage and bonus tranches;
 * - `shortfall` — the released usage and bonus tranches × (target − verified) / target, from the finding.
 *
 * @category Funding
 */
export type RecoveryRule =
  | {
      /** Nothing is recovered. */
      readonly kind: 'none';
    }
  | {
      /** Every released tranche of the domain. */
      readonly kind: 'full';
    }
  | {
      /** Released usage and bonus tranches; amorçage kept. */
      readonly kind: 'full-usage';
    }
  | {
      /** A percentage of the released usage and bonus tranches. */
      readonly kind: 'proportional';
      /** The percentage, 0–100. */
      readonly percent: number;
    }
  | {
      /** Usage and bonus × (target − verified) / target. */
      readonly kind: 'shortfall';
    };

/**
 * What a control found (*constat de contrôle*): the declared usage targets were not real.
 *
 * @category Funding
 */
export interface ControlFinding {
  /** Application controlled; absent: every application in the payments. */
  readonly application?: string;
  /** Domain whose declared targets were not real. */
  readonly domain: string;
  /** Date of the control. */
  readonly date: CalendarDate;
  /** Value the controller verified (for `shortfall`, a percentage like the target). */
  readonly verified?: number;
  /** The usage target (for `shortfall`). */
  readonly target?: number;
  /** Free note. */
  readonly note?: string;
}

/**
 * One payment line and what is recovered from it.
 *
 * @category Funding
 */
export interface RecoveryLine {
  /** Application id. */
  readonly application: string;
  /** Tranche. */
  readonly tranche: Tranche;
  /** Amount released. */
  readonly paid: MoneyString;
  /** Amount to recover. */
  readonly recovered: MoneyString;
}

/**
 * What must be recovered after a control, under the caller's rule.
 *
 * @category Funding
 */
export interface Recovery {
  /** Total to recover. */
  readonly amount: MoneyString;
  /** Per released line of the domain. */
  readonly lines: readonly RecoveryLine[];
  /** The rule applied. */
  readonly rule: RecoveryRule;
  /** Rounding applied to each line (`down` by default: never recover a fraction of a cent more than the rule says). */
  readonly rounding: RoundingMode;
  /** Always `unverified`: the official recovery rule is not published; this is the caller's rule. */
  readonly provenance: Provenance;
}

const PROVENANCE: Provenance = Object.freeze({
  source: 'caller-rule',
  status: 'unverified',
  note: "The official recovery rule is unverified (HOP'EN engagement 14, seed:001: control modalities to be detailed later); the amount follows the rule you passed.",
});

/**
 * Computes what must be recovered when a control finds that the declared usage targets of a domain were not real,
 * under an explicit, parameterised rule. **The official rule is unverified**: the result says so in its
 * provenance, whatever the rule. Only `released` lines of the finding's domain (and application) count as paid;
 * each line's recovery is rounded with the named mode (default `down`) and never exceeds what it paid.
 *
 * @example
 * ```ts
 * const r = recoveryOnControl(schedule.lines, { domain: 'D2', date: '2021-03-01' }, { kind: 'proportional', percent: 50 });
 * // r.value.amount: half the released usage (and bonus), r.value.provenance.status: 'unverified'
 * ```
 *
 * @category Funding
 */
export function recoveryOnControl(
  payments: readonly PaymentLine[],
  finding: ControlFinding,
  rule: RecoveryRule,
  rounding: RoundingMode = 'down',
): Result<Recovery> {
  const args: Arguments = {
    payments: [payments, 'list'],
    finding: [finding, 'object'],
    rule: [rule, 'object'],
    rounding: [rounding, 'text?'],
  };
  return atBoundary('recoveryOnControl', args, () => {
    const issues: PalierIssue[] = [];
    const ratio = ratioOf(rule, finding, issues);
    const paidLines = payments.filter(
      (p) =>
        p.status === 'released' &&
        p.amount !== undefined &&
        p.domain === finding.domain &&
        (finding.application === undefined || p.application === finding.application),
    );
    const amounts = paidLines.map((p, i) => readAmount(p.amount, ['payments', i, 'amount'], issues));
    if (issues.length > 0) return { ok: false, issues };
    const lines = paidLines.map((p, i) => {
      const paid = amounts[i]!;
      const recovered = recover(paid, p.tranche, rule, ratio, rounding);
      return {
        application: p.application,
        tranche: p.tranche,
        paid: String(paid),
        recovered: String(minMoney(recovered, paid)),
      };
    });
    const total = sumMoney(lines.map((l) => readAmount(l.recovered, [], [])!));
    return {
      ok: true,
      value: { amount: String(total), lines, rule, rounding, provenance: PROVENANCE },
      issues: [],
    };
  });
}

function recover(
  paid: Money,
  tranche: Tranche,
  rule: RecoveryRule,
  ratio: string,
  rounding: RoundingMode,
): Money {
  if (rule.kind === 'none') return ZERO;
  if (rule.kind === 'full') return paid;
  if (tranche === 'amorcage') return ZERO;
  if (rule.kind === 'full-usage') return paid;
  if (rule.kind === 'proportional') return percentOf(paid, rule.percent, rounding);
  return multiplyMoney(paid, ratio, rounding);
}

function ratioOf(rule: RecoveryRule, finding: ControlFinding, issues: PalierIssue[]): string {
  if (
    rule.kind === 'proportional' &&
    !(Number.isFinite(rule.percent) && rule.percent >= 0 && rule.percent <= 100)
  ) {
    issues.push(
      fundingIssue(
        'invalid-percent',
        ['rule', 'percent'],
        'Pourcentage hors de 0–100.',
        'Percent outside 0–100.',
        { received: String(rule.percent) },
      ),
    );
  }
  if (rule.kind !== 'shortfall') return '0';
  const { verified, target } = finding;
  if (
    verified === undefined ||
    target === undefined ||
    !Number.isFinite(verified) ||
    !Number.isFinite(target) ||
    target <= 0
  ) {
    issues.push(
      fundingIssue(
        'shortfall-needs-values',
        ['finding'],
        'La règle « shortfall » demande une valeur vérifiée et une cible positive.',
        'The shortfall rule needs a verified value and a positive target.',
      ),
    );
    return '0';
  }
  const gap = new D(target).minus(verified).dividedBy(target);
  return D.min(1, D.max(0, gap)).toString();
}
