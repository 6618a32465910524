import type { Establishment, Finess } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
import type { ParamsOf } from '../core/messages/build.js';
import { type ELIGIBILITY_MESSAGES, type EligibilityIssueCode, issue } from '../core/messages/eligibility.js';
import type { OVERRIDE_MESSAGES } from '../core/messages/overrides.js';
import type { Result } from '../core/result.js';
import type { CalendarDate } from '../dates/index.js';
import type { EstablishmentEvaluation } from '../evaluation/types.js';
import type { EligibilityCondition, Programme } from '../programme/types.js';
import { PALIER_RULE } from './amounts.js';
import { applicantFiness, type FundingApplication } from './applications.js';

/**
 * Status of one eligibility check, or of the whole application:
 * `passed`; `failed` (cannot be funded as filed); `pending` (may be filed, but no money is released until the
 * condition is met — e.g. prerequisites not yet reached); `unknown` (the input does not say).
 *
 * @category Funding
 */
export type CheckStatus = 'passed' | 'failed' | 'pending' | 'unknown';

/**
 * One eligibility check, explained (*critère d'éligibilité*).
 *
 * @category Funding
 */
export interface EligibilityCheck {
  /** Condition id (`relims`, `qhn` … from `programme.funding.eligibility`, or palier's `known-domains`, `no-duplicate-application`). */
  readonly condition: string;
  /** Outcome. */
  readonly status: CheckStatus;
  /** Stable reason code, e.g. `software-not-in-relims`. */
  readonly reason: string;
  /** The explanation, in French and English: the registry's message for {@link EligibilityCheck.reason}. */
  readonly detail: Label;
  /**
   * The check as an issue of the registry, on checks that did not pass: code = `reason`, path = `path` (or the
   * root), severity `error` when `failed`, `warning` when `pending` or `unknown`.
   */
  readonly finding?: PalierIssue;
  /** Provenance of the condition (the programme's, or palier's own consistency rule). */
  readonly provenance: Provenance;
  /** Path to the input the check is about. */
  readonly path?: IssuePath;
}

/**
 * The eligibility of one application, check by check.
 *
 * @category Funding
 */
export interface EligibilityResult {
  /** Application id. */
  readonly application: string;
  /** Overall status: `failed` if any check failed, else `unknown` if any is unknown, else `pending` if any is, else `passed`. */
  readonly status: CheckStatus;
  /** Whether money may be released now (every check passed). */
  readonly fundsReleasable: boolean;
  /** Every check, in the programme's order of conditions, then palier's consistency checks. */
  readonly checks: readonly EligibilityCheck[];
  /** Date of the assessment. */
  readonly asOf: CalendarDate;
}

/**
 * What {@link assessEligibility} needs besides the application.
 *
 * @category Funding
 */
export interface EligibilityContext {
  /** The programme (its domains and funding conditions). */
  readonly programme: Pick<Programme, 'id' | 'domains' | 'funding'>;
  /** Evaluations by FINESS (the applicant, or each GHT member). */
  readonly evaluations?: Readonly<Record<Finess, EstablishmentEvaluation>>;
  /** Establishments by FINESS, for their GHT membership. */
  readonly establishments?: Readonly<Record<Finess, Pick<Establishment, 'ght'>>>;
  /** Other applications already filed, to detect duplicates. */
  readonly otherApplications?: readonly FundingApplication[];
  /** Date of the assessment. */
  readonly asOf: CalendarDate;
}

type Check = Omit<EligibilityCheck, 'provenance' | 'condition'>;
type Rule = (app: FundingApplication, ctx: EligibilityContext) => Check;

const RANK: Readonly<Record<CheckStatus, number>> = { passed: 0, pending: 1, unknown: 2, failed: 3 };

/**
 * Checks whether an application is eligible, check by check, each with its status, reason and the provenance of
 * the condition. The checks run are the programme's `funding.eligibility` conditions (`prerequisites-reached`,
 * `relims`, `qhn`, `ght-framework`, `no-hopital-2012-tranche-1`, `project-plan`, `usage-commitment`; any other id
 * comes back `unknown` with reason `condition-not-automated`), then palier's own consistency checks: the domains
 * exist in the programme, and no establishment applies twice for the same domain.
 *
 * Prerequisites not yet reached make the check `pending`, not `failed`: an application may be filed before, but
 * no money is released until they are.
 *
 * The answer is a verdict, not a {@link Result}: assessing cannot fail on well-typed arguments (a failed check is
 * an answer about the application, not a failure of the function), so it keeps its own explained shape.
 *
 * @example
 * ```ts
 * const r = assessEligibility(application, { programme: hopen, evaluations: { [finess]: evaluation }, asOf: '2019-06-30' });
 * r.status; // 'pending' while the prerequisites are not reached
 * r.checks.find((c) => c.condition === 'relims')?.reason; // 'all-software-in-relims'
 * ```
 *
 * @category Funding
 */
