import { z } from 'zod';
import { parseFiness } from '../actors/finess.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Result } from '../core/result.js';
import { isCalendarDate } from '../dates/index.js';
import { type EvaluatedEstablishment, REASONS, type ReasonCode } from '../evaluation/index.js';
import type { Declaration, DeclaredValue } from '../evaluation/types.js';
import { valueProblems } from '../evaluation/value.js';
import { concerns } from '../programme/applicability.js';
import type { Indicator, Programme } from '../programme/index.js';
import { FinessSchema } from './actors.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { addIssue, notAListIssue, parseEach, protoKeyIssues, toPalierIssue } from './parse.js';

function reasonIssue(ctx: z.RefinementCtx, code: ReasonCode, path: IssuePath, received?: string): void {
  addIssue(ctx, code, REASONS[code], path, received !== undefined ? { received } : {});
}

/** A calendar date `YYYY-MM-DD` that exists (`2019-02-29` does not): issue `invalid-date`. */
const calendarDate = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) reasonIssue(ctx, 'invalid-date', [], value);
  })
  .meta({ format: 'date', description: 'Calendar date YYYY-MM-DD (Europe/Paris)' });

/** A period of calendar dates, both ends included; issue `period-end-before-start`. */
const period = z.object({ start: calendarDate, end: calendarDate }).superRefine((period, ctx) => {
  if (isCalendarDate(period.start) && isCalendarDate(period.end) && period.end < period.start) {
    reasonIssue(ctx, 'period-end-before-start', ['end'], period.end);
  }
});

/** Adds an issue for every problem the engine's value check finds (same codes as the evaluation statuses). */
function refineValue(value: unknown, ctx: z.RefinementCtx): void {
  const problems = valueProblems(value, undefined, true);
  for (const p of problems ?? []) reasonIssue(ctx, p.reason, p.path);
}

const count = z.number().meta({ description: 'Non-negative whole number' });

/** The shapes of a declared value, one per kind (see {@link DeclaredValueSchema}). */
const VALUE_SHAPES = [
  z.object({ kind: z.literal('yes-no'), value: z.boolean() }),
  z
    .object({
      kind: z.literal('rate'),
      numerator: count.optional(),
      denominator: count.optional(),
      percent: z.number().optional(),
    })
    .meta({ oneOf: [{ required: ['numerator', 'denominator'] }, { required: ['percent'] }] }),
  z.object({ kind: z.literal('count'), value: count }),
  z.object({ kind: z.literal('not-applicable'), reason: z.string() }),
] as const;

/**
 * One declared value: `yes-no`, `rate` (numerator and denominator, preferred, or `percent`), `count`, or
 * `not-applicable` with a reason. Issues: `not-finite`, `negative-value`, `non-integer-value`,
 * `zero-denominator`, `numerator-exceeds-denominator`, `percent-out-of-range`, `missing-reason`,
 * `malformed-value` (a rate with neither form, or both).
 *
 * @category Evaluation
 */
export const DeclaredValueSchema: z.ZodType<DeclaredValue> = z
  .discriminatedUnion('kind', VALUE_SHAPES)
  .superRefine(refineValue) as unknown as z.ZodType<DeclaredValue>; // the value checks ensure the union's shape

/** The fields of each kind of declared value, in the schema's order (what the schema's output holds). */
const VALUE_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  VALUE_SHAPES.map((shape) => [shape.shape.kind.value, Object.keys(shape.shape)]),
);

/** The declaration's shape (see {@link DeclarationSchema}). */
const declarationObject = z.object({
  finess: FinessSchema,
  level: z.enum(['legal-entity', 'site', 'ght']),
  ght: z.string().min(1).optional(),
  programme: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  period,
  values: z.record(z.string().min(1), DeclaredValueSchema),
  method: z.string().min(1).optional(),
  evidence: z.array(z.string()).optional(),
  declaredOn: calendarDate.optional(),
  declaredBy: z.string().optional(),
});

/**
 * A declaration (*déclaration*): who, which programme, the period, one value per indicator code, and optional
 * method, evidence, date and author. Checks what needs no programme; {@link parseDeclaration} adds the
 * programme's and the establishment's checks.
 *
 * @category Evaluation
 */
