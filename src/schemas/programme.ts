import { z } from 'zod';
import type { Provenance } from '../core/label.js';
import { moneyStringProblem } from '../core/money-string.js';
import type { Result } from '../core/result.js';
import { isCalendarDate } from '../dates/index.js';
import { thresholdIssues } from '../programme/check-thresholds.js';
import { deepFreeze } from '../programme/deep-freeze.js';
import type { ProgrammeChanges } from '../programme/override-changes.js';
import type { Indicator, Programme, Threshold } from '../programme/types.js';
import { ActivitySchema, EstablishmentTraitSchema } from './actors.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { addIssue, parseWith } from './parse.js';

/** A calendar date `YYYY-MM-DD` that exists (issue code `invalid-date`). */
const DateSchema = z
  .string()
  .meta({ description: 'Calendar date YYYY-MM-DD (Europe/Paris civil date).', examples: ['2019-06-30'] })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) {
      addIssue(
        ctx,
        'invalid-date',
        { fr: `Date invalide : « ${value} ».`, en: `Invalid date: "${value}".` },
        [],
        {
          expected: 'YYYY-MM-DD',
          received: value,
        },
      );
    }
  });

/** An amount in euros with cents, as a string (issue code `invalid-money`). */
const MoneySchema = z
  .string()
  .meta({ description: 'Amount in euros with cents, as a decimal string.', examples: ['420000000.00'] })
  .superRefine((value, ctx) => {
    const problem = moneyStringProblem(value, { canonical: true });
    if (problem !== undefined)
      addIssue(ctx, problem.code, problem.message, [], { expected: '"123.45"', received: value });
  });

const LabelSchema = z.strictObject({ fr: z.string(), en: z.string() }).meta({
  description: 'A text in French (official wording, verbatim) and English.',
});

/** Provenance of one fact (exported typed as {@link ProvenanceSchema}). */
const provenance = z.strictObject({
  source: z.string().min(1),
  status: z.enum(['seed', 'confirmed', 'reported', 'unverified', 'override']),
  note: z.string().optional(),
});

const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, provenance: provenance });

const ComparatorSchema = z.enum(['at-least', 'at-most', 'equal']);
const IndicatorKindSchema = z.enum(['yes-no', 'rate', 'count']);

/** An eligibility threshold or usage target (exported typed as {@link ThresholdSchema}). */
const threshold = z.strictObject({
  comparator: ComparatorSchema,
  value: z.union([z.number(), z.boolean()]),
  inclusive: z.boolean(),
  provenance: provenance,
});

const UnverifiedNoteSchema = z.strictObject({ field: z.string().min(1), provenance: provenance });

/** One step of an indicator's schedule (`ThresholdStep`). */
const ThresholdStepSchema = z.strictObject({
  from: DateSchema,
  until: DateSchema.optional(),
  name: z.string().min(1).optional(),
  eligibility: threshold.optional(),
  target: threshold.optional(),
  label: LabelSchema.optional(),
  unverified: z.array(UnverifiedNoteSchema).optional(),
  provenance: provenance,
});

/** An indicator (exported typed as {@link IndicatorSchema}). */
const indicator = z.strictObject({
  code: z.string().min(1),
  label: LabelSchema,
  kind: IndicatorKindSchema,
  unit: z.string().optional(),
  numerator: LabelSchema.optional(),
  denominator: LabelSchema.optional(),
  level: z.enum(['legal-entity', 'site', 'ght']),
  applicability: z
    .strictObject({
      activities: z.array(ActivitySchema),
      notConcerned: z.array(EstablishmentTraitSchema).optional(),
      provenance: provenance,
    })
    .optional(),
  notApplicableWhen: z.array(LabelSchema).optional(),
  exclusions: z.array(LabelSchema).optional(),
  ghtRule: LabelSchema.optional(),
  observationPeriod: LabelSchema.optional(),
  eligibility: threshold.optional(),
  target: threshold.optional(),
  schedule: z.array(ThresholdStepSchema).optional(),
  unverified: z.array(UnverifiedNoteSchema).optional(),
  provenance: provenance,
});

