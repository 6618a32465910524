import { describe, expect, it } from 'vitest';
import { type ForfaitRange, lookupForfait, validateForfaitGrid } from '../../src/funding/index.js';
import type { ForfaitGrid } from '../../src/programme/types.js';
import { SYNTHETIC, SYNTHETIC_GRID } from './fixtures.js';

const seed003 = { source: 'seed:003', status: 'seed' } as const;
const HN_RANGE: ForfaitRange = {
  value: { min: '37000.00', max: '3400000.00', per: 'establishment' },
  provenance: seed003,
};
const HOPEN_RANGE: ForfaitRange = {
  value: { min: '40000.00', max: '700000.00', per: 'unknown' },
  provenance: { source: 'S22', status: 'reported' },
};
const PER_DOMAIN: ForfaitRange = {
  value: { min: '40000.00', max: '700000.00', per: 'domain' },
  provenance: SYNTHETIC,
};

const grid = (...cells: ForfaitGrid['cells']): ForfaitGrid => ({ cells, provenance: SYNTHETIC });

describe('validateForfaitGrid (SYNTHETIC grids)', () => {
  it('accepts the synthetic grid against the HOP’EN range', () => {
    expect(validateForfaitGrid(SYNTHETIC_GRID, HOPEN_RANGE)).toMatchObject({ ok: true, issues: [] });
  });

  it('accepts the exact bounds (inclusive)', () => {
    const r = validateForfaitGrid(
      grid(
        { category: 'a', domain: 'D1', amount: '40000.00' },
        { category: 'a', domain: 'D2', amount: '700000.00' },
      ),
      PER_DOMAIN,
    );
    expect(r).toMatchObject({ ok: true, issues: [] });
  });

  it('says when a cell is above the published maximum, one cent over', () => {
    const r = validateForfaitGrid(grid({ category: 'CHU', domain: 'D2', amount: '700000.01' }), HOPEN_RANGE);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'forfait-above-range',
      path: ['cells', 0, 'amount'],
      received: '700000.01',
    });
    expect(
      validateForfaitGrid(grid({ category: 'CHU', domain: 'D2', amount: '3400000.01' }), HN_RANGE).ok,
    ).toBe(false);
    expect(
      validateForfaitGrid(grid({ category: 'CHU', domain: 'D2', amount: '3400000.00' }), HN_RANGE).ok,
    ).toBe(true);
  });

  it('below the minimum: an error per domain, a warning per establishment or unknown unit', () => {
    const low = grid({ category: 'CH', domain: 'D5', amount: '36999.99' });
    expect(validateForfaitGrid(low, PER_DOMAIN)).toMatchObject({
      ok: false,
      issues: [{ code: 'forfait-below-range', severity: 'error' }],
    });
    expect(validateForfaitGrid(low, HN_RANGE)).toMatchObject({
      ok: true,
      issues: [{ code: 'forfait-below-range', severity: 'warning' }],
    });
    expect(validateForfaitGrid(low, HOPEN_RANGE)).toMatchObject({
      ok: true,
      issues: [{ severity: 'warning' }],
    });
  });

  it('checks both ends of a range cell and refuses an inverted range', () => {
    const r = validateForfaitGrid(
      grid({ category: 'CH', domain: 'D6', amount: { min: '900000.00', max: '800000.00' } }),
      HOPEN_RANGE,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['forfait-range-inverted', ['cells', 0, 'amount']],
      ['forfait-above-range', ['cells', 0, 'amount', 'min']],
      ['forfait-above-range', ['cells', 0, 'amount', 'max']],
    ]);
  });

  it('refuses duplicate cells and unreadable amounts', () => {
    const r = validateForfaitGrid(
      grid(
        { category: 'CH', domain: 'D2', amount: '50000' },
        { category: 'CH', domain: 'D2', amount: '60000,00' },
      ),
      HOPEN_RANGE,
    );
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate-forfait-cell', 'invalid-money']);
  });

  it('accepts an empty grid', () => {
    expect(validateForfaitGrid(grid(), HN_RANGE).ok).toBe(true);
  });
});

describe('lookupForfait', () => {
  it('prefers the most specific cell', () => {
    expect(lookupForfait(SYNTHETIC_GRID, 'CHU', 'D2')).toMatchObject({
      status: 'found',
      amount: '600000.00',
      match: 'exact',
      cell: 3,
    });
    expect(lookupForfait(SYNTHETIC_GRID, 'CHU', 'D5')).toMatchObject({
      amount: '300000.00',
      match: 'any-domain',
    });
    expect(lookupForfait(SYNTHETIC_GRID, 'CH', 'D2')).toMatchObject({
      amount: '150000.00',
      match: 'any-category',
    });
    expect(lookupForfait(SYNTHETIC_GRID, 'clinique', 'D7')).toMatchObject({
      amount: '50000.00',
      match: 'any',
    });
    expect(lookupForfait(SYNTHETIC_GRID, undefined, 'D2')).toMatchObject({ amount: '150000.00' });
  });

  it('returns a range cell as a range, with the grid provenance', () => {
    const r = lookupForfait(SYNTHETIC_GRID, 'CH', 'D6');
    expect(r).toMatchObject({ status: 'found', amount: { min: '60000.00', max: '120000.00' } });
    expect(r.status === 'found' && r.provenance.source).toBe('SYNTHETIC test data');
  });

  it('says unknown without a grid (the official grids are unverified) or without a matching cell', () => {
    expect(lookupForfait(undefined, 'CHU', 'D2')).toEqual({
      status: 'unknown',
      reason: 'forfait-grid-unverified',
    });
    expect(lookupForfait(grid({ category: 'CH', domain: 'D1', amount: '1' }), 'CHU', 'D2')).toEqual({
      status: 'unknown',
      reason: 'no-matching-cell',
    });
  });
});