export const DeclarationSchema: z.ZodType<Declaration, unknown> = declarationObject as unknown as z.ZodType<
  Declaration,
  unknown
>;

/** Everything of a declaration but its values (the schema's part of {@link parseDeclaration}). */
const declarationHead = declarationObject.omit({ values: true });

/** Fields of a declaration that come after `values` in the schema (their issues come after the values'). */
const AFTER_VALUES: ReadonlySet<string | number> = new Set([
  'method',
  'evidence',
  'declaredOn',
  'declaredBy',
]);

/**
 * Options of {@link parseDeclaration}.
 *
 * @category Evaluation
 */
export interface ParseDeclarationOptions {
  /** The programme the declaration answers: unknown codes, wrong kinds and programme mismatches are checked. */
  readonly programme?: Programme;
  /** The establishment declaring: values for indicators that do not concern it are reported (warning). */
  readonly establishment?: EvaluatedEstablishment;
}

/**
 * Parses an untrusted declaration and returns every issue with its path, a stable code and a French and English
 * message. With a programme: `unknown-indicator`, `wrong-kind`, `programme-mismatch` (errors) and
 * `programme-version-mismatch` (warning); with an establishment: `value-for-not-applicable-indicator`
 * (warning). Warnings come back with `ok: true`.
 *
 * A sound head (FINESS, level, programme, period, dates…) and each value the engine's value check accepts are
 * taken as the schema would give them back (new objects with the schema's fields only, in its order); only a
 * head or a value with something wrong goes through {@link DeclarationSchema}, for its exact issues — the
 * result is the schema's, issue for issue, at a fraction of the cost for a file of thousands of declarations.
 *
 * @example
 * ```ts
 * const r = parseDeclaration(json, { programme: hopen });
 * if (!r.ok) r.issues.map((i) => `${formatPath(i.path)}: ${i.message.fr}`);
 * ```
 *
 * @category Evaluation
 */
export function parseDeclaration(input: unknown, options: ParseDeclarationOptions = {}): Result<Declaration> {
  const args: Arguments = { input: [input, 'any'], options: [options, 'object?'] };
  return atBoundary('parseDeclaration', args, () => {
    if (!isPlainObject(input)) return parseWhole(input, options);
    const values = input.values;
    if (
      !isPlainObject(values) ||
      Object.hasOwn(values, '') ||
      Object.getOwnPropertySymbols(values).length > 0
    )
      return parseWhole(input, options);
    try {
      return parseByParts(input, values, options);
    } catch {
      // an input that throws when read (a getter, a proxy): the schema says how
      return parseWhole(input, options);
    }
  });
}

/** {@link parseDeclaration} by the schema alone, on the whole input (internal: its reference, for tests). */
export function parseWhole(input: unknown, options: ParseDeclarationOptions = {}): Result<Declaration> {
  const { declaration, issues } = structural(input);
  if (declaration === undefined)
    return { ok: false, issues: [...issues, ...contextIssues(looseView(input), options)] };
  const forbidden = protoKeyIssues(valuesOf(input), ['values']);
  if (forbidden.length > 0)
    return { ok: false, issues: [...forbidden, ...contextIssues(declaration, options)] };
  const context = contextIssues(declaration, options);
  if (context.some((i) => i.severity === 'error')) return { ok: false, issues: context };
  return { ok: true, value: declaration, issues: context };
}

/**
 * {@link parseWhole}'s result, the head through the schema and each sound value taken as its kind's fields: the
 * issues in the schema's order (the head's fields before `values`, the values in key order, the fields after).
 */
