/*
 * The decimal.js implementation of schedules as it was before funding moved to bigint cents (copied from
 * src/funding/tranches.ts): the reference of the differential test. Not maintained beyond that use.
 */

import type { PalierIssue } from '../../../src/core/issue.js';
import type { MoneyString, Provenance } from '../../../src/core/label.js';
import type { Result } from '../../../src/core/result.js';
import { type CalendarDate, compareDates } from '../../../src/dates/index.js';
import type { LevelStatus } from '../../../src/evaluation/types.js';
import { fundingIssue, readAmount } from '../../../src/funding/amounts.js';
import { fundingDeadline } from '../../../src/funding/deadlines.js';
import { compareMoney, percentOf, subtractMoney, sumMoney } from '../../../src/money/arithmetic.js';
import type { Money } from '../../../src/money/money.js';
import type { FundingParameters, Milestone } from '../../../src/programme/types.js';

/**
 * Whether a prerequisite set or a domain is reached, and since when (*atteinte*).
 *
 * @category Funding
 */
export interface Attainment {
  /** Status, as the evaluation says. */
  readonly status: LevelStatus;
  /** Date it was reached, when it is. */
  readonly reachedOn?: CalendarDate;
}

/**
 * One selected domain of one application, to schedule.
 *
 * @category Funding
 */
export interface TrancheInput {
  /** Application id. */
  readonly application: string;
  /** Domain code. */
  readonly domain: string;
  /** The forfait for this domain (from your grid: the official grids are unverified). */
  readonly forfait: MoneyString;
  /** Amorçage decided by the ARS for this domain (part of the forfait; HN breaks amorçage down per domain). */
  readonly amorcage: MoneyString;
  /** Date of selection (amorçage is due from it). */
  readonly selectedOn: CalendarDate;
  /** The applicant's prerequisites (no money before they are reached). */
  readonly prerequisites: Attainment;
  /** The domain's usage targets (usage is paid once reached). */
  readonly usage: Attainment;
  /** The bonus condition (HOP'EN: structured biology reports and lettre de liaison), and your amount. */
  readonly bonus?: {
    /** Whether the structured-data condition is met; absent: unknown. */
    readonly conditionMet?: boolean;
    /** Since when. */
    readonly metOn?: CalendarDate;
    /** The bonus amount, when you have one (unverified in HOP'EN). */
    readonly amount?: MoneyString;
  };
}

/**
 * What {@link scheduleTranches} needs from the programme.
 *
 * @category Funding
 */
export interface ScheduleContext {
  /** Funding parameters (vehicles, bonus). */
  readonly funding: Pick<FundingParameters, 'vehicles' | 'bonus'>;
  /** The calendar (pass an overridden one for the COVID extension: `withOverrides(…, { shiftMilestones })`). */
  readonly milestones: readonly Milestone[];
  /** Id of the deadline milestone; default: the latest milestone of kind `deadline`. */
  readonly deadline?: string;
  /** Date of the schedule. */
  readonly asOf: CalendarDate;
}

/**
 * Which tranche a payment line is: amorçage, usage or bonus.
 *
 * @category Funding
 */
export type Tranche = 'amorcage' | 'usage' | 'bonus';

/**
 * Status of a payment line as of a date: `released` (conditions met on `date` ≤ asOf, money may be paid);
 * `scheduled` (conditions met, but on a date after asOf); `awaiting-prerequisites`; `awaiting-target` (domain not
 * reached yet); `awaiting-condition` (bonus condition not met); `lapsed` (deadline passed without the condition);
 * `unknown` (the input, or the programme's data, does not say).
 *
 * @category Funding
 */
export type TrancheStatus =
  | 'released'
  | 'scheduled'
  | 'awaiting-prerequisites'
  | 'awaiting-target'
  | 'awaiting-condition'
  | 'lapsed'
  | 'unknown';

/**
 * One line of a payment schedule (*échéancier*).
 *
 * @category Funding
 */
