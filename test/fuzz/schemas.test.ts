import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Result } from '../../src/core/result.js';
import { hopen } from '../../src/programmes/index.js';
import {
  parseApplications,
  parseDeclaration,
  parseDeclarations,
  parseEstablishments,
  parsePlanTracking,
  parseWith,
} from '../../src/schemas/index.js';
import {
  anyValue,
  assertIssue,
  assertNoPollution,
  assertParseResult,
  DEEP,
  deepArray,
  deepObject,
  hostileValue,
  isErrorIssue,
  mutate,
  mutation,
  noThrow,
  PROTO_JSON,
  params,
  pathsOf,
  RUNS,
} from './harness.js';
import { application, declaration, establishment, TARGETS, tracking } from './samples.js';

/** Calls a target, checks the result and that no prototype changed; returns the result. */
function checkResult(name: string, parse: (x: unknown) => Result<unknown>, input: unknown, bulk = false) {
  const r = noThrow(name, () => parse(input));
  assertParseResult(r, bulk);
  assertNoPollution();
  return r;
}

describe.each(TARGETS)('$name under hostile input', (target) => {
  const { name, sample, heavy, bulk } = target;
  const runs = heavy ? RUNS.heavy : RUNS.default;
  const parse = (input: unknown) => target.parse(input);
  const check = (n: string, p: typeof parse, input: unknown) => checkResult(n, p, input, bulk);

  it('accepts its valid sample (so mutations start from a real record)', () => {
    const r = check(name, parse, sample);
    expect(r.issues.filter(isErrorIssue)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('returns well-formed issues for anything (fc.anything: null prototypes, Map, bigint, sparse arrays …)', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        check(name, parse, input);
      }),
      params(runs),
    );
  });

  it('returns well-formed issues for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        check(name, parse, input);
      }),
      params(runs),
    );
  });

  it('survives one hostile change anywhere in a valid record (values, added keys incl. __proto__, deletions)', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        check(name, parse, mutate(sample, m));
      }),
      params(runs),
    );
  });

  it(`reports (never throws on) ${DEEP}-level nesting at the root and in place of every field`, () => {
    expect(check(name, parse, deepArray(DEEP)).ok).toBe(false);
    expect(check(name, parse, deepObject(DEEP)).ok).toBe(false);
    const topLevel = Object.keys(sample as object);
    for (const key of topLevel) {
      for (const deep of [deepArray(DEEP), deepObject(DEEP)]) {
        const r = check(name, parse, { ...(sample as object), [key]: deep });
        expect(r.issues.length, `${name}: ${key} replaced by a deep value`).toBeGreaterThan(0);
      }
    }
  });

  it('never lets __proto__ / constructor / prototype keys reach a prototype', () => {
    const paths = pathsOf(sample).filter((p) => p.length < 4);
    for (const path of paths) {
      const text = JSON.stringify(sample);
      const input = JSON.parse(text);
      let target = input as Record<string | number, unknown>;
      for (const step of path) target = target[step] as Record<string | number, unknown>;
      if (typeof target !== 'object' || target === null || Array.isArray(target)) continue;
      Object.assign(target, JSON.parse(PROTO_JSON));
      for (const [k, v] of Object.entries(JSON.parse(PROTO_JSON) as object))
        Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
      check(name, parse, input);
    }
  });
});

describe('prototype keys where a record is keyed by user codes', () => {
  const withOwn = (base: object, field: string, key: string, value: unknown) => {
    const input = JSON.parse(JSON.stringify(base)) as Record<string, object>;
    Object.defineProperty(input[field], key, { value, enumerable: true, writable: true, configurable: true });
    return input;
  };

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a declaration value under %s is an error, not dropped',
    (key) => {
      const input = withOwn(declaration, 'values', key, { kind: 'yes-no', value: true });
      const r = checkResult('parseDeclaration', (x) => parseDeclaration(x), input);
      const hopenR = checkResult('parseDeclaration', (x) => parseDeclaration(x, { programme: hopen }), input);
      for (const result of [hopenR, ...(key === '__proto__' ? [r] : [])]) {
        expect(result.ok).toBe(false);
        expect(result.issues.some((i) => i.path[0] === 'values' && i.path[1] === key)).toBe(true);
      }
    },
  );

  it('a tracked item under __proto__ is an error, not dropped', () => {
    const input = withOwn(tracking, 'items', '__proto__', { status: 'done' });
    const r = checkResult('parsePlanTracking', (x) => parsePlanTracking(x), input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toContainEqual(['items', '__proto__']);
  });
});

