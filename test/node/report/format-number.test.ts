/**
 * `formatNumber` writes whole numbers without building an `Intl.NumberFormat` (the summary line of every command
 * counts rows): the text must be exactly what the language's format writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/node/report/labels.js';
import { params, RUNS } from '../../fuzz/harness.js';

const INTL = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
} as const;

describe('formatNumber, whole numbers', () => {
  it('writes what Intl.NumberFormat writes, in French and in English', () => {
    const edges = [
      0,
      1,
      -1,
      999,
      1000,
      -1000,
      9999,
      10_000,
      135_000,
      1_234_567,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
      -0,
    ];
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(...edges)), (n) => {
        for (const lang of ['fr', 'en'] as const)
          for (const digits of [0, 1, 2]) expect(formatNumber(n, lang, digits)).toBe(INTL[lang].format(n));
      }),
      params(RUNS.default),
    );
  });

  it('groups by thousands with a narrow no-break space in French, a comma in English', () => {
    expect(formatNumber(1250, 'fr', 0)).toBe('1\u202f250');
    expect(formatNumber(-135_000, 'en', 0)).toBe('-135,000');
    expect(formatNumber(97.5, 'fr')).toBe('97,5');
  });
});