export interface PaymentLine {
  /** Application id. */
  readonly application: string;
  /** Domain code. */
  readonly domain: string;
  /** Tranche. */
  readonly tranche: Tranche;
  /** Funding vehicle: FMESPP for amorçage, AC credits for usage; `unknown` for the bonus (unverified). */
  readonly vehicle: 'FMESPP' | 'AC' | 'unknown';
  /** Amount; absent when unknown (e.g. the HOP'EN bonus without a user-supplied amount). */
  readonly amount?: MoneyString;
  /** Date the conditions are (or were) met, when known. */
  readonly date?: CalendarDate;
  /** Status as of the schedule's date. */
  readonly status: TrancheStatus;
  /** Stable reason code. */
  readonly reason: string;
  /** Where the rule or amount comes from. */
  readonly provenance: Provenance;
}

/**
 * The payment schedule of one selected domain.
 *
 * @category Funding
 */
export interface TrancheSchedule {
  /** Application id. */
  readonly application: string;
  /** Domain code. */
  readonly domain: string;
  /** The forfait; the amorçage and usage lines sum to it exactly. */
  readonly forfait: MoneyString;
  /** Payment lines: amorçage, usage, then bonus when the programme has one. */
  readonly lines: readonly PaymentLine[];
  /** Sum of released lines. */
  readonly released: MoneyString;
  /** Sum of lines with an amount that are neither released nor lapsed. */
  readonly outstanding: MoneyString;
  /** Sum of lapsed lines. */
  readonly lapsed: MoneyString;
  /** The deadline applied, when the calendar has one. */
  readonly deadline?: CalendarDate;
  /** Date of the schedule. */
  readonly asOf: CalendarDate;
}

/**
 * The two tranches of a forfait.
 *
 * @category Funding
 */
export interface ForfaitTranches {
  /** Amorçage (FMESPP). */
  readonly amorcage: MoneyString;
  /** Usage (AC credits): the forfait minus the amorçage. */
  readonly usage: MoneyString;
}

/**
 * Splits a forfait into its amorçage and usage tranches: usage is the forfait minus the amorçage the ARS
 * decided, so the two sum exactly to the forfait. Refuses an amorçage above the forfait.
 *
 * @example
 * ```ts
 * splitForfait('100000.00', '20000.00'); // { ok: true, value: { amorcage: '20000.00', usage: '80000.00' } }
 * ```
 *
 * @category Funding
 */
export function splitForfait(forfait: MoneyString, amorcage: MoneyString): Result<ForfaitTranches> {
  const issues: PalierIssue[] = [];
  const parts = readParts(forfait, amorcage, issues);
  if (parts === undefined) return { ok: false, issues };
  return { ok: true, value: { amorcage: String(parts.amorcage), usage: String(parts.usage) }, issues: [] };
}

/**
 * A default amorçage proposal for one forfait: `share` % of it, rounded **down** to the cent. This is palier's
 * convenience for simulations, not an official rule: the official share (20 %) applies to the regional envelope,
 * and the ARS decides each amount.
 *
 * @example
 * ```ts
 * proposeAmorcage('100000.05', 20); // '20000.01'
 * ```
 *
 * @category Funding
 */
export function proposeAmorcage(forfait: MoneyString, share: number): Result<MoneyString> {
  const issues: PalierIssue[] = [];
  const f = readAmount(forfait, ['forfait'], issues);
  if (!Number.isFinite(share) || share < 0 || share > 100) {
    issues.push(
      fundingIssue(
        'invalid-share',
        ['share'],
        `Part hors de 0–100 % : ${share}.`,
        `Share outside 0–100 %: ${share}.`,
      ),
    );
  }
  if (f === undefined || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: String(percentOf(f, share, 'down')), issues: [] };
}

function readParts(
  forfait: MoneyString,
  amorcage: MoneyString,
  issues: PalierIssue[],
): { amorcage: Money; usage: Money } | undefined {
  const f = readAmount(forfait, ['forfait'], issues);
  const a = readAmount(amorcage, ['amorcage'], issues);
  if (f === undefined || a === undefined) return undefined;
  if (compareMoney(a, f) > 0) {
    issues.push(
      fundingIssue(
        'amorcage-exceeds-forfait',
        ['amorcage'],
        `L'amorçage (${a} €) dépasse le forfait (${f} €) de ${subtractMoney(a, f)} €.`,
        `Amorçage (${a} €) exceeds the forfait (${f} €) by ${subtractMoney(a, f)} €.`,
        { expected: `≤ ${f}`, received: String(a) },
      ),
    );
    return undefined;
  }
  return { amorcage: a, usage: subtractMoney(f, a) };
}

