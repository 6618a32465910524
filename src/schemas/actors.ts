import { z } from 'zod';
import { isDepartmentCode } from '../actors/departments.js';
import { parseFiness } from '../actors/finess.js';
import { departmentOfFiness } from '../actors/finess-department.js';
import { buildGht, type Ght, type GhtInput } from '../actors/ght.js';
import type {
  Activity,
  Establishment,
  EstablishmentTrait,
  Finess,
  LegalEntity,
  LegalStatus,
  Site,
} from '../actors/types.js';
import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { addIssue, notAListIssue, parseEach, parseWith } from './parse.js';

/**
 * A FINESS number: accepts spaces, lower-case `2a`/`2b` and the 8-character form without key, checks the
 * data-derived key, and outputs the canonical 9-character form. Issue code `invalid-finess`.
 *
 * @category Actors
 */
export const FinessSchema: z.ZodType<Finess, unknown> = z
  .string()
  .meta({
    description:
      'FINESS number: 9 characters (8 without the check key), digits or 2A/2B followed by digits; spaces allowed. ' +
      'The check key (Luhn mod 10, derived from public data) is verified.',
    examples: ['750712184', '75 071 218 4', '2A0000014'],
  })
  .transform((value, ctx) => {
    const r = parseFiness(value);
    if (r.ok) return r.value.finess;
    const found = r.issues[0]!;
    addIssue(ctx, found.code, found.message, [], {
      ...(found.expected !== undefined ? { expected: found.expected } : {}),
      ...(found.received !== undefined ? { received: found.received } : {}),
    });
    return z.NEVER;
  });

/**
 * One of the 101 department codes, or `975` (Saint-Pierre-et-Miquelon, present in FINESS data).
 *
 * @category Actors
 */
export const DepartmentCodeSchema: z.ZodType<string, unknown> = z
  .string()
  .meta({ description: 'Department code: 01–95 (no 20), 2A, 2B, 971–974, 976; 975 also accepted.' })
  .transform((value, ctx) => {
    const code = value.trim().toUpperCase();
    if (isDepartmentCode(code) || code === '975') return code;
    addIssue(
      ctx,
      'unknown-department',
      { fr: `Département inconnu : « ${value} ».`, en: `Unknown department: "${value}".` },
      [],
      { received: value },
    );
    return z.NEVER;
  });

/**
 * An activity code (`Activity`: MCO, SSR, PSY, HAD, DIALYSIS).
 *
 * @category Actors
 */
export const ActivitySchema: z.ZodType<Activity, unknown> = z.enum(['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS']);

/**
 * A legal status group (`LegalStatus`).
 *
 * @category Actors
 */
export const LegalStatusSchema: z.ZodType<LegalStatus, unknown> = z.enum([
  'public',
  'private-non-profit',
  'private-for-profit',
]);

/**
 * A trait making some indicators not concerned (`EstablishmentTrait`).
 *
 * @category Actors
 */
export const EstablishmentTraitSchema: z.ZodType<EstablishmentTrait, unknown> = z.enum([
  'NO_TECHNICAL_PLATFORM',
  'NO_EXTERNAL_CONSULTATIONS',
]);

const name = z.string().trim().min(1);

function checkEspic(
  value: { status?: string | undefined; espic?: boolean | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.espic === true && value.status !== 'private-non-profit') {
    addIssue(
      ctx,
      'espic-not-private-non-profit',
      {
        fr: 'La qualification ESPIC ne concerne que les établissements privés à but non lucratif.',
        en: 'Only private non-profit establishments can hold the ESPIC qualification.',
      },
      ['espic'],
      { expected: 'private-non-profit', received: value.status },
    );
  }
}

/** Fills `department` from the FINESS when absent. */
function withDepartment<T extends { finess: string; department?: string | undefined }>(value: T): T {
  if (value.department !== undefined) return value;
  const department = departmentOfFiness(value.finess);
  return department === undefined ? value : { ...value, department };
}

/**
 * A legal entity (*entité juridique*); `department` is derived from the FINESS when absent.
 *
 * @category Actors
 */
export const LegalEntitySchema: z.ZodType<LegalEntity, unknown> = z
  .object({
    finess: FinessSchema,
    name,
    status: LegalStatusSchema,
    espic: z.boolean().optional(),
    department: DepartmentCodeSchema.optional(),
  })
  .superRefine(checkEspic)
  .transform((v): LegalEntity => withDepartment(v));

/**
 * A site (*établissement géographique*); `department` is derived from its own FINESS when absent.
 *
 * @category Actors
 */
export const SiteSchema: z.ZodType<Site, unknown> = z
  .object({
    finess: FinessSchema,
    legalEntity: FinessSchema,
    name,
    activities: z.array(ActivitySchema),
    traits: z.array(EstablishmentTraitSchema).optional(),
    department: DepartmentCodeSchema.optional(),
  })
  .transform((v): Site => withDepartment(v));

/**
 * An establishment as programmes evaluate it; `department` is derived from the FINESS when absent.
 *
 * @category Actors
 */
export const EstablishmentSchema: z.ZodType<Establishment, unknown> = z
  .object({
    finess: FinessSchema,
    level: z.enum(['legal-entity', 'site']),
    name,
    status: LegalStatusSchema.optional(),
    espic: z.boolean().optional(),
    activities: z.array(ActivitySchema).optional(),
    traits: z.array(EstablishmentTraitSchema).optional(),
    department: DepartmentCodeSchema.optional(),
    ght: z.string().trim().min(1).optional(),
    category: z.string().optional(),
  })
  .superRefine(checkEspic)
  .transform((v): Establishment => withDepartment(v));