const IncompleteIndicatorSchema = z.strictObject({
  key: z.string().min(1),
  code: z.string().optional(),
  label: LabelSchema,
  kind: IndicatorKindSchema.optional(),
  eligibility: threshold.optional(),
  target: threshold.optional(),
  sameAs: z.strictObject({ programme: z.string(), code: z.string() }).optional(),
  unverified: z.array(UnverifiedNoteSchema),
  provenance: provenance,
});

const RequirementSchema = z.strictObject({
  code: z.string().min(1),
  kind: z.enum(['prerequisite', 'domain']),
  label: LabelSchema,
  role: LabelSchema.optional(),
  longLabel: LabelSchema.optional(),
  definition: sourced(LabelSchema).optional(),
  indicators: z.array(indicator),
  indicatorCount: sourced(z.number().int().nonnegative()).optional(),
  incompleteIndicators: z.array(IncompleteIndicatorSchema).optional(),
  provenance: provenance,
});

const MilestoneKindSchema = z.enum([
  'instruction',
  'ami-opening',
  'ami-closing',
  'ars-programming',
  'notification',
  'deadline',
  'payment',
  'other',
]);

const MilestoneSchema = z.strictObject({
  id: z.string().min(1),
  label: LabelSchema,
  date: DateSchema,
  kind: MilestoneKindSchema,
  provenance: provenance,
});

const EngagementSchema = z.strictObject({
  number: z.number().int().positive(),
  label: LabelSchema,
  description: LabelSchema.optional(),
  actions: z.array(z.strictObject({ id: z.string().min(1), label: LabelSchema })),
  provenance: provenance,
});

const ActionPlanSchema = z.strictObject({
  levers: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      label: LabelSchema,
      aim: LabelSchema.optional(),
      objectives: z.array(LabelSchema),
      engagements: z.array(EngagementSchema),
      provenance: provenance,
    }),
  ),
  workstreams: z.array(
    z.strictObject({ number: z.number().int().positive(), label: LabelSchema, provenance: provenance }),
  ),
});

const ForfaitCellSchema = z.strictObject({
  category: z.string().min(1),
  domain: z.string().min(1),
  amount: z.union([MoneySchema, z.strictObject({ min: MoneySchema, max: MoneySchema })]),
});

const ForfaitRangeSchema = z.strictObject({
  min: MoneySchema,
  max: MoneySchema,
  per: z.enum(['establishment', 'domain', 'unknown']),
});

const FundingSchema = z.strictObject({
  envelope: sourced(MoneySchema).optional(),
  amorcageShare: sourced(z.number().min(0).max(100)).optional(),
  vehicles: sourced(z.strictObject({ amorcage: z.literal('FMESPP'), usage: z.literal('AC') })).optional(),
  forfaitRange: sourced(ForfaitRangeSchema).optional(),
  forfaitGrid: z.strictObject({ cells: z.array(ForfaitCellSchema), provenance: provenance }).optional(),
  bonus: z
    .strictObject({ condition: LabelSchema, amount: MoneySchema.optional(), provenance: provenance })
    .optional(),
  eligibility: z.array(z.strictObject({ id: z.string().min(1), label: LabelSchema, provenance: provenance })),
});

const FigureSchema = z.strictObject({
  id: z.string().min(1),
  label: LabelSchema,
  value: z.number(),
  unit: z.string().min(1),
  asOf: DateSchema.optional(),
  precision: z.enum(['exact', 'about', 'more-than']).optional(),
  dimension: z.strictObject({ kind: z.string(), key: z.string() }).optional(),
  provenance: provenance,
});

const VersionRefSchema = z.strictObject({ id: z.string().min(1), version: z.string().min(1) });