function parseByParts(
  input: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
  options: ParseDeclarationOptions,
): Result<Declaration> {
  // the head's schema does not know `values`: it reads the other fields of the input and drops that one
  const sound = soundHead(input);
  const head =
    sound !== undefined
      ? { success: true as const, data: sound }
      : declarationHead.safeParse(input, { reportInput: true });
  const headIssues = head.success ? [] : head.error.issues.map((i) => schemaIssue(i));
  const read: Record<string, DeclaredValue> = {};
  const valueIssues: PalierIssue[] = [];
  for (const code of Object.keys(values)) {
    if (code === '__proto__') continue; // the schema does not read it (refused below, as parseWhole does)
    const value = values[code];
    const sound = soundValue(value);
    if (sound !== undefined) {
      read[code] = sound;
      continue;
    }
    const checked = DeclaredValueSchema.safeParse(value, { reportInput: true });
    if (checked.success) read[code] = checked.data;
    else valueIssues.push(...checked.error.issues.map((i) => schemaIssue(i, ['values', code])));
  }
  if (headIssues.length > 0 || valueIssues.length > 0) {
    const after = (i: PalierIssue): boolean => AFTER_VALUES.has(i.path[0] ?? '');
    const issues = [
      ...headIssues.filter((i) => !after(i)),
      ...valueIssues,
      ...headIssues.filter(after),
      ...contextIssues(looseView(input), options),
    ];
    return { ok: false, issues };
  }
  const declaration = withValues(head.data as Record<string, unknown>, read);
  const forbidden = protoKeyIssues(values, ['values']);
  if (forbidden.length > 0)
    return { ok: false, issues: [...forbidden, ...contextIssues(declaration, options)] };
  const context = contextIssues(declaration, options);
  if (context.some((i) => i.severity === 'error')) return { ok: false, issues: context };
  return { ok: true, value: declaration, issues: context };
}

/** The head's optional fields, in the schema's order, and whether each holds a string or a list of strings. */
const OPTIONAL_HEAD: readonly (readonly [string, 'text' | 'non-empty' | 'date' | 'list'])[] = [
  ['method', 'non-empty'],
  ['evidence', 'list'],
  ['declaredOn', 'date'],
  ['declaredBy', 'text'],
];

/**
 * The head as the schema gives it back — a new object with the schema's fields only, in its order — when every
 * field is sound (the checks the schema applies, FINESS key and calendar dates included); else `undefined`, and
 * the schema says what is wrong. A declaration read from a file has a sound head nearly always: this spares it
 * the schema's walk.
 */
function soundHead(input: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const { finess, level, ght, programme, period } = input;
  if (typeof finess !== 'string' || (level !== 'legal-entity' && level !== 'site' && level !== 'ght'))
    return undefined;
  if (!isPlainObject(programme) || !isPlainObject(period)) return undefined;
  const { id, version } = programme;
  const { start, end } = period;
  if (!nonEmpty(id) || !nonEmpty(version) || !isCalendarDate(start) || !isCalendarDate(end) || end < start)
    return undefined;
  const parsed = parseFiness(finess);
  if (!parsed.ok) return undefined;
  const head: Record<string, unknown> = { finess: parsed.value.finess, level };
  if ('ght' in input) {
    if (!nonEmpty(ght)) return undefined;
    head.ght = ght;
  }
  head.programme = { id, version };
  head.period = { start, end };
  for (const [field, kind] of OPTIONAL_HEAD) {
    if (!(field in input)) continue;
    const value = input[field];
    const sound =
      kind === 'list'
        ? isTextList(value)
        : kind === 'date'
          ? isCalendarDate(value)
          : kind === 'non-empty'
            ? nonEmpty(value)
            : typeof value === 'string';
    if (!sound) return undefined;
    head[field] = kind === 'list' ? [...(value as string[])] : value;
  }
  return head;
}

/** A list of strings, read index by index as the schema reads it (a hole is not a string). */
function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * A value as the schema gives it back — a new object with its kind's fields only, in the schema's order — when
 * the engine's value check (the rule the schema's refinement applies) accepts it; else `undefined`.
 */
function soundValue(value: unknown): DeclaredValue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const kind = v.kind;
  const fields = typeof kind === 'string' ? VALUE_FIELDS.get(kind) : undefined;
  if (fields === undefined) return undefined;
  const copy: Record<string, unknown> = { kind };
  for (let i = 1; i < fields.length; i++) {
    const field = fields[i] as string;
    const x = v[field];
    if (x !== undefined) copy[field] = x;
  }
  return valueProblems(copy, undefined) === undefined ? (copy as unknown as DeclaredValue) : undefined;
}

