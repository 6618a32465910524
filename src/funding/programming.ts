import type { Finess, LegalStatus } from '../actors/types.js';
import { checkDates, requireDate } from '../core/dates.js';
import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString } from '../core/label.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import type { LevelStatus } from '../evaluation/types.js';
import { allocate } from '../money/allocate.js';
import { formatCents } from '../money/cents.js';
import { toCents } from '../money/money.js';
import { fundingIssue, readAmount, readCents } from './amounts.js';
import { splitRegionalEnvelope } from './envelopes.js';
import type { Attainment } from './tranches.js';

/**
 * Status group used to balance a selection: `public`; `espic` (private non-profit holding the ESPIC
 * qualification); `private-non-profit` (other); `private-for-profit`.
 *
 * @category Funding
 */
export type StatusGroup = 'public' | 'espic' | 'private-non-profit' | 'private-for-profit';

/**
 * Every {@link StatusGroup}.
 *
 * @category Funding
 */
export const STATUS_GROUPS: readonly StatusGroup[] = Object.freeze([
  'public',
  'espic',
  'private-non-profit',
  'private-for-profit',
]);

/**
 * The status group of an establishment: its legal status, with the private non-profit ones that are ESPIC
 * (*établissement de santé privé d'intérêt collectif*) apart.
 *
 * @example
 * ```ts
 * statusGroup({ status: 'private-non-profit', espic: true }); // 'espic'
 * statusGroup({ status: 'public' }); // 'public'
 * ```
 *
 * @category Funding
 */
export function statusGroup(establishment: {
  /** Legal status. */
  readonly status: LegalStatus;
  /** Whether a private non-profit establishment is an ESPIC; default `false`. */
  readonly espic?: boolean | undefined;
}): StatusGroup {
  return atBoundary('statusGroup', 'establishment', () => groupOf(establishment));
}

/** {@link statusGroup} without the guard, for candidates already being read inside a guarded function. */
function groupOf(establishment: {
  readonly status: LegalStatus;
  readonly espic?: boolean | undefined;
}): StatusGroup {
  return establishment.status === 'private-non-profit' && establishment.espic === true
    ? 'espic'
    : establishment.status;
}

/**
 * One domain a candidate applies for, with its forfait and proposed amorçage.
 *
 * @category Funding
 */
export interface CandidateDomain {
  /** Domain code. */
  readonly domain: string;
  /** Forfait (from your grid). */
  readonly forfait: MoneyString;
  /** Amorçage within the forfait (ARS decision or a proposal). */
  readonly amorcage: MoneyString;
  /** Date the domain's targets were reached, if they are. */
  readonly reachedOn?: CalendarDate;
}

/**
 * A candidate of a regional programming (*candidat*): an establishment or a GHT application.
 *
 * @category Funding
 */
export interface Candidate {
  /** Identifier (application id). */
  readonly id: string;
  /** FINESS of the establishment (for a GHT: its support establishment). */
  readonly finess: Finess;
  /** Status group of its legal entity. */
  readonly status: LegalStatus;
  /** ESPIC qualification. */
  readonly espic?: boolean;
  /** The prerequisites: reached (and when), not reached, unknown. */
  readonly prerequisites: Attainment;
  /** Readiness score, higher first (e.g. share of domain indicators already met); default 0. */
  readonly readiness?: number;
  /** Domains applied for, in the candidate's order of preference. */
  readonly domains: readonly CandidateDomain[];
}

/**
 * Balance across status groups (*équilibre entre statuts*).
 *
 * @category Funding
 */
export interface BalancePolicy {
  /** Weight of each status group; a group without a weight gets no share in the first pass. */
  readonly weights: Partial<Readonly<Record<StatusGroup, number>>>;
  /** Offer what is left to applications refused for their group's share (default true). */
  readonly redistribute?: boolean;
}

