import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of FINESS numbers (`actors/finess.ts`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const FINESS_MESSAGES = {
  'invalid-finess-format': (p: { received: string }) => ({
    fr: `« ${p.received} » n'est pas un numéro FINESS : 9 caractères attendus (8 sans la clé), des chiffres ou 2A/2B suivis de chiffres.`,
    en: `"${p.received}" is not a FINESS number: expected 9 characters (8 without the key), digits or 2A/2B followed by digits.`,
  }),
  'invalid-finess-department': (p: { finess: string; head: string }) => ({
    fr: `Le numéro FINESS ${p.finess} ne commence par aucun code de département connu (${p.head}).`,
    en: `FINESS ${p.finess} does not start with a known department code (${p.head}).`,
  }),
  'invalid-finess-key': (p: { finess: string; expected: string; received: string }) => ({
    fr: `Clé de contrôle du numéro FINESS ${p.finess} incorrecte : ${p.expected} attendu, ${p.received} reçu (vérification dérivée des données ; l'option « check: 'format' » l'ignore).`,
    en: `Wrong check key in FINESS ${p.finess}: expected ${p.expected}, received ${p.received} (data-derived check; option check: 'format' skips it).`,
  }),
} satisfies MessageTable;

/** A code of {@link FINESS_MESSAGES}. */
export type FinessIssueCode = keyof typeof FINESS_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('invalid-finess-format', …, { path: ['field'] });
 * ```
 */
export function issue<C extends FinessIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof FINESS_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([FINESS_MESSAGES, INPUT_MESSAGES], code, params, options);
}
