import type { InputProblem } from '../io/problem.js';
import type { ReportModel } from './model.js';

/**
 * Above this many evaluations the JSON is written without indentation (a national file would triple in size).
 *
 * @category Reports
 */
export const COMPACT_ABOVE = 500;

/**
 * Renders the results as JSON: programme, date, summary, input counts and problems, then every evaluation in
 * full (the library's `EstablishmentEvaluation` — statuses, reason codes, observed and expected values, gaps,
 * provenance — plus the establishment's name when known). Sentences are left to `explain()` and the other
 * formats. Indented up to {@link COMPACT_ABOVE} evaluations, compact beyond.
 *
 * @example
 * ```ts
 * const out = JSON.parse(renderJson(model, []));
 * out.evaluations[0].palier.status; // 'not-reached'
 * ```
 *
 * @category Reports
 */
export function renderJson(model: ReportModel, problems: readonly InputProblem[] = []): string {
  const body = {
    programme: model.programme,
    asOf: model.asOf,
    summary: model.summary,
    ...(model.input ? { input: model.input } : {}),
    problems,
    reach: model.reach,
    ...(model.funding ? { funding: model.funding } : {}),
    notes: model.notes,
    evaluations: model.rows.map((r) =>
      r.name !== undefined ? { name: r.name, ...r.evaluation } : r.evaluation,
    ),
  };
  return `${JSON.stringify(body, null, model.rows.length > COMPACT_ABOVE ? undefined : 2)}\n`;
}
