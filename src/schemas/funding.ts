import { z } from 'zod';
import { atBoundary } from '../core/guards.js';
import type { IssuePath } from '../core/issue.js';
import type { MoneyString, Provenance } from '../core/label.js';
import type { Result } from '../core/result.js';
import type { Candidate, ForfaitRange, FundingApplication } from '../funding/index.js';
import { validateForfaitGrid } from '../funding/index.js';
import { compareMoney, parseMoney } from '../money/index.js';
import type { ForfaitGrid, ForfaitGridCell } from '../programme/types.js';
import { FinessSchema, LegalStatusSchema } from './actors.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { addIssue, notAListIssue, parseEach, parseWith } from './parse.js';

const calendarDate = z.iso.date();
const nonEmpty = z.string().trim().min(1);

/** Internal money schema (exported typed as {@link MoneyStringSchema}). */
const moneyString = z
  .union([z.string(), z.number()])
  .meta({
    description:
      'Amount of euros, non-negative, at most two decimals, dot as decimal separator; a string is preferred.',
    examples: ['420000000.00', '37000', 12.5],
  })
  .transform((value, ctx): MoneyString => {
    const r = parseMoney(value);
    if (r.ok) return String(r.value);
    for (const issue of r.issues) {
      addIssue(ctx, issue.code, issue.message, [], {
        ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
        ...(issue.received !== undefined ? { received: issue.received } : {}),
      });
    }
    return z.NEVER;
  });

/** Whether amount `a` is above `b` (false when either is unreadable: that is reported elsewhere). */
function above(a: unknown, b: unknown): boolean {
  const x = parseMoney(a);
  const y = parseMoney(b);
  return x.ok && y.ok && compareMoney(x.value, y.value) > 0;
}

/** Provenance of user-supplied data: a source is required; status defaults to `override`. */
const fundingProvenance = z.strictObject({
  source: nonEmpty,
  status: z.enum(['seed', 'confirmed', 'reported', 'unverified', 'override']).default('override'),
  note: z.string().optional(),
});

const AmountRangeSchema = z.strictObject({ min: moneyString, max: moneyString }).superRefine((range, ctx) => {
  if (above(range.min, range.max)) {
    addIssue(
      ctx,
      'forfait-range-inverted',
      {
        fr: `Minimum ${range.min} € supérieur au maximum ${range.max} €.`,
        en: `Minimum ${range.min} € above maximum ${range.max} €.`,
      },
      [],
      { expected: 'min ≤ max', received: `${range.min} > ${range.max}` },
    );
  }
});

/** One cell of a forfait grid: category (or `*`), domain (or `*`), flat amount or min/max range. */
const forfaitGridCell = z.strictObject({
  category: nonEmpty.meta({
    description: 'Establishment category (user-defined, e.g. CHU, CH, clinique) or * for any.',
  }),
  domain: nonEmpty.meta({ description: 'Domain code (D1…D7) or * for any.' }),
  amount: z.union([moneyString, AmountRangeSchema]),
});

/** A forfait grid file (*grille de forfaits*): the official grids are unverified, so users supply theirs. */
const forfaitGrid = z.strictObject({
  cells: z.array(forfaitGridCell),
  provenance: fundingProvenance,
});

const SoftwareSchema = z.strictObject({
  name: nonEmpty,
  editor: nonEmpty.optional(),
  relims: z.boolean().optional(),
  qhn: z.enum(['certified', 'committed', 'none']).optional(),
});

const ApplicantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('establishment'), finess: FinessSchema, ght: nonEmpty.optional() }),
  z.strictObject({
    kind: z.literal('ght'),
    ght: nonEmpty,
    support: FinessSchema,
    members: z.array(FinessSchema).min(1),
  }),
]);

/** A funding application (*dossier de candidature*) of an establishment or a GHT. */
const fundingApplication = z.strictObject({
  id: nonEmpty,
  programme: nonEmpty,
  applicant: ApplicantSchema,
  domains: z.array(nonEmpty).min(1),
  filedOn: calendarDate,
  software: z.array(SoftwareSchema).optional(),
  hopital2012Tranche1: z.boolean().optional(),
  projectPlan: z.boolean().optional(),
  usageCommitment: z.boolean().optional(),
});

