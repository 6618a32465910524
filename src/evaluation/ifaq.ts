import { type Arguments, atBoundary } from '../core/guards.js';
import type { Provenance } from '../core/label.js';
import type { EstablishmentEvaluation, LevelStatus } from './types.js';

/**
 * Points of the IFAQ 2016 Hôpital numérique scale.
 *
 * @category Evaluation
 */
export type Ifaq2016Points = 0 | 4 | 8 | 9 | 10;

/**
 * Source of the IFAQ 2016 scale (annex of the arrêté of 5 August 2016).
 *
 * @category Evaluation
 */
export const IFAQ_2016_PROVENANCE: Provenance = Object.freeze({
  source: 'https://juriblio.fr/arretes/arrete-du-5-aout-2016/167265234/annexe',
  status: 'confirmed',
  note: 'IFAQ 2016 annex: Hôpital numérique scoring 0 / 4 / 8 / 9 / 10',
});

/**
 * An IFAQ 2016 score: settled, or unknown with the scores still possible.
 *
 * @category Evaluation
 */
export type Ifaq2016Score =
  | {
      /** The score is settled. */
      readonly status: 'scored';
      /** Points. */
      readonly points: Ifaq2016Points;
      /** Stable reason code. */
      readonly reason: 'ifaq-scored';
      /** The scale's source. */
      readonly provenance: Provenance;
    }
  | {
      /** The score cannot be settled. */
      readonly status: 'unknown';
      /** Why: unknown statuses leave several scores possible, or the evaluation is not of Hôpital numérique. */
      readonly reason: 'ifaq-outcome-unknown' | 'ifaq-not-hopital-numerique';
      /** Scores still possible, ascending (empty when the scale does not apply). */
      readonly possible: readonly Ifaq2016Points[];
      /** The scale's source. */
      readonly provenance: Provenance;
    };

/**
 * The IFAQ 2016 scale from settled statuses: no prerequisite reached 0; some but not all 4; all prerequisites
 * and neither D2 nor D3 8; all and one of D2/D3 9; all and both 10.
 *
 * @example
 * ```ts
 * ifaq2016Points([true, true, true], true, false); // 9
 * ```
 *
 * @category Evaluation
 */
export function ifaq2016Points(prerequisites: readonly boolean[], d2: boolean, d3: boolean): Ifaq2016Points {
  const args: Arguments = {
    prerequisites: [prerequisites, 'list'],
    d2: [d2, 'boolean'],
    d3: [d3, 'boolean'],
  };
  return atBoundary('ifaq2016Points', args, () => {
    const reached = prerequisites.filter(Boolean).length;
    if (reached === 0) return 0;
    if (reached < prerequisites.length) return 4;
    return d2 && d3 ? 10 : d2 || d3 ? 9 : 8;
  });
}

/**
 * Scores a Hôpital numérique evaluation on the IFAQ 2016 scale (*incitation financière à l'amélioration de la
 * qualité*). Unknown statuses are never guessed: every way they could turn out is tried, and the score is
 * settled only when all give the same points; otherwise the result is `unknown` with the possible scores.
 *
 * @example
 * ```ts
 * const s = ifaq2016Score(evaluateEstablishment(compileProgramme(hopitalNumerique), est, decl, { asOf }));
 * if (s.status === 'scored') s.points; // 0 | 4 | 8 | 9 | 10
 * ```
 *
 * @category Evaluation
 */
export function ifaq2016Score(evaluation: EstablishmentEvaluation): Ifaq2016Score {
  return atBoundary('ifaq2016Score', 'evaluation', () => {
    const provenance = IFAQ_2016_PROVENANCE;
    const d2 = evaluation.domains.find((d) => d.code === 'D2');
    const d3 = evaluation.domains.find((d) => d.code === 'D3');
    if (
      evaluation.programme.id !== 'hopital-numerique' ||
      d2 === undefined ||
      d3 === undefined ||
      evaluation.prerequisites.length === 0
    ) {
      return { status: 'unknown', reason: 'ifaq-not-hopital-numerique', possible: [], provenance };
    }
    const statuses = [...evaluation.prerequisites.map((p) => p.status), d2.status, d3.status];
    const possible = new Set<Ifaq2016Points>();
    for (const resolved of resolutions(statuses)) {
      const d3Reached = resolved.pop()!;
      const d2Reached = resolved.pop()!;
      possible.add(ifaq2016Points(resolved, d2Reached, d3Reached));
    }
    const sorted = [...possible].sort((a, b) => a - b);
    if (sorted.length === 1)
      return { status: 'scored', points: sorted[0]!, reason: 'ifaq-scored', provenance };
    return { status: 'unknown', reason: 'ifaq-outcome-unknown', possible: sorted, provenance };
  });
}

/** Every way unknown statuses could turn out (reached or not), as boolean lists. */
function* resolutions(statuses: readonly LevelStatus[]): Generator<boolean[]> {
  const unknownAt = statuses.flatMap((s, i) => (s === 'unknown' ? [i] : []));
  for (let mask = 0; mask < 2 ** unknownAt.length; mask++) {
    const out = statuses.map((s) => s === 'reached');
    unknownAt.forEach((i, bit) => {
      out[i] = (mask & (1 << bit)) !== 0;
    });
    yield out;
  }
}