/** A programme definition (exported typed as {@link ProgrammeSchema}). */
const programme = z
  .strictObject({
    id: z.string().min(1),
    version: z.string().min(1),
    name: LabelSchema,
    period: sourced(z.strictObject({ start: DateSchema, end: DateSchema })),
    milestones: z.array(MilestoneSchema),
    prerequisites: z.array(RequirementSchema),
    domains: z.array(RequirementSchema),
    actionPlan: ActionPlanSchema,
    funding: FundingSchema,
    figures: z.array(FigureSchema),
    basedOn: VersionRefSchema.optional(),
    overrides: z.array(z.strictObject({ path: z.string(), provenance: provenance })),
    facts: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          topic: z.enum([
            'frame',
            'scope',
            'funding',
            'selection',
            'certification',
            'evaluation',
            'ght',
            'controls',
          ]),
          statement: LabelSchema,
          provenance: provenance,
        }),
      )
      .optional(),
    unverified: z.array(UnverifiedNoteSchema).optional(),
  })
  .superRefine((p, ctx) => {
    const { start, end } = p.period.value;
    if (isCalendarDate(start) && isCalendarDate(end) && start > end) {
      addIssue(
        ctx,
        'invalid-period',
        { fr: 'La période finit avant de commencer.', en: 'The period ends before it starts.' },
        ['period', 'value'],
      );
    }
    for (const group of ['prerequisites', 'domains'] as const) {
      const expected = group === 'prerequisites' ? 'prerequisite' : 'domain';
      p[group].forEach((r, i) => {
        if (r.kind !== expected) {
          addIssue(
            ctx,
            'wrong-requirement-kind',
            {
              fr: `${r.code} n'est pas un ${expected === 'domain' ? 'domaine' : 'prérequis'}.`,
              en: `${r.code} is not a ${expected}.`,
            },
            [group, i, 'kind'],
            { expected, received: r.kind },
          );
        }
      });
    }
    duplicates(
      ctx,
      [...p.prerequisites, ...p.domains].map((r) => r.code),
      (i) => requirementPath(p, i),
    );
    const indicators = [...p.prerequisites, ...p.domains].flatMap((r, ri) =>
      r.indicators.map((ind, ii) => ({
        code: ind.code,
        path: [...requirementPath(p, ri), 'indicators', ii, 'code'],
      })),
    );
    duplicates(
      ctx,
      indicators.map((x) => x.code),
      (i) => indicators[i]!.path,
    );
  });

function requirementPath(p: { prerequisites: readonly unknown[] }, index: number): (string | number)[] {
  const n = p.prerequisites.length;
  return index < n ? ['prerequisites', index, 'code'] : ['domains', index - n, 'code'];
}

function duplicates(
  ctx: z.RefinementCtx,
  codes: string[],
  pathOf: (index: number) => (string | number)[],
): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code)) {
      addIssue(
        ctx,
        'duplicate-code',
        { fr: `Code en double : ${code}.`, en: `Duplicate code: ${code}.` },
        pathOf(i),
        {
          received: code,
        },
      );
    }
    seen.add(code);
  });
}

/**
 * Parses and validates a programme definition read from JSON; the value is deeply frozen. Never throws: every
 * problem comes back as an issue with its path. Warnings (see `thresholdIssues`) come with a valid programme: a
 * prerequisite's indicator with a usage target but no eligibility threshold, or the reverse.
 *
 * @example
 * ```ts
 * const r = parseProgramme(JSON.parse(programmeToJson(hopen)));
 * if (r.ok) r.value.domains.length; // 7
 * ```
 *
 * @category Programmes
 */
export function parseProgramme(input: unknown): Result<Programme> {
  const result = parseWith(programme, input);
  if (!result.ok) return result;
  const value: Programme = result.value;
  // load-time warnings: a threshold in the other role (would evaluate unknown), schedule steps out of order
  return { ok: true, value: deepFreeze(value), issues: thresholdIssues(value) };
}

const changeSource = { source: z.string().min(1).optional(), note: z.string().optional() };

const NewThresholdSchema = z.strictObject({
  comparator: ComparatorSchema,
  value: z.union([z.number(), z.boolean()]),
  inclusive: z.boolean(),
});

