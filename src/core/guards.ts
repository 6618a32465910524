import { PalierError } from './error.js';

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
  throw new PalierError({
    code: 'invalid-argument',
    function: fn,
    argument,
    label: {
      fr: `l’argument « ${argument} » doit être ${what.fr} (reçu : ${got}).`,
      en: `argument "${argument}" must be ${what.en} (received ${got}).`,
    },
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
 * Runs the body of a public function so that nothing but a {@link PalierError} escapes it: an error raised
 * while reading a hostile argument (a Proxy that throws, a getter, a cycle) becomes `invalid-argument`.
 *
 * @example
 * ```ts
 * export function explain(result: EstablishmentEvaluation, lang: Lang): string {
 *   return atBoundary('explain', 'result', () => render(result, lang));
 * }
 * ```
 *
 * @category Core
 */
export function atBoundary<T>(fn: string, argument: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw unreadable(fn, argument, error);
  }
}

/**
 * {@link atBoundary} for an `async` public function: a rejection raised while reading a hostile argument becomes
 * an `invalid-argument` {@link PalierError}.
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
export async function atBoundaryAsync<T>(fn: string, argument: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw unreadable(fn, argument, error);
  }
}

/**
 * The {@link PalierError} for an error raised inside a public function while it read its arguments (a
 * `PalierError` is returned as it is): what {@link atBoundary} throws, for the bodies it cannot wrap
 * (constructors, generators).
 *
 * @example
 * ```ts
 * try {
 *   this.delimiter = options.delimiter;
 * } catch (error) {
 *   throw unreadable('CsvTokenizer', 'options', error);
 * }
 * ```
 *
 * @category Core
 */
export function unreadable(fn: string, argument: string, error: unknown): PalierError {
  if (error instanceof PalierError) return error;
  const detail = error instanceof Error ? error.message : describeValue(error);
  const what = argument === '' ? { fr: 'les arguments', en: 'the arguments' } : undefined;
  return new PalierError({
    code: 'invalid-argument',
    function: fn,
    argument,
    label:
      what === undefined
        ? {
            fr: `l’argument « ${argument} » n’a pas pu être lu (${detail}).`,
            en: `argument "${argument}" could not be read (${detail}).`,
          }
        : {
            fr: `${what.fr} n’ont pas pu être lus (${detail}).`,
            en: `${what.en} could not be read (${detail}).`,
          },
    cause: error,
  });
}