/** The head the schema gave back, with the values where the schema puts them (after the period). */
function withValues(
  head: Readonly<Record<string, unknown>>,
  values: Record<string, DeclaredValue>,
): Declaration {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(head)) {
    if (!placed && AFTER_VALUES.has(key)) {
      out.values = values;
      placed = true;
    }
    out[key] = value;
  }
  if (!placed) out.values = values;
  return out as unknown as Declaration;
}

/** Parses the shape and the value checks; the declaration when there is no issue, else the issues. */
function structural(input: unknown): { declaration?: Declaration; issues: PalierIssue[] } {
  let result: ReturnType<typeof DeclarationSchema.safeParse>;
  try {
    result = DeclarationSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = { fr: `Entrée illisible : ${detail}`, en: `Unreadable input: ${detail}` };
    return { issues: [{ code: 'unreadable-input', path: [], severity: 'error', message }] };
  }
  if (result.success) return { declaration: result.data as Declaration, issues: [] };
  return { issues: result.error.issues.map((i) => schemaIssue(i)) };
}

/** A zod issue of the declaration schema as a palier issue (a non-finite number says `not-finite`). */
function schemaIssue(issue: z.core.$ZodIssue, prefix: IssuePath = []): PalierIssue {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && typeof input === 'number' && !Number.isFinite(input)) {
    return {
      code: 'not-finite',
      path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: REASONS['not-finite'],
      severity: 'error' as const,
      expected: 'finite number',
      received: String(input),
    };
  }
  return toPalierIssue(issue, prefix);
}

function issue(
  code: ReasonCode,
  path: IssuePath,
  severity: 'error' | 'warning',
  extra: { expected?: string; received?: string } = {},
): PalierIssue {
  return { code, path, message: REASONS[code], severity, ...extra };
}

/** What the programme checks read of a declaration: its programme and the kind of each value. */
interface ContextView {
  readonly programme?: { readonly id: string; readonly version: string };
  readonly values: Readonly<Record<string, { readonly kind: string }>>;
}

/**
 * The parts of a structurally invalid declaration the programme checks can still read, so that an unknown code
 * or a wrong kind is reported together with the shape's issues rather than on the next attempt.
 */
function looseView(input: unknown): ContextView {
  const values: Record<string, { kind: string }> = {};
  if (!isPlainRecord(input)) return { values };
  const { programme, values: raw } = input;
  if (isPlainRecord(raw)) {
    for (const [code, value] of Object.entries(raw)) {
      if (isPlainRecord(value) && typeof value.kind === 'string') values[code] = { kind: value.kind };
    }
  }
  const known =
    isPlainRecord(programme) && typeof programme.id === 'string' && typeof programme.version === 'string';
  return known
    ? { programme: { id: programme.id as string, version: programme.version as string }, values }
    : { values };
}