/**
 * The selection policy of a regional programming, stated explicitly (*politique de sélection*):
 *
 * - `order` — `readiness-first`: candidates whose prerequisites are reached first, then unknown, then not
 *   reached; within each, higher `readiness` first; then input order. `input-order`: as given.
 * - `balance` — weights per status group (seed:003 recommends a balance across statuses): the envelope is split
 *   by these weights (largest remainder) and a first pass keeps each group within its share; with `redistribute`
 *   (default true) a second pass offers what is left to the applications refused for their group's share.
 * - `maxPerEstablishment` — cap on the forfaits selected for one FINESS.
 * - `requirePrerequisites` — refuse candidates whose prerequisites are not reached (default false: HOP'EN lets
 *   them apply, money waits).
 *
 * @category Funding
 */
export interface ProgrammingPolicy {
  /** Order in which applications are considered. */
  readonly order: 'readiness-first' | 'input-order';
  /** Balance across status groups. */
  readonly balance?: BalancePolicy;
  /** Cap per establishment. */
  readonly maxPerEstablishment?: MoneyString;
  /** Refuse candidates whose prerequisites are not reached. */
  readonly requirePrerequisites?: boolean;
}

/**
 * Why an application was selected or not.
 *
 * @category Funding
 */
export type SelectionReason =
  | 'selected'
  | 'selected-on-redistribution'
  | 'prerequisites-required'
  | 'usage-pool-exhausted'
  | 'amorcage-pool-exhausted'
  | 'group-share-exhausted'
  | 'max-per-establishment';

/**
 * The decision on one (candidate, domain).
 *
 * @category Funding
 */
export interface SelectionDecision {
  /** Candidate id. */
  readonly candidate: string;
  /** FINESS. */
  readonly finess: Finess;
  /** Domain. */
  readonly domain: string;
  /** Status group. */
  readonly group: StatusGroup;
  /** Whether selected. */
  readonly selected: boolean;
  /** Why. */
  readonly reason: SelectionReason;
  /** Forfait. */
  readonly forfait: MoneyString;
  /** Amorçage part. */
  readonly amorcage: MoneyString;
  /** Amount released as of the date (amorçage once prerequisites are reached, usage once the domain is too). */
  readonly paid: MoneyString;
}

/**
 * A region's programming: decisions and figures.
 *
 * @category Funding
 */
export interface RegionalProgramming {
  /** Region code. */
  readonly region: string;
  /** Envelope, and its amorçage and usage pools. */
  readonly envelope: MoneyString;
  /** Amorçage pool. */
  readonly amorcagePool: MoneyString;
  /** Usage pool. */
  readonly usagePool: MoneyString;
  /** Sum of selected forfaits. */
  readonly committed: MoneyString;
  /** Sum released as of the date. */
  readonly paid: MoneyString;
  /** Envelope minus committed. */
  readonly remaining: MoneyString;
  /** Every decision, in the order considered. */
  readonly decisions: readonly SelectionDecision[];
  /** The policy applied. */
  readonly policy: ProgrammingPolicy;
  /** Date of the figures. */
  readonly asOf: CalendarDate;
}

/**
 * Input of {@link programmeRegion}.
 *
 * @category Funding
 */
export interface RegionalProgrammingInput {
  /** Region code. */
  readonly region: string;
  /** Regional envelope. */
  readonly envelope: MoneyString;
  /** Amorçage share in percent (`programme.funding.amorcageShare.value`: 20). */
  readonly amorcageShare: number;
  /** Candidates. */
  readonly candidates: readonly Candidate[];
  /** Policy. */
  readonly policy: ProgrammingPolicy;
  /** Date of the figures (what is paid as of then). */
  readonly asOf: CalendarDate;
}

/** One application, its amounts in whole cents. */
interface Item {
  readonly candidate: Candidate;
  readonly domain: CandidateDomain;
  readonly group: StatusGroup;
  readonly forfait: bigint;
  readonly amorcage: bigint;
  readonly usage: bigint;
}

