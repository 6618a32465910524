import type { Finess } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import type { CalendarDate } from '../dates/index.js';
import type { RequirementKind } from '../programme/index.js';
import { CompactResults } from './compact-results.js';
import type { CompiledProgramme } from './compile.js';
import { diagnostic } from './diagnostic-messages.js';
import { type EvaluateOptions, evaluateInto } from './establishment.js';
import type { EvaluationView } from './evaluation-view.js';
import type { EvaluationInput } from './many.js';
import type { EstablishmentEvaluation, LevelStatus, ProgrammeRef } from './types.js';

/**
 * Options of a GHT evaluation.
 *
 * @category Evaluation
 */
export interface GhtOptions extends EvaluateOptions {
  /** GHT code (`NA-04`), reported back. */
  readonly ght?: string;
  /**
   * The GHT applies as one (*candidature unique*): every member must use the same calculation method; members
   * whose `declaration.method` differs (or is absent) are flagged.
   */
  readonly appliesAsOne?: boolean;
  /** The GHT's calculation method; by default the method most members declared (the first one on a tie). */
  readonly method?: string;
}

/**
 * How the members of a GHT stand on one level (a prerequisite, a domain or the palier).
 *
 * @category Evaluation
 */
export interface GhtLevelSummary {
  /** `P1` … `D7`, or `palier`. */
  readonly code: string;
  /** Prerequisite, domain or the palier. */
  readonly kind: RequirementKind | 'palier';
  /** The GHT's status: reached when every member is; not reached as soon as one member is not; else unknown. */
  readonly status: LevelStatus;
  /** Stable reason code. */
  readonly reason: 'all-members-reached' | 'members-not-reached' | 'members-unknown' | 'no-members';
  /** FINESS of the members reaching it. */
  readonly reached: readonly Finess[];
  /** FINESS of the members not reaching it. */
  readonly notReached: readonly Finess[];
  /** FINESS of the members whose status is unknown. */
  readonly unknown: readonly Finess[];
  /** Members keeping the GHT from the level: not reached, then unknown. */
  readonly blockers: readonly Finess[];
}

/**
 * The evaluation of a GHT (*groupement hospitalier de territoire*): every member, and a summary per level.
 *
 * @category Evaluation
 */
export interface GhtEvaluation {
  /** GHT code, when given. */
  readonly ght?: string;
  /** Programme applied. */
  readonly programme: ProgrammeRef;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Every member's evaluation, in input order. */
  readonly members: readonly EstablishmentEvaluation[];
  /** Summary per prerequisite. */
  readonly prerequisites: readonly GhtLevelSummary[];
  /** Summary per domain. */
  readonly domains: readonly GhtLevelSummary[];
  /** The palier of the GHT as a whole: reached when every member reaches it. */
  readonly palier: GhtLevelSummary;
  /** The calculation method the members were checked against, when the GHT applies as one. */
  readonly method?: string;
  /** Method flags (paths `['members', i, 'declaration', 'method']`); members' own diagnostics stay on them. */
  readonly diagnostics: readonly PalierIssue[];
}

/**
 * Evaluates every member of a GHT and summarises, per prerequisite and domain and for the palier, which members
 * reach it. The GHT reaches a level when every member does (not reached as soon as one member does not; unknown
 * otherwise; `no-members` for an empty GHT). When the GHT applies as one, members declaring another calculation
 * method, or none, are flagged.
 *
 * @example
 * ```ts
 * const g = evaluateGht(compiled, members, { asOf: '2021-06-30', appliesAsOne: true });
 * g.palier.blockers; // FINESS of the members keeping the GHT from the palier
 * ```
 *
 * @category Evaluation
 */
export function evaluateGht(
  compiled: CompiledProgramme,
  members: readonly EvaluationInput[],
  options: GhtOptions,
): GhtEvaluation {
  const args: Arguments = {
    compiled: [compiled, 'object'],
    members: [members, 'list'],
    options: [options, 'object'],
  };
  return atBoundary('evaluateGht', args, () => {
    const results = new CompactResults(compiled, members.length);
    const evaluations = members.map((m, row) =>
      evaluateInto(results, row, m.establishment, m.declaration, { asOf: options.asOf }),
    );
    const summarise = (code: string, kind: RequirementKind | 'palier', position: number) =>
      summariseLevel(code, kind, evaluations, (e) => e.levelStatus(position));
    const prerequisites = compiled.prerequisites.map((req) =>
      summarise(req.code, 'prerequisite', req.position),
    );
    const domains = compiled.domains.map((req) => summarise(req.code, 'domain', req.position));
    const palier = summarise('palier', 'palier', results.levelCount - 1);
    const diagnostics: PalierIssue[] = [];
    let method: string | undefined;
    if (options.appliesAsOne === true) {
      method = options.method ?? commonMethod(members);
      flagMethods(members, method, diagnostics);
    }
    return {
      ...(options.ght !== undefined ? { ght: options.ght } : {}),
      programme: results.ref,
      asOf: options.asOf,
      members: evaluations,
      prerequisites,
      domains,
      palier,
      ...(method !== undefined ? { method } : {}),
      diagnostics,
    };
  });
}

function summariseLevel(
  code: string,
  kind: RequirementKind | 'palier',
  evaluations: readonly EvaluationView[],
  statusOf: (e: EvaluationView) => LevelStatus,
): GhtLevelSummary {
  const reached: Finess[] = [];
  const notReached: Finess[] = [];
  const unknown: Finess[] = [];
  for (const e of evaluations) {
    const s = statusOf(e);
    (s === 'reached' ? reached : s === 'not-reached' ? notReached : unknown).push(e.finess);
  }
  const [status, reason]: [LevelStatus, GhtLevelSummary['reason']] =
    evaluations.length === 0
      ? ['unknown', 'no-members']
      : notReached.length > 0
        ? ['not-reached', 'members-not-reached']
        : unknown.length > 0
          ? ['unknown', 'members-unknown']
          : ['reached', 'all-members-reached'];
  return { code, kind, status, reason, reached, notReached, unknown, blockers: [...notReached, ...unknown] };
}

/** The method most members declared; the first declared on a tie; `undefined` when none declared one. */
function commonMethod(members: readonly EvaluationInput[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of members) {
    const method = m.declaration.method;
    if (method !== undefined) counts.set(method, (counts.get(method) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [method, count] of counts) {
    if (count > bestCount) {
      best = method;
      bestCount = count;
    }
  }
  return best;
}

function flagMethods(
  members: readonly EvaluationInput[],
  method: string | undefined,
  out: PalierIssue[],
): void {
  members.forEach((m, i) => {
    const path = ['members', i, 'declaration', 'method'];
    const declared = m.declaration.method;
    if (declared === undefined) out.push(diagnostic('method-not-declared', path, 'warning', method));
    else if (method !== undefined && declared !== method) {
      out.push(diagnostic('method-differs', path, 'warning', method, declared));
    }
  });
}
