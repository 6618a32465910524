import type { Activity, Finess } from '../actors/types.js';
import type { Provenance } from '../core/label.js';
import type { ActivityHint } from './finess-hints.js';
import type { RegisterDecision, RegisterStatus } from './finess-status.js';

/**
 * A code of the register as read on a line: the code, the label (palier's list's when the code is listed, the
 * line's otherwise), and whether palier's list holds the code.
 *
 * @category Registers
 */
export interface RegisterCode {
  /** The code (`355`). */
  readonly code: string;
  /** The label. */
  readonly label: string;
  /** `true` when the code is in palier's list (TRE_R66, TRE_R65 …); `false`: reported, not interpreted. */
  readonly listed: boolean;
}

/**
 * A region (INSEE code) or an ARS (palier id), with its name.
 *
 * @category Registers
 */
export interface RegisterNamed {
  /** INSEE region code, or ARS id. */
  readonly code: string;
  /** Name. */
  readonly name: string;
}

/**
 * Where an establishment is: the department as the register writes it and as INSEE does, and — as of the
 * import date — its region and ARS, each `undefined` for places outside the ARS map or unknown codes.
 *
 * @category Registers
 */
export interface RegisterPlace {
  /** FINESS department code (`departement`: `75`, `2A`, `9C`, `9J`). */
  readonly finessDepartment: string;
  /** Department name as the register writes it (`libdepartement`). */
  readonly departmentName: string;
  /** INSEE department code (`973` for `9C`), when the FINESS code is one of the 101 departments. */
  readonly department?: string;
  /** Region (INSEE code and name) on `asOf`. */
  readonly region?: RegisterNamed;
  /** ARS in force on `asOf` (id and name). */
  readonly ars?: RegisterNamed;
  /** The rule that placed it (`departement=9C→973`). */
  readonly rule: string;
  /** Where that rule comes from. */
  readonly provenance?: Provenance;
}

/**
 * The legal entity (EJ) of an establishment as the EJ file gives it.
 *
 * @category Registers
 */
export interface RegisterLegalEntity {
  /** FINESS EJ. */
  readonly finess: Finess;
  /** Name (*raison sociale*). */
  readonly name: string;
  /** Legal status (*statut juridique*, TRE_R72). */
  readonly legalStatus: RegisterCode;
}

/**
 * One establishment (*établissement*, ET) read from a `structureet` line of the FINESS extract: numbers, names,
 * category, place, status — each decision with the rule that took it — and activity hints. Not yet a palier
 * `Establishment`: `toEstablishment` (used by `importFinessExtract`) makes it one.
 *
 * @category Registers
 */
export interface FinessEstablishmentCandidate {
  /** FINESS ET (*nofinesset*), key checked. */
  readonly finess: Finess;
  /** FINESS EJ (*nofinessej*), key checked. */
  readonly legalEntityFiness: Finess;
  /** Short name (*raison sociale*, `rs`). */
  readonly name: string;
  /** Long name (`rslongue`), when given. */
  readonly longName?: string;
  /** Category (`categetab`, TRE_R66 for health establishments). */
  readonly category: RegisterCode;
  /** Whether the category is a sanitary one (TRE_R66): what `import finess` keeps by default. */
  readonly sanitary: boolean;
  /** Aggregate category (`categagretab`, TRE_R65). */
  readonly aggregateCategory: RegisterCode;
  /** Department, region and ARS. */
  readonly place: RegisterPlace;
  /** `codesph` as read (empty when not given). */
  readonly codesph: string;
  /** The legal entity, when the EJ file was given and holds it. */
  readonly legalEntity?: RegisterLegalEntity;
  /** Status, with the rule that decided it. */
  readonly status: RegisterDecision<RegisterStatus>;
  /** Activities the category suggests: hints, never declared activities. */
  readonly activityHints: readonly ActivityHint[];
  /** SIRET, when given. */
  readonly siret?: string;
  /** Opening date (`dateouv`). */
  readonly opened?: string;
  /** Last update of the record in the register (`datemaj`). */
  readonly updated?: string;
}

/**
 * The coordinates of an establishment (`geolocalisation` line): kept as the register writes them (no float),
 * with their source (Lambert 93, or a local projection overseas).
 *
 * @category Registers
 */
export interface FinessLocation {
  /** FINESS ET. */
  readonly finess: Finess;
  /** X (`coordxet`), as written. */
  readonly x: string;
  /** Y (`coordyet`), as written. */
  readonly y: string;
  /** Source of the coordinates (`sourcecoordet`, may hold commas). */
  readonly source: string;
  /** Date of the coordinates (`datemaj`). */
  readonly updated?: string;
}

/**
 * An activity, as hinted by the register (re-exported for convenience).
 *
 * @category Registers
 */
export type HintedActivity = Activity;
