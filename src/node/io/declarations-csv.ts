import type { ActorLevel, FinessCheck } from '../../actors/index.js';
import { parseFiness } from '../../actors/index.js';
import type { Declaration, DeclaredValue } from '../../evaluation/types.js';
import type { IssuePath } from '../../issues.js';
import type { IndicatorKind } from '../../programme/types.js';
import type { CellError, CellResult } from './cells.js';
import { readCount, readDate, readDecimal, readYesNo } from './cells.js';
import type { CsvRecord, CsvTable } from './csv.js';
import { indexHeader } from './header.js';
import type { InputProblem, SourceLocation } from './problem.js';
import { problem } from './problem.js';
import { emptyCsv, type ReadResult } from './read-result.js';

/**
 * A column name of the long declarations CSV.
 *
 * @category Input files
 */
export type DeclarationColumn =
  | 'finess'
  | 'level'
  | 'ght'
  | 'programme'
  | 'version'
  | 'period_start'
  | 'period_end'
  | 'indicator'
  | 'kind'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'na_reason'
  | 'declared_on'
  | 'declared_by'
  | 'method';

/**
 * Columns of the long declarations CSV, with the French aliases accepted for each.
 *
 * @category Input files
 */
export const DECLARATION_COLUMNS: Readonly<Record<DeclarationColumn, readonly string[]>> = {
  finess: [],
  level: ['niveau'],
  ght: [],
  programme: ['program'],
  version: [],
  period_start: ['periode_debut', 'debut_periode', 'debut', 'start'],
  period_end: ['periode_fin', 'fin_periode', 'fin', 'end'],
  indicator: ['indicateur', 'code'],
  kind: ['type', 'nature'],
  value: ['valeur'],
  numerator: ['numerateur'],
  denominator: ['denominateur'],
  na_reason: ['motif_na', 'raison_na', 'not_applicable'],
  declared_on: ['date_declaration'],
  declared_by: ['declarant'],
  method: ['methode'],
};

const REQUIRED: readonly DeclarationColumn[] = ['finess', 'period_start', 'period_end', 'indicator'];

/**
 * A programme named by id and version.
 *
 * @category Input files
 */
export interface ProgrammeRef {
  /** Programme id (`hopen`). */
  readonly id: string;
  /** Version. */
  readonly version: string;
}

/**
 * Options of {@link declarationsFromCsv}.
 *
 * @category Input files
 */
export interface DeclarationsCsvOptions {
  /** File name for locations. */
  readonly file: string;
  /** Programme a row answers when it has no `programme`/`version` cell. */
  readonly programme: ProgrammeRef;
  /**
   * Kind of each indicator of the programme (to read its value). When given, a code it does not know is an
   * `unknown-indicator` error; when absent, the kind comes from the `kind` column or the cells' shape.
   */
  readonly kindOf?: (code: string) => IndicatorKind | undefined;
  /** FINESS check: `key` (default) or `format`. */
  readonly finessCheck?: FinessCheck;
}

interface Group {
  readonly origin: SourceLocation;
  readonly valueOrigins: Map<string, SourceLocation>;
  readonly head: Omit<Declaration, 'values'>;
  readonly values: [string, DeclaredValue][];
}

/**
 * Turns a parsed long CSV — one row per (establishment, period, indicator) — into declarations: rows sharing
 * FINESS, level, GHT, programme, version and period make one declaration. Every bad cell is reported with its
 * line and column; a bad row is left out (its indicator then shows as missing) and the other rows are kept.
 *
 * @example
 * ```ts
 * const r = declarationsFromCsv(parseCsv(text), { file: 'd.csv', programme: { id: 'hopen', version: '1' } });
 * r.summary; // { unit: 'rows', read: 135000, valid: 134998, invalid: 2 }
 * ```
 *
 * @category Input files
 */
