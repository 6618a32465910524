/**
 * A department (*département*) with its region before and since the 2016 regional reform.
 *
 * @category Actors
 */
export interface Department {
  /** INSEE code: `01`–`95` (no `20`), `2A`, `2B`, `971`–`974`, `976`. */
  readonly code: string;
  /** Name (*nom*), as in the INSEE Code officiel géographique. */
  readonly name: string;
  /** INSEE code of its region since 1 Jan 2016 (one of the 18 regions). */
  readonly region: string;
  /** INSEE code of its region before 1 Jan 2016 (one of the pre-2016 regions HN ran on). */
  readonly regionBefore2016: string;
}

/**
 * The 101 departments: code, name, region since 2016, region before 2016.
 * Source: INSEE Code officiel géographique, as packaged by `@etalab/decoupage-administratif` (Licence Ouverte),
 * https://github.com/datagouv/decoupage-administratif — transcribed, not imported.
 */
const ROWS: readonly (readonly [string, string, string, string])[] = [
  ['01', 'Ain', '84', '82'],
  ['02', 'Aisne', '32', '22'],
  ['03', 'Allier', '84', '83'],
  ['04', 'Alpes-de-Haute-Provence', '93', '93'],
  ['05', 'Hautes-Alpes', '93', '93'],
  ['06', 'Alpes-Maritimes', '93', '93'],
  ['07', 'Ardèche', '84', '82'],
  ['08', 'Ardennes', '44', '21'],
  ['09', 'Ariège', '76', '73'],
  ['10', 'Aube', '44', '21'],
  ['11', 'Aude', '76', '91'],
  ['12', 'Aveyron', '76', '73'],
  ['13', 'Bouches-du-Rhône', '93', '93'],
  ['14', 'Calvados', '28', '25'],
  ['15', 'Cantal', '84', '83'],
  ['16', 'Charente', '75', '54'],
  ['17', 'Charente-Maritime', '75', '54'],
  ['18', 'Cher', '24', '24'],
  ['19', 'Corrèze', '75', '74'],
  ['21', "Côte-d'Or", '27', '26'],
  ['22', "Côtes-d'Armor", '53', '53'],
  ['23', 'Creuse', '75', '74'],
  ['24', 'Dordogne', '75', '72'],
  ['25', 'Doubs', '27', '43'],
  ['26', 'Drôme', '84', '82'],
  ['27', 'Eure', '28', '23'],
  ['28', 'Eure-et-Loir', '24', '24'],
  ['29', 'Finistère', '53', '53'],
  ['2A', 'Corse-du-Sud', '94', '94'],
  ['2B', 'Haute-Corse', '94', '94'],
  ['30', 'Gard', '76', '91'],
  ['31', 'Haute-Garonne', '76', '73'],
  ['32', 'Gers', '76', '73'],
  ['33', 'Gironde', '75', '72'],
  ['34', 'Hérault', '76', '91'],
  ['35', 'Ille-et-Vilaine', '53', '53'],
  ['36', 'Indre', '24', '24'],
  ['37', 'Indre-et-Loire', '24', '24'],
  ['38', 'Isère', '84', '82'],
  ['39', 'Jura', '27', '43'],
  ['40', 'Landes', '75', '72'],
  ['41', 'Loir-et-Cher', '24', '24'],
  ['42', 'Loire', '84', '82'],
  ['43', 'Haute-Loire', '84', '83'],
  ['44', 'Loire-Atlantique', '52', '52'],
  ['45', 'Loiret', '24', '24'],
  ['46', 'Lot', '76', '73'],
  ['47', 'Lot-et-Garonne', '75', '72'],
  ['48', 'Lozère', '76', '91'],
  ['49', 'Maine-et-Loire', '52', '52'],
  ['50', 'Manche', '28', '25'],
  ['51', 'Marne', '44', '21'],
  ['52', 'Haute-Marne', '44', '21'],
  ['53', 'Mayenne', '52', '52'],
  ['54', 'Meurthe-et-Moselle', '44', '41'],
  ['55', 'Meuse', '44', '41'],
  ['56', 'Morbihan', '53', '53'],
  ['57', 'Moselle', '44', '41'],
  ['58', 'Nièvre', '27', '26'],
  ['59', 'Nord', '32', '31'],
  ['60', 'Oise', '32', '22'],
  ['61', 'Orne', '28', '25'],
  ['62', 'Pas-de-Calais', '32', '31'],
  ['63', 'Puy-de-Dôme', '84', '83'],
  ['64', 'Pyrénées-Atlantiques', '75', '72'],
  ['65', 'Hautes-Pyrénées', '76', '73'],
  ['66', 'Pyrénées-Orientales', '76', '91'],
  ['67', 'Bas-Rhin', '44', '42'],
  ['68', 'Haut-Rhin', '44', '42'],
  ['69', 'Rhône', '84', '82'],
  ['70', 'Haute-Saône', '27', '43'],
  ['71', 'Saône-et-Loire', '27', '26'],
  ['72', 'Sarthe', '52', '52'],
  ['73', 'Savoie', '84', '82'],
  ['74', 'Haute-Savoie', '84', '82'],
  ['75', 'Paris', '11', '11'],
  ['76', 'Seine-Maritime', '28', '23'],
  ['77', 'Seine-et-Marne', '11', '11'],
  ['78', 'Yvelines', '11', '11'],
  ['79', 'Deux-Sèvres', '75', '54'],
  ['80', 'Somme', '32', '22'],
  ['81', 'Tarn', '76', '73'],
  ['82', 'Tarn-et-Garonne', '76', '73'],
  ['83', 'Var', '93', '93'],
  ['84', 'Vaucluse', '93', '93'],
  ['85', 'Vendée', '52', '52'],
  ['86', 'Vienne', '75', '54'],
  ['87', 'Haute-Vienne', '75', '74'],
  ['88', 'Vosges', '44', '41'],
  ['89', 'Yonne', '27', '26'],
  ['90', 'Territoire de Belfort', '27', '43'],
  ['91', 'Essonne', '11', '11'],
  ['92', 'Hauts-de-Seine', '11', '11'],
  ['93', 'Seine-Saint-Denis', '11', '11'],
  ['94', 'Val-de-Marne', '11', '11'],
  ['95', "Val-d'Oise", '11', '11'],
  ['971', 'Guadeloupe', '01', '01'],
  ['972', 'Martinique', '02', '02'],
  ['973', 'Guyane', '03', '03'],
  ['974', 'La Réunion', '04', '04'],
  ['976', 'Mayotte', '06', '06'],
];

