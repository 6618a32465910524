/**
 * The two languages palier speaks.
 *
 * @category Core
 */
export type Lang = 'fr' | 'en';

/**
 * A text in French (the official wording, kept verbatim) and in English (palier's rendering).
 *
 * @example
 * ```ts
 * const label: Label = { fr: 'Prérequis', en: 'Prerequisite' };
 * ```
 *
 * @category Core
 */
export interface Label {
  /** French, verbatim from the source where there is one. */
  readonly fr: string;
  /** English rendering. */
  readonly en: string;
}

/**
 * How much a fact can be trusted, and where it comes from.
 *
 * - `seed` — stated in one of the programme documents shipped with the project (`seed:001` …).
 * - `confirmed` — found in a public source (ministry, ANAP, Légifrance …).
 * - `reported` — stated by a secondary source (press, consultancy).
 * - `unverified` — known to exist, but its value could not be read: palier leaves the value unset.
 * - `override` — set by a user of palier through `withOverrides`, with their own source.
 *
 * @category Core
 */
export type ProvenanceStatus = 'seed' | 'confirmed' | 'reported' | 'unverified' | 'override';

/**
 * Provenance of one fact (*origine d'une donnée*): its source and how far it is verified.
 *
 * @example
 * ```ts
 * const p: Provenance = { source: 'seed:001', status: 'seed' };
 * ```
 *
 * @category Core
 */
export interface Provenance {
  /** `seed:000` … `seed:004` for the programme documents, otherwise a URL or a user's reference. */
  readonly source: string;
  /** How far the fact is verified. */
  readonly status: ProvenanceStatus;
  /** Anything a reader should know (what exactly the source says, what is inferred). */
  readonly note?: string;
}

/**
 * A value together with its {@link Provenance}.
 *
 * @category Core
 */
export interface Sourced<T> {
  /** The value. */
  readonly value: T;
  /** Where it comes from. */
  readonly provenance: Provenance;
}

/**
 * An amount of money in euros as a canonical decimal string with exactly two decimals (`"1250000.00"`,
 * `"-3.10"`): how palier writes money in data and JSON, never a float.
 *
 * @category Core
 */
export type MoneyString = string;
