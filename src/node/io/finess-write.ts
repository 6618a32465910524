import type { Establishment } from '../../actors/types.js';
import { atBoundary } from '../../core/guards.js';
import type { FinessEstablishmentCandidate, RegisterCode } from '../../registers/index.js';
import { csvCell } from '../report/csv-out.js';
import { ESTABLISHMENT_COLUMNS, REGISTER_COLUMNS } from './establishments-csv.js';
import type { ImportedEstablishment } from './finess-extract.js';
import { establishmentCells } from './write-csv.js';

/**
 * What the register says of an imported establishment beyond palier's fields (the `register` key of
 * {@link importedJson}).
 *
 * @category Registers
 */
export type RegisterDetails = Pick<
  FinessEstablishmentCandidate,
  'longName' | 'category' | 'aggregateCategory' | 'place' | 'codesph' | 'status' | 'activityHints'
> & {
  /** Line in the extract. */
  readonly line: number;
  /** FINESS EJ. */
  readonly legalEntity: string;
  /** The EJ's legal status (with `--ej`). */
  readonly legalStatus?: RegisterCode;
};

/**
 * An imported establishment as JSON: palier's establishment, plus `register`.
 *
 * @category Registers
 */
export type ImportedJson = Establishment & {
  /** What the register says beyond palier's fields. */
  readonly register: RegisterDetails;
};

/**
 * Every column `palier import finess` writes in CSV: palier's establishments columns (what
 * `palier evaluate --establishments` reads), then the register's details ({@link REGISTER_COLUMNS}), which the
 * establishments reader accepts and ignores.
 *
 * @category Registers
 */
export const IMPORTED_COLUMNS: readonly string[] = Object.freeze([
  ...Object.keys(ESTABLISHMENT_COLUMNS),
  ...REGISTER_COLUMNS,
]);

/**
 * One establishment imported from the register as a CSV row (comma-separated, no line end), in the order of
 * {@link IMPORTED_COLUMNS}: unknown status and activities are written `unknown`; activity hints as
 * `HAD (hint: categetab=127)`, never in the activities column.
 *
 * @example
 * ```ts
 * importedCsvRow(imported); // '010000024,CH DE FLEYRIAT,site,public,,unknown,,01,,355,010780054,…'
 * ```
 *
 * @category Registers
 */
export function importedCsvRow(imported: ImportedEstablishment): string {
  return atBoundary('importedCsvRow', 'imported', () => {
    const e = imported.establishment;
    const c = imported.candidate;
    const cells = [
      ...establishmentCells(e),
      c.legalEntityFiness,
      c.longName ?? '',
      c.category.label,
      `${c.aggregateCategory.code} ${c.aggregateCategory.label}`.trim(),
      c.place.finessDepartment,
      c.place.region === undefined ? '' : `${c.place.region.code} ${c.place.region.name}`,
      c.place.ars?.code ?? '',
      c.status.rule,
      c.activityHints.map((h) => `${h.activity} (hint: ${h.rule})`).join('|'),
    ];
    return cells.map((x) => csvCell(x)).join(',');
  });
}

/**
 * One establishment imported from the register as a JSON object: palier's establishment fields (what
 * `palier evaluate --establishments` reads), and the register's details under `register` (ignored by the
 * establishments reader): legal entity, names, category codes and labels, place, status rule, hints with their
 * provenance, line.
 *
 * @example
 * ```ts
 * importedJson(imported).register.status.rule; // 'codesph=1'
 * ```
 *
 * @category Registers
 */
export function importedJson(imported: ImportedEstablishment): ImportedJson {
  return atBoundary('importedJson', 'imported', () => {
    const c = imported.candidate;
    return {
      ...imported.establishment,
      register: {
        line: imported.line,
        legalEntity: c.legalEntityFiness,
        ...(c.longName !== undefined ? { longName: c.longName } : {}),
        category: c.category,
        aggregateCategory: c.aggregateCategory,
        place: c.place,
        codesph: c.codesph,
        ...(c.legalEntity !== undefined ? { legalStatus: c.legalEntity.legalStatus } : {}),
        status: c.status,
        activityHints: c.activityHints,
      },
    };
  });
}
