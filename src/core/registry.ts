import { type IssueCode, ISSUE_MESSAGES as MESSAGES } from './messages.js';

export type { IssueCode } from './messages.js';

/*
 * The published view of the whole registry (the main entry's `ISSUE_MESSAGES`): library code imports the
 * `issue()` of its group instead (`core/messages/<group>.ts`), so a bundle holds only the messages it can raise.
 */

/**
 * The registry of issue codes, as published: each stable {@link IssueCode} with the function that writes its
 * message in French and English from the issue's parameters (the pattern of zod's locales). Every
 * {@link palier!PalierIssue} palier returns — core, schemas, file readers, CLI — is built from this table, so one code
 * always reads the same; a code is never reused with another meaning. Use it to translate, log or document the
 * codes an application may meet.
 *
 * @example
 * ```ts
 * ISSUE_MESSAGES.required().fr; // 'Valeur obligatoire manquante.'
 * Object.keys(ISSUE_MESSAGES).length; // how many codes palier can raise
 * ```
 *
 * @category Core
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: (typeof MESSAGES)[C] } = MESSAGES;
