import { atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/programme.js';
import type { Indicator, Programme, Requirement, Threshold } from './types.js';

/**
 * The role an indicator's threshold plays in its requirement: a prerequisite's indicators are judged on their
 * eligibility threshold (*seuil d'éligibilité*), a domain's on their usage target (*cible d'usage*).
 *
 * @example
 * ```ts
 * thresholdRole('prerequisite'); // 'eligibility'
 * ```
 *
 * @category Programmes
 */
export function thresholdRole(kind: Requirement['kind']): 'eligibility' | 'target' {
  return kind === 'prerequisite' ? 'eligibility' : 'target';
}

/**
 * Checks what a programme file says about its thresholds, at load time: a prerequisite's indicator given a
 * usage target but no eligibility threshold (or a domain's given an eligibility threshold but no usage target) —
 * it would evaluate `unknown` —, and schedule steps that end before they start. Warnings, with their path.
 *
 * @example
 * ```ts
 * thresholdIssues(hopen); // []
 * ```
 *
 * @category Programmes
 */
export function thresholdIssues(programme: Programme): PalierIssue[] {
  return atBoundary('thresholdIssues', 'programme', () => {
    const issues: PalierIssue[] = [];
    for (const group of ['prerequisites', 'domains'] as const) {
      programme[group].forEach((req, r) => {
        const role = thresholdRole(req.kind);
        req.indicators.forEach((indicator, i) => {
          checkIndicator(indicator, role, [group, r, 'indicators', i], issues);
        });
      });
    }
    return issues;
  });
}

function checkIndicator(
  indicator: Indicator,
  role: 'eligibility' | 'target',
  path: readonly (string | number)[],
  issues: PalierIssue[],
): void {
  const other = role === 'eligibility' ? 'target' : 'eligibility';
  const misplaced = (at: { eligibility?: Threshold; target?: Threshold }) =>
    at[role] === undefined && at[other] !== undefined;
  const warn = (where: readonly (string | number)[]) =>
    issues.push(
      issue(
        'threshold-in-other-role',
        { indicator: indicator.code, missing: role },
        { path: [...where, other], severity: 'warning', expected: role, received: other },
      ),
    );
  if (misplaced(indicator)) warn(path);
  indicator.schedule?.forEach((step, s) => {
    const at = [...path, 'schedule', s];
    if (misplaced(step)) warn(at);
    if (step.until !== undefined && step.until < step.from) {
      issues.push(
        issue(
          'schedule-step-ends-before-start',
          { indicator: indicator.code, from: step.from, until: step.until },
          { path: [...at, 'until'], severity: 'warning', expected: `≥ ${step.from}`, received: step.until },
        ),
      );
    }
  });
}
