import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import { ENTRIES, isClass, revoked, throwing } from './hostile-values.js';

/*
 * Every exported function (and class) of every entry of the package, enumerated at run time, called from plain
 * JavaScript with hostile arguments, either returns (a value, a Result, a promise that settles the same way) or
 * throws a PalierError — never a TypeError from inside palier.
 */

const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  0,
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  '',
  'x',
  '2021-02-30',
  true,
  12n,
  Symbol('s'),
  [],
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the hostile inputs
  [, , 1],
  Object.freeze({}),
  Object.freeze([1, 2]),
  Object.create(null),
  { amount: 'x' },
  () => 1,
  throwing,
  revoked,
];

/**
 * Functions left out, each for a reason that is not hardening: the CLI runs the process's own I/O, and `nodeIo`
 * builds it. This list may only shrink.
 */
const OUT_OF_SCOPE = new Set(['palier/node.runCli', 'palier/node.nodeIo']);

const callables = Object.entries(ENTRIES).flatMap(([entry, ns]) =>
  Object.entries(ns)
    .filter(([name, f]) => typeof f === 'function' && !OUT_OF_SCOPE.has(`${entry}.${name}`))
    .map(([name, f]) => ({
      name: `${entry}.${name}`,
      f: f as (...args: unknown[]) => unknown,
      ctor: isClass(f),
    })),
);

/** Calls `f`, awaiting a promise or draining an iterator it returns; resolves with the error it threw, if any. */
async function outcome(f: (...args: unknown[]) => unknown, ctor: boolean, args: unknown[]): Promise<unknown> {
  try {
    const value = ctor ? new (f as unknown as new (...a: unknown[]) => unknown)(...args) : f(...args);
    // a function may hand one of the hostile inputs back (statusGroup returns its status): nothing to inspect
    if (HOSTILE.includes(value)) return undefined;
    if (value instanceof Promise) await value;
    else if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) break;
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('hostile arguments from plain JavaScript, every entry', () => {
  it('finds the functions of every entry', () => {
    expect(callables.length).toBeGreaterThan(200);
    for (const entry of Object.keys(ENTRIES))
      expect(callables.some((c) => c.name.startsWith(`${entry}.`))).toBe(true);
  });
  for (const { name, f, ctor } of callables) {
    it(`${name} returns or throws a PalierError`, async () => {
      await fc.assert(
        // indexes, not the values: fast-check itself would trip over the throwing Proxy when inspecting it
        fc.asyncProperty(
          fc.array(fc.nat(HOSTILE.length - 1), { minLength: 0, maxLength: 4 }),
          async (picks) => {
            const error = await outcome(
              f,
              ctor,
              picks.map((i) => HOSTILE[i]),
            );
            if (error !== undefined && !(error instanceof PalierError)) throw error;
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});
