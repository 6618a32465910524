import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
import { isCalendarDate } from '../dates/index.js';
import { addMonthsToDate } from './add-months.js';
import { deepFreeze } from './deep-freeze.js';
import type {
  ApplicabilityChange,
  ChangeSource,
  FundingChange,
  IndicatorAddition,
  IndicatorCountChange,
  MilestoneChange,
  MilestoneShift,
  NewThreshold,
  ProgrammeChanges,
  ThresholdChange,
} from './override-changes.js';
import type { Indicator, IndicatorKind, OverrideRecord, Programme, Threshold } from './types.js';

/**
 * Outcome of {@link applyOverrides}: the new frozen programme, or every problem found (then nothing is
 * applied: changes are all-or-nothing).
 *
 * @category Programmes
 */
export type OverrideResult<P extends string = string, D extends string = string> =
  | {
      /** Discriminant: every change applied. */
      readonly ok: true;
      /** The new programme, frozen. */
      readonly programme: Programme<P, D>;
      /** Warnings about the changes. */
      readonly issues: readonly PalierIssue[];
    }
  | {
      /** Discriminant: nothing applied. */
      readonly ok: false;
      /** Every problem found. */
      readonly issues: readonly PalierIssue[];
    };

/**
 * Thrown by {@link withOverrides} when changes are invalid; `issues` lists every problem.
 *
 * @category Programmes
 */
export class ProgrammeOverrideError extends Error {
  /** Every problem found. */
  readonly issues: readonly PalierIssue[];

  /** Builds the error from the issues found by {@link applyOverrides}. */
  constructor(issues: readonly PalierIssue[]) {
    const first = issues[0]?.message ?? { fr: '', en: '' };
    super(
      `Modifications du programme invalides (${issues.length}) : ${first.fr} / ` +
        `Invalid programme changes (${issues.length}): ${first.en}`,
    );
    this.name = 'ProgrammeOverrideError';
    this.issues = issues;
  }
}

type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Draft = Mutable<Programme>;

interface Context {
  readonly draft: Draft;
  readonly changes: ProgrammeChanges;
  readonly issues: PalierIssue[];
  readonly records: OverrideRecord[];
}

/**
 * Derives a new programme from `programme` with a user's changes — thresholds and targets, applicability,
 * added indicators, milestones, funding values, id, version, name — each recorded in `overrides` with its
 * path and provenance (status `override`). The base is never modified. Unknown codes and invalid values come
 * back as issues, and then nothing is applied.
 *
 * @example
 * ```ts
 * const r = applyOverrides(hopen, {
 *   source: 'ARS roadmap 2020',
 *   id: 'hopen-ars-example',
 *   thresholds: [{ indicator: 'D2.5', role: 'target', comparator: 'at-least', value: 85, inclusive: true }],
 * });
 * if (r.ok) r.programme.overrides[0]?.path; // 'domains.D2.indicators.D2.5.target'
 * ```
 *
 * @category Programmes
 */
export function applyOverrides<P extends string, D extends string>(
  programme: Programme<P, D>,
  changes: ProgrammeChanges,
): OverrideResult<P, D> {
  const draft = JSON.parse(JSON.stringify(programme)) as Draft;
  const ctx: Context = { draft, changes, issues: [], records: [] };
  if (typeof changes.source !== 'string' || changes.source.trim() === '') {
    problem(ctx, 'missing-source', ['source'], {
      fr: 'Chaque modification doit indiquer sa source.',
      en: 'Every change must name its source.',
    });
  }
  setIdentity(ctx);
  setPeriod(ctx);
  each(changes.addIndicators, 'addIndicators', (c, path) => addIndicator(ctx, c, path));
  each(changes.thresholds, 'thresholds', (c, path) => setThreshold(ctx, c, path));
  each(changes.indicatorCounts, 'indicatorCounts', (c, path) => setIndicatorCount(ctx, c, path));
  each(changes.applicability, 'applicability', (c, path) => setApplicability(ctx, c, path));
  each(changes.milestones, 'milestones', (c, path) => setMilestone(ctx, c, path));
  each(changes.shiftMilestones, 'shiftMilestones', (c, path) => shiftMilestones(ctx, c, path));
  if (changes.funding !== undefined) setFunding(ctx, changes.funding);
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  draft.basedOn = { id: programme.id, version: programme.version };
  if (changes.version === undefined) draft.version = defaultVersion(programme.version);
  draft.overrides = [...draft.overrides, ...ctx.records];
  return { ok: true, programme: deepFreeze(draft) as unknown as Programme<P, D>, issues: [] };
}

