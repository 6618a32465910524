import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundaryAsync, unreadable } from '../../core/guards.js';
import type { PalierIssue } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import {
  type FinessEstablishmentCandidate,
  type FinessExtractHeader,
  type FinessLocation,
  isSanitaryCategory,
  parseExtractHeader,
  parseGeolocalisation,
  parseStructureEj,
  type RegisterLegalEntity,
  STRUCTUREET_FIELDS,
  STRUCTUREET_INDEX,
  structureEtReader,
  toEstablishment,
} from '../../registers/index.js';
import { parseCsv } from './csv.js';
import type { InputEncoding } from './decode.js';
import type { InputProblem } from './problem.js';
import { csvStopProblem } from './syntax.js';
import { DETECTABLE_ENCODINGS, type TextRecord, textRecords } from './text-records.js';

/**
 * Why a line of the extract was left out without being invalid: `not-sanitary` (its category is not in
 * TRE_R66; `--all` keeps it) or `geolocation` (a valid `geolocalisation` line: coordinates are not part of
 * palier's establishments format; library callers receive them through `onLocation`).
 *
 * @category Registers
 */
export type FinessFilterReason = 'not-sanitary' | 'geolocation';

/**
 * The counts of an import: `read = kept + Σ filteredOut + invalid` (data lines, the header line apart).
 *
 * @category Registers
 */
export interface FinessImportSummary {
  /** The extract's header (line 1), when it had one. */
  readonly header?: FinessExtractHeader;
  /** The date regions and ARS were read for. */
  readonly asOf?: string;
  /** The encoding used (detected or given). */
  readonly encoding: InputEncoding;
  /** Data lines read (header excluded). */
  readonly read: number;
  /** Lines that became an establishment. */
  readonly kept: number;
  /** Lines left out, by reason. */
  readonly filteredOut: Readonly<Record<FinessFilterReason, number>>;
  /** Lines rejected (each with at least one error). */
  readonly invalid: number;
  /** Lines kept with at least one warning. */
  readonly withWarnings: number;
  /** Categories of the lines left out as not sanitary, with their counts (code → count). */
  readonly filteredCategories: Readonly<Record<string, number>>;
  /**
   * Codes outside palier's lists on kept lines (`categetab=500` → count): each is reported on the first line
   * that has it, and counted here.
   */
  readonly unlistedCodes: Readonly<Record<string, number>>;
  /** `true` when reading stopped early (undecodable bytes, no date to read regions for). */
  readonly stopped: boolean;
}

/**
 * An establishment imported from the extract: the palier establishment, the candidate it comes from (rules,
 * hints, region, ARS …) and its line.
 *
 * @category Registers
 */
export interface ImportedEstablishment {
  /** The palier establishment (site level). */
  readonly establishment: Establishment;
  /** Everything read from the line, with the rule behind each decision. */
  readonly candidate: FinessEstablishmentCandidate;
  /** Line in the file. */
  readonly line: number;
}

/**
 * Options of {@link finessEvents}.
 *
 * @category Registers
 */
export interface FinessEventOptions {
  /** Date regions and ARS are read for; default: the extraction date of line 1. */
  readonly asOf?: string;
  /** Keep every line, not only health establishments (sanitary categories). */
  readonly all?: boolean;
  /** Encoding; default `detect` (UTF-8 or Windows-1252 from the first bytes). */
  readonly encoding?: InputEncoding | 'detect';
  /** The EJ file's legal entities (see {@link readFinessLegalEntities}), for the legal status. */
  readonly legalEntities?: ReadonlyMap<string, RegisterLegalEntity>;
}

/**
 * Options of {@link importFinessExtract}.
 *
 * @category Registers
 */
export interface FinessImportOptions extends FinessEventOptions {
  /** Receives each establishment kept, in file order. */
  readonly onEstablishment: (imported: ImportedEstablishment) => void;
  /** Receives each problem (errors of invalid lines, warnings of kept ones), located. */
  readonly onProblem: (problem: InputProblem) => void;
  /** Receives each valid `geolocalisation` line. */
  readonly onLocation?: (location: FinessLocation, line: number) => void;
}

