import { describe, expect, it } from 'vitest';
import { readCount, readDate, readDecimal, readYesNo } from '../../src/node/io/cells.js';

describe('readDecimal', () => {
  it('reads decimal commas and points, grouping spaces and a percent sign', () => {
    expect(readDecimal('97,5')).toEqual({ ok: true, value: 97.5 });
    expect(readDecimal('97.5')).toEqual({ ok: true, value: 97.5 });
    expect(readDecimal('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(readDecimal('1\u202f234')).toEqual({ ok: true, value: 1234 });
    expect(readDecimal('98 %', true)).toEqual({ ok: true, value: 98 });
  });

  it('refuses ambiguous, non-numeric and huge numbers with distinct codes', () => {
    expect(readDecimal('1,234.5')).toMatchObject({ ok: false, code: 'ambiguous-number' });
    expect(readDecimal('abc')).toMatchObject({ ok: false, code: 'invalid-number' });
    expect(readDecimal('98 %')).toMatchObject({ ok: false, code: 'invalid-number' });
    expect(readDecimal('9'.repeat(400))).toMatchObject({ ok: false, code: 'number-out-of-range' });
    expect(readDecimal('1e3')).toMatchObject({ ok: false, code: 'invalid-number' });
  });
});

describe('readCount', () => {
  it('reads whole numbers up to 2^53 − 1 and refuses the rest', () => {
    expect(readCount('9007199254740991')).toEqual({ ok: true, value: 9007199254740991 });
    expect(readCount('9007199254740992')).toMatchObject({ ok: false, code: 'number-out-of-range' });
    expect(readCount('-1')).toMatchObject({ ok: false, code: 'invalid-count' });
    expect(readCount('2,5')).toMatchObject({ ok: false, code: 'invalid-count' });
    expect(readCount('0')).toEqual({ ok: true, value: 0 });
  });
});

describe('readYesNo', () => {
  it('reads French and English answers in any case', () => {
    for (const yes of ['oui', 'OUI', 'yes', 'true', 'Vrai', '1', 'o'])
      expect(readYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['non', 'No', 'false', 'faux', '0', 'n'])
      expect(readYesNo(no)).toEqual({ ok: true, value: false });
    expect(readYesNo('peut-être')).toMatchObject({ ok: false, code: 'invalid-yes-no' });
  });
});

describe('readDate', () => {
  it('reads ISO and French dates, and refuses impossible ones', () => {
    expect(readDate('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' });
    expect(readDate('31/03/2020')).toEqual({ ok: true, value: '2020-03-31' });
    expect(readDate('29/02/2019')).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(readDate('2019-13-01')).toMatchObject({ ok: false, code: 'invalid-date' });
  });
});