export function declarationsFromCsv(
  table: CsvTable,
  options: DeclarationsCsvOptions,
): ReadResult<Declaration> {
  const { file } = options;
  const problems: InputProblem[] = table.issues.map((s) =>
    problem({ file, line: s.line, column: s.column }, s.code, s.message),
  );
  const [header, ...rows] = table.records;
  if (header === undefined) return emptyCsv(file, problems);
  const { index, problems: headerProblems } = indexHeader(header, file, DECLARATION_COLUMNS, REQUIRED);
  problems.push(...headerProblems);
  if (headerProblems.some((p) => p.issue.code === 'missing-column')) {
    return {
      values: [],
      origins: [],
      problems,
      summary: { unit: 'rows', read: rows.length, valid: 0, invalid: rows.length },
      locate: (_i, path) => ({ file, path }),
    };
  }
  const groups = new Map<string, Group>();
  const memo: Memo = {
    finess: memoise((raw) => parseFiness(raw, { check: options.finessCheck ?? 'key' })),
    date: memoise(readDate),
    level: memoise(readLevel),
  };
  let invalid = 0;
  for (const row of rows) {
    const rowProblems: InputProblem[] = [];
    readRow(row, header.values.length, index, options, groups, rowProblems, memo);
    if (rowProblems.some((p) => p.issue.severity !== 'warning')) invalid++;
    problems.push(...rowProblems);
  }
  const values: Declaration[] = [];
  const origins: SourceLocation[] = [];
  // `locate` keeps only the locations, not the groups' rows (a national file has 135,000 of them)
  const valueOrigins: Map<string, SourceLocation>[] = [];
  for (const g of groups.values()) {
    values.push({ ...g.head, values: Object.fromEntries(g.values) });
    origins.push(g.origin);
    valueOrigins.push(g.valueOrigins);
  }
  groups.clear();
  const locate = (i: number, path: IssuePath): SourceLocation => {
    const origin = origins[i];
    if (origin === undefined) return { file, path };
    const code = path[0] === 'values' && typeof path[1] === 'string' ? path[1] : undefined;
    return (code !== undefined ? valueOrigins[i]!.get(code) : undefined) ?? origin;
  };
  return {
    values,
    origins,
    problems,
    summary: { unit: 'rows', read: rows.length, valid: rows.length - invalid, invalid },
    locate,
  };
}

type Index = Partial<Record<DeclarationColumn, number>>;

/** Cells that repeat across rows (FINESS, dates, levels), read once each. */
interface Memo {
  readonly finess: (raw: string) => ReturnType<typeof parseFiness>;
  readonly date: (raw: string) => CellResult<string>;
  readonly level: (raw: string) => CellResult<ActorLevel>;
}

function memoise<T>(read: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    let v = cache.get(raw);
    if (v === undefined) {
      v = read(raw);
      cache.set(raw, v);
    }
    return v;
  };
}

function readRow(
  row: CsvRecord,
  width: number,
  index: Index,
  options: DeclarationsCsvOptions,
  groups: Map<string, Group>,
  out: InputProblem[],
  memo: Memo,
): void {
  const { file } = options;
  const cell = (c: DeclarationColumn): string => cellOf(row, index, c);
  const at = (c: DeclarationColumn): SourceLocation => locationOf(row, index, c, file);
  const report = (c: DeclarationColumn, r: CellError, raw: string): void => {
    out.push(
      problem(at(c), r.code, r.message, {
        received: raw,
        path: [c],
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
      }),
    );
  };
  if (row.values.length !== width) {
    out.push(
      problem(
        { file, line: row.lines[0]!, column: 1 },
        'csv-field-count',
        {
          fr: `${row.values.length} champ(s) sur cette ligne, ${width} dans l’en-tête (délimiteur ou guillemet manquant ?).`,
          en: `${row.values.length} field(s) on this line, ${width} in the header (a missing delimiter or quote?).`,
        },
        { expected: String(width), received: String(row.values.length), severity: 'warning' },
      ),
    );
  }

  const finessRaw = cell('finess');
  const finess = memo.finess(finessRaw);
  if (!finess.ok) {
    out.push(
      problem(at('finess'), finess.issues[0]!.code, finess.issues[0]!.message, {
        path: ['finess'],
        received: finessRaw,
        ...(finess.issues[0]!.expected !== undefined ? { expected: finess.issues[0]!.expected } : {}),
      }),
    );
  }
  const level = memo.level(cell('level'));
  if (!level.ok) report('level', level, cell('level'));
  const ght = cell('ght');
  if (level.ok && level.value === 'ght' && ght === '') {
    out.push(
      problem(at('ght'), 'ght-required', {
        fr: 'Une déclaration de niveau GHT doit donner le code du GHT (colonne ght).',
        en: 'A GHT-level declaration must give the GHT code (column ght).',
      }),
    );
  }
  const start = memo.date(cell('period_start'));
  if (!start.ok) report('period_start', start, cell('period_start'));
  const end = memo.date(cell('period_end'));
  if (!end.ok) report('period_end', end, cell('period_end'));
  if (start.ok && end.ok && end.value < start.value) {
    out.push(
      problem(
        at('period_end'),
        'period-reversed',
        { fr: 'La fin de période précède son début.', en: 'The period ends before it starts.' },
        { expected: `≥ ${start.value}`, received: end.value, path: ['period_end'] },
      ),
    );
  }
  const declaredOnRaw = cell('declared_on');
  const declaredOn = declaredOnRaw === '' ? undefined : readDate(declaredOnRaw);
  if (declaredOn !== undefined && !declaredOn.ok) report('declared_on', declaredOn, declaredOnRaw);
  const code = cell('indicator');
  if (code === '') {
    out.push(
      problem(at('indicator'), 'required', {
        fr: 'Code d’indicateur manquant.',
        en: 'Missing indicator code.',
      }),
    );
  }
  const programmeCell = cell('programme');
  if (programmeCell !== '' && programmeCell !== options.programme.id) {
    out.push(
      problem(
        at('programme'),
        'programme-mismatch',
        {
          fr: `Ligne déclarée pour le programme ${programmeCell}, évaluée avec ${options.programme.id}.`,
          en: `Row declared for programme ${programmeCell}, evaluated with ${options.programme.id}.`,
        },
        { expected: options.programme.id, received: programmeCell, path: ['programme'] },
      ),
    );
  }
  const value = code === '' ? undefined : readValue(code, cell, at, options, out);
  if (out.some((p) => p.issue.severity !== 'warning')) return;
  if (!finess.ok || !level.ok || !start.ok || !end.ok || value === undefined) return;

  const programme = {
    id: cell('programme') || options.programme.id,
    version: cell('version') || options.programme.version,
  };
  const finessValue = finess.ok ? finess.value.finess : '';
  const key = [finessValue, level.value, ght, programme.id, programme.version, start.value, end.value].join(
    '\u0000',
  );
  let group = groups.get(key);
  if (group === undefined) {
    const head: Omit<Declaration, 'values'> = {
      finess: finessValue,
      level: level.value,
      ...(ght !== '' ? { ght } : {}),
      programme,
      period: { start: start.value, end: end.value },
      ...(cell('method') !== '' ? { method: cell('method') } : {}),
      ...(declaredOn?.ok ? { declaredOn: declaredOn.value } : {}),
      ...(cell('declared_by') !== '' ? { declaredBy: cell('declared_by') } : {}),
    };
    group = {
      origin: { file, line: row.lines[0]! },
      valueOrigins: new Map(),
      head,
      values: [],
    };
    groups.set(key, group);
  }
  if (group.valueOrigins.has(code)) {
    out.push(
      problem(
        at('indicator'),
        'duplicate-indicator',
        {
          fr: `L’indicateur ${code} est déjà déclaré pour cet établissement et cette période (ligne ${group.origin.line} et suivantes) : cette ligne est ignorée.`,
          en: `Indicator ${code} is already declared for this establishment and period (from line ${group.origin.line}): this row is ignored.`,
        },
        { received: code, path: ['indicator'] },
      ),
    );
    return;
  }
  group.values.push([code, value]);
  group.valueOrigins.set(code, at('indicator'));
}

