import { PalierError } from './error.js';
import type { Label, Lang } from './label.js';

/**
 * Describes a value for a message without ever throwing (a revoked Proxy, an object whose getters throw):
 * `undefined`, `null`, `number NaN`, `string "…"`, `array`, `object`, `function`.
 *
 * @example
 * ```ts
 * describeValue(Number.NaN); // 'number NaN'
 * ```
 *
 * @category Core
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (typeof value === 'string') return `string ${JSON.stringify(truncate(value))}`;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
      return `${typeof value} ${String(value)}`;
    if (typeof value === 'object') return Array.isArray(value) ? 'array' : 'object';
    return typeof value;
  } catch {
    return 'unreadable value';
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Throws the {@link PalierError} for a wrong argument: `what` says what was expected, in both languages.
 *
 * @example
 * ```ts
 * refuseArgument('explain', 'result', { fr: 'un résultat d’évaluation', en: 'an evaluation result' }, null);
 * // PalierError: palier explain: argument "result" must be an evaluation result (received null). — …
 * ```
 *
 * @category Core
 */
export function refuseArgument(
  fn: string,
  argument: string,
  what: { readonly fr: string; readonly en: string },
  received: unknown,
): never {
  const got = describeValue(received);
  const error = new PalierError({
    code: 'invalid-argument',
    function: fn,
    argument,
    label: {
      fr: `l’argument « ${argument} » doit être ${what.fr} (reçu : ${got}).`,
      en: `argument "${argument}" must be ${what.en} (received ${got}).`,
    },
  });
  RECEIVED.set(error, received);
  throw error;
}

/**
 * Whether a value is a non-null object (not an array), read without ever throwing.
 *
 * @example
 * ```ts
 * isRecord({}); // true
 * isRecord([]); // false
 * ```
 *
 * @category Core
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Whether a value is an array, read without ever throwing (`Array.isArray` throws on a revoked Proxy).
 *
 * @example
 * ```ts
 * isList([1, 2]); // true
 * isList({ length: 2 }); // false
 * ```
 *
 * @category Core
 */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * What an argument of a public function must be, as far as its boundary can tell by looking at it (never by
 * reading into it): `object` (any non-null object, arrays included), `list` (an array), `text`, `number`,
 * `boolean`, `function`, `iterable` (an object with `Symbol.iterator` or `Symbol.asyncIterator`) or `any`; with
 * a `?`, `undefined` too (an optional argument).
 *
 * @category Core
 */
export type Expect =
  | 'object'
  | 'list'
  | 'text'
  | 'number'
  | 'boolean'
  | 'function'
  | 'iterable'
  | 'any'
  | 'object?'
  | 'list?'
  | 'text?'
  | 'number?'
  | 'boolean?'
  | 'function?'
  | 'iterable?';

/**
 * The arguments of a public function, by name in their order: each value with what it must be — an
 * {@link Expect}, or the list of the strings it may be (`LANGS`). Read only when the function failed, to tell
 * which argument is at fault.
 *
 * @category Core
 */
export type Arguments = Readonly<
  Record<string, readonly [value: unknown, expect: Expect | readonly string[]]>
>;

/**
 * The values of a `lang` argument, for {@link Arguments}.
 *
 * @category Core
 */
export const LANGS: readonly Lang[] = Object.freeze(['fr', 'en']);

/**
 * Runs the body of a public function so that nothing but a {@link PalierError} naming that function escapes
 * it. When the body throws, the argument at fault is found only then, never on the way in: the first one that
 * is not what it must be (`null` for a list), else the first one that cannot be read (a Proxy that throws, a
 * getter), else the one a function called inside refused. A `PalierError` of the function itself passes as it
 * is; one thrown by another public function it calls is re-addressed to this one.
 *
 * `args` is the one argument's name when the function has only one.
 *
 * @example
 * ```ts
 * export function explain(result: Explainable, options: ExplainOptions): string {
 *   const args: Arguments = { result: [result, 'object'], options: [options, 'object'] };
 *   return atBoundary('explain', args, () => render(result, options));
 * }
 * ```
 *
 * @category Core
 */
export function atBoundary<T>(fn: string, args: string | Arguments, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw unreadable(fn, args, error);
  }
}

/**
 * {@link atBoundary} for an `async` public function.
 *
 * @example
 * ```ts
 * export async function readAll(source: AsyncIterable<string>): Promise<string[]> {
 *   return atBoundaryAsync('readAll', 'source', async () => collect(source));
 * }
 * ```
 *
 * @category Core
 */
export async function atBoundaryAsync<T>(
  fn: string,
  args: string | Arguments,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw unreadable(fn, args, error);
  }
}

/**
 * The {@link PalierError} that {@link atBoundary} throws for an error raised inside public function `fn`, for
 * the bodies it cannot wrap (constructors, generators): the error itself when it is already `fn`'s.
 *
 * @example
 * ```ts
 * try {
 *   this.delimiter = options.delimiter;
 * } catch (error) {
 *   throw unreadable('CsvTokenizer', { options: [options, 'object'] }, error);
 * }
 * ```
 *
 * @category Core
 */
export function unreadable(fn: string, args: string | Arguments, error: unknown): PalierError {
  if (error instanceof PalierError && error.function === fn) return error;
  const fault = typeof args === 'string' ? { argument: args } : atFault(args, error);
  const what = fault.expected === undefined ? undefined : whatOf(fault.expected);
  if (what !== undefined) {
    const got = describeValue(fault.value);
    return refusal(fn, fault.argument, error, {
      fr: `l’argument « ${fault.argument} » doit être ${what.fr} (reçu : ${got}).`,
      en: `argument "${fault.argument}" must be ${what.en} (received ${got}).`,
    });
  }
  if (error instanceof PalierError && fault.detail === undefined)
    return readdressed(fn, fault.argument, error);
  const detail = fault.detail ?? detailOf(error);
  return refusal(
    fn,
    fault.argument,
    error,
    fault.argument === ''
      ? {
          fr: `les arguments n’ont pas pu être lus (${detail}).`,
          en: `the arguments could not be read (${detail}).`,
        }
      : {
          fr: `l’argument « ${fault.argument} » n’a pas pu être lu (${detail}).`,
          en: `argument "${fault.argument}" could not be read (${detail}).`,
        },
  );
}

