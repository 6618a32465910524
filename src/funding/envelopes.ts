import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString, Provenance, Sourced } from '../core/label.js';
import type { Result } from '../core/result.js';
import { allocate, type Weight } from '../money/allocate.js';
import { compareMoney, percentOf, subtractMoney, sumMoney } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import { fundingIssue, readAmount } from './amounts.js';

/**
 * The weight of one region in the split of the national envelope (e.g. its establishments' activity).
 *
 * @category Funding
 */
export interface RegionalWeight {
  /** Region code (INSEE, `84`, or a pre-2016 region for HN): any stable key. */
  readonly region: string;
  /** Non-negative weight; the regional formula is unverified, so the caller chooses the weights. */
  readonly weight: Weight;
}

/**
 * A regional envelope (*enveloppe régionale*) managed by an ARS.
 *
 * @category Funding
 */
export interface RegionalEnvelope {
  /** Region code, as given. */
  readonly region: string;
  /** Amount. */
  readonly amount: MoneyString;
}

/**
 * Splits the national envelope into regional envelopes proportionally to the given weights, to the cent and
 * total-preserving (largest remainder, ties to the earlier region in input order). The official regional
 * formula ("from the activity of the region's establishments", seed:003) is unverified: the weights are yours.
 *
 * @example
 * ```ts
 * const r = splitNationalEnvelope('100.00', [
 *   { region: '84', weight: 1 }, { region: '93', weight: 1 }, { region: '94', weight: 1 },
 * ]);
 * // r.value: 84 → '33.34', 93 → '33.33', 94 → '33.33'
 * ```
 *
 * @category Funding
 */
export function splitNationalEnvelope(
  national: MoneyString,
  weights: readonly RegionalWeight[],
): Result<RegionalEnvelope[]> {
  const args: Arguments = { national: [national, 'text'], weights: [weights, 'list'] };
  return atBoundary('splitNationalEnvelope', args, () => {
    const issues: PalierIssue[] = [];
    const total = readAmount(national, ['national'], issues);
    const seen = new Set<string>();
    weights.forEach((w, i) => {
      if (seen.has(w.region)) {
        issues.push(
          fundingIssue(
            'duplicate-region',
            ['weights', i, 'region'],
            `Région en double : ${w.region}.`,
            `Duplicate region: ${w.region}.`,
            {
              received: w.region,
            },
          ),
        );
      }
      seen.add(w.region);
    });
    if (total === undefined || issues.length > 0) return { ok: false, issues };
    const shares = allocate(
      total,
      weights.map((w) => w.weight),
    );
    if (!shares.ok) {
      const where = (i: PalierIssue) => (i.path.length > 0 ? ['weights', ...i.path, 'weight'] : ['weights']);
      return { ok: false, issues: shares.issues.map((i) => ({ ...i, path: where(i) })) };
    }
    return {
      ok: true,
      value: shares.value.map((amount, i) => ({ region: weights[i]!.region, amount: String(amount) })),
      issues: [],
    };
  });
}

/**
 * A regional envelope split into its amorçage pool and its usage pool.
 *
 * @category Funding
 */
export interface EnvelopePools {
  /** The regional envelope. */
  readonly envelope: MoneyString;
  /** Amorçage pool (*amorçage*, FMESPP): the programme's share of the envelope, rounded down to the cent. */
  readonly amorcage: MoneyString;
  /** Usage pool (*financement à l'usage*, AC credits): the rest of the envelope. */
  readonly usage: MoneyString;
  /** The share applied, in percent. */
  readonly amorcageShare: number;
  /** Rounding applied to the amorçage pool: `down`, so the pool never exceeds the share. */
  readonly rounding: 'down';
  /** Where the share comes from. */
  readonly provenance?: Provenance;
}

/**
 * Splits a regional envelope into the amorçage pool (the programme's share — 20 % in both HN and HOP'EN, from
 * `programme.funding.amorcageShare` — rounded **down** to the cent so it never exceeds the share) and the usage
 * pool (the rest, so the two sum exactly to the envelope).
 *
 * @example
 * ```ts
 * const r = splitRegionalEnvelope('1000.05', { value: 20, provenance: { source: 'seed:003', status: 'seed' } });
 * // r.value.amorcage === '200.01', r.value.usage === '800.04'
 * ```
 *
 * @category Funding
 */