function cellOf(row: CsvRecord, index: Index, c: DeclarationColumn): string {
  const i = index[c];
  return i === undefined ? '' : (row.values[i] ?? '').trim();
}

function locationOf(row: CsvRecord, index: Index, c: DeclarationColumn, file: string): SourceLocation {
  const i = index[c];
  if (i === undefined || i >= row.values.length) return { file, line: row.lines[0]!, column: 1 };
  return { file, line: row.lines[i]!, column: row.columns[i]! };
}

function readLevel(raw: string): CellResult<ActorLevel> {
  const s = raw.toLowerCase();
  if (s === '' || s === 'legal-entity' || s === 'ej') return { ok: true, value: 'legal-entity' };
  if (s === 'site' || s === 'et' || s === 'eg') return { ok: true, value: 'site' };
  if (s === 'ght') return { ok: true, value: 'ght' };
  return {
    ok: false,
    code: 'invalid-level',
    message: { fr: `Niveau inconnu « ${raw} ».`, en: `Unknown level "${raw}".` },
    expected: 'legal-entity (EJ), site (ET) or ght',
  };
}

const KINDS = new Set<IndicatorKind>(['yes-no', 'rate', 'count']);

function readValue(
  code: string,
  cell: (c: DeclarationColumn) => string,
  at: (c: DeclarationColumn) => SourceLocation,
  options: DeclarationsCsvOptions,
  out: InputProblem[],
): DeclaredValue | undefined {
  const raw = cell('value');
  const num = cell('numerator');
  const den = cell('denominator');
  const na = cell('na_reason');
  const fail = (c: DeclarationColumn, r: CellError, received: string) => {
    out.push(
      problem(at(c), r.code, r.message, {
        received,
        path: [c],
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
      }),
    );
    return undefined;
  };
  if (na !== '') {
    if (raw !== '' || num !== '' || den !== '') {
      out.push(
        problem(at('na_reason'), 'conflicting-values', {
          fr: 'Un motif de non-applicabilité et une valeur sont donnés ensemble : laissez l’un des deux vide.',
          en: 'A not-applicable reason and a value are both given: leave one of them empty.',
        }),
      );
      return undefined;
    }
    return { kind: 'not-applicable', reason: na };
  }
  if (raw === '' && num === '' && den === '') {
    out.push(
      problem(
        at('value'),
        'missing-value',
        {
          fr: `Aucune valeur pour ${code} : renseignez value, numerator et denominator, ou na_reason.`,
          en: `No value for ${code}: fill value, numerator and denominator, or na_reason.`,
        },
        { path: ['value'] },
      ),
    );
    return undefined;
  }
  const kindCell = cell('kind').toLowerCase();
  if (kindCell !== '' && !KINDS.has(kindCell as IndicatorKind)) {
    return fail(
      'kind',
      {
        ok: false,
        code: 'invalid-kind',
        message: { fr: `Type inconnu « ${kindCell} ».`, en: `Unknown kind "${kindCell}".` },
        expected: 'yes-no, rate or count',
      },
      kindCell,
    );
  }
  const known = options.kindOf?.(code);
  if (options.kindOf !== undefined && known === undefined) {
    out.push(
      problem(
        at('indicator'),
        'unknown-indicator',
        {
          fr: `Le programme ${options.programme.id} n’a pas d’indicateur ${code}.`,
          en: `Programme ${options.programme.id} has no indicator ${code}.`,
        },
        { received: code, path: ['indicator'] },
      ),
    );
    return undefined;
  }
  if (kindCell !== '' && known !== undefined && kindCell !== known) {
    out.push(
      problem(
        at('kind'),
        'wrong-kind',
        {
          fr: `${code} est un indicateur de type ${known}, pas ${kindCell}.`,
          en: `${code} is a ${known} indicator, not ${kindCell}.`,
        },
        { expected: known, received: kindCell, path: ['kind'] },
      ),
    );
    return undefined;
  }
  const kind = known ?? ((kindCell as IndicatorKind) || inferKind(raw, num, den));
  if (kind === 'yes-no') {
    const r = readYesNo(raw);
    return r.ok ? { kind: 'yes-no', value: r.value } : fail('value', r, raw);
  }
  if (kind === 'count') {
    const r = readCount(raw);
    return r.ok ? { kind: 'count', value: r.value } : fail('value', r, raw);
  }
  if (num !== '' || den !== '') return readRateCounts(num, den, at, out, fail);
  const r = readDecimal(raw, true);
  if (!r.ok) return fail('value', r, raw);
  if (r.value < 0 || r.value > 100) {
    return fail(
      'value',
      {
        ok: false,
        code: 'percent-out-of-range',
        message: { fr: `Pourcentage hors de 0–100 : ${raw}.`, en: `Percentage outside 0–100: ${raw}.` },
        expected: '0–100',
      },
      raw,
    );
  }
  return { kind: 'rate', percent: r.value };
}

