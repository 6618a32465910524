import type { PalierIssue } from './issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './messages/build.js';
import { CLI_MESSAGES } from './messages/cli.js';
import { ELIGIBILITY_MESSAGES } from './messages/eligibility.js';
import { ENTITY_MESSAGES } from './messages/entities.js';
import { FINESS_MESSAGES } from './messages/finess.js';
import { GHT_MESSAGES } from './messages/ght.js';
import { INPUT_MESSAGES } from './messages/input.js';
import { MONEY_MESSAGES } from './messages/money.js';
import { OVERRIDE_MESSAGES } from './messages/overrides.js';
import { PROGRAMME_MESSAGES } from './messages/programme.js';
import { READER_MESSAGES } from './messages/readers.js';
import { REGION_MESSAGES } from './messages/regions.js';
import { REGISTER_MESSAGES } from './messages/registers.js';

export type { IssueOptions } from './messages/build.js';

/**
 * The registry of issue codes: each stable code with the function that writes its message in French and
 * English from the issue's parameters (the pattern of zod's locales). Every issue palier returns — core,
 * schemas, file readers, CLI — is built from it, so one code always reads the same.
 *
 * The codes live in one module per part of palier (`core/messages/<group>.ts`, each with its own typed
 * `issue()`); this object assembles them. Library code imports the `issue()` of its group so that a user's
 * bundle holds only the messages its functions can raise; a code is never reused with another meaning.
 *
 * @category Core
 */
export const ISSUE_MESSAGES = {
  ...INPUT_MESSAGES,
  ...CLI_MESSAGES,
  ...ELIGIBILITY_MESSAGES,
  ...ENTITY_MESSAGES,
  ...FINESS_MESSAGES,
  ...GHT_MESSAGES,
  ...MONEY_MESSAGES,
  ...OVERRIDE_MESSAGES,
  ...PROGRAMME_MESSAGES,
  ...READER_MESSAGES,
  ...REGION_MESSAGES,
  ...REGISTER_MESSAGES,
} satisfies MessageTable;

/**
 * A stable issue code: a key of {@link palier!ISSUE_MESSAGES}.
 *
 * @category Core
 */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/**
 * The parameters an issue code's message needs.
 *
 * @category Core
 */
export type IssueParams<C extends IssueCode> = ParamsOf<typeof ISSUE_MESSAGES, C>;

/**
 * Builds a {@link PalierIssue} from the registry: the code, its message in both languages, and where it is.
 *
 * @example
 * ```ts
 * issue('invalid-date', { received: '2021-02-30', why: { fr: 'ce jour n’existe pas', en: 'no such day' } },
 *   { path: ['period', 'end'] });
 * // { code: 'invalid-date', path: ['period', 'end'], severity: 'error', message: { fr: 'Date invalide : …', … } }
 * ```
 *
 * @category Core
 */
export function issue<C extends IssueCode>(
  code: C,
  params: IssueParams<C>,
  options: IssueOptions = {},
): PalierIssue {
  return buildIssue([ISSUE_MESSAGES], code, params, options);
}
