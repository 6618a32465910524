import { readDate } from '../core/dates.js';
import { PalierError } from '../core/error.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
import { issue } from '../core/messages/overrides.js';
import { moneyStringProblem } from '../core/money-string.js';
import { fail, ok, type Result } from '../core/result.js';
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
 * back as issues (codes of `ISSUE_MESSAGES`, with their paths in `changes`), and then nothing is applied: a
 * failed {@link palier!Result}.
 *
 * @example
 * ```ts
 * const r = applyOverrides(hopen, {
 *   source: 'ARS roadmap 2020',
 *   id: 'hopen-ars-example',
 *   thresholds: [{ indicator: 'D2.5', role: 'target', comparator: 'at-least', value: 85, inclusive: true }],
 * });
 * if (r.ok) r.value.overrides[0]?.path; // 'domains.D2.indicators.D2.5.target'
 * ```
 *
 * @category Programmes
 */
export function applyOverrides<P extends string, D extends string>(
  programme: Programme<P, D>,
  changes: ProgrammeChanges,
): Result<Programme<P, D>> {
  const args: Arguments = { programme: [programme, 'object'], changes: [changes, 'object'] };
  return atBoundary('applyOverrides', args, () => {
    const draft = JSON.parse(JSON.stringify(programme)) as Draft;
    const ctx: Context = { draft, changes, issues: [], records: [] };
    if (typeof changes.source !== 'string' || changes.source.trim() === '') {
      report(ctx, issue('missing-source', {}, { path: ['source'] }));
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
    if (ctx.issues.length > 0) return fail(ctx.issues);
    draft.basedOn = { id: programme.id, version: programme.version };
    if (changes.version === undefined) draft.version = defaultVersion(programme.version);
    draft.overrides = [...draft.overrides, ...ctx.records];
    return ok(deepFreeze(draft) as unknown as Programme<P, D>);
  });
}

/**
 * Same as {@link applyOverrides}, returning the programme directly; throws a {@link palier!PalierError}
 * (`invalid-argument` on `changes`, a French and English message, every issue in its `issues`) when a change is
 * invalid — for changes written in code.
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
  const args: Arguments = { programme: [programme, 'object'], changes: [changes, 'object'] };
  return atBoundary('withOverrides', args, () => {
    const result = applyOverrides(programme, changes);
    if (!result.ok) {
      const first = result.issues[0]?.message ?? { fr: '', en: '' };
      throw new PalierError({
        code: 'invalid-argument',
        function: 'withOverrides',
        argument: 'changes',
        label: issue('invalid-overrides', { count: result.issues.length, first }).message,
        issues: result.issues,
      });
    }
    return result.value;
  });
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

function report(ctx: Context, found: PalierIssue): void {
  ctx.issues.push(found);
}

/** Whether `text` is a calendar date (`readDate`'s rule: `2021-02-30` is not), reported at `path` when not. */
function checkDate(ctx: Context, text: unknown, path: IssuePath): boolean {
  const read = readDate(String(text), path);
  for (const found of read.issues) report(ctx, found);
  return read.ok;
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
    if (!checkDate(ctx, next[key], ['period', key])) return;
  }
  if (next.start > next.end) {
    report(ctx, issue('invalid-period', {}, { path: ['period'] }));
    return;
  }
  ctx.draft.period = { value: next, provenance: record(ctx, 'period', undefined) };
}

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
  report(ctx, issue('unknown-requirement', { code }, { path: [...path, 'requirement'], received: code }));
  return undefined;
}

function unknownIndicator(ctx: Context, code: string, path: IssuePath): void {
  report(ctx, issue('unknown-indicator', { code }, { path: [...path, 'indicator'], received: code }));
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
    report(
      ctx,
      issue(
        'invalid-threshold',
        { why: invalid },
        { path: [...path, 'value'], received: String(change.value) },
      ),
    );
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
    if (date !== undefined && !checkDate(ctx, date, [...path, key])) return;
  }
  if (change.until !== undefined && change.until < change.from) {
    report(ctx, issue('invalid-period', {}, { path: [...path, 'until'] }));
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
    report(
      ctx,
      issue(
        'indicator-exists',
        { code: input.code },
        { path: [...path, 'indicator', 'code'], received: input.code },
      ),
    );
    return;
  }
  for (const role of ['eligibility', 'target'] as const) {
    const t = input[role];
    const invalid = t === undefined ? undefined : thresholdProblem(input.kind, t);
    if (invalid !== undefined) {
      report(ctx, issue('invalid-threshold', { why: invalid }, { path: [...path, 'indicator', role] }));
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
    report(
      ctx,
      issue('invalid-indicator-count', {}, { path: [...path, 'count'], received: String(change.count) }),
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
  if (change.date !== undefined && !checkDate(ctx, change.date, [...path, 'date'])) return;
  const milestone = ctx.draft.milestones.find((m) => m.id === change.id);
  if (milestone === undefined) {
    if (change.date === undefined || change.label === undefined || change.kind === undefined) {
      report(
        ctx,
        issue(
          'unknown-milestone',
          { id: change.id, adding: true },
          { path: [...path, 'id'], received: change.id },
        ),
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
    report(ctx, issue('invalid-shift', {}, { path: [...path, 'months'] }));
    return;
  }
  for (const [i, id] of change.ids.entries()) {
    const milestone = ctx.draft.milestones.find((m) => m.id === id);
    if (milestone === undefined) {
      report(
        ctx,
        issue('unknown-milestone', { id, adding: false }, { path: [...path, 'ids', i], received: id }),
      );
      continue;
    }
    milestone.date = addMonthsToDate(milestone.date, change.months);
    milestone.provenance = record(ctx, `milestones.${id}.date`, change);
  }
}

/** Whether `value` is a canonical, non-negative `MoneyString` (palier's one money grammar), reported when not. */
function checkMoney(ctx: Context, value: string, path: IssuePath): boolean {
  const found = moneyStringProblem(String(value), { canonical: true, path });
  if (found !== undefined) report(ctx, found);
  return found === undefined;
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
      report(ctx, issue('invalid-share', {}, { path: [...path, 'amorcageShare'] }));
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
      report(
        ctx,
        issue('unknown-domain', { code: cell.domain }, { path: [...at, 'domain'], received: cell.domain }),
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
    report(ctx, issue('no-bonus', {}, { path: ['funding', 'bonusAmount'] }));
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