/**
 * Same as {@link applyOverrides}, returning the programme directly; throws a {@link ProgrammeOverrideError}
 * (French and English message, every issue attached) when a change is invalid — for changes written in code.
 * Use `applyOverrides` for changes read from users or files.
 *
 * @example
 * ```ts
 * const covid = withOverrides(hopen, {
 *   source: 'https://www.ticsante.com/story?ID=6069',
 *   shiftMilestones: [{ ids: ['funding-files-deadline'], months: 12 }],
 * });
 * covid.milestones.find((m) => m.id === 'funding-files-deadline')?.date; // '2022-12-31'
 * ```
 *
 * @category Programmes
 */
export function withOverrides<P extends string, D extends string>(
  programme: Programme<P, D>,
  changes: ProgrammeChanges,
): Programme<P, D> {
  const result = applyOverrides(programme, changes);
  if (!result.ok) throw new ProgrammeOverrideError(result.issues);
  return result.programme;
}

function each<T>(
  list: readonly T[] | undefined,
  key: string,
  apply: (item: T, path: IssuePath) => void,
): void {
  for (const [index, item] of (list ?? []).entries()) apply(item, [key, index]);
}

function defaultVersion(version: string): string {
  return version.endsWith('+override') ? version : `${version}+override`;
}

function provenanceOf(ctx: Context, change: ChangeSource | undefined): Provenance {
  const source = change?.source ?? ctx.changes.source;
  const note = change?.note ?? ctx.changes.note;
  return note === undefined ? { source, status: 'override' } : { source, status: 'override', note };
}

function record(ctx: Context, path: string, change: ChangeSource | undefined): Provenance {
  const provenance = provenanceOf(ctx, change);
  ctx.records.push({ path, provenance });
  return provenance;
}

function problem(ctx: Context, code: string, path: IssuePath, message: Label, received?: string): void {
  ctx.issues.push({
    code,
    path,
    message,
    severity: 'error',
    ...(received !== undefined ? { received } : {}),
  });
}

function setIdentity(ctx: Context): void {
  const { draft, changes } = ctx;
  if (changes.id !== undefined) {
    draft.id = changes.id;
    record(ctx, 'id', undefined);
  }
  if (changes.version !== undefined) {
    draft.version = changes.version;
    record(ctx, 'version', undefined);
  }
  if (changes.name !== undefined) {
    draft.name = { fr: changes.name.fr, en: changes.name.en };
    record(ctx, 'name', undefined);
  }
}

function setPeriod(ctx: Context): void {
  const period = ctx.changes.period;
  if (period === undefined) return;
  const next = { ...ctx.draft.period.value, ...period };
  for (const key of ['start', 'end'] as const) {
    if (!isCalendarDate(next[key])) {
      problem(ctx, 'invalid-date', ['period', key], dateMessage, String(next[key]));
      return;
    }
  }
  if (next.start > next.end) {
    problem(ctx, 'invalid-period', ['period'], {
      fr: 'Le début de la période est après sa fin.',
      en: 'The period starts after it ends.',
    });
    return;
  }
  ctx.draft.period = { value: next, provenance: record(ctx, 'period', undefined) };
}

const dateMessage: Label = {
  fr: 'Date invalide (attendu : AAAA-MM-JJ).',
  en: 'Invalid date (expected YYYY-MM-DD).',
};

interface Located {
  readonly group: 'prerequisites' | 'domains';
  readonly requirement: Draft['domains'][number];
  readonly index: number;
}

function locateIndicator(ctx: Context, code: string): Located | undefined {
  for (const group of ['prerequisites', 'domains'] as const) {
    for (const requirement of ctx.draft[group]) {
      const index = requirement.indicators.findIndex((i) => i.code === code);
      if (index >= 0) return { group, requirement, index };
    }
  }
  return undefined;
}

function locateRequirement(ctx: Context, code: string, path: IssuePath): Omit<Located, 'index'> | undefined {
  for (const group of ['prerequisites', 'domains'] as const) {
    const requirement = ctx.draft[group].find((r) => r.code === code);
    if (requirement !== undefined) return { group, requirement };
  }
  problem(
    ctx,
    'unknown-requirement',
    [...path, 'requirement'],
    {
      fr: `Prérequis ou domaine inconnu dans ce programme : ${code}.`,
      en: `Unknown prerequisite or domain in this programme: ${code}.`,
    },
    code,
  );
  return undefined;
}

