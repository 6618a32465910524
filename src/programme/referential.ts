import type { ActorLevel } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/programme.js';
import { fail, ok, type Result } from '../core/result.js';
import { isCalendarDate } from '../dates/index.js';
import { comparatorSymbol } from './comparator.js';
import type { IndicatorAddition, ThresholdChange } from './override-changes.js';
import { applyOverrides } from './overrides.js';
import type {
  Comparator,
  IncompleteIndicator,
  Indicator,
  IndicatorKind,
  Programme,
  Requirement,
  Threshold,
} from './types.js';

/**
 * The columns of a referential template (*référentiel à compléter*), in order. The user fills `comparator` and
 * `value` (and, for a target that changes by period, `from` / `until` / `period`), and may cite the guide's page
 * in `source`; `guide_indicators` is how many indicators the guide lists for the requirement (filled when known:
 * a requirement is reached only when its list is known complete); the `known_*` columns show what palier already
 * knows, with its source.
 *
 * @category Programmes
 */
export const REFERENTIAL_COLUMNS = [
  'requirement',
  'requirement_kind',
  'code',
  'key',
  'label_fr',
  'kind',
  'level',
  'applies_to',
  'guide_indicators',
  'role',
  'comparator',
  'value',
  'from',
  'until',
  'period',
  'source',
  'known_threshold',
  'known_status',
  'known_source',
] as const;

/**
 * A column of a referential template.
 *
 * @category Programmes
 */
export type ReferentialColumn = (typeof REFERENTIAL_COLUMNS)[number];

/**
 * One row of a referential, as text cells (what a CSV row holds), with the line it was read from.
 *
 * @category Programmes
 */
export type ReferentialRow = Partial<Record<ReferentialColumn, string>> & {
  /** Line of the row in its file (1-based), cited in the provenance of every value it sets. */
  readonly line?: number;
};

/**
 * The rows of a referential template for a programme: one per evaluable indicator (and one per step of a
 * schedule), one per incomplete indicator (code unknown: fill `code`, `kind` and the threshold to add it), each
 * with its requirement, French label, kind, level, where it applies, the role its threshold plays (`eligibility`
 * for a prerequisite, `target` for a domain), empty threshold columns, and the known threshold with its status
 * and source.
 *
 * @example
 * ```ts
 * const rows = referentialTemplate(hopen);
 * rows.find((r) => r.code === 'D2.2')?.known_threshold; // '≥ 98 %'
 * ```
 *
 * @category Programmes
 */
export function referentialTemplate(programme: Programme): ReferentialRow[] {
  return atBoundary('referentialTemplate', 'programme', () => {
    const rows: ReferentialRow[] = [];
    for (const req of [...programme.prerequisites, ...programme.domains]) {
      const role = req.kind === 'prerequisite' ? 'eligibility' : 'target';
      for (const indicator of req.indicators) {
        rows.push(indicatorRow(req, indicator, role, indicator[role]));
        for (const step of indicator.schedule ?? []) {
          rows.push({
            ...indicatorRow(req, indicator, role, step[role]),
            from: step.from,
            until: step.until ?? '',
            period: step.name ?? '',
          });
        }
      }
      for (const incomplete of req.incompleteIndicators ?? [])
        rows.push(incompleteRow(req, incomplete, role));
    }
    return rows;
  });
}

function base(req: Requirement, role: 'eligibility' | 'target'): ReferentialRow {
  return {
    requirement: req.code,
    requirement_kind: req.kind,
    guide_indicators: req.indicatorCount === undefined ? '' : String(req.indicatorCount.value),
    role,
    comparator: '',
    value: '',
    from: '',
    until: '',
    period: '',
    source: '',
  };
}

function indicatorRow(
  req: Requirement,
  indicator: Indicator,
  role: 'eligibility' | 'target',
  known: Threshold | undefined,
): ReferentialRow {
  const rule = indicator.applicability;
  return {
    ...base(req, role),
    code: indicator.code,
    key: '',
    label_fr: indicator.label.fr,
    kind: indicator.kind,
    level: indicator.level,
    applies_to:
      rule === undefined
        ? 'all'
        : [
            rule.activities.join(' '),
            ...(rule.notConcerned?.length ? [`NC: ${rule.notConcerned.join(' ')}`] : []),
          ].join('; '),
    ...knownColumns(known, indicator.kind),
  };
}

