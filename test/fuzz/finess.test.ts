import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedFiness } from '../../src/actors/index.js';
import { isValidFiness, parseFiness } from '../../src/actors/index.js';
import type { Result } from '../../src/core/result.js';
import { assertNoPollution, noThrow, params, RUNS, safeJson } from './harness.js';

const CANONICAL = /^(?:\d{2}|2[AB])\d{7}$/;

/** Throws unless a FINESS result is well formed, and checks that an accepted number is stable. */
function assertFiness(input: unknown, result: Result<ParsedFiness>): void {
  if (result.ok) {
    const r = result.value;
    if (!CANONICAL.test(r.finess)) throw new Error(`not canonical: ${r.finess}`);
    if (r.key !== r.finess.charAt(8)) throw new Error('key is not the 9th character');
    if (!/^(?:\d{2}|2[AB]|97\d)$/.test(r.department)) throw new Error(`department ${r.department}`);
    const again = parseFiness(r.finess);
    if (r.keyChecked && !(again.ok && again.value.finess === r.finess))
      throw new Error('canonical form re-parses');
    return;
  }
  const r = result.issues[0]!;
  if (result.issues.length !== 1) throw new Error('one issue');
  if (!['invalid-finess-format', 'invalid-finess-key', 'invalid-finess-department'].includes(r.code))
    throw new Error(`code ${r.code}`);
  if (r.message.fr.trim() === '' || r.message.en.trim() === '')
    throw new Error(`empty message for ${safeJson(input)}`);
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Strings shaped like FINESS numbers: digits, Corsica and overseas prefixes, spaces, lower case. */
const finessLike = fc
  .tuple(
    fc.constantFrom('', '2A', '2a', '2B', '97', '971', '975', '976', '98', '20', '00', '99'),
    digits(5, 9),
    fc.array(fc.nat({ max: 10 }), { maxLength: 3 }),
    fc.constantFrom(' ', '\u00a0', '\t', '\n', '\u202f'),
  )
  .map(([head, body, cuts, space]) => {
    let s = head + body;
    for (const cut of cuts) s = `${s.slice(0, cut)}${space}${s.slice(cut)}`;
    return s;
  });

describe('parseFiness under hostile input', () => {
  it('never throws and always explains a rejection, for any string (UTF-16 units, graphemes, full unicode)', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(anyString, fc.constantFrom<'key' | 'format'>('key', 'format'), (s, check) => {
        const r = noThrow('parseFiness', () => parseFiness(s, { check }));
        assertFiness(s, r);
        expect(isValidFiness(s, { check })).toBe(r.ok);
        assertNoPollution();
      }),
      params(RUNS.default * 4),
    );
  });

  it('is consistent on FINESS-shaped strings: spaces do not matter, the key is checked, the 8-character form completed', () => {
    fc.assert(
      fc.property(finessLike, (s) => {
        const r = noThrow('parseFiness', () => parseFiness(s));
        assertFiness(s, r);
        const compact = s.replace(/\s+/g, '');
        const c = parseFiness(compact);
        expect(c.ok).toBe(r.ok);
        if (r.ok && c.ok) expect(c).toEqual(r);
        if (!r.ok && !c.ok) expect(c.issues[0]!.code).toBe(r.issues[0]!.code);
        if (r.ok) expect(r.value.form).toBe(compact.length === 8 ? 'without-key' : 'full');
        const loose = parseFiness(s, { check: 'format' });
        if (r.ok) expect(loose.ok).toBe(true);
        if (!r.ok && r.issues[0]!.code === 'invalid-finess-key') expect(loose.ok).toBe(true);
      }),
      params(RUNS.default * 4),
    );
  });

  it('rejects, without throwing, non-string input that slips past the types (numbers, null, arrays, objects)', () => {
    const nonString = fc
      .anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true, withMap: true, withSet: true })
      .filter((x) => typeof x !== 'string');
    fc.assert(
      fc.property(nonString, (x) => {
        const r = noThrow('parseFiness', () => parseFiness(x as string));
        expect(r.ok).toBe(false);
        assertFiness(x, r);
      }),
      params(),
    );
  });

  it('rejects values that cannot even be turned into text (null prototype, throwing toString, symbol)', () => {
    const hostile: unknown[] = [
      Object.create(null),
      {
        toString() {
          throw new Error('boom');
        },
      },
      Symbol('finess'),
      10n ** 20n,
    ];
    for (const x of hostile) {
      const r = noThrow('parseFiness', () => parseFiness(x as string));
      expect(r.ok).toBe(false);
      assertFiness(x, r);
    }
  });

  it('handles huge inputs (a 1 MB string) and edge numbers as text', () => {
    for (const s of [
      '7'.repeat(1_000_000),
      ' '.repeat(1_000_000),
      '1e308',
      'NaN',
      '-0',
      '9007199254740993',
    ]) {
      const r = noThrow('parseFiness', () => parseFiness(s));
      expect(r.ok).toBe(false);
      assertFiness(s, r);
    }
  });
});