/**
 * The 101 departments (96 metropolitan including Corsica's 2A and 2B, 5 overseas), in INSEE order.
 * Source: INSEE COG via `@etalab/decoupage-administratif` (Licence Ouverte).
 *
 * @category Actors
 */
export const DEPARTMENTS: readonly Department[] = Object.freeze(
  ROWS.map(([code, name, region, regionBefore2016]) =>
    Object.freeze({ code, name, region, regionBefore2016 }),
  ),
);

const BY_CODE: ReadonlyMap<string, Department> = new Map(DEPARTMENTS.map((d) => [d.code, d]));

/**
 * The department with this INSEE code, or `undefined` (`975` Saint-Pierre-et-Miquelon is a collectivity, not a
 * department). Letters may be lower case.
 *
 * @example
 * ```ts
 * departmentByCode('2a')?.name; // 'Corse-du-Sud'
 * departmentByCode('975');      // undefined
 * ```
 *
 * @category Actors
 */
export function departmentByCode(code: string): Department | undefined {
  return typeof code === 'string' ? BY_CODE.get(code.trim().toUpperCase()) : undefined;
}

/**
 * Whether `code` is one of the 101 department codes.
 *
 * @example
 * ```ts
 * isDepartmentCode('976'); // true
 * isDepartmentCode('20');  // false
 * ```
 *
 * @category Actors
 */
export function isDepartmentCode(code: string): boolean {
  return departmentByCode(code) !== undefined;
}
