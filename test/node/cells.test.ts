import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell, readNumber, readYesNo, shortWhole } from '../../src/node/io/cells.js';

const value = (r: ReturnType<typeof readNumber>) => (r.ok ? r.value : r.issues[0]?.code);

describe('readNumber: one grammar for decimal comma and digit grouping', () => {
  it('reads a decimal comma or point, and groups of three by space, no-break or narrow no-break space', () => {
    expect(value(readNumber('97,5'))).toBe(97.5);
    expect(value(readNumber('97.5'))).toBe(97.5);
    expect(value(readNumber('1 250'))).toBe(1250);
    expect(value(readNumber('1\u00a0250'))).toBe(1250);
    expect(value(readNumber('1\u202f250'))).toBe(1250);
    expect(value(readNumber('12 345 678,25'))).toBe(12345678.25);
    expect(value(readNumber(' -3 '))).toBe(-3);
    expect(value(readNumber('98 %', { percent: true }))).toBe(98);
    expect(value(readNumber('98%', { percent: true }))).toBe(98);
    expect(value(readNumber('97,5\u202f%', { percent: true }))).toBe(97.5);
  });

  it('refuses everything else, never guessing (4 9 is not 49, 1,234.5 is not 1234.5)', () => {
    for (const bad of [
      '4 9',
      '1 25',
      '12 3456',
      '1 250\u00a0000',
      '1,234.5',
      '1.234,5',
      'abc',
      '1e3',
      '.5',
      '12,',
      '',
      '98 %',
      '١٢',
    ])
      expect([bad, value(readNumber(bad))]).toEqual([bad, 'invalid-number']);
  });

  it('refuses what a number cannot hold exactly instead of rounding it', () => {
    expect(value(readNumber('9007199254740991'))).toBe(9007199254740991);
    expect(value(readNumber('9007199254740993'))).toBe('inexact-number');
    expect(value(readNumber('97,999999999999999', { percent: true }))).toBe('inexact-number');
    expect(value(readNumber('97,99999999999999', { percent: true }))).toBe(97.99999999999999);
    expect(value(readNumber('9'.repeat(400)))).toBe('inexact-number');
  });

  it('reads whole numbers up to 15 digits directly, and checks longer ones digit by digit', () => {
    expect(value(readNumber('999999999999999'))).toBe(999_999_999_999_999);
    expect(value(readNumber('000000000000042'))).toBe(42);
    expect(Object.is(value(readNumber('-0')), -0)).toBe(true);
    expect(value(readNumber('9999999999999999'))).toBe('inexact-number'); // 16 digits: 1e16 as a double
    expect(value(readNumber('1000000000000001'))).toBe(1_000_000_000_000_001);
  });
});

describe('readYesNo', () => {
  it('reads French and English answers in any case', () => {
    for (const yes of ['oui', 'OUI', 'yes', 'true', 'Vrai', '1', 'o'])
      expect(readYesNo(yes)).toMatchObject({ ok: true, value: true });
    for (const no of ['non', 'No', 'false', 'faux', '0', 'n'])
      expect(readYesNo(no)).toMatchObject({ ok: true, value: false });
    expect(readYesNo('peut-être')).toMatchObject({ ok: false, issues: [{ code: 'invalid-yes-no' }] });
  });
});

describe('readDateCell', () => {
  it('reads ISO and French dates through the one date reader, and refuses impossible ones', () => {
    expect(readDateCell('2020-02-29')).toMatchObject({ ok: true, value: '2020-02-29' });
    expect(readDateCell('31/03/2020')).toMatchObject({ ok: true, value: '2020-03-31' });
    expect(readDateCell('29/02/2019')).toMatchObject({ ok: false, issues: [{ code: 'invalid-date' }] });
    expect(readDateCell('2019-13-01').ok).toBe(false);
  });
});

describe('shortWhole: the plain digits most number cells hold', () => {
  it('reads 1 to 15 digits exactly as the number they write, and leaves anything else to readNumber', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 20 }),
        (digits) => {
          const read = shortWhole(digits);
          if (digits.length <= 15) expect(read).toBe(Number(digits));
          else expect(read).toBeUndefined();
          // beyond 15 digits, exact only when a double holds the very integer written
          const exact = BigInt(Number(digits)) === BigInt(digits);
          expect(value(readNumber(digits))).toBe(exact ? Number(digits) : 'inexact-number');
        },
      ),
    );
    for (const other of ['', ' 1', '1 ', '-1', '+1', '1.5', '1,5', '١٢', '1e3', '0x1'])
      expect(shortWhole(other)).toBeUndefined();
    expect(shortWhole('999999999999999')).toBe(999_999_999_999_999);
    expect(shortWhole('007')).toBe(7);
  });
});