function unknownIndicator(ctx: Context, code: string, path: IssuePath): void {
  problem(
    ctx,
    'unknown-indicator',
    [...path, 'indicator'],
    {
      fr: `Indicateur inconnu dans ce programme : ${code}.`,
      en: `Unknown indicator in this programme: ${code}.`,
    },
    code,
  );
}

function thresholdProblem(kind: IndicatorKind, t: NewThreshold): Label | undefined {
  if (kind === 'yes-no') {
    return typeof t.value === 'boolean' && t.comparator === 'equal'
      ? undefined
      : {
          fr: 'Un indicateur oui/non attend `equal` et un booléen.',
          en: 'A yes/no indicator takes `equal` and a boolean.',
        };
  }
  if (typeof t.value !== 'number' || !Number.isFinite(t.value) || t.value < 0) {
    return { fr: 'Valeur numérique positive attendue.', en: 'A non-negative number is expected.' };
  }
  if (kind === 'rate' && t.value > 100) {
    return { fr: 'Un taux est un pourcentage entre 0 et 100.', en: 'A rate is a percentage from 0 to 100.' };
  }
  return undefined;
}

function toThreshold(t: NewThreshold, provenance: Provenance): Threshold {
  return { comparator: t.comparator, value: t.value, inclusive: t.inclusive, provenance };
}

function setThreshold(ctx: Context, change: ThresholdChange, path: IssuePath): void {
  const found = locateIndicator(ctx, change.indicator);
  if (found === undefined) {
    unknownIndicator(ctx, change.indicator, path);
    return;
  }
  const indicator = found.requirement.indicators[found.index]!;
  const invalid = thresholdProblem(indicator.kind, change);
  if (invalid !== undefined) {
    problem(ctx, 'invalid-threshold', [...path, 'value'], invalid, String(change.value));
    return;
  }
  const at = `${found.group}.${found.requirement.code}.indicators.${indicator.code}`;
  if (change.from === undefined) {
    indicator[change.role] = toThreshold(change, record(ctx, `${at}.${change.role}`, change));
    dropNote(indicator, change.role);
    return;
  }
  for (const key of ['from', 'until'] as const) {
    const date = change[key];
    if (date !== undefined && !isCalendarDate(date)) {
      problem(ctx, 'invalid-date', [...path, key], dateMessage, String(date));
      return;
    }
  }
  if (change.until !== undefined && change.until < change.from) {
    problem(ctx, 'invalid-period', [...path, 'until'], {
      fr: 'La fin de la période est avant son début.',
      en: 'The period ends before it starts.',
    });
    return;
  }
  // a step of the schedule: the threshold in force from `from` (until `until`), the base one kept
  const provenance = record(ctx, `${at}.schedule.${change.from}.${change.role}`, change);
  const threshold = toThreshold(change, provenance);
  // one step per window: a change for a window that already has a step sets its role there, so a step giving
  // only the other role never hides this one (the step that started last wins, whatever roles it has)
  const schedule = indicator.schedule ?? [];
  const same = schedule.findIndex((s) => s.from === change.from && s.until === change.until);
  const step =
    same >= 0
      ? {
          ...schedule[same]!,
          ...(change.name !== undefined ? { name: change.name } : {}),
          [change.role]: threshold,
        }
      : {
          from: change.from,
          ...(change.until !== undefined ? { until: change.until } : {}),
          ...(change.name !== undefined ? { name: change.name } : {}),
          [change.role]: threshold,
          provenance,
        };
  indicator.schedule = same >= 0 ? schedule.map((s, i) => (i === same ? step : s)) : [...schedule, step];
}

function dropNote(target: { unverified?: { field: string }[] }, field: string): void {
  if (target.unverified === undefined) return;
  target.unverified = target.unverified.filter((note) => note.field !== field);
  if (target.unverified.length === 0) delete target.unverified;
}

function setApplicability(ctx: Context, change: ApplicabilityChange, path: IssuePath): void {
  const found = locateIndicator(ctx, change.indicator);
  if (found === undefined) {
    unknownIndicator(ctx, change.indicator, path);
    return;
  }
  const indicator = found.requirement.indicators[found.index]!;
  const at = `${found.group}.${found.requirement.code}.indicators.${indicator.code}.applicability`;
  const provenance = record(ctx, at, change);
  indicator.applicability = {
    activities: [...change.activities],
    ...(change.notConcerned !== undefined ? { notConcerned: [...change.notConcerned] } : {}),
    provenance,
  };
  if (change.notApplicableWhen !== undefined) {
    indicator.notApplicableWhen = change.notApplicableWhen.map((l) => ({ fr: l.fr, en: l.en }));
  }
}

