import { z } from 'zod';
import type { EvidenceLink, ItemTracking, PlanTracking, ProgrammePlan } from '../action-plan/index.js';
import {
  parseTrackedItemId,
  TRACKING_STATUSES,
  trackingDateIssues,
  validateTracking,
} from '../action-plan/index.js';
import { TRACKED_ITEM_ID_PATTERN } from '../action-plan/item-id.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { Result } from '../core/result.js';
import { addIssue, parseWith, protoKeyIssues } from './parse.js';

const calendarDate = z.iso.date();

const nonEmpty = z.string().trim().min(1);

/** An evidence link (exported typed as {@link evidenceLinkSchema}). */
const evidenceLink = z.strictObject({
  href: nonEmpty,
  label: z.string().optional(),
  date: calendarDate.optional(),
});

/** The tracking of one item (exported typed as {@link itemTrackingSchema}). */
const itemTracking = z.strictObject({
  status: z.enum(TRACKING_STATUSES as ['planned', 'in-progress', 'done', 'dropped']),
  plannedStart: calendarDate.optional(),
  plannedDue: calendarDate.optional(),
  actualStart: calendarDate.optional(),
  actualDone: calendarDate.optional(),
  responsible: nonEmpty.optional(),
  contributors: z.array(nonEmpty).optional(),
  evidence: z.array(evidenceLink).optional(),
  notes: z.string().optional(),
});

/** A tracking snapshot (exported typed as {@link planTrackingSchema}). */
const planTracking = z.strictObject({
  programme: z.strictObject({ id: nonEmpty, version: nonEmpty }),
  asOf: calendarDate,
  items: z.record(z.string(), itemTracking).superRefine((items, ctx) => {
    for (const issue of itemIdIssues(items)) {
      addIssue(ctx, issue.code, issue.message, issue.path.slice(1), {
        expected: TRACKED_ITEM_ID_PATTERN,
        received: String(issue.received),
      });
    }
  }),
});

/**
 * zod schema of an {@link action-plan!EvidenceLink}.
 *
 * @category Action plan
 */
export const evidenceLinkSchema: z.ZodType<EvidenceLink, unknown> = evidenceLink;

/**
 * zod schema of an {@link action-plan!ItemTracking}: the record a user fills for one item of the plan.
 *
 * @category Action plan
 */
export const itemTrackingSchema: z.ZodType<ItemTracking, unknown> = itemTracking;

/**
 * zod schema of a {@link PlanTracking} snapshot. Item ids must follow the scheme (`engagement:9`,
 * `action:9.1`, `axis:1`, `workstream:2`), else `invalid-item-id`.
 *
 * @category Action plan
 */
export const planTrackingSchema: z.ZodType<PlanTracking, unknown> = planTracking;

/** `invalid-item-id` for every key of `items` that does not follow the id scheme. */
function itemIdIssues(items: object): PalierIssue[] {
  return Object.keys(items)
    .filter((id) => parseTrackedItemId(id) === undefined)
    .map((id) => ({
      code: 'invalid-item-id',
      path: ['items', id],
      message: {
        fr: `Identifiant « ${id} » invalide (attendu : engagement:9, action:9.1, axis:1, workstream:2).`,
        en: `Invalid id "${id}" (expected: engagement:9, action:9.1, axis:1, workstream:2).`,
      },
      expected: TRACKED_ITEM_ID_PATTERN,
      received: id,
      severity: 'error' as const,
    }));
}

/** Ids checked on the raw input too: zod skips the refinement when an item is itself invalid. */
function rawItemIdIssues(input: unknown, already: readonly PalierIssue[]): PalierIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const items = (input as { items?: unknown }).items;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return [];
  const seen = new Set(already.filter((i) => i.code === 'invalid-item-id').map((i) => String(i.path[1])));
  return itemIdIssues(items).filter((i) => !seen.has(String(i.path[1])));
}

/**
 * Options of {@link parsePlanTracking}.
 *
 * @category Action plan
 */
export interface ParsePlanTrackingOptions {
  /** Programme to check the snapshot against (ids in the plan, programme id and version). */
  readonly programme?: ProgrammePlan;
}

/**
 * Parses an untrusted tracking snapshot (e.g. a JSON file a steering team keeps). Checks its shape, then its
 * dates, then — when `programme` is given — its fit to the plan. Any error makes `ok` false; warnings come
 * back in `issues` next to the value.
 *
 * @example
 * ```ts
 * const r = parsePlanTracking(JSON.parse(text), { programme: hopen });
 * if (!r.ok) for (const i of r.issues) console.log(i.code, i.path, i.message.fr);
 * ```
 *
 * @category Action plan
 */
export function parsePlanTracking(
  input: unknown,
  options: ParsePlanTrackingOptions = {},
): Result<PlanTracking> {
  const args: Arguments = { input: [input, 'any'], options: [options, 'object?'] };
  return atBoundary('parsePlanTracking', args, () => {
    const parsed = parseWith(planTracking, input);
    if (!parsed.ok)
      return { ok: false, issues: [...parsed.issues, ...rawItemIdIssues(input, parsed.issues)] };
    const forbidden = protoKeyIssues((input as { items?: unknown }).items, ['items']);
    if (forbidden.length > 0) return { ok: false, issues: forbidden };
    const value = parsed.value as PlanTracking;
    const issues: PalierIssue[] = options.programme
      ? validateTracking(options.programme, value)
      : trackingDateIssues(value);
    if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
    return { ok: true, value, issues };
  });
}

/**
 * JSON Schema (draft 2020-12) of a tracking snapshot, for other languages and form builders.
 *
 * @example
 * ```ts
 * const schema = planTrackingJsonSchema();
 * schema.properties.items.propertyNames.pattern; // the item id pattern
 * ```
 *
 * @category Action plan
 */
export function planTrackingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planTracking, { io: 'input' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.items = { ...properties.items, propertyNames: { pattern: TRACKED_ITEM_ID_PATTERN } };
  return schema;
}
