/**
 * Activities an establishment (site) carries (*activités autorisées*), plus dialysis, which programme
 * indicator sheets treat as a column of its own.
 *
 * `MCO` médecine-chirurgie-obstétrique · `SSR` soins de suite et de réadaptation (later SMR) ·
 * `PSY` psychiatrie · `HAD` hospitalisation à domicile · `DIALYSIS` centre de dialyse.
 *
 * @category Actors
 */
export type Activity = 'MCO' | 'SSR' | 'PSY' | 'HAD' | 'DIALYSIS';

/**
 * Every {@link Activity}, in the order the indicator sheets list them.
 *
 * @category Actors
 */
export const ACTIVITIES: readonly Activity[] = Object.freeze(['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS']);

/**
 * Traits that make an indicator "not concerned" (NC) on HOP'EN indicator sheets:
 * `NO_TECHNICAL_PLATFORM` — *ES sans plateau technique*; `NO_EXTERNAL_CONSULTATIONS` — *ES sans activité
 * de consultations externes (ACE)*.
 *
 * @category Actors
 */
export type EstablishmentTrait = 'NO_TECHNICAL_PLATFORM' | 'NO_EXTERNAL_CONSULTATIONS';

/**
 * Legal status group (*statut juridique*): `public`; `private-non-profit` (*privé à but non lucratif*,
 * ESPIC when it holds that qualification); `private-for-profit` (*privé commercial*).
 *
 * @category Actors
 */
export type LegalStatus = 'public' | 'private-non-profit' | 'private-for-profit';

/**
 * The level a declaration or an indicator is made at: the legal entity (*entité juridique*, EJ), one of its
 * sites (*établissement géographique*, ET) or a GHT as a whole.
 *
 * @category Actors
 */
export type ActorLevel = 'legal-entity' | 'site' | 'ght';

/**
 * A FINESS number in its canonical 9-character form (`750712184`, `2A0000014`).
 *
 * @category Actors
 */
export type Finess = string;

/**
 * A legal entity (*entité juridique*, EJ): the legal person holding authorisations and carrying the status.
 *
 * @category Actors
 */
export interface LegalEntity {
  /** FINESS of the legal entity (*FINESS juridique*). */
  readonly finess: Finess;
  /** Name (*raison sociale*). */
  readonly name: string;
  /** Status group. */
  readonly status: LegalStatus;
  /** Private non-profit entity holding the ESPIC qualification (*établissement de santé privé d'intérêt collectif*). */
  readonly espic?: boolean;
  /** Department code (`75`, `2A`, `971`), derived from the FINESS when absent. */
  readonly department?: string;
}

/**
 * A site (*établissement géographique*, ET): a physical establishment, attached to exactly one legal entity,
 * possibly in another department than its legal entity.
 *
 * @category Actors
 */
export interface Site {
  /** FINESS of the site (*FINESS géographique*). */
  readonly finess: Finess;
  /** FINESS of the legal entity the site belongs to. */
  readonly legalEntity: Finess;
  /** Name. */
  readonly name: string;
  /** Activities carried on the site. */
  readonly activities: readonly Activity[];
  /** Traits that make some indicators not concerned (see {@link EstablishmentTrait}). */
  readonly traits?: readonly EstablishmentTrait[];
  /** Department code, derived from the FINESS when absent. */
  readonly department?: string;
}

/**
 * What programmes evaluate: an establishment, declared at the legal-entity or the site level (public hospitals
 * usually declare at the legal entity, private ones at the site — the PMSI convention).
 *
 * @category Actors
 */
export interface Establishment {
  /** FINESS the establishment is known by at its declaration level. */
  readonly finess: Finess;
  /** Level the establishment declares at. */
  readonly level: Exclude<ActorLevel, 'ght'>;
  /** Name. */
  readonly name: string;
  /** Status group of its legal entity; unset when not known (e.g. imported from the FINESS register without a deciding code). */
  readonly status?: LegalStatus;
  /** ESPIC qualification of its legal entity. */
  readonly espic?: boolean;
  /**
   * Activities it carries (for a legal entity, the union over its sites); unset when not known (e.g. imported
   * from the FINESS register): evaluation then takes every activity, the strictest reading.
   */
  readonly activities?: readonly Activity[];
  /** Traits that make some indicators not concerned. */
  readonly traits?: readonly EstablishmentTrait[];
  /** Department code (`75`, `2A`, `976`), derived from the FINESS when absent. */
  readonly department?: string;
  /** Code of the GHT it is a party to or partner of (`NA-04`), if any. */
  readonly ght?: string;
  /** Free category for grouping and forfait grids (e.g. `CHU`, `CH`, `clinique`), user-defined. */
  readonly category?: string;
}