const CandidateDomainSchema = z
  .strictObject({
    domain: nonEmpty,
    forfait: moneyString,
    amorcage: moneyString,
    reachedOn: calendarDate.optional(),
  })
  .superRefine((d, ctx) => {
    if (above(d.amorcage, d.forfait)) {
      addIssue(
        ctx,
        'amorcage-exceeds-forfait',
        { fr: "L'amorçage dépasse le forfait.", en: 'Amorçage exceeds the forfait.' },
        ['amorcage'],
        {
          expected: `≤ ${d.forfait}`,
          received: d.amorcage,
        },
      );
    }
  });

/** A candidate of a regional programming. */
const candidate = z.strictObject({
  id: nonEmpty,
  finess: FinessSchema,
  status: LegalStatusSchema,
  espic: z.boolean().optional(),
  prerequisites: z.strictObject({
    status: z.enum(['reached', 'not-reached', 'unknown']),
    reachedOn: calendarDate.optional(),
  }),
  readiness: z.number().finite().optional(),
  domains: z.array(CandidateDomainSchema).min(1),
});

/** A candidates file: a region, optionally its envelope, and its candidates. */
const candidatesFile = z.strictObject({
  region: nonEmpty,
  envelope: moneyString.optional(),
  candidates: z.array(z.unknown()),
});

/**
 * An amount of euros: a decimal string with at most two decimals and a dot (`"37000"`, `"37000.50"`), or a
 * number with at most two decimals; output as the canonical `MoneyString` (`"37000.00"`). Negative amounts are
 * refused. Issue codes as `parseMoney`: `invalid-money`, `money-sub-cent`, `negative-money`.
 *
 * @category Funding
 */
export const MoneyStringSchema: z.ZodType<MoneyString, string | number> = moneyString;

/**
 * Provenance of user-supplied data: a source is required; status defaults to `override`.
 *
 * @category Funding
 */
export const FundingProvenanceSchema: z.ZodType<Provenance> = fundingProvenance;

/**
 * One cell of a forfait grid: category (or `*`), domain (or `*`), flat amount or min/max range.
 *
 * @category Funding
 */
export const ForfaitGridCellSchema: z.ZodType<ForfaitGridCell> = forfaitGridCell;

/**
 * A forfait grid file (*grille de forfaits*): the official grids are unverified, so users supply theirs.
 *
 * @category Funding
 */
export const ForfaitGridSchema: z.ZodType<ForfaitGrid> = forfaitGrid;

/**
 * A funding application (*dossier de candidature*) of an establishment or a GHT; FINESS numbers normalised.
 *
 * @category Funding
 */
export const FundingApplicationSchema: z.ZodType<FundingApplication> = fundingApplication;

/**
 * A candidate of a regional programming (`Candidate`).
 *
 * @category Funding
 */
export const CandidateSchema: z.ZodType<Candidate> = candidate;

/**
 * A candidates file before its candidates are parsed one by one.
 *
 * @category Funding
 */
export interface CandidatesFileInput {
  /** Region code. */
  region: string;
  /** Regional envelope, when the file gives it. */
  envelope?: MoneyString | undefined;
  /** Candidates, each parsed on its own by {@link parseCandidatesFile}. */
  candidates: unknown[];
}

/**
 * The envelope of a candidates file: region, optional regional envelope, candidates (each parsed on its own).
 *
 * @category Funding
 */
export const CandidatesFileSchema: z.ZodType<CandidatesFileInput> = candidatesFile;

/**
 * A parsed candidates file: the valid candidates (invalid ones are reported in the result's issues).
 *
 * @category Funding
 */
export interface CandidatesFile {
  /** Region code. */
  readonly region: string;
  /** Regional envelope, when the file gives it. */
  readonly envelope?: MoneyString;
  /** Valid candidates, in file order. */
  readonly candidates: readonly Candidate[];
}

