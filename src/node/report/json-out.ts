import { type Arguments, atBoundary } from '../../core/guards.js';
import { plainEvaluation } from '../../evaluation/evaluation-view.js';
import type { InputProblem } from '../io/problem.js';
import { EvaluationJsonWriter } from './evaluation-json.js';
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
  const args: Arguments = { model: [model, 'object'], problems: [problems, 'list?'] };
  return atBoundary('renderJson', args, () => {
    return [...jsonChunks(model, problems)].join('');
  });
}

/**
 * The text of {@link renderJson} in pieces, to be written one after the other (a national file is tens of
 * megabytes: never held as one string). Indented reports (up to {@link COMPACT_ABOVE} evaluations) come in one
 * piece; compact ones as a head, one piece per evaluation, and a tail — together the same text as one
 * `JSON.stringify` of the whole report.
 *
 * @example
 * ```ts
 * for (const piece of jsonChunks(model, [])) stream.write(piece);
 * ```
 */
export function* jsonChunks(model: ReportModel, problems: readonly InputProblem[] = []): Generator<string> {
  const head = {
    programme: model.programme,
    asOf: model.asOf,
    summary: model.summary,
    ...(model.input ? { input: model.input } : {}),
    problems,
    reach: model.reach,
    ...(model.funding ? { funding: model.funding } : {}),
    ...(model.ghts ? { ghts: model.ghts } : {}),
    notes: model.notes,
  };
  if (model.rows.length <= COMPACT_ABOVE) {
    const evaluations = model.rows.map((r) =>
      r.name !== undefined ? { name: r.name, ...plainEvaluation(r.evaluation) } : r.evaluation,
    );
    yield `${JSON.stringify({ ...head, evaluations }, null, 2)}\n`;
    return;
  }
  const opening = JSON.stringify({ ...head, evaluations: [] });
  yield opening.slice(0, -2); // without the closing `]}` of the empty list
  const json = new EvaluationJsonWriter();
  for (let i = 0; i < model.rows.length; i++) {
    const row = model.rows[i]!;
    yield json.record(row.evaluation, row.name, i === 0 ? '' : ',');
  }
  yield ']}\n';
}