/**
 * Selects applications within a regional envelope under an explicit policy and reports what is committed, paid
 * and remaining. Every selected set keeps the amorçage total within the amorçage pool and the usage total within
 * the usage pool (so the forfaits stay within the envelope); each decision says why.
 *
 * @example
 * ```ts
 * const r = programmeRegion({
 *   region: '84', envelope: '1000000.00', amorcageShare: 20, asOf: '2020-12-31',
 *   policy: { order: 'readiness-first', balance: { weights: { public: 1, espic: 1, 'private-for-profit': 1 } } },
 *   candidates,
 * });
 * // r.value.committed, r.value.paid, r.value.remaining, r.value.decisions
 * ```
 *
 * @category Funding
 */
export function programmeRegion(input: RegionalProgrammingInput): Result<RegionalProgramming> {
  return atBoundary('programmeRegion', 'input', () => {
    requireDate('programmeRegion', 'input.asOf', input.asOf);
    const issues: PalierIssue[] = [];
    const pools = splitRegionalEnvelope(input.envelope, input.amorcageShare);
    if (!pools.ok) return pools;
    const cap =
      input.policy.maxPerEstablishment === undefined
        ? undefined
        : readCents(input.policy.maxPerEstablishment, ['policy', 'maxPerEstablishment'], issues);
    const items = readItems(input.candidates, issues);
    const budgets = groupBudgets(pools.value.envelope, input.policy, issues);
    if (issues.length > 0) return { ok: false, issues };
    const ordered = order(items, input.policy.order);
    const state = {
      amorcageLeft: readCents(pools.value.amorcage, [], [])!,
      usageLeft: readCents(pools.value.usage, [], [])!,
      perFiness: new Map<Finess, bigint>(),
      groupLeft: budgets,
    };
    const reasons = ordered.map((item) => consider(item, state, cap, input.policy, true));
    if (budgets !== undefined && input.policy.balance?.redistribute !== false) {
      ordered.forEach((item, i) => {
        if (reasons[i] !== 'group-share-exhausted') return;
        const second = consider(item, state, cap, input.policy, false);
        reasons[i] = second === 'selected' ? 'selected-on-redistribution' : second;
      });
    }
    let committed = 0n;
    let paid = 0n;
    const decisions = ordered.map((item, i) => {
      const reason = reasons[i]!;
      const selected = reason === 'selected' || reason === 'selected-on-redistribution';
      const released = selected ? releasedOf(item, input.asOf) : 0n;
      if (selected) committed += item.forfait;
      paid += released;
      return {
        candidate: item.candidate.id,
        finess: item.candidate.finess,
        domain: item.domain.domain,
        group: item.group,
        selected,
        reason,
        forfait: formatCents(item.forfait),
        amorcage: formatCents(item.amorcage),
        paid: formatCents(released),
      };
    });
    const envelope = readCents(pools.value.envelope, [], [])!;
    return {
      ok: true,
      value: {
        region: input.region,
        envelope: pools.value.envelope,
        amorcagePool: pools.value.amorcage,
        usagePool: pools.value.usage,
        committed: formatCents(committed),
        paid: formatCents(paid),
        remaining: formatCents(envelope - committed),
        decisions,
        policy: input.policy,
        asOf: input.asOf,
      },
      issues: [],
    };
  });
}

/** What is left while selecting, in whole cents. */
interface State {
  amorcageLeft: bigint;
  usageLeft: bigint;
  readonly perFiness: Map<Finess, bigint>;
  readonly groupLeft: Map<StatusGroup, bigint> | undefined;
}

function consider(
  item: Item,
  state: State,
  cap: bigint | undefined,
  policy: ProgrammingPolicy,
  useGroups: boolean,
): SelectionReason {
  if (policy.requirePrerequisites === true && item.candidate.prerequisites.status !== 'reached')
    return 'prerequisites-required';
  const already = state.perFiness.get(item.candidate.finess) ?? 0n;
  if (cap !== undefined && already + item.forfait > cap) return 'max-per-establishment';
  if (item.amorcage > state.amorcageLeft) return 'amorcage-pool-exhausted';
  if (item.usage > state.usageLeft) return 'usage-pool-exhausted';
  const groupLeft = state.groupLeft?.get(item.group);
  if (useGroups && state.groupLeft !== undefined && (groupLeft === undefined || item.forfait > groupLeft)) {
    return 'group-share-exhausted';
  }
  state.amorcageLeft -= item.amorcage;
  state.usageLeft -= item.usage;
  state.perFiness.set(item.candidate.finess, already + item.forfait);
  if (useGroups && groupLeft !== undefined) state.groupLeft?.set(item.group, groupLeft - item.forfait);
  return 'selected';
}

