import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentOfFiness, finessKey, isValidFiness, parseFiness } from '../../src/actors/index.js';

const VALID = [
  '750712184',
  '330781196',
  '690781810',
  '2A0000014',
  '2B0000020',
  '2B0000012',
  '970211207',
  '980500003',
];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
/** Eight characters whose first two name a mainland department (01–95, not 20). */
const mainlandBody = fc
  .tuple(
    fc.integer({ min: 1, max: 95 }).filter((n) => n !== 20),
    digits(6),
  )
  .map(([dep, rest]) => String(dep).padStart(2, '0') + rest.join(''));

describe('finessKey', () => {
  it('gives 4 for 75071218 (reference vector)', () => {
    expect(finessKey('75071218')).toBe('4');
  });
  it('reproduces the key of every reference number', () => {
    for (const f of VALID) expect(finessKey(f.slice(0, 8)), f).toBe(f.charAt(8));
  });
  it('reads 2A as 21 and 2B as 22', () => {
    expect(finessKey('2A000001')).toBe(finessKey('21000001'));
    expect(finessKey('2B000002')).toBe(finessKey('22000002'));
    expect(finessKey('2a000001')).toBe('4');
  });
  it('ignores spaces', () => {
    expect(finessKey('75 071 218')).toBe('4');
  });
  it('returns undefined for a body that is not 8 FINESS characters', () => {
    expect(finessKey('7507121')).toBeUndefined();
    expect(finessKey('750712184')).toBeUndefined();
    expect(finessKey('7A071218')).toBeUndefined();
    expect(finessKey('2C000001')).toBeUndefined();
    expect(finessKey('')).toBeUndefined();
  });
});

describe('parseFiness', () => {
  it('accepts every reference number', () => {
    for (const f of VALID)
      expect(parseFiness(f), f).toMatchObject({ ok: true, value: { finess: f, form: 'full' } });
  });
  it('accepts spaces and says the form is full', () => {
    expect(parseFiness('75 071 218 4')).toEqual({
      ok: true,
      issues: [],
      value: { finess: '750712184', department: '75', form: 'full', key: '4', keyChecked: true },
    });
    expect(parseFiness(' 2b 000 002 0 ')).toMatchObject({
      ok: true,
      value: { finess: '2B0000020', department: '2B' },
    });
  });
  it('accepts the 8-character form, computes the key and says so', () => {
    expect(parseFiness('75071218')).toMatchObject({
      ok: true,
      value: { finess: '750712184', form: 'without-key', key: '4' },
    });
    expect(parseFiness('2A000001')).toMatchObject({
      ok: true,
      value: { finess: '2A0000014', department: '2A' },
    });
  });
  it('rejects a wrong key with the expected and received key', () => {
    const r = parseFiness('750712148');
    // the swap moved the 4 into the key slot: the body 75071214 calls for key 3
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-key', expected: '3', received: '8' }],
    });
    if (!r.ok) expect(r.issues[0]!.message.fr).toContain('Clé');
    expect(parseFiness('123456789')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-key', expected: '2', received: '9' }],
    });
  });
  it("skips the key under check: 'format' but still checks shape and department", () => {
    expect(parseFiness('750712148', { check: 'format' })).toMatchObject({
      ok: true,
      value: { keyChecked: false },
    });
    expect(parseFiness('7507121', { check: 'format' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-format' }],
    });
    expect(parseFiness('000000000', { check: 'format' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-department' }],
    });
  });
  it('rejects bad shapes as format', () => {
    for (const bad of ['', '7507121', '7507121845', '75071218X', '2C0000014', 'A20000014', '75-071-218-4']) {
      expect(parseFiness(bad), bad).toMatchObject({
        ok: false,
        issues: [{ code: 'invalid-finess-format', received: bad }],
      });
    }
    expect(parseFiness(undefined as unknown as string)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-format' }],
    });
  });
  it('rejects unknown departments: 00, 20, 96, 99, 97 with a 4th character outside 1–5', () => {
    for (const bad of ['00', '20', '96', '99']) {
      const body = `${bad}000000`;
      expect(parseFiness(body), body).toMatchObject({
        ok: false,
        issues: [{ code: 'invalid-finess-department', received: bad }],
      });
    }
    expect(parseFiness('97060000')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-department', received: '9706' }],
    });
    expect(parseFiness('97000000')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid-finess-department' }],
    });
  });
});