const latest = (...dates: (CalendarDate | undefined)[]): CalendarDate | undefined =>
  dates.reduce<CalendarDate | undefined>(
    (a, b) => (b === undefined ? a : a === undefined || compareDates(b, a) > 0 ? b : a),
    undefined,
  );

/**
 * Schedules the tranches of one selected domain: **amorçage** (FMESPP) from selection, **usage** (AC credits) once
 * the domain's targets are reached, and the **bonus** when the programme has one and its structured-data condition
 * is met. No money is released before the prerequisites are reached; a condition still unmet after the calendar's
 * deadline lapses (and a domain reached after it lapses too). The HOP'EN bonus amount is unverified: without
 * `bonus.amount` the bonus line is `unknown`, with no amount.
 *
 * @example
 * ```ts
 * const r = scheduleTranches(
 *   { application: 'A1', domain: 'D2', forfait: '100000.00', amorcage: '20000.00', selectedOn: '2019-09-30',
 *     prerequisites: { status: 'reached', reachedOn: '2019-06-30' }, usage: { status: 'not-reached' } },
 *   { funding: hopen.funding, milestones: hopen.milestones, asOf: '2020-01-01' },
 * );
 * // lines: amorçage 20000.00 released on 2019-09-30 (FMESPP); usage 80000.00 awaiting-target (AC); bonus unknown
 * ```
 *
 * @category Funding
 */
export function scheduleTranches(input: TrancheInput, context: ScheduleContext): Result<TrancheSchedule> {
  const issues: PalierIssue[] = [];
  const parts = readParts(input.forfait, input.amorcage, issues);
  const bonusAmount =
    input.bonus?.amount === undefined
      ? undefined
      : readAmount(input.bonus.amount, ['bonus', 'amount'], issues);
  if (parts === undefined || issues.length > 0) return { ok: false, issues };
  const deadline = fundingDeadline(context.milestones, context.deadline)?.date;
  const ctx = { ...context, deadlineDate: deadline };
  const lines: PaymentLine[] = [amorcageLine(input, parts.amorcage, ctx), usageLine(input, parts.usage, ctx)];
  const bonus = bonusLine(input, bonusAmount, lines[1]!, ctx);
  if (bonus) lines.push(bonus);
  const total = (keep: (l: PaymentLine) => boolean) =>
    String(
      sumMoney(
        lines.filter((l) => l.amount !== undefined && keep(l)).map((l) => readAmount(l.amount, [], [])!),
      ),
    );
  return {
    ok: true,
    value: {
      application: input.application,
      domain: input.domain,
      forfait: String(sumMoney([parts.amorcage, parts.usage])),
      lines,
      released: total((l) => l.status === 'released'),
      outstanding: total((l) => l.status !== 'released' && l.status !== 'lapsed'),
      lapsed: total((l) => l.status === 'lapsed'),
      ...(deadline === undefined ? {} : { deadline }),
      asOf: context.asOf,
    },
    issues: [],
  };
}

type Ctx = ScheduleContext & { readonly deadlineDate: CalendarDate | undefined };
type Timing = Pick<PaymentLine, 'status' | 'reason'> & { readonly date?: CalendarDate };

const after = (a: CalendarDate | undefined, b: CalendarDate | undefined) =>
  a !== undefined && b !== undefined && compareDates(a, b) > 0;

