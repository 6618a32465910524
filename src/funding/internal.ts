import type { IssuePath, PalierIssue } from '../core/issue.js';
import type { Provenance } from '../core/label.js';
import { type Money, parseMoney } from '../money/money.js';

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
 * Provenance of palier's own consistency rules, which no official text states (internal).
 *
 * @category Funding
 */
export const PALIER_RULE: Provenance = Object.freeze({
  source: 'palier',
  status: 'unverified',
  note: 'Consistency rule of the palier library, not an official text.',
});
