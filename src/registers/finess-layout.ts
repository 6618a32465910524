import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/registers.js';

/*
 * The field layouts of the FINESS extract files (official layouts etalab_cs1100507 and etalab_cs1100501 on the
 * data.gouv.fr dataset page), section tag first.
 */

/**
 * Fields of a `structureet` line (ET file), the section tag first: 32 fields, the last (`numuai`) usually
 * empty, so a line ends with `;`. A line of 31 fields (no `numuai`, as in the official layout) is accepted.
 *
 * @category Registers
 */
export const STRUCTUREET_FIELDS = Object.freeze([
  'structureet',
  'nofinesset',
  'nofinessej',
  'rs',
  'rslongue',
  'complrs',
  'compldistrib',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'lieuditbp',
  'commune',
  'departement',
  'libdepartement',
  'ligneacheminement',
  'telephone',
  'telecopie',
  'categetab',
  'libcategetab',
  'categagretab',
  'libcategagretab',
  'siret',
  'codeape',
  'codemft',
  'libmft',
  'codesph',
  'libsph',
  'dateouv',
  'dateautor',
  'datemaj',
  'numuai',
] as const);

/**
 * Fields of a `geolocalisation` line (cs1100507 only), the section tag first.
 *
 * @category Registers
 */
export const GEOLOCALISATION_FIELDS = Object.freeze([
  'geolocalisation',
  'nofinesset',
  'coordxet',
  'coordyet',
  'sourcecoordet',
  'datemaj',
] as const);

/**
 * Fields of a `structureej` line (EJ file, cs1100501), the section tag first, in the order of the transcribed
 * layout (not checked against a real EJ line: the importer verifies the shape of `statutjuridique`).
 *
 * @category Registers
 */
export const STRUCTUREEJ_FIELDS = Object.freeze([
  'structureej',
  'nofiness',
  'rs',
  'rslongue',
  'complrs',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'compldistrib',
  'lieuditbp',
  'commune',
  'ligneacheminement',
  'departement',
  'libdepartement',
  'telephone',
  'statutjuridique',
  'libstatutjuridique',
  'categetab',
  'libcategetab',
  'siren',
  'codeape',
  'datecrea',
] as const);

/**
 * A field name of a `structureet` line.
 *
 * @category Registers
 */
export type StructureEtField = (typeof STRUCTUREET_FIELDS)[number];

/**
 * What is wrong with a line's shape before its fields are read: another section than `section`
 * (`finess-unknown-section`), or fewer than `minFields` fields (`finess-truncated-line`); `undefined` when it
 * has the shape of its section.
 *
 * @example
 * ```ts
 * lineShapeProblem(['geolocalisation', '010000024'], 'geolocalisation', GEOLOCALISATION_FIELDS)?.code;
 * // 'finess-truncated-line'
 * ```
 *
 * @category Registers
 */
export function lineShapeProblem(
  values: readonly string[],
  section: string,
  fields: readonly string[],
  minFields: number = fields.length,
): PalierIssue | undefined {
  if (values[0] !== section)
    return issue('finess-unknown-section', { received: values[0] ?? '' }, { path: [0] });
  if (values.length >= minFields) return undefined;
  const counts = { expected: fields.length, received: values.length };
  return issue(
    'finess-truncated-line',
    { section, ...counts },
    { expected: `${counts.expected}`, received: `${counts.received}` },
  );
}

/**
 * The fields of one line by name (missing trailing fields read as empty).
 *
 * @example
 * ```ts
 * const f = fieldsByName(STRUCTUREET_FIELDS, values);
 * f.categetab; // '355'
 * ```
 *
 * @category Registers
 */
export function fieldsByName<N extends string>(
  names: readonly N[],
  values: readonly string[],
): Readonly<Record<N, string>> {
  const out = {} as Record<N, string>;
  names.forEach((name, i) => {
    out[name] = values[i] ?? '';
  });
  return out;
}

/**
 * Position of each `structureet` field in a line.
 *
 * @category Registers
 */
export const STRUCTUREET_INDEX: Readonly<Record<StructureEtField, number>> = Object.freeze(
  Object.fromEntries(STRUCTUREET_FIELDS.map((name, i) => [name, i])) as Record<StructureEtField, number>,
);

/**
 * A reader of one line's fields by name (a missing trailing field reads as empty), without copying the line.
 *
 * @example
 * ```ts
 * const f = fieldReader(STRUCTUREET_INDEX, values);
 * f('categetab'); // '355'
 * ```
 *
 * @category Registers
 */
export function fieldReader<N extends string>(
  index: Readonly<Record<N, number>>,
  values: readonly string[],
): (name: N) => string {
  return (name) => values[index[name]] ?? '';
}
