import { issue } from '../../core/messages.js';
import type { CsvRecord } from './csv.js';
import type { InputProblem } from './problem.js';

/**
 * Normalises a CSV header name: trimmed, lower case, accents dropped, spaces and hyphens as `_`
 * (`Période début` → `periode_debut`).
 *
 * @example
 * ```ts
 * normaliseHeader(' Period-Start '); // 'period_start'
 * ```
 *
 * @category Input files
 */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Where each known column is, by its canonical name.
 *
 * @category Input files
 */
export type ColumnIndex<C extends string> = Partial<Record<C, number>>;

/**
 * Result of {@link indexHeader}.
 *
 * @category Input files
 */
export interface HeaderIndex<C extends string> {
  /** Position of each known column found. */
  readonly index: ColumnIndex<C>;
  /** Unknown, duplicate and missing columns. */
  readonly problems: InputProblem[];
}

/**
 * Maps a header record to the column positions of the known columns (canonical names and their aliases).
 * Reports unknown columns (warning: ignored), duplicate columns (error: the first is used) and missing required
 * columns (error).
 *
 * @example
 * ```ts
 * indexHeader(header, 'd.csv', { finess: [], value: ['valeur'] }, ['finess']);
 * ```
 *
 * @category Input files
 */
export function indexHeader<C extends string>(
  header: CsvRecord,
  file: string,
  known: Readonly<Record<C, readonly string[]>>,
  required: readonly C[],
): HeaderIndex<C> {
  const byName = new Map<string, C>();
  for (const canonical of Object.keys(known) as C[]) {
    byName.set(canonical, canonical);
    for (const alias of known[canonical]) byName.set(alias, canonical);
  }
  const index: ColumnIndex<C> = {};
  const problems: InputProblem[] = [];
  header.values.forEach((raw, i) => {
    const at = { file, line: header.lines[i]!, column: header.columns[i]! };
    const canonical = byName.get(normaliseHeader(raw));
    if (canonical === undefined) {
      problems.push({
        location: at,
        issue: issue('unknown-column', { received: raw }, { severity: 'warning', received: raw }),
      });
    } else if (index[canonical] !== undefined) {
      problems.push({ location: at, issue: issue('duplicate-column', { received: raw }, { received: raw }) });
    } else {
      index[canonical] = i;
    }
  });
  const missing = required.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    const list = missing.join(', ');
    problems.push({
      location: { file, line: header.lines[0] ?? 1, column: 1 },
      issue: issue('missing-column', { columns: list }, { expected: list }),
    });
  }
  return { index, problems };
}
