import type { Activity, Establishment, EstablishmentTrait, LegalStatus } from '../../actors/index.js';
import { ACTIVITIES, parseFiness } from '../../actors/index.js';
import { type Arguments, atBoundary } from '../../core/guards.js';
import type { IssuePath } from '../../core/issue.js';
import { issue } from '../../core/messages.js';
import { yesNoCell } from './cells.js';
import type { CsvRecord, CsvTable } from './csv.js';
import { indexHeader, normaliseHeader } from './header.js';
import type { InputProblem, SourceLocation } from './problem.js';
import { emptyCsv, type ReadResult } from './read-result.js';
import { csvStopProblem } from './syntax.js';

/**
 * A column name of the establishments CSV.
 *
 * @category Input files
 */
export type EstablishmentColumn =
  | 'finess'
  | 'name'
  | 'level'
  | 'status'
  | 'espic'
  | 'activities'
  | 'traits'
  | 'department'
  | 'ght'
  | 'category';

/**
 * Columns of the establishments CSV, with the French aliases accepted.
 *
 * @category Input files
 */
export const ESTABLISHMENT_COLUMNS: Readonly<Record<EstablishmentColumn, readonly string[]>> = {
  finess: [],
  name: ['nom', 'raison_sociale'],
  level: ['niveau'],
  status: ['statut'],
  espic: [],
  activities: ['activites'],
  traits: ['caracteristiques'],
  department: ['departement'],
  ght: [],
  category: ['categorie'],
};

type Column = EstablishmentColumn;

const STATUS: Readonly<Record<string, LegalStatus>> = {
  public: 'public',
  'private-non-profit': 'private-non-profit',
  espic: 'private-non-profit',
  'prive-non-lucratif': 'private-non-profit',
  'private-for-profit': 'private-for-profit',
  'prive-lucratif': 'private-for-profit',
  'prive-commercial': 'private-for-profit',
};

/** The words for "not known" in the status and activities cells (a register import writes `unknown`). */
const UNKNOWN: ReadonlySet<string> = new Set(['unknown', 'inconnu', 'inconnue', 'inconnues', 'inconnus']);

const TRAITS: Readonly<Record<string, EstablishmentTrait>> = {
  no_technical_platform: 'NO_TECHNICAL_PLATFORM',
  sans_pt: 'NO_TECHNICAL_PLATFORM',
  no_external_consultations: 'NO_EXTERNAL_CONSULTATIONS',
  sans_ace: 'NO_EXTERNAL_CONSULTATIONS',
};

const ACTIVITY_ALIASES: Readonly<Record<string, Activity>> = { SMR: 'SSR', DIALYSE: 'DIALYSIS' };

/**
 * Reads the establishments CSV (one row per establishment: FINESS, name, level, status, activities, traits …),
 * which tells the evaluation which indicators concern each establishment. Lists (activities, traits) are
 * separated by `|`, `+` or spaces; French words are accepted (`SMR`, `dialyse`, `sans_pt`, `espic`). `unknown`
 * (*inconnu*) in the status or activities cell leaves it unset (what `palier import finess` writes when the
 * register does not say): evaluation then takes every activity.
 *
 * @example
 * ```ts
 * const r = establishmentsFromCsv(parseCsv('finess;name;status;activities\n750712184;AP-HP;public;MCO|SSR'), 'e.csv');
 * r.values[0]?.activities; // ['MCO', 'SSR']
 * ```
 *
 * @category Input files
 */