/** A user's changes to a programme (exported typed as {@link ProgrammeChangesSchema}). */
const programmeChanges = z.strictObject({
  source: z.string().min(1),
  note: z.string().optional(),
  id: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  name: LabelSchema.optional(),
  period: z.strictObject({ start: DateSchema.optional(), end: DateSchema.optional() }).optional(),
  thresholds: z
    .array(
      z.strictObject({
        ...changeSource,
        indicator: z.string().min(1),
        role: z.enum(['eligibility', 'target']),
        ...NewThresholdSchema.shape,
        from: DateSchema.optional(),
        until: DateSchema.optional(),
        name: z.string().min(1).optional(),
      }),
    )
    .optional(),
  indicatorCounts: z
    .array(
      z.strictObject({ ...changeSource, requirement: z.string().min(1), count: z.number().int().min(0) }),
    )
    .optional(),
  applicability: z
    .array(
      z.strictObject({
        ...changeSource,
        indicator: z.string().min(1),
        activities: z.array(ActivitySchema),
        notConcerned: z.array(EstablishmentTraitSchema).optional(),
        notApplicableWhen: z.array(LabelSchema).optional(),
      }),
    )
    .optional(),
  addIndicators: z
    .array(
      z.strictObject({
        ...changeSource,
        requirement: z.string().min(1),
        replaces: z.string().optional(),
        indicator: indicator
          .omit({
            provenance: true,
            eligibility: true,
            target: true,
            applicability: true,
            schedule: true,
            unverified: true,
          })
          .extend({
            eligibility: NewThresholdSchema.optional(),
            target: NewThresholdSchema.optional(),
            applicability: z
              .strictObject({
                activities: z.array(ActivitySchema),
                notConcerned: z.array(EstablishmentTraitSchema).optional(),
              })
              .optional(),
          }),
      }),
    )
    .optional(),
  milestones: z
    .array(
      z.strictObject({
        ...changeSource,
        id: z.string().min(1),
        date: DateSchema.optional(),
        label: LabelSchema.optional(),
        kind: MilestoneKindSchema.optional(),
      }),
    )
    .optional(),
  shiftMilestones: z
    .array(z.strictObject({ ...changeSource, ids: z.array(z.string().min(1)), months: z.number().int() }))
    .optional(),
  funding: z
    .strictObject({
      ...changeSource,
      envelope: MoneySchema.optional(),
      amorcageShare: z.number().min(0).max(100).optional(),
      forfaitRange: ForfaitRangeSchema.optional(),
      forfaitGrid: z.array(ForfaitCellSchema).optional(),
      bonusAmount: MoneySchema.optional(),
    })
    .optional(),
});

/**
 * Provenance of one fact (`Provenance`).
 *
 * @category Programmes
 */
export const ProvenanceSchema: z.ZodType<Provenance, unknown> = provenance;

/**
 * An eligibility threshold or usage target (`Threshold`).
 *
 * @category Programmes
 */
export const ThresholdSchema: z.ZodType<Threshold, unknown> = threshold;

/**
 * An indicator (`Indicator`).
 *
 * @category Programmes
 */
export const IndicatorSchema: z.ZodType<Indicator, unknown> = indicator;

/**
 * A programme definition (`Programme`), as JSON: what the bundled `hopen` and `hopitalNumerique` serialize to,
 * and what a user supplies with the official indicator tables. Besides shapes, it checks that codes are
 * unique (`duplicate-code`), that prerequisites and domains sit in their lists (`wrong-requirement-kind`) and
 * that the period does not end before it starts (`invalid-period`).
 *
 * @category Programmes
 */
export const ProgrammeSchema: z.ZodType<Programme, unknown> = programme;

/**
 * A user's changes to a programme (`ProgrammeChanges`), as JSON; applied with `applyOverrides`.
 *
 * @category Programmes
 */
export const ProgrammeChangesSchema: z.ZodType<ProgrammeChanges, unknown> = programmeChanges;

/**
 * Parses a user's programme changes read from JSON (shape only: unknown codes are reported by
 * `applyOverrides`, which knows the programme).
 *
 * @example
 * ```ts
 * const r = parseProgrammeChanges({ source: 'ARS', shiftMilestones: [{ ids: ['ami-closing'], months: 12 }] });
 * if (r.ok) applyOverrides(hopen, r.value);
 * ```
 *
 * @category Programmes
 */
export function parseProgrammeChanges(input: unknown): Result<ProgrammeChanges> {
  return parseWith(programmeChanges, input);
}

/**
 * The JSON Schema of a programme definition, for tools in other languages.
 *
 * @example
 * ```ts
 * programmeJsonSchema().type; // 'object'
 * ```
 *
 * @category Programmes
 */
export function programmeJsonSchema(): JsonSchema {
  return toJsonSchema(programme);
}

/**
 * The JSON Schema of programme changes (overrides).
 *
 * @example
 * ```ts
 * programmeChangesJsonSchema().required; // ['source']
 * ```
 *
 * @category Programmes
 */
export function programmeChangesJsonSchema(): JsonSchema {
  return toJsonSchema(programmeChanges);
}