function incompleteRow(
  req: Requirement,
  i: IncompleteIndicator,
  role: 'eligibility' | 'target',
): ReferentialRow {
  return {
    ...base(req, role),
    code: i.code ?? '',
    key: i.key,
    label_fr: i.label.fr,
    kind: i.kind ?? '',
    level: '',
    applies_to: '',
    ...knownColumns(i[role], i.kind),
  };
}

function knownColumns(t: Threshold | undefined, kind: IndicatorKind | undefined): ReferentialRow {
  if (t === undefined) return { known_threshold: '', known_status: 'unknown', known_source: '' };
  return {
    known_threshold: `${comparatorSymbol(t)} ${showValue(t.value, kind)}`,
    known_status: t.provenance.status,
    known_source:
      t.provenance.note === undefined ? t.provenance.source : `${t.provenance.source} (${t.provenance.note})`,
  };
}

function showValue(value: number | boolean, kind: IndicatorKind | undefined): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return kind === 'rate' ? `${value} %` : String(value);
}

/**
 * Options of {@link applyReferential}.
 *
 * @category Programmes
 */
export interface ApplyReferentialOptions {
  /** Name of the file the rows come from, cited with each row's line (`my-guide.csv:12`). */
  readonly file: string;
}

/**
 * Completes a programme from a filled referential (the official indicator guide, copied into the template of
 * {@link referentialTemplate}): every row with a `value` becomes an override whose provenance cites the file and
 * the line (`my-guide.csv:12`, status `override`; the row's `source` cell goes in the note) — a threshold for a
 * known indicator, a step of its schedule when `from` is filled, or a new indicator (a code the programme does not
 * know, with its `requirement`, `kind` and `label_fr`; `key` names the incomplete indicator it replaces). Rows
 * without a value are left as they are. Every problem comes back with its line and column; then nothing is
 * applied.
 *
 * @example
 * ```ts
 * const r = applyReferential(hopen, [{ line: 2, code: 'D1.1', comparator: '≥', value: '80' }], { file: 'guide.csv' });
 * if (r.ok) r.value.overrides[0]?.provenance.source; // 'guide.csv:2'
 * ```
 *
 * @category Programmes
 */