/**
 * Parses a forfait grid file; with the programme's published `range`, also checks every cell against it
 * (`forfait-above-range`, `forfait-below-range`, `duplicate-forfait-cell`, see `validateForfaitGrid`).
 *
 * @example
 * ```ts
 * const r = parseForfaitGrid(
 *   { cells: [{ category: 'CH', domain: 'D2', amount: '150000' }], provenance: { source: 'SYNTHETIC example' } },
 *   { range: hopen.funding.forfaitRange },
 * );
 * if (r.ok) r.value.cells[0]?.amount; // '150000.00'
 * ```
 *
 * @category Funding
 */
export function parseForfaitGrid(
  input: unknown,
  options: { readonly range?: ForfaitRange } = {},
): Result<ForfaitGrid> {
  return atBoundary('parseForfaitGrid', { input: [input, 'any'], options: [options, 'object'] }, () => {
    const r = parseWith(forfaitGrid, input);
    if (!r.ok || options.range === undefined) return r;
    return validateForfaitGrid(r.value, options.range);
  });
}

/**
 * Parses one funding application (FINESS numbers are checked and normalised).
 *
 * @example
 * ```ts
 * parseApplication({ id: 'A1', programme: 'hopen', applicant: { kind: 'establishment', finess: '33 078 119 6' },
 *   domains: ['D2'], filedOn: '2019-06-01' }); // ok, finess '330781196'
 * ```
 *
 * @category Funding
 */
export function parseApplication(input: unknown): Result<FundingApplication> {
  return parseWith(fundingApplication, input);
}

/**
 * Parses a list of applications: invalid ones are reported with their index at the head of the path, valid ones
 * are kept. `ok` unless the input is not an array.
 *
 * @example
 * ```ts
 * const r = parseApplications([good, { ...good, filedOn: '2019-02-30' }]);
 * // { ok: true, value: [good], issues: [{ code: 'invalid-format', path: [1, 'filedOn'], … }] }
 * ```
 *
 * @category Funding
 */
export function parseApplications(input: unknown): Result<readonly FundingApplication[]> {
  return atBoundary('parseApplications', 'input', () => {
    if (!Array.isArray(input))
      return {
        ok: false,
        issues: [notAListIssue(input, { fr: 'une liste de demandes', en: 'a list of applications' })],
      };
    return collect(input, parseApplication, []);
  });
}

/**
 * Parses a candidates file for a regional programming: invalid candidates are reported with their path
 * (`['candidates', 3, 'domains', 0, 'forfait']`), valid ones are kept.
 *
 * @example
 * ```ts
 * const r = parseCandidatesFile({ region: '84', envelope: '1000000', candidates: [candidate] });
 * if (r.ok) r.value.candidates.length; // 1
 * ```
 *
 * @category Funding
 */
export function parseCandidatesFile(input: unknown): Result<CandidatesFile> {
  const shape = parseWith(candidatesFile, input);
  if (!shape.ok) return shape;
  const list = collect(shape.value.candidates, (c) => parseWith(candidate, c), ['candidates']);
  if (!list.ok) return list;
  const { envelope } = shape.value;
  return {
    ok: true,
    value: {
      region: shape.value.region,
      ...(envelope !== undefined ? { envelope } : {}),
      candidates: list.value,
    },
    issues: list.issues,
  };
}

function collect<T>(
  items: readonly unknown[],
  parse: (x: unknown) => Result<T>,
  prefix: IssuePath,
): Result<T[]> {
  const { valid, issues } = parseEach(items, parse, prefix);
  return { ok: true, value: valid.map((v) => v.value), issues };
}

/**
 * The JSON Schemas of the funding input files (input side), keyed by name.
 *
 * @example
 * ```ts
 * fundingJsonSchemas().forfaitGrid.required; // ['cells', 'provenance']
 * ```
 *
 * @category Funding
 */
export function fundingJsonSchemas(): Readonly<
  Record<'forfaitGrid' | 'application' | 'candidatesFile' | 'candidate', JsonSchema>
> {
  return {
    forfaitGrid: toJsonSchema(forfaitGrid),
    application: toJsonSchema(fundingApplication),
    candidatesFile: toJsonSchema(candidatesFile.extend({ candidates: z.array(candidate) })),
    candidate: toJsonSchema(candidate),
  };
}