export function splitRegionalEnvelope(
  envelope: MoneyString,
  share: Sourced<number> | number,
): Result<EnvelopePools> {
  const args: Arguments = { envelope: [envelope, 'text'], share: [share, 'any'] };
  return atBoundary('splitRegionalEnvelope', args, () => {
    const issues: PalierIssue[] = [];
    const total = readAmount(envelope, ['envelope'], issues);
    const percent = typeof share === 'number' ? share : share.value;
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
      issues.push(
        fundingIssue(
          'invalid-share',
          ['share'],
          `Part d'amorçage hors de 0–100 % : ${percent}.`,
          `Amorçage share outside 0–100 %: ${percent}.`,
          {
            expected: '0 ≤ share ≤ 100',
            received: String(percent),
          },
        ),
      );
    }
    if (total === undefined || issues.length > 0) return { ok: false, issues };
    const amorcage = percentOf(total, percent, 'down');
    return {
      ok: true,
      value: {
        envelope: String(total),
        amorcage: String(amorcage),
        usage: String(subtractMoney(total, amorcage)),
        amorcageShare: percent,
        rounding: 'down',
        ...(typeof share === 'number' ? {} : { provenance: share.provenance }),
      },
      issues: [],
    };
  });
}

/**
 * An ARS decision on the amorçage of one project (*décision d'amorçage*).
 *
 * @category Funding
 */
export interface AmorcageDecision {
  /** Application or project identifier. */
  readonly id: string;
  /** Amount decided by the ARS. */
  readonly amount: MoneyString;
}

/**
 * Amorçage decisions accepted within the pool.
 *
 * @category Funding
 */
export interface AmorcageCommitment {
  /** The amorçage pool. */
  readonly pool: MoneyString;
  /** Sum of the decisions. */
  readonly committed: MoneyString;
  /** What is left in the pool. */
  readonly remaining: MoneyString;
  /** The decisions, normalised to two decimals. */
  readonly decisions: readonly AmorcageDecision[];
}

/**
 * Records the ARS's amorçage decisions against its pool. The ARS decides the amounts (seed:003: "la définition
 * de son montant appartenant à l'ARS dans la limite de l'enveloppe"); the engine refuses a set of decisions that
 * exceeds the pool (`amorcage-pool-exceeded`, stating the excess), a negative or unreadable amount, or a
 * duplicate id.
 *
 * @example
 * ```ts
 * commitAmorcage('200.00', [{ id: 'a', amount: '150.00' }, { id: 'b', amount: '60.00' }]);
 * // { ok: false, issues: [{ code: 'amorcage-pool-exceeded', received: '210.00', expected: '≤ 200.00', … }] }
 * ```
 *
 * @category Funding
 */
export function commitAmorcage(
  pool: MoneyString,
  decisions: readonly AmorcageDecision[],
): Result<AmorcageCommitment> {
  const args: Arguments = { pool: [pool, 'text'], decisions: [decisions, 'list'] };
  return atBoundary('commitAmorcage', args, () => {
    const issues: PalierIssue[] = [];
    const total = readAmount(pool, ['pool'], issues);
    const amounts: Money[] = [];
    const ids = new Set<string>();
    decisions.forEach((d, i) => {
      const m = readAmount(d.amount, ['decisions', i, 'amount'], issues);
      if (m) amounts.push(m);
      if (ids.has(d.id)) {
        issues.push(
          fundingIssue(
            'duplicate-decision',
            ['decisions', i, 'id'],
            `Décision en double : ${d.id}.`,
            `Duplicate decision: ${d.id}.`,
          ),
        );
      }
      ids.add(d.id);
    });
    if (total === undefined || issues.length > 0) return { ok: false, issues };
    const committed = sumMoney(amounts);
    if (compareMoney(committed, total) > 0) {
      const excess = String(subtractMoney(committed, total));
      return {
        ok: false,
        issues: [
          fundingIssue(
            'amorcage-pool-exceeded',
            ['decisions'],
            `Les décisions d'amorçage (${committed} €) dépassent l'enveloppe d'amorçage (${total} €) de ${excess} €.`,
            `Amorçage decisions (${committed} €) exceed the amorçage pool (${total} €) by ${excess} €.`,
            { expected: `≤ ${total}`, received: String(committed) },
          ),
        ],
      };
    }
    return {
      ok: true,
      value: {
        pool: String(total),
        committed: String(committed),
        remaining: String(subtractMoney(total, committed)),
        decisions: decisions.map((d, i) => ({ id: d.id, amount: String(amounts[i]!) })),
      },
      issues: [],
    };
  });
}
