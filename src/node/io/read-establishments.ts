import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary } from '../../core/guards.js';
import { parseEstablishment } from '../../schemas/actors.js';
import { parseCsv } from './csv.js';
import type { InputFormat } from './detect.js';
import { detectFormat } from './detect.js';
import { establishmentsFromCsv } from './establishments-csv.js';
import { readJsonRecords, readNdjsonRecords } from './json.js';
import type { ReadResult } from './read-result.js';

/**
 * Reads establishments (FINESS, name, level, status, activities, traits …) from CSV, JSON or NDJSON, each
 * problem located, valid records kept; a FINESS described twice is an error for the second, in every format.
 *
 * @example
 * ```ts
 * const r = readEstablishments(text, 'establishments.csv');
 * const byFiness = new Map(r.values.map((e) => [e.finess, e]));
 * ```
 *
 * @category Input files
 */
export function readEstablishments(
  text: string,
  file: string,
  format?: InputFormat,
): ReadResult<Establishment> {
  const args: Arguments = { text: [text, 'text'], file: [file, 'text'], format: [format, 'text?'] };
  return atBoundary('readEstablishments', args, () => {
    const f = format ?? detectFormat(file, text);
    const identity = (e: Establishment): string => e.finess;
    if (f === 'json') return readJsonRecords(text, file, parseEstablishment, { identity });
    if (f === 'ndjson') return readNdjsonRecords(text, file, parseEstablishment, { identity });
    return establishmentsFromCsv(parseCsv(text), file);
  });
}
