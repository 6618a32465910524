import { requireDate } from '../core/dates.js';
import { refuseArgument } from '../core/guards.js';
import { fail, ok, type Result } from '../core/result.js';
import { type CalendarDate, compareDates } from '../dates/calendar-date.js';
import { DEPARTMENTS, type Department, departmentByCode } from './departments.js';
import { departmentOfFiness } from './finess-department.js';
import { asOfIssue, departmentIssue, finessDepartmentIssue } from './lookup.js';

/**
 * Which regional map a region belongs to: `since-2016` (the 18 regions of the 2016 reform) or `before-2016`
 * (the map Hôpital numérique ran on).
 *
 * @category Actors
 */
export type RegionMap = 'since-2016' | 'before-2016';

/**
 * A region (*région*).
 *
 * @category Actors
 */
export interface Region {
  /** INSEE code (`11`, `94`, `06`); the same code can name different regions in the two maps. */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** Metropolitan France or overseas (*DROM*). */
  readonly zone: 'metropolitan' | 'overseas';
  /** The map it belongs to. */
  readonly map: RegionMap;
  /** Codes of its departments. */
  readonly departments: readonly string[];
}

/**
 * Date the 2016 regional reform took effect: the 18 regions from this day, the older map before it.
 *
 * @category Actors
 */
export const REGION_REFORM_DATE: CalendarDate = '2016-01-01';

const OVERSEAS: readonly (readonly [string, string])[] = [
  ['01', 'Guadeloupe'],
  ['02', 'Martinique'],
  ['03', 'Guyane'],
  ['04', 'La Réunion'],
  ['06', 'Mayotte'],
];

const METRO_SINCE_2016: readonly (readonly [string, string])[] = [
  ['11', 'Île-de-France'],
  ['24', 'Centre-Val de Loire'],
  ['27', 'Bourgogne-Franche-Comté'],
  ['28', 'Normandie'],
  ['32', 'Hauts-de-France'],
  ['44', 'Grand Est'],
  ['52', 'Pays de la Loire'],
  ['53', 'Bretagne'],
  ['75', 'Nouvelle-Aquitaine'],
  ['76', 'Occitanie'],
  ['84', 'Auvergne-Rhône-Alpes'],
  ['93', "Provence-Alpes-Côte d'Azur"],
  ['94', 'Corse'],
];

const METRO_BEFORE_2016: readonly (readonly [string, string])[] = [
  ['11', 'Île-de-France'],
  ['21', 'Champagne-Ardenne'],
  ['22', 'Picardie'],
  ['23', 'Haute-Normandie'],
  ['24', 'Centre'],
  ['25', 'Basse-Normandie'],
  ['26', 'Bourgogne'],
  ['31', 'Nord-Pas-de-Calais'],
  ['41', 'Lorraine'],
  ['42', 'Alsace'],
  ['43', 'Franche-Comté'],
  ['52', 'Pays de la Loire'],
  ['53', 'Bretagne'],
  ['54', 'Poitou-Charentes'],
  ['72', 'Aquitaine'],
  ['73', 'Midi-Pyrénées'],
  ['74', 'Limousin'],
  ['82', 'Rhône-Alpes'],
  ['83', 'Auvergne'],
  ['91', 'Languedoc-Roussillon'],
  ['93', "Provence-Alpes-Côte d'Azur"],
  ['94', 'Corse'],
];

function build(map: RegionMap, rows: readonly (readonly [string, string])[]): readonly Region[] {
  const zone = (code: string) => (OVERSEAS.some(([c]) => c === code) ? 'overseas' : 'metropolitan');
  const departmentsOf = (code: string) =>
    DEPARTMENTS.filter((d) => (map === 'since-2016' ? d.region : d.regionBefore2016) === code).map(
      (d) => d.code,
    );
  return Object.freeze(
    [...rows]
      // codes are two ASCII digits: compared as text, without a locale's collator (built at import otherwise)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, name]) =>
        Object.freeze({ code, name, zone: zone(code), map, departments: Object.freeze(departmentsOf(code)) }),
      ),
  );
}

/**
 * The 18 regions since 1 Jan 2016 (13 metropolitan, 5 overseas), by INSEE code.
 * Source: INSEE COG via `@etalab/decoupage-administratif` (Licence Ouverte).
 *
 * @category Actors
 */
export const REGIONS: readonly Region[] = build('since-2016', [...OVERSEAS, ...METRO_SINCE_2016]);

