import { describe, expect, it } from 'vitest';
import { type ForfaitRange, lookupForfait, validateForfaitGrid } from '../../src/funding/index.js';
import type { ForfaitGrid, ForfaitGridCell } from '../../src/programme/index.js';
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

/*
 * Forfait grids: every refusal of `validateForfaitGrid` with its path and wording, the below-minimum severity
 * per kind of range, and which cell `lookupForfait` picks. All grids and ranges are SYNTHETIC.
 */
describe('cases found by mutation testing', () => {
  const range = (
    min: string,
    max: string,
    per: 'establishment' | 'domain' | 'unknown' = 'unknown',
  ): ForfaitRange => ({
    value: { min, max, per },
    provenance: SYNTHETIC,
  });
  const grid = (...cells: ForfaitGridCell[]): ForfaitGrid => ({ cells, provenance: SYNTHETIC });
  const R = range('40000.00', '700000.00');

  describe('validateForfaitGrid', () => {
    it('an unreadable range refuses the grid, naming which bound', () => {
      const r = validateForfaitGrid(grid(), range('x', '-1'));
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid-money', ['range', 'min']],
        ['negative-money', ['range', 'max']],
      ]);
      expect(validateForfaitGrid(grid(), range('1.00', 'y')).issues.map((i) => i.path)).toEqual([
        ['range', 'max'],
      ]);
      expect(validateForfaitGrid(grid(), range('y', '1.00')).issues.map((i) => i.path)).toEqual([
        ['range', 'min'],
      ]);
    });

    it('a duplicated cell names the first one', () => {
      const r = validateForfaitGrid(
        grid(
          { category: 'CH', domain: 'D2', amount: '50000.00' },
          { category: 'CHU', domain: 'D2', amount: '50000.00' },
          { category: 'CH', domain: 'D2', amount: '60000.00' },
        ),
        R,
      );
      expect(r.ok).toBe(false);
      expect(r.issues).toEqual([
        {
          code: 'duplicate-forfait-cell',
          path: ['cells', 2],
          severity: 'error',
          message: {
            fr: 'Case en double (catégorie CH, domaine D2), déjà en cells[0].',
            en: 'Duplicate cell (category CH, domain D2), already at cells[0].',
          },
        },
      ]);
    });

    it('amounts are read where they are: a flat amount, or each end of a range', () => {
      const r = validateForfaitGrid(
        grid(
          { category: 'A', domain: 'D1', amount: 'abc' as never },
          { category: 'B', domain: 'D1', amount: { min: '1,5' as never, max: '100000.00' } },
          { category: 'C', domain: 'D1', amount: { min: '50000.00', max: '-2' as never } },
        ),
        R,
      );
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid-money', ['cells', 0, 'amount']],
        ['invalid-money', ['cells', 1, 'amount', 'min']],
        ['negative-money', ['cells', 2, 'amount', 'max']],
      ]);
    });

    it('an inverted range is refused with both ends; an equal min and max is fine', () => {
      const r = validateForfaitGrid(
        grid({ category: 'A', domain: 'D1', amount: { min: '90000.00', max: '80000.00' } }),
        R,
      );
      expect(r.issues).toEqual([
        {
          code: 'forfait-range-inverted',
          path: ['cells', 0, 'amount'],
          severity: 'error',
          expected: 'min ≤ max',
          received: '90000.00 > 80000.00',
          message: {
            fr: 'Minimum 90000.00 € supérieur au maximum 80000.00 €.',
            en: 'Minimum 90000.00 € above maximum 80000.00 €.',
          },
        },
      ]);
      expect(
        validateForfaitGrid(
          grid({ category: 'A', domain: 'D1', amount: { min: '90000.00', max: '90000.00' } }),
          R,
        ),
      ).toMatchObject({
        ok: true,
        issues: [],
      });
    });

    it('above the maximum is an error, at the exact end of a range', () => {
      const r = validateForfaitGrid(
        grid({ category: 'A', domain: 'D1', amount: { min: '50000.00', max: '700000.01' } }),
        R,
      );
      expect(r.ok).toBe(false);
      expect(r.issues).toEqual([
        {
          code: 'forfait-above-range',
          path: ['cells', 0, 'amount', 'max'],
          severity: 'error',
          expected: '40000.00–700000.00 (per unknown)',
          received: '700000.01',
          message: {
            fr: 'Forfait 700000.01 € au-dessus du maximum publié (700000.00 €).',
            en: 'Forfait 700000.01 € above the published maximum (700000.00 €).',
          },
        },
      ]);
      expect(validateForfaitGrid(grid({ category: 'A', domain: 'D1', amount: '700000.00' }), R).ok).toBe(
        true,
      );
    });

    it('below the minimum: an error for a per-domain range, a warning (with a caveat) otherwise', () => {
      const low = grid({ category: 'A', domain: 'D1', amount: { min: '39999.99', max: '50000.00' } });
      const perDomain = validateForfaitGrid(low, range('40000.00', '700000.00', 'domain'));
      expect(perDomain.ok).toBe(false);
      expect(perDomain.issues).toEqual([
        {
          code: 'forfait-below-range',
          path: ['cells', 0, 'amount', 'min'],
          severity: 'error',
          expected: '40000.00–700000.00 (per domain)',
          received: '39999.99',
          message: {
            fr: 'Forfait 39999.99 € en dessous du minimum publié (40000.00 €).',
            en: 'Forfait 39999.99 € below the published minimum (40000.00 €).',
          },
        },
      ]);
      for (const per of ['establishment', 'unknown'] as const) {
        const r = validateForfaitGrid(low, range('40000.00', '700000.00', per));
        expect(r.ok).toBe(true);
        expect(r.issues).toEqual([
          {
            code: 'forfait-below-range',
            path: ['cells', 0, 'amount', 'min'],
            severity: 'warning',
            expected: `40000.00–700000.00 (per ${per})`,
            received: '39999.99',
            message: {
              fr: 'Forfait 39999.99 € en dessous du minimum publié (40000.00 €, qui ne vaut pas forcément par domaine).',
              en: 'Forfait 39999.99 € below the published minimum (40000.00 €, which may not apply per domain).',
            },
          },
        ]);
      }
    });
  });

  describe('lookupForfait', () => {
    const g = grid(
      { category: '*', domain: '*', amount: '1.00' },
      { category: '*', domain: 'D2', amount: '2.00' },
      { category: 'CHU', domain: '*', amount: '3.00' },
      { category: 'CHU', domain: 'D2', amount: { min: '4.00', max: '5.00' } },
      { category: 'CHU', domain: 'D2', amount: '6.00' },
    );

    it('the most specific cell wins, and the first of equals', () => {
      expect(lookupForfait(g, 'CHU', 'D2')).toEqual({
        status: 'found',
        amount: { min: '4.00', max: '5.00' },
        cell: 3,
        match: 'exact',
        provenance: SYNTHETIC,
      });
      expect(lookupForfait(g, 'CHU', 'D6')).toMatchObject({ amount: '3.00', cell: 2, match: 'any-domain' });
      expect(lookupForfait(g, 'CH', 'D2')).toMatchObject({ amount: '2.00', cell: 1, match: 'any-category' });
      expect(lookupForfait(g, 'CH', 'D6')).toMatchObject({ amount: '1.00', cell: 0, match: 'any' });
      expect(lookupForfait(g, undefined, 'D2')).toMatchObject({ cell: 1, match: 'any-category' });
    });

    it('without a category only wildcard categories match; no cell, or no grid, is unknown', () => {
      const named = grid(
        { category: 'CHU', domain: 'D2', amount: '1.00' },
        { category: 'CH', domain: '*', amount: '2.00' },
      );
      expect(lookupForfait(named, undefined, 'D2')).toEqual({
        status: 'unknown',
        reason: 'no-matching-cell',
      });
      expect(lookupForfait(named, 'CHR', 'D2')).toEqual({ status: 'unknown', reason: 'no-matching-cell' });
      expect(lookupForfait(named, 'CH', 'D9')).toMatchObject({ cell: 1, match: 'any-domain' });
      expect(lookupForfait(undefined, 'CH', 'D2')).toEqual({
        status: 'unknown',
        reason: 'forfait-grid-unverified',
      });
    });
  });
});
