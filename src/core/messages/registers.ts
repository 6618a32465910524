import type { PalierIssue } from '../issue.js';
import type { Label } from '../label.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of the FINESS extract and the GHT list (`registers/`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const REGISTER_MESSAGES = {
  'finess-truncated-line': (p: { section: string; expected: number; received: number }) => ({
    fr: `Ligne ${p.section} tronquée : ${p.expected} champs attendus, ${p.received} reçus.`,
    en: `Truncated ${p.section} line: expected ${p.expected} fields, received ${p.received}.`,
  }),
  'finess-split-record': (p: { parts: number }) => ({
    fr: `Un retour chariot seul coupe cet enregistrement en ${p.parts} lignes : il n’est pas lu (mettez le champ entre guillemets ou retirez le retour chariot).`,
    en: `A lone carriage return splits this record into ${p.parts} lines: it is not read (quote the field or remove the carriage return).`,
  }),
  'finess-extra-fields': (p: { section: string; expected: number; received: number }) => ({
    fr: `Ligne ${p.section} trop longue : ${p.expected} champs attendus, ${p.received} reçus (les champs en trop sont ignorés).`,
    en: `Over-long ${p.section} line: expected ${p.expected} fields, received ${p.received} (extra fields ignored).`,
  }),
  'finess-unknown-section': (p: { received: string }) => ({
    fr: `Section inconnue « ${p.received} » (attendu : structureet, geolocalisation ou structureej).`,
    en: `Unknown section "${p.received}" (expected structureet, geolocalisation or structureej).`,
  }),
  'finess-bad-header': (p: { received: string }) => ({
    fr: `Première ligne inattendue « ${p.received} » (attendu : finess;etalab;<flux>;<AAAA-MM-JJ>).`,
    en: `Unexpected first line "${p.received}" (expected finess;etalab;<flux>;<YYYY-MM-DD>).`,
  }),
  'finess-invalid-number': (p: { field: string; why: Label }) => ({
    fr: `Numéro FINESS invalide dans ${p.field} : ${p.why.fr}`,
    en: `Invalid FINESS number in ${p.field}: ${p.why.en}`,
  }),
  'finess-invalid-field': (p: { field: string; pattern: string }) => ({
    fr: `Champ ${p.field} mal formé (forme attendue : ${p.pattern}).`,
    en: `Malformed field ${p.field} (expected shape: ${p.pattern}).`,
  }),
  'finess-unknown-code': (p: { field: string; list: string }) => ({
    fr: `Code de ${p.field} absent de la liste ${p.list} connue de palier : non interprété.`,
    en: `${p.field} code not in the ${p.list} list palier knows: not interpreted.`,
  }),
  'finess-unknown-department': (p: { received: string }) => ({
    fr: `Code département FINESS « ${p.received} » inconnu : ni département INSEE, ni région, ni ARS (établissement conservé).`,
    en: `Unknown FINESS department code "${p.received}": no INSEE department, region or ARS (establishment kept).`,
  }),
  'finess-no-region': (p: { place: string }) => ({
    fr: `${p.place} n'a pas de région ARS : établissement conservé sans région ni ARS.`,
    en: `${p.place} has no ARS region: establishment kept without region or ARS.`,
  }),
  'finess-department-mismatch': (p: { field: string; number: string }) => ({
    fr: `Le département ${p.field} ne correspond pas à celui du numéro FINESS (${p.number}) : le champ departement est retenu.`,
    en: `Department ${p.field} does not match the FINESS number's (${p.number}): the departement field is used.`,
  }),
  'finess-status-conflict': (p: { sph: string; ej: string }) => ({
    fr: `Statut contradictoire : codesph dit « ${p.sph} », le statut juridique de l'EJ dit « ${p.ej} » ; codesph est retenu.`,
    en: `Conflicting status: codesph says "${p.sph}", the EJ legal status says "${p.ej}"; codesph is used.`,
  }),
  'finess-unknown-ej': (p: { finess: string }) => ({
    fr: `EJ ${p.finess} absente du fichier EJ : statut juridique inconnu.`,
    en: `EJ ${p.finess} is not in the EJ file: legal status unknown.`,
  }),
  'finess-duplicate': (p: { finess: string; line: number }) => ({
    fr: `FINESS ${p.finess} déjà lu ligne ${p.line} : cette ligne est ignorée.`,
    en: `FINESS ${p.finess} already read on line ${p.line}: this line is ignored.`,
  }),
  'ght-list-unknown-region': (p: { received: string }) => ({
    fr: `Région « ${p.received} » inconnue (attendu : le nom d'une des 18 régions).`,
    en: `Unknown region "${p.received}" (expected the name of one of the 18 regions).`,
  }),
  'ght-list-inconsistent': (p: { code: string; field: string; first: string; line: number }) => ({
    fr: `GHT ${p.code} : ${p.field} diffère de la ligne ${p.line} (« ${p.first} ») ; la première valeur est retenue.`,
    en: `GHT ${p.code}: ${p.field} differs from line ${p.line} ("${p.first}"); the first value is kept.`,
  }),
  'ght-list-member-twice': (p: { finess: string; first: string }) => ({
    fr: `L'EJ ${p.finess} est déjà membre du GHT ${p.first} : un établissement n'est partie qu'à un seul GHT.`,
    en: `EJ ${p.finess} is already a member of GHT ${p.first}: an establishment is a party to one GHT only.`,
  }),
  'ght-list-member-outside-region': (p: { finess: string; region: string; ght: string }) => ({
    fr: `L'EJ ${p.finess} est en région ${p.region}, hors de la région du GHT (${p.ght}).`,
    en: `EJ ${p.finess} is in region ${p.region}, outside the GHT's region (${p.ght}).`,
  }),
  'ght-list-support-unknown': (p: { code: string }) => ({
    fr: `Établissement support du GHT ${p.code} inconnu (absent de la liste DGOS ; --support CODE=FINESS le précise).`,
    en: `Support establishment of GHT ${p.code} unknown (not in the DGOS list; --support CODE=FINESS gives it).`,
  }),
  'ght-list-support-not-member': (p: { code: string; finess: string }) => ({
    fr: `Le support ${p.finess} donné pour le GHT ${p.code} n'en est pas membre dans la liste.`,
    en: `Support ${p.finess} given for GHT ${p.code} is not one of its members in the list.`,
  }),
  'ght-list-unknown-ght': (p: { code: string }) => ({
    fr: `Support donné pour le GHT ${p.code}, absent de la liste.`,
    en: `Support given for GHT ${p.code}, which is not in the list.`,
  }),
} satisfies MessageTable;

/** A code of {@link REGISTER_MESSAGES}. */
export type RegisterIssueCode = keyof typeof REGISTER_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('finess-truncated-line', …, { path: ['field'] });
 * ```
 */
export function issue<C extends RegisterIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof REGISTER_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([REGISTER_MESSAGES, INPUT_MESSAGES], code, params, options);
}