/**
 * Imports a FINESS extract (`etalab-cs1100507` or `cs1100502`: header line, `structureet` lines, then
 * `geolocalisation` lines) streamed from its bytes, in bounded memory: each `structureet` line becomes a palier
 * establishment (health establishments only unless `all`), each problem is located at its line and field.
 * Resolves to the counts, which add up: `read = kept + filteredOut + invalid`.
 *
 * @example
 * ```ts
 * const summary = await importFinessExtract(createReadStream('etalab-cs1100507.csv'), 'etalab-cs1100507.csv', {
 *   onEstablishment: ({ establishment }) => out.push(establishment),
 *   onProblem: (p) => console.error(formatProblem(p, 'en')),
 * });
 * summary.kept; // establishments written
 * ```
 *
 * @category Registers
 */
export async function importFinessExtract(
  source: AsyncIterable<Uint8Array>,
  file: string,
  options: FinessImportOptions,
): Promise<FinessImportSummary> {
  const args: Arguments = {
    source: [source, 'iterable'],
    file: [file, 'text'],
    options: [options, 'object'],
  };
  return atBoundaryAsync('importFinessExtract', args, async () => {
    const events = finessEvents(source, file, options);
    for (;;) {
      const next = await events.next();
      if (next.done === true) return next.value;
      const e = next.value;
      if (e.kind === 'establishment') options.onEstablishment(e.imported);
      else if (e.kind === 'problem') options.onProblem(e.problem);
      else options.onLocation?.(e.location, e.line);
    }
  });
}

/**
 * What {@link finessEvents} yields, in file order: an establishment kept, a problem, a valid location.
 *
 * @category Registers
 */
export type FinessEvent =
  | {
      /** An establishment kept. */
      readonly kind: 'establishment';
      /** It. */
      readonly imported: ImportedEstablishment;
    }
  | {
      /** A problem (error of an invalid line, warning of a kept one). */
      readonly kind: 'problem';
      /** It, located. */
      readonly problem: InputProblem;
    }
  | {
      /** A valid `geolocalisation` line. */
      readonly kind: 'location';
      /** The coordinates. */
      readonly location: FinessLocation;
      /** Its line. */
      readonly line: number;
    };

/**
 * {@link importFinessExtract} as an async generator: the establishments, problems and locations one by one (for
 * a consumer that writes as it reads), the summary as the generator's return value.
 *
 * @example
 * ```ts
 * const events = finessEvents(createReadStream(path), path, {});
 * for (let e = await events.next(); !e.done; e = await events.next()) { … } // e.value: the summary when done
 * ```
 *
 * @category Registers
 */