export function applyReferential(
  programme: Programme,
  rows: readonly ReferentialRow[],
  options: ApplyReferentialOptions,
): Result<Programme> {
  const args: Arguments = {
    programme: [programme, 'object'],
    rows: [rows, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('applyReferential', args, () => {
    const issues: PalierIssue[] = [];
    const thresholds: ThresholdChange[] = [];
    const additions: IndicatorAddition[] = [];
    const known = indicatorIndex(programme);
    const seen = new Map<string, number>();
    const counts = new Map<string, { count: number; line: number }>();
    rows.forEach((row, index) => {
      const line = row.line ?? index + 2; // a header line, then the rows
      const at = (column: ReferentialColumn) => [line, column];
      readCount(programme, row, line, counts, issues, options.file);
      const value = cell(row.value);
      if (value === '') return;
      const code = cell(row.code);
      const found = known.get(code);
      const req = found?.requirement ?? findRequirement(programme, cell(row.requirement));
      if (code === '') {
        issues.push(issue('required', {}, { path: at('code') }));
        return;
      }
      const stepKey = `${code}\u0000${cell(row.from)}\u0000${cell(row.role)}`;
      const first = seen.get(stepKey);
      if (first !== undefined) {
        issues.push(issue('referential-duplicate-row', { code, line: first }, { path: at('code') }));
        return;
      }
      seen.set(stepKey, line);
      if (req === undefined) {
        issues.push(
          issue(
            'referential-unknown-requirement',
            { code: cell(row.requirement) },
            { path: at('requirement') },
          ),
        );
        return;
      }
      const kind = found?.indicator.kind ?? readKind(cell(row.kind));
      if (kind === undefined) {
        issues.push(
          issue('referential-new-indicator-incomplete', { code, missing: 'kind' }, { path: at('kind') }),
        );
        return;
      }
      const threshold = readThreshold(row, kind, at, issues);
      if (threshold === undefined) return;
      const role = readRole(row, req, at, issues);
      if (role === undefined) return;
      const period = readPeriod(row, at, issues);
      if (period === undefined) return;
      const source = `${options.file}:${line}`;
      const note = cell(row.source);
      const cite = note === '' ? { source } : { source, note };
      if (found !== undefined) {
        thresholds.push({ indicator: code, role, ...threshold, ...period, ...cite });
        return;
      }
      const label = cell(row.label_fr);
      if (label === '') {
        issues.push(
          issue(
            'referential-new-indicator-incomplete',
            { code, missing: 'label_fr' },
            { path: at('label_fr') },
          ),
        );
        return;
      }
      if (period.from !== undefined) {
        issues.push(
          issue(
            'referential-invalid-cell',
            { column: 'from', received: period.from, why: NEW_WITH_PERIOD },
            { path: at('from') },
          ),
        );
        return;
      }
      const level = readLevel(cell(row.level));
      if (level === undefined) {
        issues.push(
          issue(
            'referential-invalid-cell',
            { column: 'level', received: cell(row.level), why: LEVELS },
            { path: at('level') },
          ),
        );
        return;
      }
      const key = cell(row.key);
      additions.push({
        requirement: req.code,
        ...(key !== '' ? { replaces: key } : {}),
        indicator: {
          code,
          label: { fr: label, en: label },
          kind,
          level,
          ...(kind === 'rate' ? { unit: '%' } : {}),
          [role]: threshold,
        },
        ...cite,
      });
    });
    if (issues.length > 0) return fail(issues);
    const indicatorCounts = [...counts].map(([requirement, { count, line }]) => ({
      requirement,
      count,
      source: `${options.file}:${line}`,
    }));
    const result = applyOverrides(programme, {
      source: options.file,
      ...(indicatorCounts.length > 0 ? { indicatorCounts } : {}),
      ...(additions.length > 0 ? { addIndicators: additions } : {}),
      ...(thresholds.length > 0 ? { thresholds } : {}),
    });
    if (!result.ok) return fail(result.issues);
    return ok(result.value, result.issues);
  });
}

const NEW_WITH_PERIOD = {
  fr: 'une ligne qui ajoute un indicateur donne son seuil de base ; ajouter les périodes sur des lignes suivantes',
  en: 'a row that adds an indicator gives its base threshold; add periods on further rows',
};
const LEVELS = { fr: 'attendu : legal-entity, site ou ght', en: 'expected legal-entity, site or ght' };

/** The `guide_indicators` cell: a requirement's indicator count, kept when it says something new. */
function readCount(
  programme: Programme,
  row: ReferentialRow,
  line: number,
  counts: Map<string, { count: number; line: number }>,
  issues: PalierIssue[],
  file: string,
): void {
  const text = cell(row.guide_indicators);
  if (text === '') return;
  const req = findRequirement(programme, cell(row.requirement));
  const why = (fr: string, en: string) =>
    issues.push(
      issue(
        'referential-invalid-cell',
        { column: 'guide_indicators', received: text, why: { fr, en } },
        { path: [line, 'guide_indicators'] },
      ),
    );
  if (req === undefined) {
    issues.push(
      issue(
        'referential-unknown-requirement',
        { code: cell(row.requirement) },
        { path: [line, 'requirement'] },
      ),
    );
    return;
  }
  if (!/^\d{1,4}$/.test(text)) {
    why('attendu : un nombre entier d’indicateurs', 'expected a whole number of indicators');
    return;
  }
  const count = Number(text);
  const earlier = counts.get(req.code);
  if (earlier !== undefined && earlier.count !== count) {
    why(
      `${file}:${earlier.line} donne ${earlier.count} pour ${req.code}`,
      `${file}:${earlier.line} gives ${earlier.count} for ${req.code}`,
    );
    return;
  }
  if (earlier === undefined && req.indicatorCount?.value !== count) counts.set(req.code, { count, line });
}

function cell(text: string | undefined): string {
  return (text ?? '').trim();
}

function indicatorIndex(
  programme: Programme,
): Map<string, { requirement: Requirement; indicator: Indicator }> {
  const index = new Map<string, { requirement: Requirement; indicator: Indicator }>();
  for (const requirement of [...programme.prerequisites, ...programme.domains])
    for (const indicator of requirement.indicators) index.set(indicator.code, { requirement, indicator });
  return index;
}

function findRequirement(programme: Programme, code: string): Requirement | undefined {
  return [...programme.prerequisites, ...programme.domains].find((r) => r.code === code);
}

function readKind(text: string): IndicatorKind | undefined {
  return text === 'yes-no' || text === 'rate' || text === 'count' ? text : undefined;
}

function readLevel(text: string): ActorLevel | undefined {
  if (text === '') return 'legal-entity';
  return text === 'legal-entity' || text === 'site' || text === 'ght' ? text : undefined;
}

const COMPARATORS: Readonly<Record<string, { comparator: Comparator; inclusive: boolean }>> = {
  '≥': { comparator: 'at-least', inclusive: true },
  '>=': { comparator: 'at-least', inclusive: true },
  '>': { comparator: 'at-least', inclusive: false },
  '≤': { comparator: 'at-most', inclusive: true },
  '<=': { comparator: 'at-most', inclusive: true },
  '<': { comparator: 'at-most', inclusive: false },
  '=': { comparator: 'equal', inclusive: true },
};

const YES = new Set(['oui', 'yes', 'true', 'o', 'y']);
const NO = new Set(['non', 'no', 'false', 'n']);

/** A decimal of at most 15 significant digits (a double holds it exactly as written), comma or point. */
const DECIMAL = /^(\d{1,15}|\d+[.,]\d+)$/;

function readThreshold(
  row: ReferentialRow,
  kind: IndicatorKind,
  at: (c: ReferentialColumn) => (string | number)[],
  issues: PalierIssue[],
): { comparator: Comparator; value: number | boolean; inclusive: boolean } | undefined {
  const raw = cell(row.value);
  const symbol = cell(row.comparator);
  const bad = (column: ReferentialColumn, received: string, fr: string, en: string) => {
    issues.push(
      issue('referential-invalid-cell', { column, received, why: { fr, en } }, { path: at(column) }),
    );
    return undefined;
  };
  if (kind === 'yes-no') {
    if (symbol !== '' && symbol !== '=')
      return bad('comparator', symbol, 'oui/non se compare par « = »', 'yes/no compares with "="');
    const answer = raw.toLowerCase();
    if (YES.has(answer)) return { comparator: 'equal', value: true, inclusive: true };
    if (NO.has(answer)) return { comparator: 'equal', value: false, inclusive: true };
    return bad('value', raw, 'attendu : oui ou non', 'expected oui or non (yes or no)');
  }
  const op = COMPARATORS[symbol];
  if (op === undefined)
    return bad('comparator', symbol, 'attendu : ≥, >, ≤, < ou =', 'expected ≥, >, ≤, < or =');
  const text = raw.replace(/\s*%$/, '');
  const digits = text.replace(/[.,]/, '').replace(/^0+(?=\d)/, '');
  if (!DECIMAL.test(text) || digits.length > 15)
    return bad('value', raw, 'attendu : un nombre (97,5 ou 97.5)', 'expected a number (97,5 or 97.5)');
  const value = Number(text.replace(',', '.'));
  if (kind === 'rate' && value > 100)
    return bad(
      'value',
      raw,
      'un taux est un pourcentage entre 0 et 100',
      'a rate is a percentage from 0 to 100',
    );
  return { ...op, value };
}

function readRole(
  row: ReferentialRow,
  req: Requirement,
  at: (c: ReferentialColumn) => (string | number)[],
  issues: PalierIssue[],
): 'eligibility' | 'target' | undefined {
  const text = cell(row.role);
  if (text === '') return req.kind === 'prerequisite' ? 'eligibility' : 'target';
  if (text === 'eligibility' || text === 'target') return text;
  issues.push(
    issue(
      'referential-invalid-cell',
      {
        column: 'role',
        received: text,
        why: { fr: 'attendu : eligibility ou target', en: 'expected eligibility or target' },
      },
      { path: at('role') },
    ),
  );
  return undefined;
}

function readPeriod(
  row: ReferentialRow,
  at: (c: ReferentialColumn) => (string | number)[],
  issues: PalierIssue[],
): { from?: string; until?: string; name?: string } | undefined {
  const from = cell(row.from);
  const until = cell(row.until);
  const name = cell(row.period);
  for (const [column, date] of [
    ['from', from],
    ['until', until],
  ] as const) {
    if (date !== '' && !isCalendarDate(date)) {
      issues.push(
        issue(
          'referential-invalid-cell',
          {
            column,
            received: date,
            why: { fr: 'date AAAA-MM-JJ attendue', en: 'expected a YYYY-MM-DD date' },
          },
          { path: at(column) },
        ),
      );
      return undefined;
    }
  }
  if (from === '' && (until !== '' || name !== '')) {
    issues.push(issue('required', {}, { path: at('from') }));
    return undefined;
  }
  return {
    ...(from !== '' ? { from } : {}),
    ...(until !== '' ? { until } : {}),
    ...(name !== '' ? { name } : {}),
  };
}
