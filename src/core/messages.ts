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
  // — Command line (src/node/cli): arguments, options, files named on the command line —
  'cli-unknown-command': (p: { name: string; known: string }) => ({
    fr: `Commande inconnue « ${p.name} » (commandes : ${p.known}).`,
    en: `Unknown command "${p.name}" (commands: ${p.known}).`,
  }),
  'cli-unknown-option': (p: { option: string; suggestion: string }) => ({
    fr: `Option inconnue ${p.option}${p.suggestion === '' ? '' : ` ; vouliez-vous dire ${p.suggestion} ?`} (une valeur qui commence par « - » s’écrit --option=valeur, un fichier après --).`,
    en: `Unknown option ${p.option}${p.suggestion === '' ? '' : `; did you mean ${p.suggestion}?`} (write a value starting with "-" as --option=value, a file after --).`,
  }),
  'cli-missing-value': (p: { option: string }) => ({
    fr: `L’option ${p.option} attend une valeur (${p.option} <valeur>, ou ${p.option}=<valeur> si elle commence par « - »).`,
    en: `Option ${p.option} needs a value (${p.option} <value>, or ${p.option}=<value> when it starts with "-").`,
  }),
  'cli-unexpected-value': (p: { option: string }) => ({
    fr: `L’option ${p.option} ne prend pas de valeur.`,
    en: `Option ${p.option} takes no value.`,
  }),
  'cli-missing-argument': (p: { what: Label }) => ({
    fr: `Argument manquant : ${p.what.fr}.`,
    en: `Missing argument: ${p.what.en}.`,
  }),
  'cli-extra-argument': (p: { argument: string }) => ({
    fr: `Argument en trop : ${p.argument}.`,
    en: `Unexpected argument: ${p.argument}.`,
  }),
  'cli-invalid-choice': (p: { option: string; received: string; allowed: string }) => ({
    fr: `${p.option} attend ${p.allowed} ; reçu « ${p.received} ».`,
    en: `${p.option} expects ${p.allowed}; received "${p.received}".`,
  }),
  'cli-invalid-count': (p: { option: string; received: string }) => ({
    fr: `${p.option} attend un entier ≥ 0 ; reçu « ${p.received} ».`,
    en: `${p.option} expects a whole number ≥ 0; received "${p.received}".`,
  }),
  'cli-invalid-option': (p: { option: string; reason: Label }) => ({
    fr: `${p.option} : ${p.reason.fr}`,
    en: `${p.option}: ${p.reason.en}`,
  }),
  'cli-unknown-programme': (p: { name: string }) => ({
    fr: `Programme inconnu « ${p.name} » : hopen, hopital-numerique (hn) ou un fichier .json.`,
    en: `Unknown programme "${p.name}": hopen, hopital-numerique (hn) or a .json file.`,
  }),
  'cli-out-is-input': (p: { out: string; input: string }) => ({
    fr: `--out ${p.out} désigne le fichier d’entrée ${p.input} : il serait écrasé ; choisissez un autre fichier.`,
    en: `--out ${p.out} is the input file ${p.input}: it would be overwritten; choose another file.`,
  }),
  'file-unreadable': (p: { detail: string }) => ({
    fr: `Fichier illisible : ${p.detail}`,
    en: `Cannot read the file: ${p.detail}`,
  }),
  'file-unwritable': (p: { file: string; detail: string }) => ({
    fr: `Écriture impossible de ${p.file} : ${p.detail}`,
    en: `Cannot write ${p.file}: ${p.detail}`,
  }),
  'invalid-json': (p: { detail: string }) => ({
    fr: `JSON invalide : ${p.detail}`,
    en: `Invalid JSON: ${p.detail}`,
  }),
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