describe('bulk parse functions never lose a record', () => {
  /** Every index is either kept or named at the head of an error issue's path. */
  const accounted = (length: number, kept: number, issues: readonly { path: readonly unknown[] }[]) =>
    kept + new Set(issues.map((i) => i.path[0])).size === length;

  const records = (sample: unknown) =>
    fc.array(
      fc.oneof(
        fc.constant(sample),
        mutation.map((m) => mutate(sample, m)),
        hostileValue,
      ),
      { maxLength: 12 },
    );

  it('parseEstablishments: kept + rejected = input length', () => {
    fc.assert(
      fc.property(records(establishment), (input) => {
        const r = noThrow('parseEstablishments', () => parseEstablishments(input));
        r.issues.forEach(assertIssue);
        expect(r.ok).toBe(true);
        const errors = r.issues.filter(isErrorIssue);
        if (r.ok) expect(accounted(input.length, r.value.length, errors)).toBe(true);
        assertNoPollution();
      }),
      params(),
    );
  });

  it('parseApplications: kept + rejected = input length', () => {
    fc.assert(
      fc.property(records(application), (input) => {
        const r = noThrow('parseApplications', () => parseApplications(input));
        r.issues.forEach(assertIssue);
        if (r.ok) expect(accounted(input.length, r.value.length, r.issues.filter(isErrorIssue))).toBe(true);
        assertNoPollution();
      }),
      params(),
    );
  });

  it('parseDeclarations: valid + rejected = input length, indexes in input order', () => {
    fc.assert(
      fc.property(records(declaration), (input) => {
        const r = noThrow('parseDeclarations', () => parseDeclarations(input));
        r.issues.forEach(assertIssue);
        const errors = r.issues.filter(isErrorIssue);
        expect(accounted(input.length, r.valid.length, errors)).toBe(true);
        const indexes = r.valid.map((v) => v.index);
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
        assertNoPollution();
      }),
      params(),
    );
  });

  it('holes in a sparse array are records too: reported, not skipped', () => {
    const sparse = fc.sparseArray(fc.constant(establishment), { maxLength: 8, noTrailingHole: false });
    fc.assert(
      fc.property(sparse, (input) => {
        const e = parseEstablishments(input);
        const a = parseApplications(input);
        const d = parseDeclarations(input);
        if (e.ok) expect(accounted(input.length, e.value.length, e.issues.filter(isErrorIssue))).toBe(true);
        if (a.ok) expect(accounted(input.length, a.value.length, a.issues.filter(isErrorIssue))).toBe(true);
        expect(accounted(input.length, d.valid.length, d.issues.filter(isErrorIssue))).toBe(true);
      }),
      params(RUNS.heavy),
    );
  });

  it('every bulk function reports a non-array with one error', () => {
    fc.assert(
      fc.property(
        anyValue.filter((x) => !Array.isArray(x)),
        (input) => {
          for (const r of [parseEstablishments(input), parseApplications(input)]) {
            assertParseResult(r);
            expect(r.ok).toBe(false);
          }
          const d = parseDeclarations(input);
          expect(d.valid).toEqual([]);
          expect(d.issues.filter(isErrorIssue)).toHaveLength(1);
          d.issues.forEach(assertIssue);
        },
      ),
      params(),
    );
  });
});

describe('parseWith', () => {
  const shape = z.object({ a: z.number(), b: z.array(z.string()).optional() });

  it('returns well-formed issues for any input', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        checkResult('parseWith', (x) => parseWith(shape, x), input);
      }),
      params(),
    );
  });

  it('turns an error thrown inside a schema into an unreadable-input issue', () => {
    const throwing = z.string().transform((): string => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const r = checkResult('parseWith', (x) => parseWith(throwing, x), 'x');
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'unreadable-input', path: [] }] });
  });

  it('turns a stack overflow in a recursive schema on deep input into an issue', () => {
    type Tree = Tree[];
    const tree: z.ZodType<Tree> = z.lazy(() => z.array(tree));
    const r = checkResult('parseWith', (x) => parseWith(tree, x), deepArray(100_000));
    // zod recurses once per level: 100,000 levels exhaust the stack, and parseWith reports it.
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(r.ok ? [] : ['unreadable-input']);
  });
});
