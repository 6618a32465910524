import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';

/**
 * Issue codes of any input: missing values, wrong types, unknown keys, dates, each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const INPUT_MESSAGES = {
  required: () => ({ fr: 'Valeur obligatoire manquante.', en: 'Required value is missing.' }),
  'invalid-type': (p: { expected: string; received: string }) => ({
    fr: `Type attendu : ${p.expected}, reçu : ${p.received}.`,
    en: `Expected ${p.expected}, received ${p.received}.`,
  }),
  'unknown-key': (p: { keys: string }) => ({
    fr: `Clé(s) inconnue(s), ignorée(s) : ${p.keys}.`,
    en: `Unknown key(s), ignored: ${p.keys}.`,
  }),
  'invalid-date': (p: { received: string; why: Label }) => ({
    fr: `Date invalide : « ${p.received} » (${p.why.fr}).`,
    en: `Invalid date: "${p.received}" (${p.why.en}).`,
  }),
} satisfies MessageTable;

/** A code of {@link INPUT_MESSAGES}. */
export type InputIssueCode = keyof typeof INPUT_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group: importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('required', …, { path: ['field'] });
 * ```
 */
export function issue<C extends InputIssueCode>(
  code: C,
  params: ParamsOf<typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([INPUT_MESSAGES], code, params, options);
}
