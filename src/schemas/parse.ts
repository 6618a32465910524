import type { z } from 'zod';
import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Label } from '../core/label.js';
import type { Result } from '../core/result.js';

/**
 * Adds a palier issue from inside a zod refinement: a stable `code` and a message in both languages.
 *
 * @example
 * ```ts
 * z.object({ n: z.number(), d: z.number() }).superRefine((v, ctx) => {
 *   if (v.n > v.d) addIssue(ctx, 'numerator-exceeds-denominator', {
 *     fr: 'Le numérateur dépasse le dénominateur.', en: 'The numerator exceeds the denominator.',
 *   }, ['n']);
 * });
 * ```
 *
 * @category Parsing
 */
export function addIssue(
  ctx: z.RefinementCtx,
  code: string,
  message: Label,
  path: IssuePath = [],
  extra: { expected?: string; received?: string } = {},
): void {
  ctx.addIssue({
    code: 'custom',
    message: message.en,
    path: [...path],
    params: { code, fr: message.fr, ...extra },
  });
}

/**
 * Parses untrusted input with a schema and returns every issue as a {@link PalierIssue} (never throws).
 *
 * @example
 * ```ts
 * const r = parseWith(z.object({ a: z.number() }), { a: 'x' });
 * if (!r.ok) console.log(r.issues[0]?.code); // 'invalid-type'
 * ```
 *
 * @category Parsing
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input, { reportInput: true }) as z.ZodSafeParseResult<z.output<S>>;
  } catch (error) {
    return { ok: false, issues: [unexpected(error)] };
  }
  if (result.success) return { ok: true, value: result.data, issues: [] };
  return { ok: false, issues: result.error.issues.map((issue) => toPalierIssue(issue)) };
}

function unexpected(error: unknown): PalierIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'unreadable-input',
    path: [],
    message: { fr: `Entrée illisible : ${detail}`, en: `Unreadable input: ${detail}` },
    severity: 'error',
  };
}

type ZodIssue = z.core.$ZodIssue;

/**
 * Converts one zod issue to a {@link PalierIssue}, with French and English messages; `prefix` is put in front
 * of its path (the index of a record in a list, for instance).
 *
 * @example
 * ```ts
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' }, { reportInput: true });
 * if (!r.success) toPalierIssue(r.error.issues[0]!, [3]);
 * // { code: 'invalid-type', path: [3, 'n'], expected: 'number', received: 'string', message: { fr: 'Type attendu : number, reçu : string.', … } }
 * ```
 *
 * @category Parsing
 */
export function toPalierIssue(issue: ZodIssue, prefix: IssuePath = []): PalierIssue {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const base = { path, severity: 'error' as const };
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as {
        code?: string;
        fr?: string;
        expected?: string;
        received?: string;
      };
      return {
        ...base,
        code: params.code ?? 'invalid',
        message: { fr: params.fr ?? issue.message, en: issue.message },
        ...(params.expected !== undefined ? { expected: params.expected } : {}),
        ...(params.received !== undefined ? { received: params.received } : {}),
      };
    }
    case 'invalid_type': {
      const received = describe(issue.input);
      if (received === 'undefined') {
        return {
          ...base,
          code: 'required',
          expected: issue.expected,
          message: { fr: 'Valeur obligatoire manquante.', en: 'Required value is missing.' },
        };
      }
      return {
        ...base,
        code: 'invalid-type',
        expected: issue.expected,
        received,
        message: {
          fr: `Type attendu : ${issue.expected}, reçu : ${received}.`,
          en: `Expected ${issue.expected}, received ${received}.`,
        },
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      const sizeOf = issue.origin === 'string' ? ' (length)' : issue.origin === 'array' ? ' (items)' : '';
      const frSizeOf =
        issue.origin === 'string' ? ' (longueur)' : issue.origin === 'array' ? ' (éléments)' : '';
      const op = small ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
      return {
        ...base,
        code: small ? 'too-small' : 'too-big',
        expected: `${op} ${String(bound)}`,
        message: {
          fr: `Valeur${frSizeOf} attendue ${op} ${String(bound)}.`,
          en: `Value${sizeOf} must be ${op} ${String(bound)}.`,
        },
      };
    }
    case 'invalid_format':
      return {
        ...base,
        code: 'invalid-format',
        expected: issue.pattern ?? issue.format,
        message: {
          fr: `Format invalide (attendu : ${issue.format}).`,
          en: `Invalid format (expected: ${issue.format}).`,
        },
      };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        ...base,
        code: 'invalid-value',
        expected: values,
        message: { fr: `Valeur attendue parmi : ${values}.`, en: `Expected one of: ${values}.` },
      };
    }
    case 'unrecognized_keys':
      return {
        ...base,
        code: 'unknown-key',
        received: issue.keys.join(', '),
        message: {
          fr: `Clé(s) inconnue(s) : ${issue.keys.join(', ')}.`,
          en: `Unknown key(s): ${issue.keys.join(', ')}.`,
        },
      };
    case 'invalid_union':
      return {
        ...base,
        code: 'invalid-variant',
        message: {
          fr: 'La valeur ne correspond à aucune des formes admises.',
          en: 'The value matches none of the accepted shapes.',
        },
      };
    default:
      return {
        ...base,
        code: 'invalid',
        message: { fr: `Valeur invalide (${issue.code}).`, en: issue.message },
      };
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/**
 * One valid record of a list, with its index in the input.
 *
 * @category Parsing
 */
