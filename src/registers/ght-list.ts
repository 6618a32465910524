import { parseFiness } from '../actors/finess.js';
import { REGION_REFORM_DATE, REGIONS, regionOfFiness } from '../actors/regions.js';
import type { Finess } from '../actors/types.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/registers.js';

/**
 * One row of the DGOS GHT list (one legal-entity member), by column: `REGION; DENOMINATION GHT; CODE GHT;
 * FINESS; CATEGORIE; DENOMINATION ETABLISSEMENT; COMMUNE; CODE POSTAL`, plus an optional support flag.
 *
 * @category Registers
 */
export interface GhtListRow {
  /** Region name (`NOUVELLE-AQUITAINE`). */
  readonly region: string;
  /** GHT name. */
  readonly ghtName: string;
  /** GHT code (`NA-04`). */
  readonly ghtCode: string;
  /** FINESS EJ of the member. */
  readonly finess: string;
  /** Member's category, as written. */
  readonly category?: string;
  /** Member's name. */
  readonly name?: string;
  /** A support column's cell, when the file has one (`oui`, `x`, `1`, `S` mark the support). */
  readonly support?: string;
}

/**
 * How the support establishment of a GHT was known: given by `--support` (`option`), by a column of the file
 * (`column`), or not at all (`unknown`: the DGOS list does not flag it).
 *
 * @category Registers
 */
export type GhtSupportSource = 'option' | 'column' | 'unknown';

/**
 * A GHT as the DGOS list defines it: code, name, region, member legal entities (*établissements parties*) and
 * the support establishment when known.
 *
 * @category Registers
 */
export interface GhtDefinition {
  /** Code (`NA-04`). */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** INSEE code of its region (map since 2016), when the region name was recognised. */
  readonly region?: string;
  /** Region as written in the list. */
  readonly regionName: string;
  /** FINESS EJ of the support establishment, when known. */
  readonly support?: Finess;
  /** How the support was known. */
  readonly supportSource: GhtSupportSource;
  /** FINESS EJ of the members, in list order. */
  readonly parties: readonly Finess[];
}

/**
 * An issue found in the GHT list, with the index of the row it concerns (`undefined`: about a GHT or an
 * option, not one row).
 *
 * @category Registers
 */
export interface GhtListIssue {
  /** Row index in the input (0-based), when the issue is about one row. */
  readonly row?: number;
  /** The issue. */
  readonly issue: PalierIssue;
}

/**
 * Outcome of {@link buildGhtList}.
 *
 * @category Registers
 */
export interface GhtListResult {
  /** GHTs in order of first appearance. */
  readonly ghts: readonly GhtDefinition[];
  /** Rows that became a member (valid). */
  readonly validRows: number;
  /** Rows rejected (each with at least one error). */
  readonly invalidRows: number;
  /** Every issue, by row. */
  readonly issues: readonly GhtListIssue[];
}

const SUPPORT_MARKS = new Set(['oui', 'o', 'x', '1', 's', 'yes', 'y', 'support', 'true']);

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const REGION_BY_NAME = new Map(REGIONS.map((r) => [normalise(r.name), r]));

/**
 * The INSEE code of a region (map since 2016) from its name as the DGOS list writes it (case, accents,
 * hyphens and apostrophes ignored); `undefined` when it names none of the 18 regions.
 *
 * @example
 * ```ts
 * regionCodeByName('NOUVELLE-AQUITAINE');          // '75'
 * regionCodeByName("PROVENCE-ALPES-COTE D'AZUR");  // '93'
 * regionCodeByName('Limousin');                    // undefined (a pre-2016 region)
 * ```
 *
 * @category Registers
 */
export function regionCodeByName(name: string): string | undefined {
  return REGION_BY_NAME.get(normalise(name))?.code;
}

/**
 * Builds GHT definitions from the rows of the DGOS GHT list, applying palier's GHT checks row by row: an
 * invalid FINESS (key checked) rejects its row; a member already in another GHT is an error; a member whose
 * FINESS department lies outside the GHT's region, an unknown region name, a GHT whose rows disagree on its name
 * or region are warnings. The support establishment comes from `supports` (code → FINESS, the `--support`
 * option), else from a support column, else it is unknown (a warning per GHT).
 *
 * @example
 * ```ts
 * const r = buildGhtList(
 *   [{ region: 'NOUVELLE-AQUITAINE', ghtName: 'GHT du Limousin', ghtCode: 'NA-04', finess: '870000015' }],
 *   new Map([['NA-04', '870000015']]),
 * );
 * r.ghts[0]; // { code: 'NA-04', region: '75', support: '870000015', supportSource: 'option', parties: ['870000015'], … }
 * ```
 *
 * @category Registers
 */
