import { finessKey } from '../../src/actors/finess-key.js';
import { STRUCTUREET_FIELDS, type StructureEtField } from '../../src/registers/index.js';

/** Line 1 of the 2026-05-12 extract (shared/reference/finess-extract.md). */
export const REAL_HEADER = 'finess;etalab;111;2026-05-12';

/** The two real `structureet` lines of the reference (2026-05-12 extract). */
export const REAL_FLEYRIAT =
  'structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;';
export const REAL_CAYENNE =
  'structureet;970300026;970302022;CENTRE HOSPITALIER DE CAYENNE;CENTRE HOSPITALIER  DE CAYENNE;;;;AV;ALEXIS BLAISE;;BP 6006;302;9C;GUYANE;97306 CAYENNE CEDEX;0594395050;0594305250;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26973302800022;;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1904-04-04;1998-04-29;2024-04-22;';

/** A valid FINESS number from its first eight characters (the key computed). */
export function withKey(first8: string): string {
  return first8 + finessKey(first8)!;
}

/** A FINESS with a wrong key. */
export function badKey(first8: string): string {
  return first8 + String((Number(finessKey(first8)) + 1) % 10);
}

/** The fields of the Fleyriat line, some replaced (values are raw, unquoted). */
export function etFields(changes: Partial<Record<StructureEtField, string>> = {}): string[] {
  const base = REAL_FLEYRIAT.split(';');
  return STRUCTUREET_FIELDS.map((name, i) => changes[name] ?? base[i] ?? '');
}

/** One CSV cell, quoted when it must be (`;`, `"`, line breaks), quotes doubled. */
export function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A `structureet` line as the extract writes it. */
export function etLine(changes: Partial<Record<StructureEtField, string>> = {}): string {
  return etFields(changes).map(cell).join(';');
}

/** A site in a department: FINESS, FINESS department code, name. */
export const PLACES = {
  corseDuSud: { finess: '2A0000014', departement: '2A', libdepartement: 'CORSE DU SUD' },
  hauteCorse: { finess: '2B0000012', departement: '2B', libdepartement: 'HAUTE CORSE' },
  guadeloupe: { finess: withKey('97010001'), departement: '9A', libdepartement: 'GUADELOUPE' },
  martinique: { finess: '970211207', departement: '9B', libdepartement: 'MARTINIQUE' },
  guyane: { finess: '970300026', departement: '9C', libdepartement: 'GUYANE' },
  reunion: { finess: withKey('97040001'), departement: '9D', libdepartement: 'LA REUNION' },
  mayotte: { finess: '980500003', departement: '9F', libdepartement: 'MAYOTTE' },
  wallis: { finess: withKey('98600001'), departement: '9J', libdepartement: 'WALLIS ET FUTUNA' },
} as const;