export interface IndexedValue<T> {
  /** Position in the input list, from 0. */
  readonly index: number;
  /** The parsed record. */
  readonly value: T;
}

/**
 * Parses every item of a list without losing any: valid records come back with their index, and every issue's
 * path starts with the index of its record (`[12, 'values', 'D2.2']`, after `prefix`). Warnings of valid
 * records are kept too. This is the shared rule of palier's bulk `parse…` functions.
 *
 * @example
 * ```ts
 * const { valid, issues } = parseEach([1, 'x'], (item) => parseWith(z.number(), item));
 * // valid: [{ index: 0, value: 1 }], issues: [{ code: 'invalid-type', path: [1], … }]
 * ```
 *
 * @category Parsing
 */
export function parseEach<T>(
  items: readonly unknown[],
  parseOne: (item: unknown, index: number) => Result<T>,
  prefix: IssuePath = [],
): {
  /** The records without errors, with their index. */
  readonly valid: IndexedValue<T>[];
  /** Every issue (errors and warnings), paths starting at the record's index. */
  readonly issues: PalierIssue[];
} {
  const valid: IndexedValue<T>[] = [];
  const issues: PalierIssue[] = [];
  // an index loop, not forEach: a hole in a sparse array is a record too, parsed (and rejected) as undefined
  for (let index = 0; index < items.length; index++) {
    const r = parseOne(items[index], index);
    for (const issue of r.issues) issues.push({ ...issue, path: [...prefix, index, ...issue.path] });
    if (r.ok) valid.push({ index, value: r.value });
  }
  return { valid, issues };
}

/**
 * The issue for a bulk input that is not a list, naming what was expected (`a list of establishments`).
 *
 * @example
 * ```ts
 * notAListIssue(null, { fr: "une liste d'établissements", en: 'a list of establishments' });
 * // { code: 'invalid-type', path: [], expected: 'array', received: 'null', … }
 * ```
 *
 * @category Parsing
 */
export function notAListIssue(input: unknown, what: Label, path: IssuePath = []): PalierIssue {
  const received = describe(input);
  return {
    code: 'invalid-type',
    path,
    expected: 'array',
    received,
    severity: 'error',
    message: {
      fr: `${capitalize(what.fr)} est attendue, reçu : ${received}.`,
      en: `Expected ${what.en}, received ${received}.`,
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reports an own `__proto__` key of a record (as `JSON.parse` makes it), which zod's record parsing would drop
 * without a word: no input value may disappear silently. `path` is where the record sits in the input.
 *
 * @example
 * ```ts
 * protoKeyIssues(JSON.parse('{"__proto__": 1}'), ['values']); // [{ code: 'forbidden-key', path: ['values', '__proto__'], … }]
 * ```
 */
export function protoKeyIssues(record: unknown, path: IssuePath): PalierIssue[] {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, '__proto__')) return [];
  return [
    {
      code: 'forbidden-key',
      path: [...path, '__proto__'],
      severity: 'error',
      received: '__proto__',
      message: {
        fr: 'La clé « __proto__ » ne peut pas être lue sans risque : elle est refusée.',
        en: 'The key "__proto__" cannot be read safely: it is refused.',
      },
    },
  ];
}