/** When money gated by the prerequisites (and possibly another attainment) may be released. */
function timing(input: TrancheInput, gate: Attainment | undefined, ctx: Ctx): Timing {
  const pre = input.prerequisites;
  if (pre.status === 'unknown') return { status: 'unknown', reason: 'prerequisites-unknown' };
  if (gate?.status === 'unknown') return { status: 'unknown', reason: 'target-unknown' };
  if (gate?.status === 'reached' && after(gate.reachedOn, ctx.deadlineDate)) {
    return {
      status: 'lapsed',
      reason: 'reached-after-deadline',
      ...(gate.reachedOn ? { date: gate.reachedOn } : {}),
    };
  }
  const waiting =
    pre.status === 'not-reached'
      ? 'awaiting-prerequisites'
      : gate?.status === 'not-reached'
        ? 'awaiting-target'
        : undefined;
  if (waiting !== undefined) {
    return after(ctx.asOf, ctx.deadlineDate)
      ? { status: 'lapsed', reason: 'deadline-passed' }
      : { status: waiting, reason: waiting };
  }
  const date = latest(input.selectedOn, pre.reachedOn, gate?.reachedOn);
  if (date !== undefined && after(date, ctx.asOf))
    return { status: 'scheduled', reason: 'conditions-met-later', date };
  return { status: 'released', reason: 'conditions-met', ...(date ? { date } : {}) };
}

/** Provenance of a line whose programme names no funding vehicle (HOP'EN 2: not public). */
const NO_VEHICLE = Object.freeze({
  source: 'programme.funding.vehicles',
  status: 'unverified' as const,
  note: 'the programme gives no funding vehicle',
});

function amorcageLine(input: TrancheInput, amount: Money, ctx: Ctx): PaymentLine {
  return {
    application: input.application,
    domain: input.domain,
    tranche: 'amorcage',
    vehicle: ctx.funding.vehicles?.value.amorcage ?? 'unknown',
    amount: String(amount),
    ...timing(input, undefined, ctx),
    provenance: ctx.funding.vehicles?.provenance ?? NO_VEHICLE,
  };
}

function usageLine(input: TrancheInput, amount: Money, ctx: Ctx): PaymentLine {
  return {
    application: input.application,
    domain: input.domain,
    tranche: 'usage',
    vehicle: ctx.funding.vehicles?.value.usage ?? 'unknown',
    amount: String(amount),
    ...timing(input, input.usage, ctx),
    provenance: ctx.funding.vehicles?.provenance ?? NO_VEHICLE,
  };
}

function bonusLine(
  input: TrancheInput,
  userAmount: Money | undefined,
  usage: PaymentLine,
  ctx: Ctx,
): PaymentLine | undefined {
  const rule = ctx.funding.bonus;
  if (rule === undefined) return undefined;
  const base = {
    application: input.application,
    domain: input.domain,
    tranche: 'bonus' as const,
    vehicle: 'unknown' as const,
  };
  const amount = userAmount !== undefined ? String(userAmount) : rule.amount;
  const provenance: Provenance =
    userAmount !== undefined
      ? { source: 'user-supplied', status: 'override', note: 'Bonus amount supplied by the caller.' }
      : rule.provenance;
  const met = input.bonus?.conditionMet;
  if (met === undefined)
    return {
      ...base,
      ...(amount ? { amount } : {}),
      status: 'unknown',
      reason: 'bonus-condition-unknown',
      provenance,
    };
  if (!met) {
    const lapsed = after(ctx.asOf, ctx.deadlineDate);
    return {
      ...base,
      ...(amount ? { amount } : {}),
      status: lapsed ? 'lapsed' : 'awaiting-condition',
      reason: lapsed ? 'deadline-passed' : 'bonus-condition-not-met',
      provenance,
    };
  }
  if (amount === undefined)
    return { ...base, status: 'unknown', reason: 'bonus-amount-unverified', provenance };
  if (usage.status !== 'released' && usage.status !== 'scheduled') {
    return { ...base, amount, status: usage.status, reason: usage.reason, provenance };
  }
  const date = latest(usage.date, input.bonus?.metOn);
  const lapsed = after(input.bonus?.metOn, ctx.deadlineDate);
  if (lapsed)
    return {
      ...base,
      amount,
      status: 'lapsed',
      reason: 'reached-after-deadline',
      ...(date ? { date } : {}),
      provenance,
    };
  const status = date !== undefined && after(date, ctx.asOf) ? 'scheduled' : 'released';
  return {
    ...base,
    amount,
    status,
    reason: status === 'released' ? 'conditions-met' : 'conditions-met-later',
    ...(date ? { date } : {}),
    provenance,
  };
}
