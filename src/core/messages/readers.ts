import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of the file readers (`node/io/`): bytes, text, numbers, CSV and JSON syntax, each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const READER_MESSAGES = {
  'binary-input': () => ({
    fr: 'Octet NUL : ce n’est pas un fichier texte (ou c’est de l’UTF-16 sans marque d’ordre des octets).',
    en: 'NUL byte: this is not a text file (or it is UTF-16 without a byte-order mark).',
  }),
  'activities-required': () => ({
    fr: 'Au moins une activité est attendue.',
    en: 'At least one activity is expected.',
  }),
  'conflicting-values': () => ({
    fr: 'Un motif de non-applicabilité et une valeur sont donnés ensemble : laissez l’un des deux vide.',
    en: 'A not-applicable reason and a value are both given: leave one of them empty.',
  }),
  'csv-field-count': (p: { received: number; expected: number }) => ({
    fr: `${p.received} champ(s) sur cette ligne, ${p.expected} dans l’en-tête : la ligne est rejetée (délimiteur dans une valeur non entre guillemets, comme 97,5 dans un fichier séparé par des virgules ?).`,
    en: `${p.received} field(s) on this line, ${p.expected} in the header: the row is rejected (a delimiter inside an unquoted value, such as 97,5 in a comma-separated file?).`,
  }),
  'csv-text-after-quote': () => ({
    fr: 'Texte après le guillemet fermant d’un champ (doublez les guillemets à l’intérieur d’un champ : "").',
    en: 'Text after the closing quote of a field (double the quotes inside a field: "").',
  }),
  'csv-unterminated-quote': () => ({
    fr: 'Guillemet ouvrant sans guillemet fermant : le champ court jusqu’à la fin du fichier.',
    en: 'Opening quote without a closing quote: the field runs to the end of the file.',
  }),
  'declaration-not-grouped': (p: { line: number; rows: string }) => ({
    fr: `Cette déclaration (même FINESS, niveau, programme et période) a commencé ligne ${p.line} et a déjà été lue : au-delà de ${p.rows} lignes, palier lit une déclaration après l’autre et ses lignes doivent se suivre (triez le fichier par FINESS et période). Ligne rejetée.`,
    en: `This declaration (same FINESS, level, programme and period) started on line ${p.line} and was already read: beyond ${p.rows} rows, palier reads one declaration after the other and its rows must be together (sort the file by FINESS and period). Row rejected.`,
  }),
  'duplicate-column': (p: { received: string }) => ({
    fr: `Colonne « ${p.received} » en double : seule la première est lue.`,
    en: `Duplicate column "${p.received}": only the first is read.`,
  }),
  'duplicate-declaration': (p: { where: string }) => ({
    fr: `Déclaration en double : même FINESS, niveau, programme et période qu’un enregistrement précédent (${p.where}) ; celle-ci est rejetée.`,
    en: `Duplicate declaration: same FINESS, level, programme and period as an earlier record (${p.where}); this one is rejected.`,
  }),
  'duplicate-indicator': (p: { code: string; line: number }) => ({
    fr: `L’indicateur ${p.code} est déjà déclaré pour cet établissement et cette période (ligne ${p.line}) : cette ligne est rejetée.`,
    en: `Indicator ${p.code} is already declared for this establishment and period (line ${p.line}): this row is rejected.`,
  }),
  'duplicate-key': (p: { received: string }) => ({
    fr: `Clé « ${p.received} » en double dans le même objet : la première est lue, l’enregistrement est invalide.`,
    en: `Key "${p.received}" appears twice in one object: the first is read, the record is invalid.`,
  }),
  'duplicate-record': (p: { id: string; where: string }) => ({
    fr: `${p.id} est déjà décrit plus haut (${p.where}) : cet enregistrement est rejeté.`,
    en: `${p.id} is already described above (${p.where}): this record is rejected.`,
  }),
  'empty-input': (p: { expected: string }) => ({
    fr:
      p.expected === 'header'
        ? 'Fichier vide : une ligne d’en-tête est attendue.'
        : 'Fichier vide : un tableau JSON est attendu.',
    en:
      p.expected === 'header'
        ? 'Empty file: a header line is expected.'
        : 'Empty file: a JSON array is expected.',
  }),
  'forbidden-key': (p: { received: string }) => ({
    fr: `Clé « ${p.received} » refusée (elle pourrait modifier des prototypes d’objets) : l’enregistrement est rejeté.`,
    en: `Key "${p.received}" is refused (it could alter object prototypes): the record is rejected.`,
  }),
  'inexact-number': (p: { received: string }) => ({
    fr: `« ${p.received} » ne peut pas être lu exactement (plus de chiffres significatifs qu’un nombre n’en garde) : écrivez-le avec moins de chiffres.`,
    en: `"${p.received}" cannot be read exactly (more significant digits than a number holds): write it with fewer digits.`,
  }),
  'invalid-activity': (p: { received: string }) => ({
    fr: `Activité inconnue « ${p.received} ».`,
    en: `Unknown activity "${p.received}".`,
  }),
  'invalid-level': (p: { received: string }) => ({
    fr: `Niveau inconnu « ${p.received} ».`,
    en: `Unknown level "${p.received}".`,
  }),
  'invalid-number': (p: { received: string }) => ({
    fr: `« ${p.received} » n’est pas un nombre (écritures acceptées : 97,5 ; 97.5 ; 1 250 avec des groupes de trois chiffres).`,
    en: `"${p.received}" is not a number (accepted: 97,5; 97.5; 1 250 with groups of three digits).`,
  }),
  'invalid-status': (p: { received: string }) => ({
    fr: `Statut inconnu « ${p.received} ».`,
    en: `Unknown status "${p.received}".`,
  }),
  'invalid-trait': (p: { received: string }) => ({
    fr: `Caractéristique inconnue « ${p.received} ».`,
    en: `Unknown trait "${p.received}".`,
  }),
  'invalid-utf8': (p: { byte: string; hint: string }) => ({
    fr: `Octet ${p.byte} invalide en UTF-8 : le fichier est-il en ${p.hint === 'windows-1252' ? 'Windows-1252' : 'Windows-1252 ou Latin-1'} ? Essayez --encoding ${p.hint === 'windows-1252' ? 'windows-1252' : 'windows-1252 ou --encoding latin1'}.`,
    en: `Byte ${p.byte} is not valid UTF-8: is the file ${p.hint === 'windows-1252' ? 'Windows-1252' : 'Windows-1252 or Latin-1'}? Try --encoding ${p.hint === 'windows-1252' ? 'windows-1252' : 'windows-1252 or --encoding latin1'}.`,
  }),
  'invalid-yes-no': (p: { received: string }) => ({
    fr: `« ${p.received} » n’est ni oui ni non.`,
    en: `"${p.received}" is neither yes nor no.`,
  }),
  'latin1-control': (p: { byte: string }) => ({
    fr: `Octet ${p.byte} : un caractère de contrôle en Latin-1 ; le fichier est sans doute en Windows-1252 (--encoding windows-1252).`,
    en: `Byte ${p.byte} is a control character in Latin-1; the file is most likely Windows-1252 (--encoding windows-1252).`,
  }),
  'missing-column': (p: { columns: string }) => ({
    fr: `Colonne(s) obligatoire(s) absente(s) : ${p.columns}.`,
    en: `Missing required column(s): ${p.columns}.`,
  }),
  'missing-value': (p: { code: string }) => ({
    fr: `Aucune valeur pour ${p.code} : renseignez value, numerator et denominator, ou na_reason.`,
    en: `No value for ${p.code}: fill value, numerator and denominator, or na_reason.`,
  }),
  'record-too-long': (p: { limit: string }) => ({
    fr: `Enregistrement de plus de ${p.limit} (une ligne sans fin, ou un guillemet jamais fermé) : la lecture s’arrête ici.`,
    en: `Record longer than ${p.limit} (a line without end, or a quote never closed): reading stops here.`,
  }),
  'undefined-byte': (p: { byte: string; encoding: string }) => ({
    fr: `L’octet ${p.byte} n’a pas de caractère en ${p.encoding}.`,
    en: `Byte ${p.byte} has no character in ${p.encoding}.`,
  }),
  'unknown-column': (p: { received: string }) => ({
    fr: `Colonne inconnue « ${p.received} » : ignorée.`,
    en: `Unknown column "${p.received}": ignored.`,
  }),
  'utf16-without-bom': (p: { encoding: string }) => ({
    fr: `Le fichier semble être en UTF-16 sans marque d’ordre des octets : précisez --encoding ${p.encoding}.`,
    en: `The file looks like UTF-16 without a byte-order mark: give --encoding ${p.encoding}.`,
  }),
} satisfies MessageTable;

/** A code of {@link READER_MESSAGES}. */
export type ReaderIssueCode = keyof typeof READER_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('binary-input', …, { path: ['field'] });
 * ```
 */
export function issue<C extends ReaderIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof READER_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([READER_MESSAGES, INPUT_MESSAGES], code, params, options);
}