export function assessEligibility(
  application: FundingApplication,
  context: EligibilityContext,
): EligibilityResult {
  const args: Arguments = { application: [application, 'object'], context: [context, 'object'] };
  return atBoundary('assessEligibility', args, () => {
    const checks: EligibilityCheck[] = context.programme.funding.eligibility.map((condition) =>
      run(condition, application, context),
    );
    checks.push({
      condition: 'known-domains',
      provenance: PALIER_RULE,
      ...knownDomains(application, context),
    });
    checks.push({
      condition: 'no-duplicate-application',
      provenance: PALIER_RULE,
      ...noDuplicate(application, context),
    });
    const status = checks.reduce<CheckStatus>(
      (worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst),
      'passed',
    );
    return {
      application: application.id,
      status,
      fundsReleasable: status === 'passed',
      checks,
      asOf: context.asOf,
    };
  });
}

function run(
  condition: EligibilityCondition,
  app: FundingApplication,
  ctx: EligibilityContext,
): EligibilityCheck {
  const rule = RULES[condition.id];
  const check: Check = rule
    ? rule(app, ctx)
    : explain('unknown', 'condition-not-automated', { condition: condition.label });
  return { condition: condition.id, provenance: condition.provenance, ...check };
}

const RULES: Readonly<Record<string, Rule>> = {
  'prerequisites-reached': prerequisitesReached,
  relims,
  qhn,
  'ght-framework': ghtFramework,
  'no-hopital-2012-tranche-1': (app) =>
    declared(
      app.hopital2012Tranche1 === undefined ? undefined : !app.hopital2012Tranche1,
      ['hopital2012Tranche1'],
      {
        yes: 'no-hopital-2012-aid',
        no: 'hopital-2012-tranche-1-aid',
        unknown: 'hopital-2012-not-declared',
      },
    ),
  'project-plan': (app) =>
    declared(app.projectPlan, ['projectPlan'], {
      yes: 'project-plan-attached',
      no: 'no-project-plan',
      unknown: 'project-plan-not-declared',
    }),
  'usage-commitment': (app) =>
    declared(app.usageCommitment, ['usageCommitment'], {
      yes: 'usage-committed',
      no: 'no-usage-commitment',
      unknown: 'usage-commitment-not-declared',
    }),
};

/** The messages of the codes a check's reason may be. */
type Messages = typeof ELIGIBILITY_MESSAGES & Pick<typeof OVERRIDE_MESSAGES, 'unknown-domain'>;

/** The codes whose message needs no parameter. */
type Plain = {
  [C in EligibilityIssueCode]: Messages[C] extends () => Label ? C : never;
}[EligibilityIssueCode];

function declared(
  value: boolean | undefined,
  path: IssuePath,
  w: { yes: Plain; no: Plain; unknown: Plain },
): Check {
  if (value === undefined) return explain('unknown', w.unknown, {}, path);
  return value ? explain('passed', w.yes, {}, path) : explain('failed', w.no, {}, path);
}

/**
 * A check whose explanation comes from the registry: `reason` is the code, `detail` its message, and a check that
 * did not pass carries the same as a {@link PalierIssue} (`error` if failed, else `warning`).
 */
function explain<C extends EligibilityIssueCode>(
  status: CheckStatus,
  reason: C,
  params: ParamsOf<Messages, C>,
  path?: IssuePath,
): Check {
  const severity = status === 'failed' ? 'error' : 'warning';
  const finding = issue<EligibilityIssueCode>(reason, params as never, { path: path ?? [], severity });
  return {
    status,
    reason,
    detail: finding.message,
    ...(path !== undefined ? { path } : {}),
    ...(status !== 'passed' ? { finding } : {}),
  };
}