/** Each {@link Expect}, said in both languages. */
const WHAT: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  object: { fr: 'un objet', en: 'an object' },
  list: { fr: 'une liste', en: 'a list' },
  text: { fr: 'un texte', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  boolean: { fr: 'un booléen', en: 'a boolean' },
  function: { fr: 'une fonction', en: 'a function' },
  iterable: { fr: 'un itérable', en: 'an iterable' },
};

function whatOf(
  expected: string | readonly string[],
): { readonly fr: string; readonly en: string } | undefined {
  if (typeof expected === 'string') return WHAT[expected];
  const shown = expected.slice(0, 8);
  const more = expected.length > shown.length ? ', …' : '';
  return {
    fr: `l’une des valeurs ${shown.map((v) => `« ${v} »`).join(', ')}${more}`,
    en: `one of ${shown.map((v) => JSON.stringify(v)).join(', ')}${more}`,
  };
}

/** The value each {@link refuseArgument} refusal received, to find it among the arguments of an outer function. */
const RECEIVED = new WeakMap<PalierError, unknown>();

interface Fault {
  /** The argument at fault (`options.asOf` for a part of one), `''` when none can be told. */
  readonly argument: string;
  /** Set when the argument is not what it must be. */
  readonly expected?: string | readonly string[];
  readonly value?: unknown;
  /** Set when the argument cannot be read: what reading it threw. */
  readonly detail?: string;
}

/** Which argument made the body throw `error` (see {@link atBoundary}). */
function atFault(args: Arguments, error: unknown): Fault {
  const entries = Object.entries(args);
  for (const [argument, [value, expect]] of entries) {
    if (typeof expect !== 'string') {
      if (!expect.includes(value as string)) return { argument, expected: expect, value };
      continue;
    }
    const optional = expect.endsWith('?');
    const kind = optional ? expect.slice(0, -1) : expect;
    if (!(optional && value === undefined) && !fits(value, kind)) return { argument, expected: kind, value };
  }
  for (const [argument, [value]] of entries) {
    const detail = readError(value);
    if (detail !== undefined) return { argument, detail };
  }
  if (error instanceof PalierError) {
    if (RECEIVED.has(error)) {
      const received = RECEIVED.get(error);
      for (const [argument, [value]] of entries) {
        if (value === received) return { argument };
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
          for (const [key, part] of Object.entries(value))
            if (part === received) return { argument: `${argument}.${key}` };
      }
    }
    const root = error.argument.split(/[.[]/)[0]!;
    if (root in args) return { argument: error.argument };
  }
  // an argument of any kind, required, missing: what "cannot read properties of undefined" is about
  for (const [argument, [value, expect]] of entries)
    if (value == null && !(typeof expect === 'string' && expect.endsWith('?'))) return { argument };
  return { argument: '' };
}

/** Whether `value` is of kind `kind` (see {@link Expect}), looked at without reading into it. */
function fits(value: unknown, kind: string): boolean {
  try {
    switch (kind) {
      case 'object':
        return typeof value === 'object' && value !== null;
      case 'list':
        return isList(value);
      case 'text':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number';
      case 'boolean':
        return typeof value === 'boolean';
      case 'function':
        return typeof value === 'function';
      case 'iterable':
        return (
          typeof value === 'object' &&
          value !== null &&
          (Symbol.asyncIterator in value || Symbol.iterator in value)
        );
      default:
        return true;
    }
  } catch {
    return false; // a revoked Proxy, a Proxy whose `has` throws
  }
}

/** How many values {@link readError} looks at, at most: it runs only once a call has failed. */
const READ_BUDGET = 10_000;

/** What reading `value` (its own properties, three levels down) throws, or `undefined` when it reads. */
function readError(value: unknown): string | undefined {
  let budget = READ_BUDGET;
  const read = (v: unknown, depth: number): void => {
    if (typeof v !== 'object' || v === null || budget-- <= 0) return;
    Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && i < READ_BUDGET && depth > 0; i++) read(v[i], depth - 1);
      return;
    }
    const keys = Reflect.ownKeys(v);
    if (depth > 0) for (const key of keys) read(Reflect.get(v, key), depth - 1);
  };
  try {
    read(value, 3);
    return undefined;
  } catch (error) {
    return detailOf(error);
  }
}

function detailOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : describeValue(error);
  } catch {
    return 'unreadable error';
  }
}

function refusal(fn: string, argument: string, cause: unknown, label: Label): PalierError {
  return new PalierError({ code: 'invalid-argument', function: fn, argument, label, cause });
}

/** A refusal by a public function called inside `fn`, said of `fn`'s own argument. */
function readdressed(fn: string, argument: string, inner: PalierError): PalierError {
  const rename = (text: string) =>
    inner.argument === '' || argument === ''
      ? text
      : text
          .replaceAll(`« ${inner.argument} »`, `« ${argument} »`)
          .replaceAll(`"${inner.argument}"`, `"${argument}"`);
  return new PalierError({
    code: inner.code,
    function: fn,
    argument,
    label: { fr: rename(inner.label.fr), en: rename(inner.label.en) },
    issues: inner.issues,
    cause: inner,
  });
}
