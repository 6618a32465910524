import { checkDates, requireDate } from '../core/dates.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString, Provenance } from '../core/label.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import { prerequisitesStatus } from '../evaluation/rollup.js';
import type { EstablishmentEvaluation, LevelStatus } from '../evaluation/types.js';
import { percentOf } from '../money/arithmetic.js';
import { formatCents } from '../money/cents.js';
import type { FundingParameters, Milestone } from '../programme/types.js';
import { fundingIssue, readAmount, readCents } from './amounts.js';
import { fundingDeadline } from './deadlines.js';

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
 * The attainment of a domain from an evaluation: its status, and as date the end of the declared period (the
 * observation window that shows it reached). Absent domain: `unknown`.
 *
 * @example
 * ```ts
 * domainAttainment(evaluation, 'D2'); // { status: 'reached', reachedOn: '2020-06-30' }
 * ```
 *
 * @category Funding
 */
export function domainAttainment(evaluation: EstablishmentEvaluation, domain: string): Attainment {
  const args: Arguments = { evaluation: [evaluation, 'object'], domain: [domain, 'text'] };
  return atBoundary('domainAttainment', args, () => {
    const result = evaluation.domains.find((d) => d.code === domain);
    if (result === undefined) return { status: 'unknown' };
    return result.status === 'reached'
      ? { status: 'reached', reachedOn: evaluation.period.end }
      : { status: result.status };
  });
}

/**
 * The attainment of all prerequisites from an evaluation: reached when every one is (dated at the end of the
 * declared period), not reached when any is not, unknown otherwise.
 *
 * @example
 * ```ts
 * prerequisitesAttainment(evaluation); // { status: 'not-reached' }
 * ```
 *
 * @category Funding
 */
export function prerequisitesAttainment(evaluation: EstablishmentEvaluation): Attainment {
  return atBoundary('prerequisitesAttainment', 'evaluation', () => {
    const status = prerequisitesStatus(evaluation);
    return status === 'reached' ? { status, reachedOn: evaluation.period.end } : { status };
  });
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
  return {
    ok: true,
    value: { amorcage: formatCents(parts.amorcage), usage: formatCents(parts.usage) },
    issues: [],
  };
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
  const args: Arguments = { forfait: [forfait, 'text'], share: [share, 'number'] };
  return atBoundary('proposeAmorcage', args, () => {
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
  });
}

