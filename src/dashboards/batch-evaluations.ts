import { atBoundary } from '../core/guards.js';
import type { BatchEvaluation, EstablishmentEvaluation } from '../evaluation/index.js';

/**
 * The evaluations of a batch that could be made (records `ok: true`), in input order — the input dashboards
 * take. Skipped records stay in the batch with their diagnostics.
 *
 * @example
 * ```ts
 * const evaluations = okEvaluations(evaluateMany(hopen, inputs, { asOf: '2021-12-31' }));
 * ```
 *
 * @category Dashboards
 */
export function okEvaluations(batch: BatchEvaluation): EstablishmentEvaluation[] {
  return atBoundary('okEvaluations', 'batch', () => {
    const out: EstablishmentEvaluation[] = [];
    for (const r of batch.records) if (r.ok) out.push(r.evaluation);
    return out;
  });
}