export function establishmentsFromCsv(table: CsvTable, file: string): ReadResult<Establishment> {
  const args: Arguments = { table: [table, 'object'], file: [file, 'text'] };
  return atBoundary('establishmentsFromCsv', args, () => {
    const problems: InputProblem[] = table.issues.map((s) => csvStopProblem(file, s));
    const [header, ...rows] = table.records;
    const locateNone = (_i: number, path: IssuePath): SourceLocation => ({ file, path });
    if (header === undefined) return emptyCsv(file, problems);
    const { index, problems: headerProblems } = indexHeader(header, file, ESTABLISHMENT_COLUMNS, [
      'finess',
      'status',
      'activities',
    ]);
    problems.push(...headerProblems.filter((p) => !isRegisterColumn(p)));
    if (headerProblems.some((p) => p.issue.code === 'missing-column')) {
      return {
        values: [],
        origins: [],
        problems,
        summary: { unit: 'rows', read: rows.length, valid: 0, invalid: rows.length },
        locate: locateNone,
      };
    }
    const values: Establishment[] = [];
    const origins: SourceLocation[] = [];
    const seen = new Map<string, number>();
    let invalid = 0;
    const width = header.values.length;
    const memos: CellMemo = { statuses: new Map(), activities: new Map() };
    for (const row of rows) {
      const out: InputProblem[] = [];
      if (row.values.length !== width) {
        // a value with the delimiter inside and no quotes shifts every cell after it: nothing on the row is sure
        out.push({
          location: { file, line: row.lines[0]!, column: 1 },
          issue: issue(
            'csv-field-count',
            { received: row.values.length, expected: width },
            { expected: String(width), received: String(row.values.length) },
          ),
        });
      }
      const e = readRow(row, index, file, out, memos);
      if (e !== undefined) {
        const first = seen.get(e.finess);
        if (first !== undefined) {
          out.push({
            location: { file, line: row.lines[0]!, column: 1 },
            issue: issue(
              'duplicate-record',
              { id: e.finess, where: `line ${first}` },
              { received: e.finess },
            ),
          });
        } else if (!out.some((p) => p.issue.severity !== 'warning')) {
          seen.set(e.finess, row.lines[0]!);
          values.push(e);
          origins.push({ file, line: row.lines[0]! });
        }
      }
      if (out.some((p) => p.issue.severity !== 'warning')) invalid++;
      problems.push(...out);
    }
    return {
      values,
      origins,
      problems,
      summary: { unit: 'rows', read: rows.length, valid: rows.length - invalid, invalid },
      locate: (i, path) => ({ ...(origins[i] ?? { file }), path }),
    };
  });
}

/** A status cell read: the status it names, whether it says "not known", whether it says `espic`. */
interface StatusCell {
  readonly status: LegalStatus | undefined;
  readonly unknown: boolean;
  readonly espic: boolean;
}

/** An activities cell read: the activities named (none when it says "not known"), and the words not understood. */
interface ActivitiesCell {
  readonly unknown: boolean;
  readonly activities: readonly Activity[];
  readonly invalid: readonly string[];
}

/**
 * The status and activities cells read, by their text: a file repeats the same few (`public`, `MCO|SSR`) on
 * every row, so each is read once per file.
 */
interface CellMemo {
  readonly statuses: Map<string, StatusCell>;
  readonly activities: Map<string, ActivitiesCell>;
}

function readStatus(text: string): StatusCell {
  const raw = normaliseHeader(text).replace(/_/g, '-');
  return {
    status: Object.hasOwn(STATUS, raw) ? STATUS[raw] : undefined,
    unknown: UNKNOWN.has(raw),
    espic: raw === 'espic',
  };
}

function readActivities(text: string): ActivitiesCell {
  if (UNKNOWN.has(normaliseHeader(text))) return { unknown: true, activities: [], invalid: [] };
  const activities: Activity[] = [];
  const invalid: string[] = [];
  for (const word of split(text)) {
    const upper = word.toUpperCase();
    const a = (ACTIVITIES as readonly string[]).includes(upper)
      ? (upper as Activity)
      : Object.hasOwn(ACTIVITY_ALIASES, upper)
        ? ACTIVITY_ALIASES[upper]
        : undefined;
    if (a === undefined) invalid.push(word);
    else if (!activities.includes(a)) activities.push(a);
  }
  return { unknown: false, activities, invalid };
}

/** A value of `map` by key, read by `read` the first time. */
function memo<T>(map: Map<string, T>, key: string, read: (key: string) => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = read(key);
    map.set(key, value);
  }
  return value;
}

