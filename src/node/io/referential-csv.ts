import { type Arguments, atBoundary } from '../../core/guards.js';
import { issue } from '../../core/messages.js';
import {
  REFERENTIAL_COLUMNS,
  type ReferentialColumn,
  type ReferentialRow,
  referentialTemplate,
} from '../../programme/referential.js';
import type { Programme } from '../../programme/types.js';
import { csvCell } from '../report/csv-out.js';
import { parseCsv } from './csv.js';
import { indexHeader } from './header.js';
import type { InputProblem } from './problem.js';
import { csvStopProblem } from './syntax.js';

/**
 * Writes the referential template of a programme as CSV (comma-separated, CRLF, a header, UTF-8): one row per
 * indicator (and schedule step, and incomplete indicator) with empty `comparator` / `value` columns to fill from
 * the official guide, and the known threshold with its status and source. `readReferential` reads it back.
 *
 * @example
 * ```ts
 * writeFileSync('my-guide.csv', referentialToCsv(hopen));
 * ```
 *
 * @category Input files
 */
export function referentialToCsv(programme: Programme): string {
  return atBoundary('referentialToCsv', 'programme', () => {
    const lines = [REFERENTIAL_COLUMNS.join(',')];
    for (const row of referentialTemplate(programme))
      lines.push(REFERENTIAL_COLUMNS.map((column) => csvCell(row[column] ?? '')).join(','));
    return `${lines.join('\r\n')}\r\n`;
  });
}

/**
 * What {@link readReferential} read: the rows (each with its line) and the problems (syntax, unknown or missing
 * columns), each located by file, line and column.
 *
 * @category Input files
 */
export interface ReferentialRead {
  /** The rows, in file order, with their line. */
  readonly rows: readonly ReferentialRow[];
  /** Problems found while reading. */
  readonly problems: readonly InputProblem[];
}

const ALIASES = Object.fromEntries(REFERENTIAL_COLUMNS.map((c) => [c, [] as string[]])) as unknown as Record<
  ReferentialColumn,
  readonly string[]
>;

/**
 * Reads a filled referential CSV (the template of `palier catalogue --template csv`, `,` `;` or tab separated):
 * every record after the header becomes a row with its line; `code` and `value` are the columns that must be
 * there. Cells keep their text (a leading `'` the template adds before `=`, `+`, `-`, `@` is removed); reading
 * the values is `applyReferential`'s job.
 *
 * @example
 * ```ts
 * const read = readReferential(readFileSync('my-guide.csv', 'utf8'), 'my-guide.csv');
 * const r = applyReferential(hopen, read.rows, { file: 'my-guide.csv' });
 * ```
 *
 * @category Input files
 */
export function readReferential(text: string, file: string): ReferentialRead {
  const args: Arguments = { text: [text, 'text'], file: [file, 'text'] };
  return atBoundary('readReferential', args, () => {
    const table = parseCsv(text);
    const problems: InputProblem[] = table.issues.map((i) => csvStopProblem(file, i));
    const [header, ...records] = table.records;
    if (header === undefined) {
      problems.push({ location: { file }, issue: issue('empty-input', { expected: 'header' }) });
      return { rows: [], problems };
    }
    const found = indexHeader<ReferentialColumn>(header, file, ALIASES, ['code', 'value']);
    const index = found.index;
    const headerProblems = found.problems;
    problems.push(...headerProblems);
    if (index.code === undefined || index.value === undefined) return { rows: [], problems };
    const rows = records.map((record) => {
      const row: Partial<Record<ReferentialColumn, string>> & { line?: number } = {
        line: record.lines[0] ?? 0,
      };
      for (const column of REFERENTIAL_COLUMNS) {
        const at = index[column];
        if (at === undefined) continue;
        const raw = record.values[at] ?? '';
        row[column] = raw.startsWith("'") && /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
      }
      return row as ReferentialRow;
    });
    return { rows, problems };
  });
}
