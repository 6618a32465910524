import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of legal entities, sites and their attachment (`actors/establishments.ts`, `actors/attachments.ts`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const ENTITY_MESSAGES = {
  'site-entity-mismatch': (p: { site: string; expected: string; received: string }) => ({
    fr: `Le site ${p.site} est rattaché à l'EJ ${p.expected}, pas à ${p.received}.`,
    en: `Site ${p.site} belongs to legal entity ${p.expected}, not ${p.received}.`,
  }),
  'duplicate-legal-entity': (p: { finess: string; first: string }) => ({
    fr: `L'entité juridique ${p.finess} est déjà déclarée (${p.first}).`,
    en: `Legal entity ${p.finess} is already listed (${p.first}).`,
  }),
  'unknown-legal-entity': (p: { site: string; entity: string }) => ({
    fr: `Le site ${p.site} est rattaché à une entité juridique inconnue (${p.entity}).`,
    en: `Site ${p.site} is attached to an unknown legal entity (${p.entity}).`,
  }),
  'duplicate-site': (p: { site: string; first: string }) => ({
    fr: `Le site ${p.site} figure deux fois (voir ${p.first}).`,
    en: `Site ${p.site} is listed twice (see ${p.first}).`,
  }),
  'site-in-several-legal-entities': (p: { site: string; first: string; second: string }) => ({
    fr: `Le site ${p.site} est rattaché à deux entités juridiques (${p.first} et ${p.second}) ; un site relève d'une seule EJ.`,
    en: `Site ${p.site} is attached to two legal entities (${p.first} and ${p.second}); a site belongs to exactly one.`,
  }),
} satisfies MessageTable;

/** A code of {@link ENTITY_MESSAGES}. */
export type EntityIssueCode = keyof typeof ENTITY_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('site-entity-mismatch', …, { path: ['field'] });
 * ```
 */
export function issue<C extends EntityIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof ENTITY_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([ENTITY_MESSAGES, INPUT_MESSAGES], code, params, options);
}
