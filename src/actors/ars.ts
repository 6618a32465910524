import { requireDate } from '../core/dates.js';
import { type Arguments, atBoundary, isRecord, refuseArgument } from '../core/guards.js';
import type { Provenance } from '../core/label.js';
import { fail, ok, type Result } from '../core/result.js';
import { type CalendarDate, compareDates } from '../dates/calendar-date.js';
import { DEPARTMENTS, type Department } from './departments.js';
import { departmentOfFiness } from './finess-department.js';
import { asOfIssue, finessDepartmentIssue, regionIssue } from './lookup.js';
import { REGION_REFORM_DATE, type Region, regionByCode, regionOf } from './regions.js';

/**
 * Stable identifier of an ARS (`ars-grand-est`, `ars-ocean-indien`); kept while its territory is unchanged.
 *
 * @category Actors
 */
export type ArsId = string;

/**
 * A regional health agency (*agence régionale de santé*, ARS) over the period its territory was unchanged.
 *
 * @category Actors
 */
export interface Ars {
  /** Stable identifier. */
  readonly id: ArsId;
  /** Usual name. */
  readonly name: string;
  /** INSEE codes of the region(s) it covers, in the regional map of its period. */
  readonly regions: readonly string[];
  /** Codes of the departments it covers. */
  readonly departments: readonly string[];
  /** First day in force; unset when palier does not model its start. */
  readonly from?: CalendarDate;
  /** Last day in force (included); unset while it exists. */
  readonly until?: CalendarDate;
  /** Where the territory and dates come from. */
  readonly provenance: Provenance;
}

/**
 * Date ARS La Réunion and ARS Mayotte replaced ARS Océan Indien (décret 2020-18).
 *
 * @category Actors
 */
export const ARS_OCEAN_INDIEN_SPLIT_DATE: CalendarDate = '2020-01-01';

const DECRET_2020_18 = 'https://www.legifrance.gouv.fr/eli/decret/2020/1/10/SSAZ1937422D/jo/texte';
const ETALAB = 'https://github.com/datagouv/decoupage-administratif';

const ONE_PER_REGION: Provenance = {
  source: ETALAB,
  status: 'confirmed',
  note: 'One ARS per region; 17 ARS from 2016 to 2019 (ARS Océan Indien for La Réunion and Mayotte).',
};
const BEFORE_2016: Provenance = {
  source: ETALAB,
  status: 'reported',
  note:
    "palier's modelling: one ARS per pre-2016 region, ARS Océan Indien covering La Réunion and Mayotte " +
    '(26 ARS, the 26 pre-2016 regions HN ran on). The start of ARS is not modelled.',
};
const SPLIT: Provenance = {
  source: DECRET_2020_18,
  status: 'confirmed',
  note: 'Décret 2020-18: ARS La Réunion and ARS Mayotte from 1 Jan 2020.',
};

type Row = readonly [id: ArsId, name: string, regions: readonly string[]];

/** Same territory before and after the 2016 reform. */
const UNCHANGED: readonly Row[] = [
  ['ars-guadeloupe', 'ARS Guadeloupe', ['01']],
  ['ars-martinique', 'ARS Martinique', ['02']],
  ['ars-guyane', 'ARS Guyane', ['03']],
  ['ars-ile-de-france', 'ARS Île-de-France', ['11']],
  ['ars-centre-val-de-loire', 'ARS Centre-Val de Loire', ['24']],
  ['ars-pays-de-la-loire', 'ARS Pays de la Loire', ['52']],
  ['ars-bretagne', 'ARS Bretagne', ['53']],
  ['ars-paca', "ARS Provence-Alpes-Côte d'Azur", ['93']],
  ['ars-corse', 'ARS Corse', ['94']],
];

const MERGED_2016: readonly Row[] = [
  ['ars-bourgogne-franche-comte', 'ARS Bourgogne-Franche-Comté', ['27']],
  ['ars-normandie', 'ARS Normandie', ['28']],
  ['ars-hauts-de-france', 'ARS Hauts-de-France', ['32']],
  ['ars-grand-est', 'ARS Grand Est', ['44']],
  ['ars-nouvelle-aquitaine', 'ARS Nouvelle-Aquitaine', ['75']],
  ['ars-occitanie', 'ARS Occitanie', ['76']],
  ['ars-auvergne-rhone-alpes', 'ARS Auvergne-Rhône-Alpes', ['84']],
];