type Fail = (c: DeclarationColumn, r: CellError, received: string) => undefined;

function readRateCounts(
  num: string,
  den: string,
  at: (c: DeclarationColumn) => SourceLocation,
  out: InputProblem[],
  fail: Fail,
): DeclaredValue | undefined {
  const missing = num === '' ? 'numerator' : den === '' ? 'denominator' : undefined;
  if (missing !== undefined) {
    out.push(
      problem(at(missing), 'incomplete-rate', {
        fr: 'Un taux se déclare avec son numérateur et son dénominateur (ou en pourcentage dans value).',
        en: 'A rate is declared with both numerator and denominator (or as a percentage in value).',
      }),
    );
    return undefined;
  }
  const n = readCount(num);
  if (!n.ok) return fail('numerator', n, num);
  const d = readCount(den);
  if (!d.ok) return fail('denominator', d, den);
  if (d.value === 0) {
    out.push(
      problem(
        at('denominator'),
        'zero-denominator',
        {
          fr: 'Dénominateur nul : si l’indicateur est sans objet sur la période, renseignez na_reason.',
          en: 'Zero denominator: if the indicator does not apply for the period, fill na_reason.',
        },
        { expected: '> 0', received: den },
      ),
    );
    return undefined;
  }
  if (n.value > d.value) {
    out.push(
      problem(
        at('numerator'),
        'numerator-exceeds-denominator',
        { fr: 'Le numérateur dépasse le dénominateur.', en: 'The numerator exceeds the denominator.' },
        { expected: `≤ ${d.value}`, received: num },
      ),
    );
    return undefined;
  }
  return { kind: 'rate', numerator: n.value, denominator: d.value };
}

/** Kind of a value whose indicator the programme does not know, from the cells' shape. */
function inferKind(raw: string, num: string, den: string): IndicatorKind {
  if (num !== '' || den !== '') return 'rate';
  if (readYesNo(raw).ok && !/^[01]$/.test(raw)) return 'yes-no';
  if (/^\d+$/.test(raw)) return 'count';
  return 'rate';
}