function readRow(
  row: CsvRecord,
  index: Partial<Record<Column, number>>,
  file: string,
  out: InputProblem[],
  memos: CellMemo,
): Establishment | undefined {
  const cell = (c: Column): string => {
    const i = index[c];
    return i === undefined ? '' : (row.values[i] ?? '').trim();
  };
  const at = (c: Column): SourceLocation => {
    const i = index[c];
    if (i === undefined || i >= row.values.length) return { file, line: row.lines[0]!, column: 1 };
    return { file, line: row.lines[i]!, column: row.columns[i]! };
  };
  const bad = (
    c: Column,
    code: 'invalid-level' | 'invalid-status' | 'invalid-activity' | 'invalid-trait' | 'activities-required',
    received: string,
    expected: string,
  ): undefined => {
    out.push({ location: at(c), issue: issue(code, { received }, { received, path: [c], expected }) });
    return undefined;
  };
  const finess = cell('finess');
  const f = parseFiness(finess);
  if (!f.ok)
    out.push({
      location: at('finess'),
      issue: { ...f.issues[0]!, path: ['finess'], received: finess },
    });
  const levelText = cell('level');
  const levelRaw = levelText.toLowerCase();
  const level =
    levelRaw === '' || levelRaw === 'legal-entity' || levelRaw === 'ej'
      ? 'legal-entity'
      : levelRaw === 'site' || levelRaw === 'et'
        ? 'site'
        : undefined;
  if (level === undefined) bad('level', 'invalid-level', levelText, 'legal-entity (EJ) or site (ET)');
  const statusText = cell('status');
  const { status, unknown: statusUnknown, espic: saysEspic } = memo(memos.statuses, statusText, readStatus);
  if (status === undefined && !statusUnknown) {
    bad(
      'status',
      'invalid-status',
      statusText,
      'public, private-non-profit (espic), private-for-profit, unknown',
    );
  }
  const activitiesText = cell('activities');
  const read = memo(memos.activities, activitiesText, readActivities);
  for (const word of read.invalid) bad('activities', 'invalid-activity', word, ACTIVITIES.join(', '));
  if (read.activities.length === 0 && activitiesText === '') {
    bad('activities', 'activities-required', '', ACTIVITIES.join(', '));
  }
  const traits: EstablishmentTrait[] = [];
  for (const word of split(cell('traits'))) {
    const lower = word.toLowerCase();
    const t = Object.hasOwn(TRAITS, lower)
      ? TRAITS[lower]
      : Object.values(TRAITS).includes(word as EstablishmentTrait)
        ? (word as EstablishmentTrait)
        : undefined;
    if (t === undefined)
      bad('traits', 'invalid-trait', word, 'NO_TECHNICAL_PLATFORM, NO_EXTERNAL_CONSULTATIONS');
    else if (!traits.includes(t)) traits.push(t);
  }
  let espic: boolean | undefined;
  const espicText = cell('espic');
  if (espicText !== '') {
    const r = yesNoCell(espicText);
    if (r.ok) espic = r.value;
    else for (const i of r.issues) out.push({ location: at('espic'), issue: { ...i, path: ['espic'] } });
  }
  if (
    out.some((p) => p.issue.severity !== 'warning') ||
    !f.ok ||
    level === undefined ||
    (status === undefined && !statusUnknown)
  )
    return undefined;
  // the fields in one order, set one by one (one object shape, not one per combination of spreads)
  const e: { -readonly [K in keyof Establishment]: Establishment[K] } = {
    finess: f.value.finess,
    level,
    name: cell('name'),
  };
  if (status !== undefined) e.status = status;
  if (espic !== undefined) e.espic = espic;
  else if (saysEspic) e.espic = true;
  if (!read.unknown) e.activities = read.activities.slice();
  if (traits.length > 0) e.traits = traits;
  const department = cell('department');
  if (department !== '') e.department = department;
  const ght = cell('ght');
  if (ght !== '') e.ght = ght;
  const category = cell('category');
  if (category !== '') e.category = category;
  return e;
}

/**
 * The register's columns that `palier import finess` writes after palier's own establishments columns: the
 * establishments reader accepts them as information and does not report them as unknown.
 *
 * @category Registers
 */
export const REGISTER_COLUMNS: readonly string[] = Object.freeze([
  'legal_entity',
  'long_name',
  'category_label',
  'aggregate_category',
  'finess_department',
  'region',
  'ars',
  'status_rule',
  'activity_hints',
]);

const REGISTER_COLUMN_SET: ReadonlySet<string> = new Set(REGISTER_COLUMNS);

function isRegisterColumn(p: InputProblem): boolean {
  return (
    p.issue.code === 'unknown-column' && REGISTER_COLUMN_SET.has(normaliseHeader(p.issue.received ?? ''))
  );
}

function split(list: string): string[] {
  return list.split(/[|+\s]+/).filter((w) => w !== '');
}
