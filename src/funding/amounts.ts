import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Provenance } from '../core/label.js';
import { moneyStringProblem } from '../core/money-string.js';
import { centsOfString } from '../money/cents.js';
import { type Money, parseMoney, toCents } from '../money/money.js';

/**
 * Builds an error issue (internal).
 *
 * @category Funding
 */
export function fundingIssue(
  code: string,
  path: IssuePath,
  fr: string,
  en: string,
  extra: { expected?: string; received?: string; severity?: 'error' | 'warning' } = {},
): PalierIssue {
  return { code, path, message: { fr, en }, severity: 'error', ...extra };
}

/**
 * Reads a non-negative amount, pushing the parse issue on failure (internal).
 *
 * @category Funding
 */
export function readAmount(value: unknown, path: IssuePath, issues: PalierIssue[]): Money | undefined {
  const r = parseMoney(value, { path });
  if (r.ok) return r.value;
  issues.push(...r.issues);
  return undefined;
}

/**
 * Reads a non-negative amount in whole cents, pushing the parse issue on failure (internal): the same grammar
 * and issues as {@link readAmount}, without a decimal for money strings.
 *
 * @category Funding
 */
export function readCents(value: unknown, path: IssuePath, issues: PalierIssue[]): bigint | undefined {
  if (typeof value !== 'string') {
    const m = readAmount(value, path, issues);
    return m === undefined ? undefined : toCents(m);
  }
  const problem = moneyStringProblem(value, { path });
  if (problem === undefined) return centsOfString(value);
  issues.push(problem);
  return undefined;
}

/**
 * Provenance of palier's own consistency rules, which no official text states (internal).
 *
 * @category Funding
 */
export const PALIER_RULE: Provenance = Object.freeze({
  source: 'palier',
  status: 'unverified',
  note: 'Consistency rule of the palier library, not an official text.',
});
