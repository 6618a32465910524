import type { Provenance } from '../core/label.js';

/*
 * Where the FINESS extract's conventions and code lists come from (transcribed in palier's shared reference,
 * `finess-extract.md` and `finess/*.csv`).
 */

/** The data.gouv.fr dataset page of the FINESS extract (Licence Ouverte). */
export const FINESS_DATASET =
  'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/';

/** The ANS nomenclatures (NOS) holding the TRE_R65/R66/R69/R72/R73 code lists. */
export const NOS = 'https://mos.esante.gouv.fr/NOS/';

/** The official layout of the ET extract (etalab_cs1100507.pdf on the dataset page). */
export const LAYOUT_PROVENANCE: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'confirmed',
  note: 'Official layout etalab_cs1100507.pdf (ET) and etalab_cs1100501 (EJ), transcribed field by field.',
});

/** Provenance of one NOS code list. */
export function nosList(table: string, note?: string): Provenance {
  return Object.freeze({
    source: `${NOS}${table}`,
    status: 'confirmed',
    ...(note !== undefined ? { note } : {}),
  });
}