/**
 * The regions before 1 Jan 2016: 22 metropolitan and 5 overseas. Mayotte (`06`) is a region since 2011; it
 * shared ARS Océan Indien with La Réunion, so the map counts 27 regions but 26 ARS — the "26 pre-2016
 * regions" Hôpital numérique ran on. Source: INSEE COG (Licence Ouverte).
 *
 * @category Actors
 */
export const REGIONS_BEFORE_2016: readonly Region[] = build('before-2016', [
  ...OVERSEAS,
  ...METRO_BEFORE_2016,
]);

/**
 * A region found for a department, with the department.
 *
 * @category Actors
 */
export interface RegionFound {
  /** The region. */
  readonly region: Region;
  /** The department looked up. */
  readonly department: Department;
}

/**
 * The regional map in force on `asOf`: the 18 regions from {@link REGION_REFORM_DATE}, the older map before.
 *
 * @example
 * ```ts
 * regionsAt('2015-12-31').length; // 27
 * regionsAt('2016-01-01').length; // 18
 * ```
 *
 * @category Actors
 */
export function regionsAt(asOf: CalendarDate): readonly Region[] {
  requireDate('regionsAt', 'asOf', asOf);
  return compareDates(asOf, REGION_REFORM_DATE) < 0 ? REGIONS_BEFORE_2016 : REGIONS;
}

/**
 * The region with this INSEE code in the map in force on `asOf`, or `undefined`.
 *
 * @example
 * ```ts
 * regionByCode('44', '2020-01-01')?.name; // 'Grand Est'
 * regionByCode('42', '2015-06-30')?.name; // 'Alsace'
 * regionByCode('42', '2016-01-01');       // undefined
 * ```
 *
 * @category Actors
 */
export function regionByCode(code: string, asOf: CalendarDate): Region | undefined {
  if (typeof code !== 'string') return undefined;
  requireDate('regionByCode', 'asOf', asOf);
  return regionsAt(asOf).find((r) => r.code === code.trim());
}

/**
 * The region of a department on `asOf` (before 1 Jan 2016, the pre-reform region). Never throws: an unknown
 * department, Saint-Pierre-et-Miquelon (`975`, a collectivity) or a malformed date come back as a failure.
 *
 * @example
 * ```ts
 * const r = regionOf('87', '2015-12-31');
 * if (r.ok) r.value.region.name; // 'Limousin'
 * regionOf('87', '2016-01-01'); // { ok: true, value: { region: { name: 'Nouvelle-Aquitaine', … }, … }, issues: [] }
 * regionOf('975', '2020-01-01'); // { ok: false, issues: [{ code: 'overseas-collectivity', … }] }
 * ```
 *
 * @category Actors
 */
export function regionOf(department: string, asOf: CalendarDate): Result<RegionFound> {
  const dateIssue = asOfIssue(asOf);
  if (dateIssue !== undefined) return fail(dateIssue);
  requireCode('regionOf', 'department', department);
  const dep = departmentByCode(department);
  if (dep === undefined) return fail(departmentIssue(department));
  const before = compareDates(asOf, REGION_REFORM_DATE) < 0;
  const code = before ? dep.regionBefore2016 : dep.region;
  const region = (before ? REGIONS_BEFORE_2016 : REGIONS).find((r) => r.code === code)!;
  return ok({ region, department: dep });
}

/**
 * The region of a department in the map since 2016 (no date: use {@link regionOf} for HN-era dates).
 *
 * @example
 * ```ts
 * const r = regionOfDepartment('2A');
 * if (r.ok) r.value.region.name; // 'Corse'
 * ```
 *
 * @category Actors
 */
export function regionOfDepartment(department: string): Result<RegionFound> {
  return regionOf(department, REGION_REFORM_DATE);
}

/**
 * The region of the department a FINESS number carries, on `asOf` (only the number's first characters are read;
 * see `departmentOfFiness`).
 *
 * @example
 * ```ts
 * const r = regionOfFiness('970211207', '2020-01-01');
 * if (r.ok) r.value.region.name; // 'Martinique'
 * ```
 *
 * @category Actors
 */
export function regionOfFiness(finess: string, asOf: CalendarDate): Result<RegionFound> {
  requireCode('regionOfFiness', 'finess', finess);
  const department = departmentOfFiness(finess);
  if (department === undefined) return fail(finessDepartmentIssue(finess));
  return regionOf(department, asOf);
}

/** Throws the PalierError of a code argument that is not a string (a number from plain JavaScript). */
export function requireCode(fn: string, argument: string, code: unknown): asserts code is string {
  if (typeof code !== 'string')
    refuseArgument(fn, argument, { fr: 'un code (texte)', en: 'a code (a string)' }, code);
}
