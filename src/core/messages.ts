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

  // — Actors: FINESS numbers (actors/finess.ts) —
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

  // — Actors: region and ARS lookups (actors/regions.ts, actors/ars.ts) —
  'unknown-department': (p: { received: string }) => ({
    fr: `Département inconnu : « ${p.received} ».`,
    en: `Unknown department: "${p.received}".`,
  }),
  'unknown-region': (p: { received: string }) => ({
    fr: `Aucune région de code « ${p.received} » à cette date.`,
    en: `No region with code "${p.received}" at that date.`,
  }),
  'overseas-collectivity': (p: { received: string }) => ({
    fr: `${p.received} (Saint-Pierre-et-Miquelon) est une collectivité d'outre-mer, pas un département : ni région ni ARS.`,
    en: `${p.received} (Saint-Pierre-et-Miquelon) is an overseas collectivity, not a department: no region or ARS.`,
  }),

  // — Actors: legal entities, sites and their attachment (actors/establishments.ts, actors/attachments.ts) —
  'site-entity-mismatch': (p: { site: string; expected: string; received: string }) => ({
    fr: `Le site ${p.site} est rattaché à l'EJ ${p.expected}, pas à ${p.received}.`,
    en: `Site ${p.site} belongs to legal entity ${p.expected}, not ${p.received}.`,
  }),
  'duplicate-legal-entity': (p: { finess: string; first: string }) => ({
    fr: `L'entité juridique ${p.finess} est déjà déclarée (${p.first}).`,
    en: `Legal entity ${p.finess} is already listed (${p.first}).`,
  }),
  'unknown-legal-entity': (p: { site: string; entity: string }) => ({
    fr: `Le site ${p.site} est rattaché à une entité juridique inconnue (${p.entity}).`,
    en: `Site ${p.site} is attached to an unknown legal entity (${p.entity}).`,
  }),
  'duplicate-site': (p: { site: string; first: string }) => ({
    fr: `Le site ${p.site} figure deux fois (voir ${p.first}).`,
    en: `Site ${p.site} is listed twice (see ${p.first}).`,
  }),
  'site-in-several-legal-entities': (p: { site: string; first: string; second: string }) => ({
    fr: `Le site ${p.site} est rattaché à deux entités juridiques (${p.first} et ${p.second}) ; un site relève d'une seule EJ.`,
    en: `Site ${p.site} is attached to two legal entities (${p.first} and ${p.second}); a site belongs to exactly one.`,
  }),

  // — Actors: GHTs (actors/ght.ts, actors/ght-network.ts) —
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

  // — Money (money/, core/money-string.ts) —
  'invalid-money': (p: { received: string }) => ({
    fr: `Montant illisible : « ${p.received} » (chiffres, point décimal, deux décimales au plus).`,
    en: `Unreadable amount: "${p.received}" (digits, dot decimal separator, at most two decimals).`,
  }),
  'money-sub-cent': (p: { received: string }) => ({
    fr: `Montant plus précis que le centime : ${p.received}.`,
    en: `Amount finer than a cent: ${p.received}.`,
  }),
  'negative-money': (p: { received: string }) => ({
    fr: `Montant négatif : ${p.received}.`,
    en: `Negative amount: ${p.received}.`,
  }),
  'negative-total': () => ({
    fr: 'Le total à répartir est négatif.',
    en: 'The total to split is negative.',
  }),
  'no-weights': () => ({ fr: 'Aucune clé de répartition.', en: 'No weights to split by.' }),
  'invalid-weight': (p: { received: string }) => ({
    fr: `Poids illisible : ${p.received}.`,
    en: `Unreadable weight: ${p.received}.`,
  }),
  'negative-weight': (p: { received: string }) => ({
    fr: `Poids négatif : ${p.received}.`,
    en: `Negative weight: ${p.received}.`,
  }),
  'zero-weights': () => ({
    fr: 'Les poids sont tous nuls : rien ne permet de répartir.',
    en: 'All weights are zero: nothing to split by.',
  }),
  // — FINESS extract / GHT list (src/registers) —
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
  // — end FINESS extract / GHT list —
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
    fr: `Programme inconnu « ${p.name} » : hopen, hopen2, hopital-numerique (hn) ou un fichier .json.`,
    en: `Unknown programme "${p.name}": hopen, hopen2, hopital-numerique (hn) or a .json file.`,
  }),
  'cli-out-is-input': (p: { out: string; input: string }) => ({
    fr: `--out ${p.out} désigne le fichier d’entrée ${p.input} : il serait écrasé ; choisissez un autre fichier.`,
    en: `--out ${p.out} is the input file ${p.input}: it would be overwritten; choose another file.`,
  }),
  // a system error's detail comes in both languages (CLI: systemError)
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
  // — File readers (src/node/io): bytes, text, numbers, CSV and JSON syntax —
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
  // — end of file readers —
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