/** The shape of a GHT (exported typed as {@link GhtSchema}). */
const ght = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .meta({ examples: ['NA-04', 'COR-01'] }),
  name: z.string(),
  region: z.string().meta({ description: 'INSEE code of the region (2016 map).' }),
  support: FinessSchema,
  parties: z.array(FinessSchema).min(1),
  associates: z.array(FinessSchema).default([]),
  partners: z.array(FinessSchema).default([]),
});

/**
 * The shape of a GHT (composition rules are checked by {@link parseGht}).
 *
 * @category Actors
 */
export const GhtSchema: z.ZodType<Ght, unknown> = ght;

/**
 * Parses one legal entity.
 *
 * @example
 * ```ts
 * parseLegalEntity({ finess: '75 071 218 4', name: 'AP-HP', status: 'public' });
 * // { ok: true, value: { finess: '750712184', department: '75', … }, issues: [] }
 * ```
 *
 * @category Actors
 */
export function parseLegalEntity(input: unknown): Result<LegalEntity> {
  return parseWith(LegalEntitySchema, input);
}

/**
 * Parses one site.
 *
 * @example
 * ```ts
 * parseSite({ finess: '2B0000012', legalEntity: '2B0000020', name: 'Bastia', activities: ['MCO'] });
 * // { ok: true, value: { …, department: '2B' }, issues: [] }
 * ```
 *
 * @category Actors
 */
export function parseSite(input: unknown): Result<Site> {
  return parseWith(SiteSchema, input);
}

/**
 * Parses one establishment: every issue with its path, stable code and French and English message.
 *
 * @example
 * ```ts
 * const r = parseEstablishment({ finess: '750712148', level: 'legal-entity', name: 'X', status: 'public', activities: [] });
 * if (!r.ok) r.issues[0]; // { code: 'invalid-finess-key', path: ['finess'], expected: '3', received: '8', … }
 * ```
 *
 * @category Actors
 */
export function parseEstablishment(input: unknown): Result<Establishment> {
  return parseWith(EstablishmentSchema, input);
}

/**
 * Parses many establishments without losing any: valid records are returned (in input order), each invalid
 * one is reported with its index at the head of the path (`[3, 'finess']`). The result is `ok` unless the
 * input is not an array; `issues` holds the errors of rejected records and `duplicate-finess` warnings (the
 * same FINESS at the same level twice; both records are kept).
 *
 * @example
 * ```ts
 * const r = parseEstablishments([good, { ...good, finess: '123456789' }]);
 * // { ok: true, value: [good], issues: [{ code: 'invalid-finess-format', path: [1, 'finess'], … }] }
 * ```
 *
 * @category Actors
 */
export function parseEstablishments(input: unknown): Result<readonly Establishment[]> {
  return atBoundary('parseEstablishments', 'input', () => {
    if (!Array.isArray(input)) {
      return {
        ok: false,
        issues: [notAListIssue(input, { fr: "une liste d'établissements", en: 'a list of establishments' })],
      };
    }
    const { valid, issues } = parseEach(input, parseEstablishment);
    const seen = new Map<string, number>();
    for (const { index, value } of valid) {
      const key = `${value.level}:${value.finess}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push(duplicateFiness(value.finess, index, first));
    }
    return { ok: true, value: valid.map((v) => v.value), issues };
  });
}

function duplicateFiness(finess: string, index: number, first: number): PalierIssue {
  return {
    code: 'duplicate-finess',
    path: [index, 'finess'],
    received: finess,
    severity: 'warning',
    message: {
      fr: `Le FINESS ${finess} figure déjà à l'indice ${first}.`,
      en: `FINESS ${finess} already appears at index ${first}.`,
    },
  };
}

/**
 * Parses a GHT and checks its composition (see `buildGht`): support among the parties, no duplicate member,
 * known region, and — when `entities` are given — no private legal entity (ESPIC included) other than as a
 * partner. Without `entities`, member statuses are not checked and no `ght-unknown-entity` warning is given.
 *
 * @example
 * ```ts
 * parseGht({ code: 'COR-01', name: 'Haute-Corse', region: '94', support: '2B0000020', parties: ['2B0000020'] });
 * // { ok: true, value: { …, associates: [], partners: [] }, issues: [] }
 * ```
 *
 * @category Actors
 */
export function parseGht(
  input: unknown,
  context: { readonly entities?: readonly LegalEntity[] } = {},
): Result<Ght> {
  return atBoundary('parseGht', { input: [input, 'any'], context: [context, 'object'] }, () => {
    const shape = parseWith(ght, input);
    if (!shape.ok) return shape;
    const r = buildGht(shape.value satisfies GhtInput, { entities: context.entities ?? [] });
    const issues =
      context.entities === undefined ? r.issues.filter((w) => w.code !== 'ght-unknown-entity') : r.issues;
    return r.ok ? ok(r.value, issues) : fail(issues);
  });
}

/**
 * The JSON Schemas of the actor schemas (input side: what a file or an API may send), keyed by name.
 *
 * @example
 * ```ts
 * actorJsonSchemas().establishment.required; // ['finess', 'level', 'name', 'status', 'activities']
 * ```
 *
 * @category Actors
 */
export function actorJsonSchemas(): Readonly<
  Record<'legalEntity' | 'site' | 'establishment' | 'ght', JsonSchema>
> {
  return {
    legalEntity: toJsonSchema(LegalEntitySchema),
    site: toJsonSchema(SiteSchema),
    establishment: toJsonSchema(EstablishmentSchema),
    ght: toJsonSchema(ght),
  };
}