function addIndicator(ctx: Context, change: IndicatorAddition, path: IssuePath): void {
  const located = locateRequirement(ctx, change.requirement, path);
  if (located === undefined) return;
  const { group, requirement } = located;
  const { indicator: input } = change;
  if (locateIndicator(ctx, input.code) !== undefined) {
    problem(
      ctx,
      'duplicate-indicator',
      [...path, 'indicator', 'code'],
      { fr: `L'indicateur ${input.code} existe déjà.`, en: `Indicator ${input.code} already exists.` },
      input.code,
    );
    return;
  }
  for (const role of ['eligibility', 'target'] as const) {
    const t = input[role];
    const invalid = t === undefined ? undefined : thresholdProblem(input.kind, t);
    if (invalid !== undefined) {
      problem(ctx, 'invalid-threshold', [...path, 'indicator', role], invalid);
      return;
    }
  }
  const provenance = record(ctx, `${group}.${requirement.code}.indicators.${input.code}`, change);
  const { eligibility, target, applicability, ...rest } = JSON.parse(JSON.stringify(input)) as typeof input;
  const indicator: Mutable<Indicator> = {
    ...(rest as Mutable<Indicator>),
    ...(applicability !== undefined ? { applicability: { ...applicability, provenance } } : {}),
    ...(eligibility !== undefined ? { eligibility: toThreshold(eligibility, provenance) } : {}),
    ...(target !== undefined ? { target: toThreshold(target, provenance) } : {}),
    provenance,
  } as Mutable<Indicator>;
  requirement.indicators.push(indicator);
  dropIncomplete(requirement, change.replaces ?? input.code);
}

function setIndicatorCount(ctx: Context, change: IndicatorCountChange, path: IssuePath): void {
  const located = locateRequirement(ctx, change.requirement, path);
  if (located === undefined) return;
  const { group, requirement } = located;
  if (!Number.isSafeInteger(change.count) || change.count < 0) {
    problem(
      ctx,
      'invalid-indicator-count',
      [...path, 'count'],
      {
        fr: 'Le nombre d’indicateurs doit être un entier positif ou nul.',
        en: 'The indicator count must be a whole number, zero or more.',
      },
      String(change.count),
    );
    return;
  }
  const provenance = record(ctx, `${group}.${requirement.code}.indicatorCount`, change);
  requirement.indicatorCount = { value: change.count, provenance };
}

function dropIncomplete(requirement: Draft['domains'][number], keyOrCode: string): void {
  const list = requirement.incompleteIndicators;
  if (list === undefined) return;
  requirement.incompleteIndicators = list.filter((i) => i.key !== keyOrCode && i.code !== keyOrCode);
  if (requirement.incompleteIndicators.length === 0) delete requirement.incompleteIndicators;
}

function setMilestone(ctx: Context, change: MilestoneChange, path: IssuePath): void {
  if (change.date !== undefined && !isCalendarDate(change.date)) {
    problem(ctx, 'invalid-date', [...path, 'date'], dateMessage, String(change.date));
    return;
  }
  const milestone = ctx.draft.milestones.find((m) => m.id === change.id);
  if (milestone === undefined) {
    if (change.date === undefined || change.label === undefined || change.kind === undefined) {
      problem(
        ctx,
        'unknown-milestone',
        [...path, 'id'],
        {
          fr: `Jalon inconnu : ${change.id} (pour en ajouter un, donner date, libellé et type).`,
          en: `Unknown milestone: ${change.id} (to add one, give its date, label and kind).`,
        },
        change.id,
      );
      return;
    }
    const provenance = record(ctx, `milestones.${change.id}`, change);
    ctx.draft.milestones.push({
      id: change.id,
      kind: change.kind,
      date: change.date,
      label: change.label,
      provenance,
    });
    return;
  }
  const provenance = record(ctx, `milestones.${change.id}`, change);
  if (change.date !== undefined) milestone.date = change.date;
  if (change.label !== undefined) milestone.label = { fr: change.label.fr, en: change.label.en };
  if (change.kind !== undefined) milestone.kind = change.kind;
  milestone.provenance = provenance;
}

