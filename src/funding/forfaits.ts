import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { MoneyString, Provenance } from '../core/label.js';
import type { Result } from '../core/result.js';
import { compareMoney } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import type { ForfaitGrid, ForfaitGridCell, FundingParameters } from '../programme/types.js';
import { fundingIssue, readAmount } from './amounts.js';

/**
 * The published range of forfaits of a programme, with what it applies to (`programme.funding.forfaitRange`).
 *
 * @category Funding
 */
export type ForfaitRange = NonNullable<FundingParameters['forfaitRange']>;

/**
 * Validates a user-supplied forfait grid (*grille de forfaits*) against the programme's published range
 * (HN: 37 k€–3.4 M€ per establishment; HOP'EN: 40 k€–700 k€, unit unknown).
 *
 * Errors (grid refused): an unreadable or negative amount, a range whose min exceeds its max, two cells for the
 * same category and domain, a cell **above** the published maximum (no single cell can exceed it, whether the
 * range is per domain or per establishment). A cell **below** the published minimum is an error when the range is
 * per domain, and a warning otherwise (an establishment's forfaits for several domains add up, so one cell may be
 * lower than the per-establishment minimum). Warnings come back with `ok: true`.
 *
 * @example
 * ```ts
 * const range = hopen.funding.forfaitRange; // 40 000–700 000 €, per unknown
 * const r = validateForfaitGrid(
 *   { cells: [{ category: 'CH', domain: 'D2', amount: '800000.00' }], provenance: { source: 'SYNTHETIC', status: 'override' } },
 *   range,
 * );
 * r.ok; // false: 'forfait-above-range' at cells[0].amount
 * ```
 *
 * @category Funding
 */