export async function* finessEvents(
  source: AsyncIterable<Uint8Array>,
  file: string,
  options: FinessEventOptions,
): AsyncGenerator<FinessEvent, FinessImportSummary> {
  try {
    const filteredOut: Record<FinessFilterReason, number> = { 'not-sanitary': 0, geolocation: 0 };
    const filteredCategories: Record<string, number> = {};
    const seen = new Map<string, number>();
    const ej = options.legalEntities;
    const lookup = ej === undefined ? undefined : (f: string) => ej.get(f);
    let header: FinessExtractHeader | undefined;
    let asOf = options.asOf;
    let read = 0;
    let kept = 0;
    let invalid = 0;
    let withWarnings = 0;
    let first = true;
    let stopped = false;
    let readEt: ReturnType<typeof structureEtReader> | undefined;
    const unlistedCodes: Record<string, number> = {};
    // a code outside palier's lists is reported on the first line that has it, then counted
    const firstOfCode = (i: PalierIssue): boolean => {
      if (i.code !== 'finess-unknown-code') return true;
      const key = `${String(i.path[0])}=${i.received ?? ''}`;
      unlistedCodes[key] = (unlistedCodes[key] ?? 0) + 1;
      return unlistedCodes[key] === 1;
    };
    let end: { encoding: InputEncoding; problem?: InputProblem } = { encoding: 'auto' };
    const report = function* (issues: readonly PalierIssue[], line: number): Generator<FinessEvent> {
      for (const i of issues)
        yield { kind: 'problem', problem: { location: { file, line, path: i.path }, issue: i } };
    };

    for await (const record of textRecords(source, file, options.encoding ?? 'detect', (e) => {
      end = e;
    })) {
      const { values, syntax } = splitRecord(record, file);
      if (first) {
        first = false;
        if (values[0] === 'finess') {
          const h = parseExtractHeader(values);
          if (h.ok) header = h.value;
          else
            yield* report(
              h.issues.map((i) => ({ ...i, severity: 'warning' as const })),
              record.line,
            );
          asOf ??= header?.extracted;
          if (asOf === undefined) {
            yield* report([issue('finess-bad-header', { received: record.text.slice(0, 80) })], record.line);
            stopped = true;
            break;
          }
          continue;
        }
        yield* report(
          [issue('finess-bad-header', { received: record.text.slice(0, 80) }, { severity: 'warning' })],
          record.line,
        );
        if (asOf === undefined) {
          stopped = true;
          break;
        }
      }
      read++;
      if (syntax.length > 0) {
        invalid++;
        for (const p of syntax) yield { kind: 'problem', problem: p };
        continue;
      }
      const section = values[0];
      if (section === 'geolocalisation') {
        const g = parseGeolocalisation(values);
        if (!g.ok) {
          invalid++;
          yield* report(g.issues, record.line);
          continue;
        }
        filteredOut.geolocation++;
        yield { kind: 'location', location: g.value, line: record.line };
        continue;
      }
      if (section !== 'structureet') {
        invalid++;
        yield* report(
          [issue('finess-unknown-section', { received: (section ?? '').slice(0, 40) }, { path: [0] })],
          record.line,
        );
        continue;
      }
      const category = values[STRUCTUREET_INDEX.categetab];
      if (
        !options.all &&
        values.length >= STRUCTUREET_FIELDS.length - 1 &&
        category !== undefined &&
        /^\d{3}$/.test(category) &&
        !isSanitaryCategory(category)
      ) {
        // left out on its category alone: lines outside the health categories are counted, not checked further
        filteredOut['not-sanitary']++;
        filteredCategories[category] = (filteredCategories[category] ?? 0) + 1;
        continue;
      }
      readEt ??= structureEtReader({ asOf: asOf!, ...(lookup !== undefined ? { legalEntity: lookup } : {}) });
      const r = readEt(values);
      if (!r.ok) {
        invalid++;
        yield* report(r.issues, record.line);
        continue;
      }
      const c = r.value;
      if (!options.all && !c.sanitary) {
        filteredOut['not-sanitary']++;
        filteredCategories[c.category.code] = (filteredCategories[c.category.code] ?? 0) + 1;
        continue;
      }
      const firstLine = seen.get(c.finess);
      if (firstLine !== undefined) {
        invalid++;
        yield* report(
          [
            issue(
              'finess-duplicate',
              { finess: c.finess, line: firstLine },
              { path: ['nofinesset'], received: c.finess },
            ),
          ],
          record.line,
        );
        continue;
      }
      seen.set(c.finess, record.line);
      kept++;
      if (r.issues.length > 0) withWarnings++;
      yield* report(r.issues.filter(firstOfCode), record.line);
      yield {
        kind: 'establishment',
        imported: { establishment: toEstablishment(c), candidate: c, line: record.line },
      };
    }
    if (end.problem !== undefined) {
      yield { kind: 'problem', problem: end.problem };
      stopped = true;
    }
    return {
      ...(header !== undefined ? { header } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      encoding: end.encoding,
      read,
      kept,
      filteredOut,
      invalid,
      withWarnings,
      filteredCategories,
      unlistedCodes,
      stopped,
    };
  } catch (error) {
    throw unreadable(
      'finessEvents',
      { source: [source, 'iterable'], file: [file, 'text'], options: [options, 'object'] },
      error,
    );
  }
}

/**
 * The counts of reading an EJ file.
 *
 * @category Registers
 */
export interface LegalEntitiesRead {
  /** Legal entities by FINESS EJ. */
  readonly byFiness: ReadonlyMap<string, RegisterLegalEntity>;
  /** Data lines read (header excluded). */
  readonly read: number;
  /** Lines rejected. */
  readonly invalid: number;
  /** `true` when reading stopped early (undecodable bytes). */
  readonly stopped: boolean;
}

/**
 * Reads the EJ file of the extract (`etalab-cs1100501`, `structureej` lines) streamed, keeping each legal
 * entity's name and legal status by FINESS EJ; problems go to `onProblem`, located.
 *
 * @example
 * ```ts
 * const ej = await readFinessLegalEntities(createReadStream(path), path, (p) => problems.push(p));
 * ej.byFiness.get('010780054')?.legalStatus.code; // '13'
 * ```
 *
 * @category Registers
 */
export async function readFinessLegalEntities(
  source: AsyncIterable<Uint8Array>,
  file: string,
  onProblem: (problem: InputProblem) => void,
  encoding: InputEncoding | 'detect' = 'detect',
): Promise<LegalEntitiesRead> {
  const args: Arguments = {
    source: [source, 'iterable'],
    file: [file, 'text'],
    onProblem: [onProblem, 'function'],
    encoding: [encoding, DETECTABLE_ENCODINGS],
  };
  return atBoundaryAsync('readFinessLegalEntities', args, async () => {
    const byFiness = new Map<string, RegisterLegalEntity>();
    const firstLines = new Map<string, number>();
    let read = 0;
    let invalid = 0;
    let first = true;
    let problem: InputProblem | undefined;
    for await (const record of textRecords(source, file, encoding, (e) => {
      problem = e.problem;
    })) {
      const { values, syntax } = splitRecord(record, file);
      if (first) {
        first = false;
        if (values[0] === 'finess') continue;
      }
      read++;
      if (syntax.length > 0) {
        invalid++;
        for (const p of syntax) onProblem(p);
        continue;
      }
      const r = parseStructureEj(values);
      for (const i of r.issues) onProblem({ location: { file, line: record.line, path: i.path }, issue: i });
      if (!r.ok) {
        invalid++;
        continue;
      }
      const earlier = firstLines.get(r.value.finess);
      if (earlier !== undefined) {
        // counted like the ET file's duplicates: read = legal entities + invalid
        invalid++;
        const found = issue(
          'finess-duplicate',
          { finess: r.value.finess, line: earlier },
          { path: ['nofiness'], received: r.value.finess },
        );
        onProblem({ location: { file, line: record.line, path: found.path }, issue: found });
        continue;
      }
      firstLines.set(r.value.finess, record.line);
      byFiness.set(r.value.finess, r.value);
    }
    if (problem !== undefined) onProblem(problem);
    return { byFiness, read, invalid, stopped: problem !== undefined };
  });
}

/** The fields of one record, `;`-separated with standard CSV quoting, and its quoting problems (errors). */
function splitRecord(
  record: TextRecord,
  file: string,
): { values: readonly string[]; syntax: InputProblem[] } {
  if (!record.text.includes('"')) return { values: record.text.split(';'), syntax: [] };
  const table = parseCsv(record.text, ';');
  const syntax = table.issues.map((s) => csvStopProblem(file, s, record.line));
  if (table.records.length > 1) {
    // the records are cut on line feeds; a lone CR outside quotes would end a CSV record inside this one
    const split = issue('finess-split-record', { parts: table.records.length });
    syntax.push({ location: { file, line: record.line, column: 1 }, issue: split });
  }
  return { values: table.records[0]?.values ?? [], syntax };
}
