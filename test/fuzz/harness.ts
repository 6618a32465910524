/**
 * Shared pieces of the fuzz suite: the fixed seed and run counts, hostile values, a "mutate one spot of a valid
 * sample" arbitrary, and the checks every parse result must pass (well-formed issues, no prototype pollution).
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import type { PalierIssue } from '../../src/core/issue.js';
import type { Result } from '../../src/core/result.js';

/**
 * One seed for the whole suite, so a failure reproduces on every machine and CI run. `PALIER_FUZZ_SEED`
 * overrides it for a local hunt (see docs/quality.md).
 */
export const SEED = Number(process.env.PALIER_FUZZ_SEED ?? 20_180_101);

/**
 * Runs per property: the default, a lighter count for properties whose single run is expensive, and the
 * lightest for whole command-line runs. `PALIER_FUZZ_RUNS` sets the default count (300 in CI, the fixed-seed
 * slice `npm test` runs; `npm run fuzz` raises it so the suite runs over a million cases); the others follow
 * (÷5, ÷30). `PALIER_FUZZ_SCALE` multiplies the default for a longer local hunt.
 */
const SCALE = Number(process.env.PALIER_FUZZ_SCALE ?? 1);
const BASE = Math.max(1, Math.round(Number(process.env.PALIER_FUZZ_RUNS ?? 300) * SCALE));
export const RUNS = {
  default: BASE,
  heavy: Math.max(1, Math.round(BASE / 5)),
  cli: Math.max(1, Math.round(BASE / 30)),
} as const;

/** Cases run by the properties of this test file (fast-check's own count, read when each property ends). */
let executed = 0;

const COUNT_FILE = process.env.PALIER_FUZZ_COUNT_FILE;
if (COUNT_FILE !== undefined && COUNT_FILE !== '')
  afterAll(() => {
    appendFileSync(COUNT_FILE, `${executed}\n`);
  });

/**
 * fast-check parameters used by every property of the suite: the fixed seed, `numRuns`, and a reporter that
 * counts the cases run (for `npm run fuzz`) and fails as fast-check's default reporter does.
 */
export function params(numRuns: number = RUNS.default): fc.Parameters<unknown> {
  return {
    seed: SEED,
    numRuns,
    endOnFailure: true,
    reporter: (details) => {
      executed += details.numRuns;
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
    },
  };
}

/** An array nested `depth` levels deep (`[[[…]]]`), built without recursion. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < depth; i++) v = [v];
  return v;
}

/** An object nested `depth` levels deep (`{ a: { a: … } }`), built without recursion. */
export function deepObject(depth: number, key = 'a'): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

/** JSON text nested `depth` levels deep. */
export function deepJsonText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** The depth used for "deep nesting" inputs. */
export const DEEP = 10_000;

/** Keys that reach prototypes when code assigns them naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** JSON text whose parse gives `__proto__`, `constructor` and `prototype` as own keys carrying a payload. */
export const PROTO_JSON =
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';

const numberEdges = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER - 1,
  2 ** 53,
  0.1 + 0.2,
  1e-7,
  -1,
];

const stringEdges = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '𝟘𝟙',
  'é',
  'e\u0301',
  '1e308',
  'NaN',
  'Infinity',
  '-0',
  '9007199254740993',
  '2019-02-30',
  '2019-02-29',
  '0000-01-01',
  '9999-12-31',
  '2A',
  '2B',
  '976',
  '750712184',
  '2A0000014',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '"',
  ';',
  '\r\n',
  'x'.repeat(100_000),
];

/** One hostile value that JSON can carry without deep recursion: edge numbers and strings, prototype keys, random JSON. */
export const shallowHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...numberEdges, ...stringEdges) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse(PROTO_JSON) as unknown) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
);

/** One hostile value: a {@link shallowHostileValue} or a {@link DEEP}-level nested array or object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: shallowHostileValue },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => deepArray(DEEP),
        () => deepObject(DEEP),
      )
      .map((make) => make()),
  },
);

/** A key to add to an object: a prototype key or a random (unicode) one. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

type Step = string | number;

/** Every path to a value inside a JSON-like sample (the root included). */
export function pathsOf(value: unknown, prefix: Step[] = []): Step[][] {
  const out: Step[][] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...pathsOf(v, [...prefix, i]));
    });
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** Sets an own property, even `__proto__` (as JSON.parse does). */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** One change to a sample: replace the value at a path, add a key next to it, or delete it. */
export interface Mutation {
  /** Which path (index into `pathsOf(sample)`, modulo their count). */
  readonly at: number;
  /** What to do there. */
  readonly op: 'replace' | 'add-key' | 'delete';
  /** Key added by `add-key`. */
  readonly key: string;
  /** Value written. */
  readonly value: unknown;
}

