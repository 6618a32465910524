import type { InputProblem } from '../io/problem.js';
import type { ReportModel } from './model.js';

/**
 * Renders the results as JSON: programme, date, summary, input counts and problems, then every evaluation in
 * full (the library's `EstablishmentEvaluation`, plus the establishment's name when known).
 *
 * @example
 * ```ts
 * const out = JSON.parse(renderJson(model, []));
 * out.evaluations[0].palier.status; // 'not-reached'
 * ```
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
    evaluations: model.rows.map((r) => ({
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...r.evaluation,
      explanations: r.explanations,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