function prerequisitesReached(app: FundingApplication, ctx: EligibilityContext): Check {
  const missing: string[] = [];
  const notReached: string[] = [];
  const unknown: string[] = [];
  for (const finess of applicantFiness(app.applicant)) {
    const evaluation = ctx.evaluations?.[finess];
    if (evaluation === undefined || evaluation.programme.id !== ctx.programme.id) {
      missing.push(finess);
      continue;
    }
    for (const p of evaluation.prerequisites) {
      if (p.status === 'not-reached') notReached.push(`${finess}:${p.code}`);
      else if (p.status === 'unknown') unknown.push(`${finess}:${p.code}`);
    }
  }
  if (notReached.length > 0) {
    const list = notReached.join(', ');
    return explain('pending', 'prerequisites-not-reached', { list });
  }
  if (missing.length > 0 || unknown.length > 0) {
    const list = [...missing.map((f) => `${f} (no evaluation)`), ...unknown].join(', ');
    return explain('unknown', missing.length > 0 ? 'no-evaluation' : 'prerequisites-unknown', { list });
  }
  return explain('passed', 'prerequisites-reached', {});
}

function relims(app: FundingApplication): Check {
  const software = app.software ?? [];
  if (software.length === 0) return noSoftware();
  const out = software.filter((s) => s.relims === false).map((s) => s.name);
  const unknown = software.filter((s) => s.relims === undefined).map((s) => s.name);
  if (out.length > 0) {
    return explain('failed', 'software-not-in-relims', { list: out.join(', ') }, ['software']);
  }
  if (unknown.length > 0) {
    return explain('unknown', 'relims-not-declared', { list: unknown.join(', ') }, ['software']);
  }
  return explain('passed', 'all-software-in-relims', {});
}

function qhn(app: FundingApplication): Check {
  const software = app.software ?? [];
  if (software.length === 0) return noSoftware();
  const none = software.filter((s) => s.qhn === 'none').map((s) => s.name);
  const unknown = software.filter((s) => s.qhn === undefined).map((s) => s.name);
  if (none.length > 0) {
    return explain('failed', 'editor-not-qhn', { list: none.join(', ') }, ['software']);
  }
  if (unknown.length > 0) {
    return explain('unknown', 'qhn-not-declared', { list: unknown.join(', ') }, ['software']);
  }
  return explain('passed', 'editors-qhn', {});
}

function noSoftware(): Check {
  return explain('unknown', 'no-software-declared', {}, ['software']);
}

function ghtFramework(app: FundingApplication, ctx: EligibilityContext): Check {
  const a = app.applicant;
  const unknown: string[] = [];
  const outside: string[] = [];
  for (const finess of applicantFiness(a)) {
    const record = ctx.establishments?.[finess];
    if (record === undefined) {
      unknown.push(finess);
      continue;
    }
    // A GHT's members must belong to it; a member establishment must file within its own GHT.
    const isOutside =
      a.kind === 'ght' ? record.ght !== a.ght : record.ght !== undefined && record.ght !== a.ght;
    if (isOutside) {
      outside.push(`${finess} (GHT ${record.ght ?? '—'})`);
    }
  }
  if (outside.length > 0) {
    const list = outside.join(', ');
    return a.kind === 'ght'
      ? explain('failed', 'not-a-member-of-ght', { ght: a.ght, list }, ['applicant'])
      : explain('failed', 'outside-ght-framework', { list }, ['applicant']);
  }
  if (unknown.length > 0) {
    return explain('unknown', 'ght-membership-unknown', { list: unknown.join(', ') }, ['applicant']);
  }
  return explain('passed', 'within-ght-framework', {});
}

function knownDomains(app: FundingApplication, ctx: EligibilityContext): Check {
  if (app.domains.length === 0) {
    return explain('failed', 'no-domain', {}, ['domains']);
  }
  const codes = new Set(ctx.programme.domains.map((d) => d.code));
  const unknown = app.domains.filter((d) => !codes.has(d));
  if (unknown.length > 0) {
    return explain('failed', 'unknown-domain', { code: unknown.join(', ') }, ['domains']);
  }
  return explain('passed', 'domains-known', {});
}

function noDuplicate(app: FundingApplication, ctx: EligibilityContext): Check {
  const found: string[] = [];
  const repeated = app.domains.filter((d, i) => app.domains.indexOf(d) !== i);
  for (const d of new Set(repeated)) found.push(`${d} (twice in ${app.id})`);
  const mine = applicantFiness(app.applicant);
  for (const other of ctx.otherApplications ?? []) {
    if (other.id === app.id || other.programme !== app.programme) continue;
    const theirs = new Set(applicantFiness(other.applicant));
    const shared = mine.filter((f) => theirs.has(f));
    if (shared.length === 0) continue;
    for (const d of new Set(app.domains))
      if (other.domains.includes(d)) found.push(`${d} (${shared.join(', ')} in ${other.id})`);
  }
  if (found.length > 0) {
    return explain('failed', 'duplicate-application', { list: found.join('; ') }, ['domains']);
  }
  return explain('passed', 'no-duplicate', {});
}