/** A copy of `sample` with one mutation applied (the sample itself is untouched). */
export function mutate(sample: unknown, m: Mutation): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(sample));
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) {
    if (m.op === 'replace') return m.value;
    if (m.op === 'add-key' && typeof copy === 'object' && copy !== null && !Array.isArray(copy))
      setOwn(copy, m.key, m.value);
    return copy;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.op === 'replace') setOwn(parent, last, m.value);
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      setOwn(target, m.key, m.value);
    // JSON never gives an array a named key (and `length` cannot be redefined): add it only to an object
    else if (!Array.isArray(parent)) setOwn(parent, m.key, m.value);
  }
  return copy;
}

/** Arbitrary of mutations (combine with {@link mutate} and a valid sample). */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'add-key', 'delete'),
  key: hostileKey,
  value: hostileValue,
});

/** fc.anything with every option that yields something JSON never does (null prototypes, Map, bigint …). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Throws (with the offending issue) unless `issue` is well formed: kebab-case code, path array, both messages. */
export function assertIssue(issue: PalierIssue): void {
  const fail = (why: string): never => {
    throw new Error(`malformed issue (${why}): ${safeJson(issue)}`);
  };
  if (typeof issue.code !== 'string' || !KEBAB.test(issue.code)) fail('code');
  if (!Array.isArray(issue.path)) fail('path');
  for (const p of issue.path) if (typeof p !== 'string' && typeof p !== 'number') fail('path step');
  if (typeof issue.message?.fr !== 'string' || issue.message.fr.trim() === '') fail('message.fr');
  if (typeof issue.message?.en !== 'string' || issue.message.en.trim() === '') fail('message.en');
  if (issue.severity !== undefined && issue.severity !== 'error' && issue.severity !== 'warning')
    fail('severity');
}

/** Whether an issue makes its record invalid (no severity counts as an error). */
export function isErrorIssue(issue: PalierIssue): boolean {
  return issue.severity !== 'warning';
}

/**
 * Checks a single-record parse result: every issue well formed; `ok: false` comes with at least one error;
 * `ok: true` comes with warnings only (or, for a `bulk` parser, with the errors of the records it dropped), and
 * its value is plain data (see {@link assertPlainData}).
 */
export function assertParseResult(r: Result<unknown>, bulk = false): void {
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') throw new Error('not a ParseResult');
  r.issues.forEach(assertIssue);
  if (!r.ok && !r.issues.some(isErrorIssue)) throw new Error('ok: false without an error issue');
  if (r.ok) {
    const errors = r.issues.filter(isErrorIssue);
    if (errors.length > 0 && !bulk) throw new Error(`ok: true with errors: ${safeJson(errors)}`);
    assertPlainData(r.value);
  }
}

/**
 * Throws if some object inside `value` has a prototype other than `Object.prototype`, `Array.prototype` or
 * `null`: a `__proto__` key in the input must never become the prototype of an output object.
 */
export function assertPlainData(value: unknown): void {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null && !(v instanceof Map))
      throw new Error('output object with a foreign prototype');
    if (v instanceof Map) stack.push(...v.values());
    else stack.push(...Object.values(v));
  }
}

type Snapshot = ReadonlyMap<string, readonly string[]>;

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Function.prototype', Function.prototype],
];

/** The own keys of the built-in prototypes, to detect pollution. */
export function prototypeSnapshot(): Snapshot {
  return new Map(WATCHED.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
}

const BASELINE = prototypeSnapshot();

/** Throws if a built-in prototype gained or lost a key since the suite loaded, or `{}` sees a payload key. */
export function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || [].constructor !== Array) throw new Error('Object.prototype polluted');
  if (Object.getPrototypeOf(probe) !== Object.prototype) throw new Error('{} has a foreign prototype');
  const now = prototypeSnapshot();
  for (const [name, keys] of BASELINE) {
    const after = now.get(name) ?? [];
    if (after.length !== keys.length || after.some((k, i) => k !== keys[i]))
      throw new Error(`${name} changed: ${safeJson(after.filter((k) => !keys.includes(k)))}`);
  }
}

/** JSON for error messages, bounded and safe on cycles and deep values. */
export function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 500);
  } catch {
    return '[unprintable]';
  }
}

/**
 * Calls `f` and returns its result; an exception is rethrown as "unexplained throw" naming the function, so a
 * failure says which parser let an error escape.
 */
export function noThrow<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${name} threw: ${detail}`);
  }
}
