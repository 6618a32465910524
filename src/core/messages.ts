import type { IssuePath, PalierIssue, Severity } from './issue.js';
import type { Label } from './label.js';

/**
 * The registry of issue codes: each stable code with the function that writes its message in French and
 * English from the issue's parameters (the pattern of zod's locales). Every issue palier returns — core,
 * schemas, file readers, CLI — is built from here by {@link issue}, so one code always reads the same.
 *
 * Codes are grouped by the part of palier that raises them; a code is never reused with another meaning.
 *
 * @category Core
 */
export const ISSUE_MESSAGES = {
  // — Any input —
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
  // — Programme / referential (issue 16: schedules of targets, roles, referential templates) —
  'threshold-in-other-role': (p: { indicator: string; missing: 'eligibility' | 'target' }) =>
    p.missing === 'eligibility'
      ? {
          fr: `L'indicateur ${p.indicator} d'un prérequis a une cible d'usage mais pas de seuil d'éligibilité : il sera « inconnu ».`,
          en: `Indicator ${p.indicator} of a prerequisite has a usage target but no eligibility threshold: it will be "unknown".`,
        }
      : {
          fr: `L'indicateur ${p.indicator} d'un domaine a un seuil d'éligibilité mais pas de cible d'usage : il sera « inconnu ».`,
          en: `Indicator ${p.indicator} of a domain has an eligibility threshold but no usage target: it will be "unknown".`,
        },
  'schedule-step-ends-before-start': (p: { indicator: string; from: string; until: string }) => ({
    fr: `Une étape du calendrier de ${p.indicator} finit (${p.until}) avant de commencer (${p.from}).`,
    en: `A schedule step of ${p.indicator} ends (${p.until}) before it starts (${p.from}).`,
  }),
  'period-straddles-schedule': (p: { indicator: string; date: string }) => ({
    fr: `La période déclarée chevauche un changement de cible de ${p.indicator} (le ${p.date}) : la cible en vigueur le dernier jour de la période s'applique.`,
    en: `The declared period straddles a change of target of ${p.indicator} (on ${p.date}): the target in force on the period's last day applies.`,
  }),
  'referential-missing-column': (p: { column: string }) => ({
    fr: `Colonne obligatoire absente du référentiel : ${p.column}.`,
    en: `Required column missing from the referential: ${p.column}.`,
  }),
  'referential-unknown-requirement': (p: { code: string }) => ({
    fr: `Prérequis ou domaine inconnu dans ce programme : ${p.code} (une ligne nouvelle doit nommer un prérequis ou un domaine existant).`,
    en: `Unknown prerequisite or domain in this programme: ${p.code} (a new row must name an existing prerequisite or domain).`,
  }),
  'referential-new-indicator-incomplete': (p: { code: string; missing: string }) => ({
    fr: `L'indicateur ${p.code} n'est pas dans le programme : pour l'ajouter, renseigner ${p.missing}.`,
    en: `Indicator ${p.code} is not in the programme: to add it, fill in ${p.missing}.`,
  }),
  'referential-invalid-cell': (p: { column: string; received: string; why: Label }) => ({
    fr: `Valeur invalide en colonne ${p.column} : « ${p.received} » (${p.why.fr}).`,
    en: `Invalid value in column ${p.column}: "${p.received}" (${p.why.en}).`,
  }),
  'referential-duplicate-row': (p: { code: string; line: number }) => ({
    fr: `L'indicateur ${p.code} a déjà une ligne (ligne ${p.line}).`,
    en: `Indicator ${p.code} already has a row (line ${p.line}).`,
  }),
  // — end of programme / referential —
} satisfies Record<string, (params: never) => Label>;

/**
 * A stable issue code: a key of {@link ISSUE_MESSAGES}.
 *
 * @category Core
 */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/**
 * The parameters an issue code's message needs.
 *
 * @category Core
 */
export type IssueParams<C extends IssueCode> = Parameters<(typeof ISSUE_MESSAGES)[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof ISSUE_MESSAGES)[C]>[0];

/**
 * Where an issue is and how grave: the optional part of {@link issue}.
 *
 * @category Core
 */
export interface IssueOptions {
  /** Where in the input (default: the root). */
  readonly path?: IssuePath;
  /** Default: `error`. */
  readonly severity?: Severity;
  /** What was expected, briefly. */
  readonly expected?: string;
  /** What was received, briefly. */
  readonly received?: string;
}

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
  const message = (ISSUE_MESSAGES[code] as (p: IssueParams<C>) => Label)(params);
  return {
    code,
    path: options.path ?? [],
    message,
    severity: options.severity ?? 'error',
    ...(options.expected !== undefined ? { expected: options.expected } : {}),
    ...(options.received !== undefined ? { received: options.received } : {}),
  };
}
