import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of GHTs (`actors/ght.ts`, `actors/ght-network.ts`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const GHT_MESSAGES = {
  'ght-missing-code': () => ({ fr: 'Code du GHT manquant.', en: 'The GHT code is missing.' }),
  'ght-unknown-region': (p: { received: string }) => ({
    fr: `Région inconnue : « ${p.received} ».`,
    en: `Unknown region: "${p.received}".`,
  }),
  'ght-support-not-party': (p: { finess: string }) => ({
    fr: `L'établissement support ${p.finess} doit être partie à la convention du GHT.`,
    en: `The support establishment ${p.finess} must be a party to the GHT.`,
  }),
  'ght-duplicate-member': (p: { finess: string; first: string }) => ({
    fr: `${p.finess} figure déjà dans le GHT (${p.first}).`,
    en: `${p.finess} is already a member of the GHT (${p.first}).`,
  }),
  'ght-unknown-entity': (p: { finess: string }) => ({
    fr: `Entité juridique ${p.finess} inconnue : son statut n'est pas vérifié.`,
    en: `Unknown legal entity ${p.finess}: its status is not checked.`,
  }),
  'ght-private-not-partner': (p: { entity: string; roleFr: string; role: string }) => ({
    fr: `${p.entity} est privé : il ne peut être que partenaire du GHT, pas ${p.roleFr}.`,
    en: `${p.entity} is private: it can only be a partner of a GHT, not in ${p.role}.`,
  }),
  'ght-duplicate-code': (p: { code: string; first: number }) => ({
    fr: `Le code de GHT ${p.code} est déjà utilisé (GHT n° ${p.first}).`,
    en: `GHT code ${p.code} is already used (GHT #${p.first}).`,
  }),
  'ght-public-party-in-several': (p: { finess: string; first: string; second: string }) => ({
    fr: `L'établissement public ${p.finess} est partie à deux GHT (${p.first} et ${p.second}) ; il ne peut l'être qu'à un seul.`,
    en: `Public establishment ${p.finess} is a party to two GHTs (${p.first} and ${p.second}); it may be a party to one only.`,
  }),
} satisfies MessageTable;

/** A code of {@link GHT_MESSAGES}. */
export type GhtIssueCode = keyof typeof GHT_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('ght-missing-code', …, { path: ['field'] });
 * ```
 */
export function issue<C extends GhtIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof GHT_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([GHT_MESSAGES, INPUT_MESSAGES], code, params, options);
}