function shiftMilestones(ctx: Context, change: MilestoneShift, path: IssuePath): void {
  if (!Number.isInteger(change.months)) {
    problem(ctx, 'invalid-shift', [...path, 'months'], {
      fr: 'Le décalage se donne en nombre entier de mois.',
      en: 'The shift is a whole number of months.',
    });
    return;
  }
  for (const [i, id] of change.ids.entries()) {
    const milestone = ctx.draft.milestones.find((m) => m.id === id);
    if (milestone === undefined) {
      problem(
        ctx,
        'unknown-milestone',
        [...path, 'ids', i],
        { fr: `Jalon inconnu : ${id}.`, en: `Unknown milestone: ${id}.` },
        id,
      );
      continue;
    }
    milestone.date = addMonthsToDate(milestone.date, change.months);
    milestone.provenance = record(ctx, `milestones.${id}.date`, change);
  }
}

const MONEY = /^(0|[1-9]\d*)\.\d{2}$/;

function checkMoney(ctx: Context, value: string, path: IssuePath): boolean {
  if (typeof value === 'string' && MONEY.test(value)) return true;
  problem(
    ctx,
    'invalid-money',
    path,
    {
      fr: 'Montant attendu en euros avec centimes, ex. "420000000.00".',
      en: 'Expected an amount in euros with cents, e.g. "420000000.00".',
    },
    String(value),
  );
  return false;
}

function setFunding(ctx: Context, change: FundingChange): void {
  const funding = ctx.draft.funding;
  const path = ['funding'];
  if (change.envelope !== undefined && checkMoney(ctx, change.envelope, [...path, 'envelope'])) {
    funding.envelope = { value: change.envelope, provenance: record(ctx, 'funding.envelope', change) };
  }
  if (change.amorcageShare !== undefined) {
    const share = change.amorcageShare;
    if (typeof share !== 'number' || !(share >= 0 && share <= 100)) {
      problem(ctx, 'invalid-share', [...path, 'amorcageShare'], {
        fr: 'La part est un pourcentage entre 0 et 100.',
        en: 'The share is a percentage from 0 to 100.',
      });
    } else {
      funding.amorcageShare = { value: share, provenance: record(ctx, 'funding.amorcageShare', change) };
    }
  }
  if (change.forfaitRange !== undefined) setForfaitRange(ctx, change);
  if (change.forfaitGrid !== undefined) setForfaitGrid(ctx, change);
  if (change.bonusAmount !== undefined) setBonusAmount(ctx, change);
}

function setForfaitRange(ctx: Context, change: FundingChange): void {
  const range = change.forfaitRange!;
  const okMin = checkMoney(ctx, range.min, ['funding', 'forfaitRange', 'min']);
  const okMax = checkMoney(ctx, range.max, ['funding', 'forfaitRange', 'max']);
  if (!okMin || !okMax) return;
  ctx.draft.funding.forfaitRange = {
    value: { min: range.min, max: range.max, per: range.per },
    provenance: record(ctx, 'funding.forfaitRange', change),
  };
}

function setForfaitGrid(ctx: Context, change: FundingChange): void {
  const domains = new Set(ctx.draft.domains.map((d) => d.code));
  const cells = change.forfaitGrid!;
  let valid = true;
  cells.forEach((cell, i) => {
    const at = ['funding', 'forfaitGrid', i];
    if (cell.domain !== '*' && !domains.has(cell.domain)) {
      valid = false;
      problem(
        ctx,
        'unknown-domain',
        [...at, 'domain'],
        { fr: `Domaine inconnu : ${cell.domain}.`, en: `Unknown domain: ${cell.domain}.` },
        cell.domain,
      );
    }
    const amounts = typeof cell.amount === 'string' ? [cell.amount] : [cell.amount.min, cell.amount.max];
    for (const amount of amounts) valid = checkMoney(ctx, amount, [...at, 'amount']) && valid;
  });
  if (!valid) return;
  ctx.draft.funding.forfaitGrid = {
    cells: JSON.parse(JSON.stringify(cells)),
    provenance: record(ctx, 'funding.forfaitGrid', change),
  };
  dropProgrammeNote(ctx, 'funding.forfaitGrid');
}

function setBonusAmount(ctx: Context, change: FundingChange): void {
  const bonus = ctx.draft.funding.bonus;
  if (bonus === undefined) {
    problem(ctx, 'no-bonus', ['funding', 'bonusAmount'], {
      fr: "Ce programme n'a pas de forfait bonifié.",
      en: 'This programme has no bonus forfait.',
    });
    return;
  }
  if (!checkMoney(ctx, change.bonusAmount!, ['funding', 'bonusAmount'])) return;
  bonus.amount = change.bonusAmount!;
  record(ctx, 'funding.bonus.amount', change);
  dropProgrammeNote(ctx, 'funding.bonus.amount');
}

function dropProgrammeNote(ctx: Context, field: string): void {
  dropNote(ctx.draft as { unverified?: { field: string }[] }, field);
}
