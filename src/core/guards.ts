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
  throw refusal(fn, argument, undefined, {
    fr: `l’argument « ${argument} » doit être ${what.fr} (reçu : ${got}).`,
    en: `argument "${argument}" must be ${what.en} (received ${got}).`,
  });
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
 * `boolean`, `function`, `iterable` (told apart from other objects only by reading it, so any object) or `any`; with
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
  const { argument } = fault;
  if ('value' in fault) {
    const got = describeValue(fault.value);
    return refusal(fn, argument, error, {
      fr: `l’argument « ${argument} » n’est pas du type attendu (reçu : ${got}).`,
      en: `argument "${argument}" is not of the expected kind (received ${got}).`,
    });
  }
  if (error instanceof PalierError) {
    // said of this function's argument: the inner function named its own
    const { fr, en } = error.label;
    const from = error.argument;
    const rename = (text: string) =>
      from === '' || argument === ''
        ? text
        : text.replace(`"${from}"`, `"${argument}"`).replace(`« ${from} »`, `« ${argument} »`);
    return new PalierError({
      ...error,
      function: fn,
      argument,
      label: { fr: rename(fr), en: rename(en) },
      cause: error,
    });
  }
  const why = detailOf(error);
  return refusal(fn, argument, error, {
    fr: `${argument === '' ? 'les arguments n’ont pas pu être lus' : `l’argument « ${argument} » n’a pas pu être lu`} (${why}).`,
    en: `${argument === '' ? 'the arguments' : `argument "${argument}"`} could not be read (${why}).`,
  });
}

function refusal(fn: string, argument: string, cause: unknown, label: Label): PalierError {
  return new PalierError({ code: 'invalid-argument', function: fn, argument, label, cause });
}

/**
 * Which argument made the body throw `error` (see {@link atBoundary}), with its value when it is not of its
 * kind: the first not of its kind, else the first that cannot be read, else the one a public function called
 * inside named, else the first required one left `null` or `undefined`, else none (`''`).
 */
function atFault(args: Arguments, error: unknown): { readonly argument: string; readonly value?: unknown } {
  const entries = Object.entries(args);
  for (const [argument, [value, expect]] of entries) if (!fits(value, expect)) return { argument, value };
  for (const [argument, [value]] of entries) if (!readable(value)) return { argument };
  if (error instanceof PalierError && error.argument.split(/[.[]/)[0]! in args)
    return { argument: error.argument };
  for (const [argument, [value, expect]] of entries)
    if (value == null && !(typeof expect === 'string' && expect.endsWith('?'))) return { argument };
  return { argument: '' };
}

/** Whether `value` is what `expect` says (see {@link Expect}), looked at without reading into it. */
function fits(value: unknown, expect: Expect | readonly string[]): boolean {
  try {
    if (typeof expect !== 'string') return expect.includes(value as string);
    const kind = expect.replace('?', '');
    if (kind !== expect && value === undefined) return true;
    if (kind === 'list') return Array.isArray(value);
    if (kind === 'object' || kind === 'iterable') return typeof value === 'object' && value !== null;
    return kind === 'any' || typeof value === (kind === 'text' ? 'string' : kind);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * Whether `value` reads, two levels down (its own properties, theirs): not a revoked Proxy, no getter that
 * throws. Run only once a call has failed.
 */
function readable(value: unknown, depth = 2): boolean {
  try {
    if (typeof value === 'object' && value !== null)
      for (const key of Reflect.ownKeys(value)) {
        const part = Reflect.get(value, key);
        if (depth > 1 && !readable(part, depth - 1)) return false;
      }
    return true;
  } catch {
    return false;
  }
}

function detailOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : describeValue(error);
  } catch {
    return 'unreadable error';
  }
}
