import type { Establishment, Finess } from '../actors/types.js';
import { atBoundary } from '../core/guards.js';
import type { IssuePath } from '../core/issue.js';
import type { Label, Provenance } from '../core/label.js';
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
  /** The explanation, in French and English. */
  readonly detail: Label;
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
  return atBoundary('assessEligibility', 'application', () => {
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
    : {
        status: 'unknown',
        reason: 'condition-not-automated',
        detail: {
          fr: `Condition « ${condition.label.fr} » non vérifiable automatiquement.`,
          en: `Condition "${condition.label.en}" cannot be checked automatically.`,
        },
      };
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
        yes: [
          'no-hopital-2012-aid',
          "Pas d'aide de la tranche 1 d'Hôpital 2012.",
          'No aid from Hôpital 2012 tranche 1.',
        ],
        no: [
          'hopital-2012-tranche-1-aid',
          "Le projet a reçu une aide de la tranche 1 d'Hôpital 2012.",
          'The project received aid from Hôpital 2012 tranche 1.',
        ],
        unknown: [
          'hopital-2012-not-declared',
          'Aide Hôpital 2012 (tranche 1) non déclarée.',
          'Hôpital 2012 tranche 1 aid not declared.',
        ],
      },
    ),
  'project-plan': (app) =>
    declared(app.projectPlan, ['projectPlan'], {
      yes: ['project-plan-attached', 'Plan projet joint.', 'Project plan attached.'],
      no: [
        'no-project-plan',
        'Pas de plan projet pour atteindre les cibles.',
        'No project plan to reach the targets.',
      ],
      unknown: ['project-plan-not-declared', 'Plan projet non déclaré.', 'Project plan not declared.'],
    }),
  'usage-commitment': (app) =>
    declared(app.usageCommitment, ['usageCommitment'], {
      yes: ['usage-committed', "Engagement sur les cibles d'usage.", 'Committed to the usage targets.'],
      no: [
        'no-usage-commitment',
        "Pas d'engagement sur les cibles d'usage.",
        'No commitment to the usage targets.',
      ],
      unknown: [
        'usage-commitment-not-declared',
        "Engagement sur les cibles d'usage non déclaré.",
        'Usage-target commitment not declared.',
      ],
    }),
};

type Wording = readonly [reason: string, fr: string, en: string];

function declared(
  value: boolean | undefined,
  path: IssuePath,
  w: { yes: Wording; no: Wording; unknown: Wording },
): Check {
  const [reason, fr, en] = value === undefined ? w.unknown : value ? w.yes : w.no;
  return {
    status: value === undefined ? 'unknown' : value ? 'passed' : 'failed',
    reason,
    detail: { fr, en },
    path,
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
    return {
      status: 'pending',
      reason: 'prerequisites-not-reached',
      detail: {
        fr: `Prérequis non atteints (${list}) : candidature possible, aucun versement avant leur atteinte.`,
        en: `Prerequisites not reached (${list}): the application may be filed, no money is released until they are.`,
      },
    };
  }
  if (missing.length > 0 || unknown.length > 0) {
    const list = [...missing.map((f) => `${f} (no evaluation)`), ...unknown].join(', ');
    return {
      status: 'unknown',
      reason: missing.length > 0 ? 'no-evaluation' : 'prerequisites-unknown',
      detail: {
        fr: `Atteinte des prérequis inconnue : ${list}.`,
        en: `Whether the prerequisites are reached is unknown: ${list}.`,
      },
    };
  }
  return {
    status: 'passed',
    reason: 'prerequisites-reached',
    detail: { fr: 'Tous les prérequis sont atteints.', en: 'Every prerequisite is reached.' },
  };
}

function relims(app: FundingApplication): Check {
  const software = app.software ?? [];
  if (software.length === 0) return noSoftware();
  const out = software.filter((s) => s.relims === false).map((s) => s.name);
  const unknown = software.filter((s) => s.relims === undefined).map((s) => s.name);
  if (out.length > 0) {
    return {
      status: 'failed',
      reason: 'software-not-in-relims',
      detail: {
        fr: `Logiciel(s) non référencé(s) dans RELIMS : ${out.join(', ')}.`,
        en: `Software not referenced in RELIMS: ${out.join(', ')}.`,
      },
      path: ['software'],
    };
  }
  if (unknown.length > 0) {
    return {
      status: 'unknown',
      reason: 'relims-not-declared',
      detail: {
        fr: `Référencement RELIMS non déclaré : ${unknown.join(', ')}.`,
        en: `RELIMS referencing not declared: ${unknown.join(', ')}.`,
      },
      path: ['software'],
    };
  }
  return {
    status: 'passed',
    reason: 'all-software-in-relims',
    detail: {
      fr: 'Tous les logiciels sont référencés dans RELIMS.',
      en: 'All software is referenced in RELIMS.',
    },
  };
}

