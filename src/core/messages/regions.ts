import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of region and ARS lookups (`actors/regions.ts`, `actors/ars.ts`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const REGION_MESSAGES = {
  'unknown-department': (p: { received: string }) => ({
    fr: `Département inconnu : « ${p.received} ».`,
    en: `Unknown department: "${p.received}".`,
  }),
  'unknown-region': (p: { received: string }) => ({
    fr: `Aucune région de code « ${p.received} » à cette date.`,
    en: `No region with code "${p.received}" at that date.`,
  }),
  'overseas-collectivity': (p: { received: string }) => ({
    fr: `${p.received} (Saint-Pierre-et-Miquelon) est une collectivité d'outre-mer, pas un département : ni région ni ARS.`,
    en: `${p.received} (Saint-Pierre-et-Miquelon) is an overseas collectivity, not a department: no region or ARS.`,
  }),
} satisfies MessageTable;

/** A code of {@link REGION_MESSAGES}. */
export type RegionIssueCode = keyof typeof REGION_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('unknown-department', …, { path: ['field'] });
 * ```
 */
export function issue<C extends RegionIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof REGION_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([REGION_MESSAGES, INPUT_MESSAGES], code, params, options);
}
