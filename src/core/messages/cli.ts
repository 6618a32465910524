import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of the command line (`node/cli/`): arguments, options, files named on the command line, each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const CLI_MESSAGES = {
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
  'cli-out-format-unknown': (p: { out: string; allowed: string }) => ({
    fr: `Format de --out ${p.out} inconnu : son extension ne dit pas lequel écrire ; donnez --format (${p.allowed}) ou une extension connue (.html, .md, .csv, .json, .txt).`,
    en: `Unknown format for --out ${p.out}: its extension does not say which to write; give --format (${p.allowed}) or a known extension (.html, .md, .csv, .json, .txt).`,
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
    fr: `Programme inconnu « ${p.name} » : hopen, hopen2, hopital-numerique (hn) ou un fichier .json.`,
    en: `Unknown programme "${p.name}": hopen, hopen2, hopital-numerique (hn) or a .json file.`,
  }),
  'cli-out-is-input': (p: { out: string; input: string }) => ({
    fr: `--out ${p.out} désigne le fichier d’entrée ${p.input} : il serait écrasé ; choisissez un autre fichier.`,
    en: `--out ${p.out} is the input file ${p.input}: it would be overwritten; choose another file.`,
  }),
  // a system error's detail comes in both languages (the CLI's systemError)
  'file-unreadable': (p: { detail: string | Label }) => ({
    fr: `Fichier illisible : ${typeof p.detail === 'string' ? p.detail : p.detail.fr}`,
    en: `Cannot read the file: ${typeof p.detail === 'string' ? p.detail : p.detail.en}`,
  }),
  'file-unwritable': (p: { file: string; detail: string | Label }) => ({
    fr: `Écriture impossible de ${p.file} : ${typeof p.detail === 'string' ? p.detail : p.detail.fr}`,
    en: `Cannot write ${p.file}: ${typeof p.detail === 'string' ? p.detail : p.detail.en}`,
  }),
  // the file readers say what was expected where they stopped; other callers give the parser's detail
  'invalid-json': (p: { detail?: string; expected?: string }) =>
    p.expected !== undefined
      ? { fr: `JSON invalide : ${p.expected} attendu ici.`, en: `Invalid JSON: ${p.expected} expected here.` }
      : { fr: `JSON invalide : ${p.detail ?? ''}`, en: `Invalid JSON: ${p.detail ?? ''}` },
} satisfies MessageTable;

/** A code of {@link CLI_MESSAGES}. */
export type CliIssueCode = keyof typeof CLI_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('cli-unknown-command', …, { path: ['field'] });
 * ```
 */
export function issue<C extends CliIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof CLI_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([CLI_MESSAGES, INPUT_MESSAGES], code, params, options);
}