const OLD: readonly Row[] = [
  ['ars-champagne-ardenne', 'ARS Champagne-Ardenne', ['21']],
  ['ars-picardie', 'ARS Picardie', ['22']],
  ['ars-haute-normandie', 'ARS Haute-Normandie', ['23']],
  ['ars-basse-normandie', 'ARS Basse-Normandie', ['25']],
  ['ars-bourgogne', 'ARS Bourgogne', ['26']],
  ['ars-nord-pas-de-calais', 'ARS Nord-Pas-de-Calais', ['31']],
  ['ars-lorraine', 'ARS Lorraine', ['41']],
  ['ars-alsace', 'ARS Alsace', ['42']],
  ['ars-franche-comte', 'ARS Franche-Comté', ['43']],
  ['ars-poitou-charentes', 'ARS Poitou-Charentes', ['54']],
  ['ars-aquitaine', 'ARS Aquitaine', ['72']],
  ['ars-midi-pyrenees', 'ARS Midi-Pyrénées', ['73']],
  ['ars-limousin', 'ARS Limousin', ['74']],
  ['ars-rhone-alpes', 'ARS Rhône-Alpes', ['82']],
  ['ars-auvergne', 'ARS Auvergne', ['83']],
  ['ars-languedoc-roussillon', 'ARS Languedoc-Roussillon', ['91']],
];

function ars(row: Row, provenance: Provenance, from?: CalendarDate, until?: CalendarDate): Ars {
  const [id, name, regions] = row;
  const since2016 = from !== undefined && compareDates(from, REGION_REFORM_DATE) >= 0;
  const departments = DEPARTMENTS.filter((d) =>
    regions.includes(since2016 ? d.region : d.regionBefore2016),
  ).map((d) => d.code);
  return Object.freeze({
    id,
    name,
    regions: Object.freeze([...regions]),
    departments: Object.freeze(departments),
    ...(from !== undefined ? { from } : {}),
    ...(until !== undefined ? { until } : {}),
    provenance,
  });
}

/**
 * Every ARS palier knows, each over the period its territory was unchanged: 26 before 1 Jan 2016, 17 from
 * 1 Jan 2016 to 31 Dec 2019 (one ARS Océan Indien for La Réunion and Mayotte), 18 from 1 Jan 2020
 * (décret 2020-18). An ARS whose territory did not change keeps one record and one id throughout.
 *
 * @category Actors
 */
export const ARS_LIST: readonly Ars[] = Object.freeze([
  ...UNCHANGED.map((r) => ars(r, ONE_PER_REGION)),
  ars(['ars-ocean-indien', 'ARS Océan Indien', ['04', '06']], SPLIT, undefined, '2019-12-31'),
  ars(['ars-la-reunion', 'ARS La Réunion', ['04']], SPLIT, ARS_OCEAN_INDIEN_SPLIT_DATE),
  ars(['ars-mayotte', 'ARS Mayotte', ['06']], SPLIT, ARS_OCEAN_INDIEN_SPLIT_DATE),
  ...MERGED_2016.map((r) => ars(r, ONE_PER_REGION, REGION_REFORM_DATE)),
  ...OLD.map((r) => ars(r, BEFORE_2016, undefined, '2015-12-31')),
]);

function inForce(a: Ars, asOf: CalendarDate): boolean {
  return (
    (a.from === undefined || compareDates(a.from, asOf) <= 0) &&
    (a.until === undefined || compareDates(asOf, a.until) <= 0)
  );
}

/**
 * The ARS in force on `asOf` (26 before 2016, 17 in 2016–2019, 18 from 2020).
 *
 * @example
 * ```ts
 * arsAt('2019-12-31').length; // 17
 * arsAt('2020-01-01').length; // 18
 * ```
 *
 * @category Actors
 */