function readParts(
  forfait: MoneyString,
  amorcage: MoneyString,
  issues: PalierIssue[],
): { amorcage: bigint; usage: bigint } | undefined {
  const f = readCents(forfait, ['forfait'], issues);
  const a = readCents(amorcage, ['amorcage'], issues);
  if (f === undefined || a === undefined) return undefined;
  if (a > f) {
    const [af, ff, excess] = [formatCents(a), formatCents(f), formatCents(a - f)];
    issues.push(
      fundingIssue(
        'amorcage-exceeds-forfait',
        ['amorcage'],
        `L'amorçage (${af} €) dépasse le forfait (${ff} €) de ${excess} €.`,
        `Amorçage (${af} €) exceeds the forfait (${ff} €) by ${excess} €.`,
        { expected: `≤ ${ff}`, received: af },
      ),
    );
    return undefined;
  }
  return { amorcage: a, usage: f - a };
}

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
  const args: Arguments = { input: [input, 'object'], context: [context, 'object'] };
  return atBoundary('scheduleTranches', args, () => {
    requireDate('scheduleTranches', 'context.asOf', context.asOf);
    const issues: PalierIssue[] = [];
    // the schedule compares these dates as text: each must be a real YYYY-MM-DD date (the selection's is required)
    checkDates(
      [
        [input.selectedOn ?? '', ['selectedOn']],
        [input.prerequisites.reachedOn, ['prerequisites', 'reachedOn']],
        [input.usage.reachedOn, ['usage', 'reachedOn']],
        [input.bonus?.metOn, ['bonus', 'metOn']],
      ],
      issues,
    );
    const parts = readParts(input.forfait, input.amorcage, issues);
    // the bonus amount: the caller's, else the programme's (unknown when neither gives one)
    const supplied = input.bonus?.amount !== undefined;
    const ruleAmount = context.funding.bonus?.amount;
    const bonusAmount = supplied
      ? readCents(input.bonus!.amount!, ['bonus', 'amount'], issues)
      : ruleAmount === undefined
        ? undefined
        : readCents(ruleAmount, ['context', 'funding', 'bonus', 'amount'], issues);
    if (parts === undefined || issues.length > 0) return { ok: false, issues };
    const deadline = fundingDeadline(context.milestones, context.deadline)?.date;
    const ctx: Ctx = { funding: context.funding, asOf: context.asOf, deadline };
    const amorcage = trancheLine(input, 'amorcage', parts.amorcage, ctx);
    const usage = trancheLine(input, 'usage', parts.usage, ctx);
    const bonus = bonusLine(input, bonusAmount, supplied, usage, ctx);
    // sums by status, in cents: the amounts of the lines are the parts (and the bonus when it has one)
    const sums = { released: 0n, outstanding: 0n, lapsed: 0n };
    sums[sumOf(amorcage)] += parts.amorcage;
    sums[sumOf(usage)] += parts.usage;
    if (bonus !== undefined && bonusAmount !== undefined) sums[sumOf(bonus)] += bonusAmount;
    return {
      ok: true,
      value: {
        application: input.application,
        domain: input.domain,
        forfait: formatCents(parts.amorcage + parts.usage),
        lines: bonus === undefined ? [amorcage, usage] : [amorcage, usage, bonus],
        released: formatCents(sums.released),
        outstanding: formatCents(sums.outstanding),
        lapsed: formatCents(sums.lapsed),
        ...(deadline === undefined ? {} : { deadline }),
        asOf: context.asOf,
      },
      issues: [],
    };
  });
}

/** The sum of a schedule a line counts in. */
function sumOf(line: PaymentLine): 'released' | 'outstanding' | 'lapsed' {
  return line.status === 'released' || line.status === 'lapsed' ? line.status : 'outstanding';
}

/** A result object being built field by field (optional fields only when known). */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/** What the lines of one schedule share: the programme's funding, the date, and the deadline applied. */
interface Ctx {
  readonly funding: ScheduleContext['funding'];
  readonly asOf: CalendarDate;
  readonly deadline: CalendarDate | undefined;
}

/** When a line's money may be released, and why. */
interface Timing {
  readonly status: TrancheStatus;
  readonly reason: string;
  readonly date?: CalendarDate;
}

/** Whether `a` is after `b`, both known (`YYYY-MM-DD` dates order as their text). */
const after = (a: CalendarDate | undefined, b: CalendarDate | undefined) =>
  a !== undefined && b !== undefined && a > b;

/** The latest of the known dates. */
const latest = (...dates: (CalendarDate | undefined)[]): CalendarDate | undefined => {
  let last: CalendarDate | undefined;
  for (const d of dates) if (d !== undefined && (last === undefined || d > last)) last = d;
  return last;
};

/** When money gated by the prerequisites (and possibly another attainment) may be released. */
function timing(input: TrancheInput, gate: Attainment | undefined, ctx: Ctx): Timing {
  const pre = input.prerequisites;
  if (pre.status === 'unknown') return { status: 'unknown', reason: 'prerequisites-unknown' };
  if (gate?.status === 'unknown') return { status: 'unknown', reason: 'target-unknown' };
  if (gate?.status === 'reached' && after(gate.reachedOn, ctx.deadline)) {
    return { status: 'lapsed', reason: 'reached-after-deadline', date: gate.reachedOn };
  }
  const waiting =
    pre.status === 'not-reached'
      ? 'awaiting-prerequisites'
      : gate?.status === 'not-reached'
        ? 'awaiting-target'
        : undefined;
  if (waiting !== undefined) {
    return after(ctx.asOf, ctx.deadline)
      ? { status: 'lapsed', reason: 'deadline-passed' }
      : { status: waiting, reason: waiting };
  }
  const date = latest(input.selectedOn, pre.reachedOn, gate?.reachedOn);
  if (date !== undefined && after(date, ctx.asOf))
    return { status: 'scheduled', reason: 'conditions-met-later', date };
  return { status: 'released', reason: 'conditions-met', date };
}