function qhn(app: FundingApplication): Check {
  const software = app.software ?? [];
  if (software.length === 0) return noSoftware();
  const none = software.filter((s) => s.qhn === 'none').map((s) => s.name);
  const unknown = software.filter((s) => s.qhn === undefined).map((s) => s.name);
  if (none.length > 0) {
    return {
      status: 'failed',
      reason: 'editor-not-qhn',
      detail: {
        fr: `Éditeur ni certifié ni engagé dans la certification QHN : ${none.join(', ')}.`,
        en: `Editor neither certified nor committed to QHN certification: ${none.join(', ')}.`,
      },
      path: ['software'],
    };
  }
  if (unknown.length > 0) {
    return {
      status: 'unknown',
      reason: 'qhn-not-declared',
      detail: {
        fr: `Statut QHN de l'éditeur non déclaré : ${unknown.join(', ')}.`,
        en: `Editor's QHN status not declared: ${unknown.join(', ')}.`,
      },
      path: ['software'],
    };
  }
  return {
    status: 'passed',
    reason: 'editors-qhn',
    detail: {
      fr: 'Chaque éditeur est certifié QHN ou engagé dans la certification.',
      en: 'Every editor is QHN-certified or committed to certification.',
    },
  };
}

function noSoftware(): Check {
  return {
    status: 'unknown',
    reason: 'no-software-declared',
    detail: { fr: 'Aucun logiciel déclaré pour le projet.', en: 'No software declared for the project.' },
    path: ['software'],
  };
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
    return {
      status: 'failed',
      reason: a.kind === 'ght' ? 'not-a-member-of-ght' : 'outside-ght-framework',
      detail:
        a.kind === 'ght'
          ? {
              fr: `Établissement(s) hors du GHT ${a.ght} : ${list}.`,
              en: `Establishment(s) not members of GHT ${a.ght}: ${list}.`,
            }
          : {
              fr: `Membre d'un GHT candidatant hors du cadre de son GHT : ${list}.`,
              en: `A GHT member applying outside its GHT's framework: ${list}.`,
            },
      path: ['applicant'],
    };
  }
  if (unknown.length > 0) {
    return {
      status: 'unknown',
      reason: 'ght-membership-unknown',
      detail: {
        fr: `Appartenance à un GHT inconnue : ${unknown.join(', ')}.`,
        en: `GHT membership unknown: ${unknown.join(', ')}.`,
      },
      path: ['applicant'],
    };
  }
  return {
    status: 'passed',
    reason: 'within-ght-framework',
    detail: {
      fr: 'Candidature dans le cadre du GHT (ou hors GHT).',
      en: 'Application within the GHT framework (or no GHT).',
    },
  };
}

function knownDomains(app: FundingApplication, ctx: EligibilityContext): Check {
  if (app.domains.length === 0) {
    return {
      status: 'failed',
      reason: 'no-domain',
      detail: { fr: 'Aucun domaine demandé.', en: 'No domain applied for.' },
      path: ['domains'],
    };
  }
  const codes = new Set(ctx.programme.domains.map((d) => d.code));
  const unknown = app.domains.filter((d) => !codes.has(d));
  if (unknown.length > 0) {
    return {
      status: 'failed',
      reason: 'unknown-domain',
      detail: {
        fr: `Domaine(s) inconnu(s) du programme : ${unknown.join(', ')}.`,
        en: `Domain(s) not in the programme: ${unknown.join(', ')}.`,
      },
      path: ['domains'],
    };
  }
  return {
    status: 'passed',
    reason: 'domains-known',
    detail: { fr: 'Domaines du programme.', en: 'Domains of the programme.' },
  };
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
    return {
      status: 'failed',
      reason: 'duplicate-application',
      detail: {
        fr: `Candidature en double pour un même domaine : ${found.join('; ')}.`,
        en: `Duplicate application for a domain: ${found.join('; ')}.`,
      },
      path: ['domains'],
    };
  }
  return {
    status: 'passed',
    reason: 'no-duplicate',
    detail: { fr: 'Pas de candidature en double.', en: 'No duplicate application.' },
  };
}