export function arsAt(asOf: CalendarDate): readonly Ars[] {
  requireDate('arsAt', 'asOf', asOf);
  return ARS_LIST.filter((a) => inForce(a, asOf));
}

/**
 * The ARS records with this id (one, for the ids palier ships).
 *
 * @example
 * ```ts
 * arsById('ars-ocean-indien')?.until; // '2019-12-31'
 * ```
 *
 * @category Actors
 */
export function arsById(id: ArsId): Ars | undefined {
  return ARS_LIST.find((a) => a.id === id);
}

/**
 * What to find the ARS of: a department, a region (code in the map in force at the date) or a FINESS.
 *
 * @category Actors
 */
export type ArsQuery =
  | {
      /** Department code (`75`, `2A`, `976`). */
      readonly department: string;
    }
  | {
      /** INSEE region code. */
      readonly region: string;
    }
  | {
      /** FINESS number of an establishment (its department gives the ARS). */
      readonly finess: string;
    };

/**
 * An ARS found, with the region (in the map in force at the date) and, for a department query, the department.
 *
 * @category Actors
 */
export interface ArsFound {
  /** The ARS in force. */
  readonly ars: Ars;
  /** The region looked up or the department's region. */
  readonly region: Region;
  /** The department, when the query named one (directly or through a FINESS). */
  readonly department?: Department;
}

/**
 * The ARS responsible on `asOf` for a department, a region or the department a FINESS carries. Never throws.
 * Department and region codes are both two digits (`11` is Aude and Île-de-France), hence the tagged query.
 *
 * @example
 * ```ts
 * const a = arsOf({ department: '976' }, '2019-12-31');
 * if (a.ok) a.value.ars.id; // 'ars-ocean-indien'
 * arsOf({ department: '976' }, '2020-01-01'); // { ok: true, value: { ars: { id: 'ars-mayotte', … }, … }, issues: [] }
 * arsOf({ region: '44' }, '2018-05-01');      // ARS Grand Est
 * arsOf({ finess: '970500000' }, '2020-01-01'); // { ok: false, issues: [{ code: 'overseas-collectivity', … }] }
 * ```
 *
 * @category Actors
 */
export function arsOf(query: ArsQuery, asOf: CalendarDate): Result<ArsFound> {
  const args: Arguments = { query: [query, 'object'], asOf: [asOf, 'text'] };
  return atBoundary('arsOf', args, () => {
    const key = queryKey(query);
    const dateIssue = asOfIssue(asOf);
    if (dateIssue !== undefined) return fail(dateIssue);
    if (key === 'region') {
      const code = (query as { region: string }).region;
      const region = regionByCode(code, asOf);
      if (region === undefined) return fail(regionIssue(code));
      return ok({ ars: arsCovering(region.code, asOf, 'region'), region });
    }
    let code: string;
    if (key === 'finess') {
      const finess = (query as { finess: string }).finess;
      const dep = departmentOfFiness(finess);
      if (dep === undefined) return fail(finessDepartmentIssue(finess));
      code = dep;
    } else {
      code = (query as { department: string }).department;
    }
    const found = regionOf(code, asOf);
    if (!found.ok) return found;
    return ok({
      ars: arsCovering(found.value.department.code, asOf, 'department'),
      region: found.value.region,
      department: found.value.department,
    });
  });
}

const A_QUERY = {
  fr: 'une requête { department }, { region } ou { finess } (texte)',
  en: 'a query { department }, { region } or { finess } (a string)',
};

function queryKey(query: unknown): 'region' | 'finess' | 'department' {
  if (!isRecord(query)) refuseArgument('arsOf', 'query', A_QUERY, query);
  const key = 'region' in query ? 'region' : 'finess' in query ? 'finess' : 'department';
  if (typeof query[key] !== 'string') refuseArgument('arsOf', `query.${key}`, A_QUERY, query[key]);
  return key;
}

function arsCovering(code: string, asOf: CalendarDate, by: 'region' | 'department'): Ars {
  return arsAt(asOf).find((a) => (by === 'region' ? a.regions : a.departments).includes(code))!;
}