function releasedOf(item: Item, asOf: CalendarDate): bigint {
  const pre = item.candidate.prerequisites;
  // dates checked on the way in: YYYY-MM-DD dates order as their text
  const onOrBefore = (d: CalendarDate | undefined) => d === undefined || d <= asOf;
  if (pre.status !== 'reached' || !onOrBefore(pre.reachedOn)) return 0n;
  const reached = item.domain.reachedOn;
  return reached !== undefined && onOrBefore(reached) ? item.forfait : item.amorcage;
}

function readItems(candidates: readonly Candidate[], issues: PalierIssue[]): Item[] {
  const items: Item[] = [];
  candidates.forEach((candidate, c) => {
    const group = groupOf(candidate);
    // what is paid compares these dates as text: each must be a real YYYY-MM-DD date
    const reached = candidate.prerequisites.reachedOn;
    checkDates([[reached, ['candidates', c, 'prerequisites', 'reachedOn']]], issues);
    candidate.domains.forEach((domain, d) => {
      checkDates([[domain.reachedOn, ['candidates', c, 'domains', d, 'reachedOn']]], issues);
      const forfait = readCents(domain.forfait, ['candidates', c, 'domains', d, 'forfait'], issues);
      const amorcage = readCents(domain.amorcage, ['candidates', c, 'domains', d, 'amorcage'], issues);
      if (forfait === undefined || amorcage === undefined) return;
      if (amorcage > forfait) {
        issues.push(
          fundingIssue(
            'amorcage-exceeds-forfait',
            ['candidates', c, 'domains', d, 'amorcage'],
            "L'amorçage dépasse le forfait.",
            'Amorçage exceeds the forfait.',
            { expected: `≤ ${formatCents(forfait)}`, received: formatCents(amorcage) },
          ),
        );
        return;
      }
      items.push({ candidate, domain, group, forfait, amorcage, usage: forfait - amorcage });
    });
  });
  return items;
}

function groupBudgets(
  envelope: MoneyString,
  policy: ProgrammingPolicy,
  issues: PalierIssue[],
): Map<StatusGroup, bigint> | undefined {
  if (policy.balance === undefined) return undefined;
  const weights = STATUS_GROUPS.map((g) => policy.balance?.weights[g] ?? 0);
  const shares = allocate(readAmount(envelope, [], [])!, weights);
  if (!shares.ok) {
    issues.push(
      ...shares.issues.map((i) => ({
        ...i,
        path: [
          'policy',
          'balance',
          'weights',
          ...i.path.map((p) => (typeof p === 'number' ? STATUS_GROUPS[p]! : p)),
        ],
      })),
    );
    return undefined;
  }
  return new Map(STATUS_GROUPS.map((g, i) => [g, toCents(shares.value[i]!)]));
}

const PREREQUISITE_RANK: Readonly<Record<LevelStatus, number>> = { reached: 0, unknown: 1, 'not-reached': 2 };

function order(items: readonly Item[], how: ProgrammingPolicy['order']): readonly Item[] {
  if (how !== 'readiness-first') return items;
  const keyed = items.map((item, index) => ({
    item,
    index,
    rank: PREREQUISITE_RANK[item.candidate.prerequisites.status],
    readiness: item.candidate.readiness ?? 0,
  }));
  keyed.sort((a, b) => a.rank - b.rank || b.readiness - a.readiness || a.index - b.index);
  return keyed.map((k) => k.item);
}