export function validateForfaitGrid(grid: ForfaitGrid, range: ForfaitRange): Result<ForfaitGrid> {
  const args: Arguments = { grid: [grid, 'object'], range: [range, 'object'] };
  return atBoundary('validateForfaitGrid', args, () => {
    const issues: PalierIssue[] = [];
    const min = readAmount(range.value.min, ['range', 'min'], issues);
    const max = readAmount(range.value.max, ['range', 'max'], issues);
    if (min === undefined || max === undefined) return { ok: false, issues };
    const seen = new Map<string, number>();
    grid.cells.forEach((cell, i) => {
      const key = `${cell.category}\u0000${cell.domain}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(
          fundingIssue(
            'duplicate-forfait-cell',
            ['cells', i],
            `Case en double (catégorie ${cell.category}, domaine ${cell.domain}), déjà en cells[${first}].`,
            `Duplicate cell (category ${cell.category}, domain ${cell.domain}), already at cells[${first}].`,
          ),
        );
      } else seen.set(key, i);
      checkCell(cell, i, { min, max, per: range.value.per }, issues);
    });
    return issues.some((x) => x.severity !== 'warning')
      ? { ok: false, issues }
      : { ok: true, value: grid, issues };
  });
}

interface Bounds {
  readonly min: Money;
  readonly max: Money;
  readonly per: ForfaitRange['value']['per'];
}

function checkCell(cell: ForfaitGridCell, i: number, bounds: Bounds, issues: PalierIssue[]): void {
  if (typeof cell.amount === 'string') {
    const m = readAmount(cell.amount, ['cells', i, 'amount'], issues);
    if (m) checkBounds(m, ['cells', i, 'amount'], bounds, issues);
    return;
  }
  const lo = readAmount(cell.amount.min, ['cells', i, 'amount', 'min'], issues);
  const hi = readAmount(cell.amount.max, ['cells', i, 'amount', 'max'], issues);
  if (lo === undefined || hi === undefined) return;
  if (compareMoney(lo, hi) > 0) {
    issues.push(
      fundingIssue(
        'forfait-range-inverted',
        ['cells', i, 'amount'],
        `Minimum ${lo} € supérieur au maximum ${hi} €.`,
        `Minimum ${lo} € above maximum ${hi} €.`,
        {
          expected: 'min ≤ max',
          received: `${lo} > ${hi}`,
        },
      ),
    );
  }
  checkBounds(lo, ['cells', i, 'amount', 'min'], bounds, issues);
  checkBounds(hi, ['cells', i, 'amount', 'max'], bounds, issues);
}

function checkBounds(m: Money, path: (string | number)[], bounds: Bounds, issues: PalierIssue[]): void {
  const expected = `${bounds.min}–${bounds.max} (per ${bounds.per})`;
  if (compareMoney(m, bounds.max) > 0) {
    issues.push(
      fundingIssue(
        'forfait-above-range',
        path,
        `Forfait ${m} € au-dessus du maximum publié (${bounds.max} €).`,
        `Forfait ${m} € above the published maximum (${bounds.max} €).`,
        { expected, received: String(m) },
      ),
    );
  } else if (compareMoney(m, bounds.min) < 0) {
    const severity = bounds.per === 'domain' ? 'error' : 'warning';
    issues.push(
      fundingIssue(
        'forfait-below-range',
        path,
        `Forfait ${m} € en dessous du minimum publié (${bounds.min} €${bounds.per === 'domain' ? '' : ', qui ne vaut pas forcément par domaine'}).`,
        `Forfait ${m} € below the published minimum (${bounds.min} €${bounds.per === 'domain' ? '' : ', which may not apply per domain'}).`,
        { expected, received: String(m), severity },
      ),
    );
  }
}

/**
 * How a grid cell matched a lookup: exact, or through a `*` wildcard on the category, the domain, or both.
 *
 * @category Funding
 */
export type ForfaitMatch = 'exact' | 'any-domain' | 'any-category' | 'any';

/**
 * A min/max range of a forfait grid cell, within which the ARS decides.
 *
 * @category Funding
 */
export interface ForfaitAmountRange {
  /** Lowest amount. */
  readonly min: MoneyString;
  /** Highest amount. */
  readonly max: MoneyString;
}

/**
 * Result of {@link lookupForfait}.
 *
 * @category Funding
 */
export type ForfaitLookup =
  | {
      /** A cell matched. */
      readonly status: 'found';
      /** Its amount: flat, or a min/max range within which the ARS decides. */
      readonly amount: MoneyString | ForfaitAmountRange;
      /** Index of the cell in the grid. */
      readonly cell: number;
      /** How it matched. */
      readonly match: ForfaitMatch;
      /** The grid's provenance. */
      readonly provenance: Provenance;
    }
  | {
      /** No amount can be given. */
      readonly status: 'unknown';
      /** `forfait-grid-unverified` (no grid: the official ones are unverified) or `no-matching-cell`. */
      readonly reason: 'forfait-grid-unverified' | 'no-matching-cell';
    };

const MATCH_ORDER: readonly ForfaitMatch[] = ['exact', 'any-domain', 'any-category', 'any'];

/**
 * Looks up the forfait of an establishment category for a domain. The most specific cell wins: exact category and
 * domain, then the category with domain `*`, then category `*` with the domain, then `*`/`*`. Without a grid (both
 * bundled programmes: the official grids are unverified) the answer is `unknown`.
 *
 * @example
 * ```ts
 * const grid: ForfaitGrid = {
 *   cells: [{ category: '*', domain: 'D2', amount: '100000.00' }, { category: 'CHU', domain: 'D2', amount: '300000.00' }],
 *   provenance: { source: 'SYNTHETIC test grid', status: 'override' },
 * };
 * lookupForfait(grid, 'CHU', 'D2'); // { status: 'found', amount: '300000.00', match: 'exact', cell: 1, … }
 * lookupForfait(undefined, 'CHU', 'D2'); // { status: 'unknown', reason: 'forfait-grid-unverified' }
 * ```
 *
 * @category Funding
 */
export function lookupForfait(
  grid: ForfaitGrid | undefined,
  category: string | undefined,
  domain: string,
): ForfaitLookup {
  const args: Arguments = {
    grid: [grid, 'object?'],
    category: [category, 'text?'],
    domain: [domain, 'text'],
  };
  return atBoundary('lookupForfait', args, () => {
    if (grid === undefined) return { status: 'unknown', reason: 'forfait-grid-unverified' };
    let best: { cell: number; match: ForfaitMatch } | undefined;
    grid.cells.forEach((cell, i) => {
      const match = matchOf(cell, category, domain);
      if (match === undefined) return;
      if (best === undefined || MATCH_ORDER.indexOf(match) < MATCH_ORDER.indexOf(best.match))
        best = { cell: i, match };
    });
    if (best === undefined) return { status: 'unknown', reason: 'no-matching-cell' };
    const amount = grid.cells[best.cell]!.amount;
    return {
      status: 'found',
      amount: typeof amount === 'string' ? amount : { min: amount.min, max: amount.max },
      cell: best.cell,
      match: best.match,
      provenance: grid.provenance,
    };
  });
}

function matchOf(
  cell: ForfaitGridCell,
  category: string | undefined,
  domain: string,
): ForfaitMatch | undefined {
  const categoryExact = category !== undefined && cell.category === category;
  const domainExact = cell.domain === domain;
  if (!(categoryExact || cell.category === '*') || !(domainExact || cell.domain === '*')) return undefined;
  if (categoryExact) return domainExact ? 'exact' : 'any-domain';
  return domainExact ? 'any-category' : 'any';
}
