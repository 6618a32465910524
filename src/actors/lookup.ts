import type { Label } from '../programme/provenance.js';

/**
 * Why a region or ARS lookup found nothing: `invalid-date` (asOf is not `YYYY-MM-DD`), `invalid-finess`,
 * `unknown-department`, `unknown-region` (not a region code at that date), `collectivity` (Saint-Pierre-et-
 * Miquelon, `975`: an overseas collectivity with no region and no ARS in palier's tables).
 *
 * @category Actors
 */
export type LookupFailureReason =
  | 'invalid-date'
  | 'invalid-finess'
  | 'unknown-department'
  | 'unknown-region'
  | 'collectivity';

/**
 * A lookup that found nothing, with the reason and a message in French and English.
 *
 * @category Actors
 */
export interface LookupFailure {
  /** Discriminant. */
  readonly ok: false;
  /** Why. */
  readonly reason: LookupFailureReason;
  /** What was looked up. */
  readonly received: string;
  /** A sentence in French and English. */
  readonly message: Label;
}

/**
 * Builds a {@link LookupFailure} with its standard message.
 *
 * @example
 * ```ts
 * lookupFailure('collectivity', '975').message.en;
 * // '975 (Saint-Pierre-et-Miquelon) is an overseas collectivity, not a department: no region or ARS.'
 * ```
 *
 * @category Actors
 */
export function lookupFailure(reason: LookupFailureReason, received: string): LookupFailure {
  return { ok: false, reason, received, message: MESSAGES[reason](received) };
}

const MESSAGES: Readonly<Record<LookupFailureReason, (x: string) => Label>> = {
  'invalid-date': (x) => ({
    fr: `Date invalide : « ${x} » (attendu AAAA-MM-JJ).`,
    en: `Invalid date: "${x}" (expected YYYY-MM-DD).`,
  }),
  'invalid-finess': (x) => ({
    fr: `« ${x} » ne commence par aucun code de département FINESS.`,
    en: `"${x}" does not start with a FINESS department code.`,
  }),
  'unknown-department': (x) => ({
    fr: `Département inconnu : « ${x} ».`,
    en: `Unknown department: "${x}".`,
  }),
  'unknown-region': (x) => ({
    fr: `Aucune région de code « ${x} » à cette date.`,
    en: `No region with code "${x}" at that date.`,
  }),
  collectivity: (x) => ({
    fr: `${x} (Saint-Pierre-et-Miquelon) est une collectivité d'outre-mer, pas un département : ni région ni ARS.`,
    en: `${x} (Saint-Pierre-et-Miquelon) is an overseas collectivity, not a department: no region or ARS.`,
  }),
};