export function buildGhtList(
  rows: readonly GhtListRow[],
  supports: ReadonlyMap<string, string> = new Map(),
): GhtListResult {
  const issues: GhtListIssue[] = [];
  const ghts = new Map<string, MutableGht>();
  const memberOf = new Map<Finess, string>();
  let invalidRows = 0;
  rows.forEach((row, index) => {
    const rowIssues: PalierIssue[] = [];
    const code = row.ghtCode.trim();
    const f = parseFiness(row.finess.trim());
    if (code === '') rowIssues.push(issue('required', {}, { path: ['ghtCode'] }));
    if (!f.ok)
      rowIssues.push(
        issue(
          'finess-invalid-number',
          { field: 'FINESS', why: f.issues[0]!.message },
          {
            path: ['finess'],
            received: row.finess,
            ...(f.issues[0]!.expected !== undefined ? { expected: f.issues[0]!.expected } : {}),
          },
        ),
      );
    if (f.ok && code !== '') {
      const first = memberOf.get(f.value.finess);
      if (first !== undefined)
        rowIssues.push(
          issue(
            'ght-list-member-twice',
            { finess: f.value.finess, first },
            { path: ['finess'], received: code },
          ),
        );
    }
    if (rowIssues.length > 0 || !f.ok) {
      invalidRows++;
      for (const i of rowIssues) issues.push({ row: index, issue: i });
      return;
    }
    const ght = ghtFor(ghts, row, code, index, rowIssues);
    memberOf.set(f.value.finess, code);
    ght.parties.push(f.value.finess);
    if (row.support !== undefined && SUPPORT_MARKS.has(row.support.trim().toLowerCase()))
      ght.columnSupport ??= f.value.finess;
    if (ght.region !== undefined) {
      const r = regionOfFiness(f.value.finess, REGION_REFORM_DATE);
      if (r.ok && r.value.region.code !== ght.region)
        rowIssues.push(
          issue(
            'ght-list-member-outside-region',
            {
              finess: f.value.finess,
              region: `${r.value.region.code} ${r.value.region.name}`,
              ght: `${ght.region} ${ght.regionName}`,
            },
            { path: ['finess'], severity: 'warning', expected: ght.region, received: r.value.region.code },
          ),
        );
    }
    for (const i of rowIssues) issues.push({ row: index, issue: i });
  });
  for (const code of supports.keys()) {
    if (!ghts.has(code))
      issues.push({
        issue: issue('ght-list-unknown-ght', { code }, { path: ['support', code], severity: 'warning' }),
      });
  }
  const out: GhtDefinition[] = [];
  for (const g of ghts.values()) out.push(finish(g, supports.get(g.code), issues));
  return { ghts: out, validRows: rows.length - invalidRows, invalidRows, issues };
}

interface MutableGht {
  readonly code: string;
  readonly name: string;
  readonly regionName: string;
  readonly region: string | undefined;
  readonly firstRow: number;
  readonly parties: Finess[];
  columnSupport?: Finess;
}

function ghtFor(
  ghts: Map<string, MutableGht>,
  row: GhtListRow,
  code: string,
  index: number,
  rowIssues: PalierIssue[],
): MutableGht {
  const known = ghts.get(code);
  if (known !== undefined) {
    if (normalise(known.name) !== normalise(row.ghtName))
      rowIssues.push(inconsistent(code, 'DENOMINATION GHT', known.name, known.firstRow, row.ghtName));
    if (normalise(known.regionName) !== normalise(row.region))
      rowIssues.push(inconsistent(code, 'REGION', known.regionName, known.firstRow, row.region));
    return known;
  }
  const region = regionCodeByName(row.region);
  if (region === undefined)
    rowIssues.push(
      issue(
        'ght-list-unknown-region',
        { received: row.region },
        { path: ['region'], severity: 'warning', received: row.region },
      ),
    );
  const ght: MutableGht = {
    code,
    name: row.ghtName.trim(),
    regionName: row.region.trim(),
    region,
    firstRow: index,
    parties: [],
  };
  ghts.set(code, ght);
  return ght;
}

function inconsistent(
  code: string,
  field: string,
  first: string,
  firstRow: number,
  received: string,
): PalierIssue {
  return issue(
    'ght-list-inconsistent',
    { code, field, first, line: firstRow + 1 },
    { path: [field], severity: 'warning', expected: first, received },
  );
}

function finish(g: MutableGht, given: string | undefined, issues: GhtListIssue[]): GhtDefinition {
  const base = {
    code: g.code,
    name: g.name,
    ...(g.region !== undefined ? { region: g.region } : {}),
    regionName: g.regionName,
    parties: g.parties,
  };
  if (given !== undefined) {
    const f = parseFiness(given.trim());
    if (!f.ok) {
      issues.push({
        issue: issue(
          'finess-invalid-number',
          { field: `--support ${g.code}`, why: f.issues[0]!.message },
          { path: ['support', g.code], received: given },
        ),
      });
    } else {
      if (!g.parties.includes(f.value.finess))
        issues.push({
          issue: issue(
            'ght-list-support-not-member',
            { code: g.code, finess: f.value.finess },
            { path: ['support', g.code], severity: 'warning' },
          ),
        });
      return { ...base, support: f.value.finess, supportSource: 'option' };
    }
  }
  if (g.columnSupport !== undefined) return { ...base, support: g.columnSupport, supportSource: 'column' };
  issues.push({
    row: g.firstRow,
    issue: issue('ght-list-support-unknown', { code: g.code }, { path: ['support'], severity: 'warning' }),
  });
  return { ...base, supportSource: 'unknown' };
}