function valuesOf(input: unknown): unknown {
  return isPlainRecord(input) ? input.values : undefined;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object literal (or of no prototype): what the schema reads field by field as {@link parseDeclaration} does. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function contextIssues(declaration: ContextView, options: ParseDeclarationOptions): PalierIssue[] {
  const out: PalierIssue[] = [];
  const { programme, establishment } = options;
  if (programme === undefined) return out;
  const declared = declaration.programme;
  if (declared === undefined) {
    // the shape's issues already say what is wrong with the programme reference
  } else if (declared.id !== programme.id) {
    out.push(
      issue('programme-mismatch', ['programme', 'id'], 'error', {
        expected: programme.id,
        received: declared.id,
      }),
    );
  } else if (declared.version !== programme.version) {
    out.push(
      issue('programme-version-mismatch', ['programme', 'version'], 'warning', {
        expected: programme.version,
        received: declared.version,
      }),
    );
  }
  const indicators = indicatorsByCode(programme);
  const values = declaration.values;
  for (const code of Object.keys(values)) {
    const value = values[code] as { readonly kind: string };
    const indicator = indicators.get(code);
    if (indicator === undefined) {
      out.push(issue('unknown-indicator', ['values', code], 'error', { received: code }));
      continue;
    }
    if (value.kind !== 'not-applicable' && value.kind !== indicator.kind) {
      out.push(
        issue('wrong-kind', ['values', code, 'kind'], 'error', {
          expected: indicator.kind,
          received: value.kind,
        }),
      );
    }
    if (
      establishment !== undefined &&
      value.kind !== 'not-applicable' &&
      !concerns(indicator.applicability, establishment)
    ) {
      out.push(issue('value-for-not-applicable-indicator', ['values', code], 'warning'));
    }
  }
  return out;
}

const byCodeCache = new WeakMap<Programme, ReadonlyMap<string, Indicator>>();

/** The programme's indicators by code, computed once per programme object (a pure cache). */
function indicatorsByCode(programme: Programme): ReadonlyMap<string, Indicator> {
  let map = byCodeCache.get(programme);
  if (map === undefined) {
    map = new Map(
      [...programme.prerequisites, ...programme.domains].flatMap((r) =>
        r.indicators.map((i) => [i.code, i] as const),
      ),
    );
    byCodeCache.set(programme, map);
  }
  return map;
}

/**
 * Options of {@link parseDeclarations}.
 *
 * @category Evaluation
 */
export interface ParseDeclarationsOptions {
  /** The programme the declarations answer. */
  readonly programme?: Programme;
  /** Establishments by canonical FINESS, to report values for indicators that do not concern them. */
  readonly establishments?: ReadonlyMap<string, EvaluatedEstablishment>;
}

/**
 * A valid declaration of a bulk input, with its index.
 *
 * @category Evaluation
 */
export interface IndexedDeclaration {
  /** Index in the input. */
  readonly index: number;
  /** The declaration, as parsed (canonical FINESS). */
  readonly declaration: Declaration;
}

/**
 * Result of {@link parseDeclarations}: the valid declarations with their index, and every issue.
 *
 * @category Evaluation
 */
export interface ParsedDeclarations {
  /** Declarations without errors (possibly with warnings), with their index in the input. */
  readonly valid: readonly IndexedDeclaration[];
  /** Every issue (errors and warnings), paths starting at the record's index. */
  readonly issues: readonly PalierIssue[];
}

/**
 * Parses many declarations: one bad record never hides the others. Valid ones come back with their index;
 * every issue's path starts at the index of its record (`[12, 'values', 'D2.2', 'numerator']`).
 *
 * @example
 * ```ts
 * const { valid, issues } = parseDeclarations(rows, { programme: hopen });
 * ```
 *
 * @category Evaluation
 */
export function parseDeclarations(
  input: unknown,
  options: ParseDeclarationsOptions = {},
): ParsedDeclarations {
  const args: Arguments = { input: [input, 'any'], options: [options, 'object?'] };
  return atBoundary('parseDeclarations', args, () => {
    if (!Array.isArray(input)) {
      return {
        valid: [],
        issues: [notAListIssue(input, { fr: 'une liste de déclarations', en: 'a list of declarations' })],
      };
    }
    const { programme, establishments } = options;
    const { valid, issues } = parseEach(input, (record): Result<Declaration> => {
      const parsed = structural(record);
      const declaration = parsed.declaration;
      const forbidden = protoKeyIssues(valuesOf(record), ['values']);
      if (declaration !== undefined && forbidden.length > 0) return { ok: false, issues: forbidden };
      if (declaration === undefined) {
        return {
          ok: false,
          issues: [
            ...parsed.issues,
            ...contextIssues(looseView(record), { ...(programme !== undefined ? { programme } : {}) }),
          ],
        };
      }
      const establishment = establishments?.get(declaration.finess);
      const context = contextIssues(declaration, {
        ...(programme !== undefined ? { programme } : {}),
        ...(establishment !== undefined ? { establishment } : {}),
      });
      if (context.some((i) => i.severity === 'error')) return { ok: false, issues: context };
      return { ok: true, value: declaration, issues: context };
    });
    return { valid: valid.map(({ index, value }) => ({ index, declaration: value })), issues };
  });
}

/**
 * JSON Schema (draft 2020-12) of a declaration, for validating in other languages. Checks that need code
 * (exact date validity, numerator ≤ denominator, the programme's codes) are not expressed in it.
 *
 * @example
 * ```ts
 * const schema = declarationJsonSchema();
 * schema.properties?.values; // { type: 'object', additionalProperties: { oneOf: [...] } }
 * ```
 *
 * @category Evaluation
 */
export function declarationJsonSchema(): JsonSchema {
  return toJsonSchema(DeclarationSchema);
}
