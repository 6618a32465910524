import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/programme/deep-freeze.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

function everyObject(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) everyObject(v, out);
  }
  return out;
}

describe('deepFreeze', () => {
  it('freezes every nested object and array, and returns the same value', () => {
    const input = { a: [{ b: { c: 1 } }], d: 'x' };
    const frozen = deepFreeze(input);
    expect(frozen).toBe(input);
    for (const o of everyObject(frozen)) expect(Object.isFrozen(o)).toBe(true);
  });

  it('leaves primitives alone and copes with shared and cyclic references', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    const shared = { n: 1 };
    const cyclic: { self?: unknown; shared: object; again: object } = { shared, again: shared };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect(Object.isFrozen(shared)).toBe(true);
  });

  it('freezes children of an object that was already frozen on top', () => {
    const child = { n: 1 };
    const parent = Object.freeze({ child });
    deepFreeze(parent);
    expect(Object.isFrozen(child)).toBe(true);
  });
});

describe('bundled programmes are deeply frozen', () => {
  it.each([
    ['hopen', hopen],
    ['hopital-numerique', hopitalNumerique],
  ])('%s: every object is frozen', (_, programme) => {
    const objects = everyObject(programme);
    expect(objects.length).toBeGreaterThan(100);
    for (const o of objects) expect(Object.isFrozen(o)).toBe(true);
  });

  it('throws on mutation attempts (ES modules are strict)', () => {
    const target = hopen.domains[1].indicators[0]!.target as { value: number };
    expect(() => {
      target.value = 50;
    }).toThrow(TypeError);
    expect(() => {
      (hopen.domains as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(hopen.domains[1].indicators[0]?.target?.value).toBe(98);
  });
});