describe('isValidFiness', () => {
  it('follows parseFiness', () => {
    expect(isValidFiness('750712184')).toBe(true);
    expect(isValidFiness('750712148')).toBe(false);
    expect(isValidFiness('750712148', { check: 'format' })).toBe(true);
    expect(isValidFiness('123456789')).toBe(false);
  });
});

describe('departmentOfFiness', () => {
  it('reads mainland, Corsica and overseas codes', () => {
    expect(departmentOfFiness('750712184')).toBe('75');
    expect(departmentOfFiness('010000000')).toBe('01');
    expect(departmentOfFiness('950000000')).toBe('95');
    expect(departmentOfFiness('2A0000014')).toBe('2A');
    expect(departmentOfFiness('2b0000020')).toBe('2B');
    expect(departmentOfFiness('970100000')).toBe('971');
    expect(departmentOfFiness('970211207')).toBe('972');
    expect(departmentOfFiness('970300000')).toBe('973');
    expect(departmentOfFiness('970400000')).toBe('974');
    expect(departmentOfFiness('970500000')).toBe('975');
    expect(departmentOfFiness('980500003')).toBe('976');
    expect(departmentOfFiness('98 0500003')).toBe('976');
  });
  it('returns undefined when the start names no territory', () => {
    for (const bad of [
      '000000000',
      '200000000',
      '960000000',
      '990000000',
      '970600000',
      '970000000',
      '2C',
      '',
    ]) {
      expect(departmentOfFiness(bad), bad).toBeUndefined();
    }
  });
});

describe('FINESS key properties', () => {
  it('any 8 mainland characters plus their computed key validate', () => {
    fc.assert(
      fc.property(mainlandBody, (body) => {
        const key = finessKey(body);
        expect(key).toMatch(/^\d$/);
        expect(parseFiness(body + key)).toMatchObject({
          ok: true,
          value: { finess: body + key, form: 'full' },
        });
      }),
    );
  });

  it('a random 9th character passes one time in ten: exactly one key digit is accepted', () => {
    fc.assert(
      fc.property(mainlandBody, (body) => {
        const accepted = '0123456789'.split('').filter((k) => isValidFiness(body + k));
        expect(accepted).toEqual([finessKey(body)]);
      }),
    );
  });

  it('changing any one digit is detected (by the key, or the department becomes unknown)', () => {
    fc.assert(
      fc.property(mainlandBody, fc.nat(8), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const valid = body + finessKey(body);
        const d = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + String(d) + valid.slice(pos + 1);
        expect(isValidFiness(changed)).toBe(false);
      }),
    );
  });

  it('swapping two adjacent distinct digits is detected, except a 0 next to a 9 (09 ↔ 90)', () => {
    fc.assert(
      fc.property(mainlandBody, fc.nat(7), (body, pos) => {
        const valid = body + finessKey(body);
        const a = valid[pos]!;
        const b = valid[pos + 1]!;
        fc.pre(a !== b);
        const swapped = valid.slice(0, pos) + b + a + valid.slice(pos + 2);
        const nineZero = (a === '0' && b === '9') || (a === '9' && b === '0');
        const departmentStillKnown = departmentOfFiness(swapped) !== undefined;
        if (nineZero && departmentStillKnown) expect(isValidFiness(swapped)).toBe(true);
        else expect(isValidFiness(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the 09 ↔ 90 swap really goes undetected (documented Luhn blind spot)', () => {
    const full = '75091218';
    const valid = full + finessKey(full);
    const swapped = `7590${valid.slice(4)}`;
    expect(valid.slice(2, 4)).toBe('09');
    expect(swapped).not.toBe(valid);
    expect(isValidFiness(valid)).toBe(true);
    expect(isValidFiness(swapped)).toBe(true);
  });

  it('with the 8-character form, parsing always adds the key finessKey computes', () => {
    fc.assert(
      fc.property(mainlandBody, (body) => {
        expect(parseFiness(body)).toMatchObject({
          ok: true,
          value: { finess: body + finessKey(body), form: 'without-key' },
        });
      }),
    );
  });
});