/** Provenance of a line whose programme names no funding vehicle (HOP'EN 2: not public). */
const NO_VEHICLE = Object.freeze({
  source: 'programme.funding.vehicles',
  status: 'unverified' as const,
  note: 'the programme gives no funding vehicle',
});

/**
 * One payment line, its fields set one by one in the order JSON output shows them (`amount` before `status`,
 * `date` after `reason`), `amount` and `date` only when known. The type cannot check a line built this way: the
 * differential tests compare every line's JSON text, key for key, with the reference implementation.
 */
function paymentLine(
  input: TrancheInput,
  tranche: Tranche,
  vehicle: PaymentLine['vehicle'],
  amount: MoneyString | undefined,
  when: Timing,
  provenance: Provenance,
): PaymentLine {
  const line = {
    application: input.application,
    domain: input.domain,
    tranche,
    vehicle,
  } as Building<PaymentLine>;
  if (amount) line.amount = amount;
  line.status = when.status;
  line.reason = when.reason;
  if (when.date) line.date = when.date;
  line.provenance = provenance;
  return line;
}

/** The amorçage or usage line: its vehicle, and its timing (the usage tranche waits for the usage targets). */
function trancheLine(
  input: TrancheInput,
  tranche: 'amorcage' | 'usage',
  amount: bigint,
  ctx: Ctx,
): PaymentLine {
  const vehicles = ctx.funding.vehicles;
  return paymentLine(
    input,
    tranche,
    vehicles?.value[tranche] ?? 'unknown',
    formatCents(amount),
    timing(input, tranche === 'usage' ? input.usage : undefined, ctx),
    vehicles?.provenance ?? NO_VEHICLE,
  );
}

function bonusLine(
  input: TrancheInput,
  cents: bigint | undefined,
  supplied: boolean,
  usage: PaymentLine,
  ctx: Ctx,
): PaymentLine | undefined {
  const rule = ctx.funding.bonus;
  if (rule === undefined) return undefined;
  const amount = cents === undefined ? undefined : formatCents(cents);
  const provenance: Provenance = supplied
    ? { source: 'user-supplied', status: 'override', note: 'Bonus amount supplied by the caller.' }
    : rule.provenance;
  return paymentLine(input, 'bonus', 'unknown', amount, bonusTiming(input, amount, usage, ctx), provenance);
}

/** When the bonus may be released: its condition met, its amount known, and the usage tranche released. */
function bonusTiming(
  input: TrancheInput,
  amount: MoneyString | undefined,
  usage: PaymentLine,
  ctx: Ctx,
): Timing {
  const met = input.bonus?.conditionMet;
  if (met === undefined) return { status: 'unknown', reason: 'bonus-condition-unknown' };
  if (!met) {
    return after(ctx.asOf, ctx.deadline)
      ? { status: 'lapsed', reason: 'deadline-passed' }
      : { status: 'awaiting-condition', reason: 'bonus-condition-not-met' };
  }
  if (amount === undefined) return { status: 'unknown', reason: 'bonus-amount-unverified' };
  if (usage.status !== 'released' && usage.status !== 'scheduled') {
    return { status: usage.status, reason: usage.reason };
  }
  const date = latest(usage.date, input.bonus?.metOn);
  if (after(input.bonus?.metOn, ctx.deadline))
    return { status: 'lapsed', reason: 'reached-after-deadline', date };
  return date !== undefined && after(date, ctx.asOf)
    ? { status: 'scheduled', reason: 'conditions-met-later', date }
    : { status: 'released', reason: 'conditions-met', date };
}
