import type { Establishment } from '../../actors/types.js';
import { atBoundary } from '../../core/guards.js';
import type { Declaration } from '../../evaluation/types.js';
import { csvCell } from '../report/csv-out.js';
import { ESTABLISHMENT_COLUMNS } from './establishments-csv.js';

const DECLARATION_HEADER = [
  'finess',
  'level',
  'programme',
  'version',
  'period_start',
  'period_end',
  'indicator',
  'value',
  'numerator',
  'denominator',
  'na_reason',
] as const;

/**
 * Writes declarations in the long CSV format `palier evaluate` reads (one row per establishment, period and
 * indicator; comma-separated, CRLF, a header) — `readDeclarations` reads back exactly what this writes.
 *
 * @example
 * ```ts
 * writeFileSync('declarations.csv', declarationsToCsv(exampleData().declarations));
 * ```
 *
 * @category Input files
 */
export function declarationsToCsv(declarations: readonly Declaration[]): string {
  return atBoundary('declarationsToCsv', 'declarations', () => {
    const lines: string[] = [DECLARATION_HEADER.join(',')];
    for (const d of declarations) {
      for (const [code, v] of Object.entries(d.values)) {
        const value =
          v.kind === 'yes-no'
            ? v.value
              ? 'oui'
              : 'non'
            : v.kind === 'count'
              ? String(v.value)
              : v.kind === 'rate' && 'percent' in v
                ? String(v.percent)
                : '';
        const numerator = v.kind === 'rate' && 'numerator' in v ? String(v.numerator) : '';
        const denominator = v.kind === 'rate' && 'denominator' in v ? String(v.denominator) : '';
        const na = v.kind === 'not-applicable' ? v.reason : '';
        const cells = [
          d.finess,
          d.level,
          d.programme.id,
          d.programme.version,
          d.period.start,
          d.period.end,
          code,
          value,
          numerator,
          denominator,
          na,
        ];
        lines.push(cells.map((c) => csvCell(c)).join(','));
      }
    }
    return `${lines.join('\r\n')}\r\n`;
  });
}

/**
 * Writes establishments in the CSV format `--establishments` reads (lists separated by `|`).
 *
 * @example
 * ```ts
 * writeFileSync('establishments.csv', establishmentsToCsv(EXAMPLE_ESTABLISHMENTS));
 * ```
 *
 * @category Input files
 */
export function establishmentsToCsv(establishments: readonly Establishment[]): string {
  return atBoundary('establishmentsToCsv', 'establishments', () => {
    const lines = [Object.keys(ESTABLISHMENT_COLUMNS).join(',')];
    for (const e of establishments)
      lines.push(
        establishmentCells(e)
          .map((c) => csvCell(c))
          .join(','),
      );
    return `${lines.join('\r\n')}\r\n`;
  });
}

/**
 * One establishment's cells in the order of the establishments CSV's columns, unescaped: an unknown status or
 * unknown activities are written `unknown`, lists joined with `|`.
 *
 * @example
 * ```ts
 * establishmentCells({ finess: '750712184', name: 'AP-HP', level: 'legal-entity', status: 'public', activities: ['MCO'] });
 * // ['750712184', 'AP-HP', 'legal-entity', 'public', '', 'MCO', '', '', '', '']
 * ```
 *
 * @category Input files
 */
export function establishmentCells(e: Establishment): string[] {
  return atBoundary('establishmentCells', 'e', () => {
    return [
      e.finess,
      e.name,
      e.level,
      e.status ?? 'unknown',
      e.espic === undefined ? '' : e.espic ? 'oui' : 'non',
      e.activities === undefined ? 'unknown' : e.activities.join('|'),
      (e.traits ?? []).join('|'),
      e.department ?? '',
      e.ght ?? '',
      e.category ?? '',
    ];
  });
}
