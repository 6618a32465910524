import type { Label, Lang } from '../../core/label.js';
import { IMPORT_HELP } from './import-help.js';

/**
 * The help of one command.
 *
 * @category Command line
 */
export interface CommandHelp {
  /** Usage line. */
  readonly usage: string;
  /** What it does. */
  readonly summary: Label;
  /** Options: flag and description. */
  readonly options: readonly (readonly [string, Label])[];
  /** Examples: command line and what it does. */
  readonly examples: readonly (readonly [string, Label])[];
}

const LANG: readonly [string, Label] = [
  '--lang fr|en',
  { fr: 'langue (défaut : selon LANG)', en: 'language (default: from LANG)' },
];
const HELP: readonly [string, Label] = ['-h, --help', { fr: 'cette aide', en: 'this help' }];
const REFERENTIAL: readonly [string, Label] = [
  '--referential <file.csv>',
  {
    fr: 'complète le programme avec un référentiel rempli (modèle de « catalogue --template csv »)',
    en: 'completes the programme with a filled referential (template of "catalogue --template csv")',
  },
];
const PROGRAMME: readonly [string, Label] = [
  '--programme <id|file>',
  {
    fr: 'hopen (défaut), hopen2, hopital-numerique (ou hn), ou un fichier JSON de définition de programme',
    en: 'hopen (default), hopen2, hopital-numerique (or hn), or a programme definition JSON file',
  },
];
const OUT: readonly [string, Label] = [
  '--out <file>',
  {
    fr: 'écrire dans un fichier (défaut : sortie standard) ; sans --format, l’extension dit le format (.html, .md, .csv, .json, .txt)',
    en: 'write to a file (default: standard output); without --format, the extension says the format (.html, .md, .csv, .json, .txt)',
  },
];
const CSV_DIALECT: readonly [string, Label] = [
  '--csv-dialect rfc|fr|excel',
  {
    fr: 'CSV : rfc (défaut : virgule, point décimal), fr (point-virgule, virgule décimale, BOM UTF-8 : Excel en français), excel (virgule, BOM UTF-8)',
    en: 'CSV: rfc (default: comma, decimal point), fr (semicolon, decimal comma, UTF-8 BOM: French Excel), excel (comma, UTF-8 BOM)',
  },
];
const GROUP_BY: readonly [string, Label] = [
  '--group-by region|ars|department|status|category|activity|ght',
  {
    fr: 'tableau agrégé : atteinte de chaque exigence et du palier par groupe (table, md, csv, json)',
    en: 'aggregate table: reach of each requirement and of the palier per group (table, md, csv, json)',
  },
];
const INPUT_FORMAT: readonly [string, Label] = [
  '--input-format csv|json|ndjson',
  {
    fr: 'format d’entrée (défaut : selon l’extension puis le contenu)',
    en: 'input format (default: from the extension, then the content)',
  },
];
const ENCODING: readonly [string, Label] = [
  '--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|latin1',
  {
    fr: 'encodage du fichier (défaut : auto — marque d’ordre des octets, sinon utf-8)',
    en: 'file encoding (default: auto — byte-order mark, else utf-8)',
  },
];
const MAX_PROBLEMS: readonly [string, Label] = [
  '--max-problems <n>',
  {
    fr: 'nombre de problèmes affichés (défaut : 50 ; 0 = tous)',
    en: 'problems shown (default: 50; 0 = all)',
  },
];
const ESTABLISHMENTS: readonly [string, Label] = [
  '--establishments <file>',
  {
    fr: 'établissements (activités, caractéristiques, noms) en CSV/JSON ; sans lui, tout indicateur est jugé applicable',
    en: 'establishments (activities, traits, names) as CSV/JSON; without it, every indicator is taken as applicable',
  },
];
const AS_OF: readonly [string, Label] = [
  '--as-of <YYYY-MM-DD>',
  {
    fr: 'date d’évaluation (défaut : aujourd’hui, heure de Paris)',
    en: 'evaluation date (default: today, Paris time)',
  },
];
const REPORT_FORMAT: readonly [string, Label] = [
  '--format table|json|csv|md|html',
  { fr: 'format du rapport (défaut : table)', en: 'report format (default: table)' },
];

/**
 * Help of every command, by name.
 *
 * @category Command line
 */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = Object.freeze({
  demo: {
    usage: 'palier demo [options]',
    summary: {
      fr: 'Évalue les données d’exemple intégrées (« GHT Exemple », fictif) et affiche un rapport.',
      en: 'Evaluates the bundled example data (the fictional "GHT Exemple") and prints a report.',
    },
    options: [
      REPORT_FORMAT,
      [
        '--as-of <YYYY-MM-DD>',
        {
          fr: 'date d’évaluation (défaut : 2022-01-31, fixe)',
          en: 'evaluation date (default: 2022-01-31, fixed)',
        },
      ],
      OUT,
      CSV_DIALECT,
      LANG,
      HELP,
    ],
    examples: [
      ['palier demo', { fr: 'le rapport dans le terminal', en: 'the report in the terminal' }],
      [
        'palier demo --format html --out demo.html',
        { fr: 'le rapport HTML autonome', en: 'the self-contained HTML report' },
      ],
      ['palier demo --lang en --format md', { fr: 'en Markdown, en anglais', en: 'as Markdown, in English' }],
    ],
  },
  evaluate: {
    usage: 'palier evaluate <file|-> [options]',
    summary: {
      fr: 'Évalue des déclarations (CSV long, JSON ou NDJSON ; « - » pour l’entrée standard). Les enregistrements invalides sont signalés, les valides évalués.',
      en: 'Evaluates declarations (long CSV, JSON or NDJSON; "-" for standard input). Invalid records are reported, valid ones evaluated.',
    },
    options: [
      PROGRAMME,
      REFERENTIAL,
      AS_OF,
      REPORT_FORMAT,
      GROUP_BY,
      ESTABLISHMENTS,
      [
        '--funding <candidates.json>',
        {
          fr: 'simule la programmation régionale de ce fichier de candidats (comme palier funding) et la joint au rapport',
          en: 'simulates the regional programming of this candidates file (as palier funding) and adds it to the report',
        },
      ],
      [
        '--envelope <euros>',
        {
          fr: 'avec --funding : enveloppe régionale (défaut : celle du fichier)',
          en: 'with --funding: regional envelope (default: the file’s)',
        },
      ],
      [
        '--order readiness-first|input-order',
        {
          fr: 'avec --funding : ordre de sélection (défaut : « readiness-first »)',
          en: 'with --funding: selection order (default: readiness-first)',
        },
      ],
      OUT,
      CSV_DIALECT,
      INPUT_FORMAT,
      ENCODING,
      MAX_PROBLEMS,
      LANG,
      HELP,
    ],
    examples: [
      [
        'palier evaluate declarations.csv --as-of 2021-12-31',
        { fr: 'tableau dans le terminal', en: 'table in the terminal' },
      ],
      [
        'palier evaluate d.csv --establishments etablissements.csv --format html --out rapport.html',
        {
          fr: 'rapport HTML, applicabilité selon les activités',
          en: 'HTML report, applicability from the activities',
        },
      ],
      [
        'palier evaluate d.csv --establishments etablissements.csv --group-by region',
        { fr: 'atteinte par région', en: 'reach by region' },
      ],
      [
        'palier evaluate d.csv --out resultats.csv --csv-dialect fr',
        { fr: 'CSV pour Excel en français', en: 'CSV for French Excel' },
      ],
      [
        'palier evaluate d.csv --funding candidats.json --format html --out rapport.html',
        {
          fr: 'rapport HTML avec le financement simulé',
          en: 'HTML report with the simulated funding',
        },
      ],
      [
        'cat d.ndjson | palier evaluate - --format json',
        { fr: 'depuis l’entrée standard, en JSON', en: 'from standard input, as JSON' },
      ],
    ],
  },
  validate: {
    usage: 'palier validate <file|-> [options]',
    summary: {
      fr: 'Vérifie un fichier de déclarations (ou d’établissements avec --kind establishments) sans rien évaluer.',
      en: 'Checks a declarations file (or an establishments file with --kind establishments) without evaluating anything.',
    },
    options: [
      [
        '--kind declarations|establishments',
        {
          fr: 'ce que contient le fichier (défaut : « declarations »)',
          en: 'what the file holds (default: declarations)',
        },
      ],
      PROGRAMME,
      INPUT_FORMAT,
      ENCODING,
      MAX_PROBLEMS,
      [
        '--format text|json',
        {
          fr: 'problèmes en texte ou en JSON (défaut : texte, « text »)',
          en: 'problems as text or JSON (default: text)',
        },
      ],
      LANG,
      HELP,
    ],
    examples: [
      [
        'palier validate declarations.csv',
        {
          fr: 'liste chaque problème en fichier:ligne:colonne',
          en: 'lists every problem as file:line:column',
        },
      ],
      [
        'palier validate etab.csv --kind establishments',
        { fr: 'vérifie un fichier d’établissements', en: 'checks an establishments file' },
      ],
    ],
  },
  requirements: {
    usage: 'palier requirements [options]',
    summary: {
      fr: 'Liste les indicateurs qu’un établissement doit déclarer, avec le seuil ou la cible (ou « inconnu »).',
      en: 'Lists the indicators an establishment must declare, with the threshold or target (or "unknown").',
    },
    options: [
      PROGRAMME,
      [
        '--activities <list>',
        { fr: 'activités, ex. MCO,SSR (défaut : toutes)', en: 'activities, e.g. MCO,SSR (default: all)' },
      ],
      [
        '--traits <list>',
        {
          fr: 'NO_TECHNICAL_PLATFORM, NO_EXTERNAL_CONSULTATIONS',
          en: 'NO_TECHNICAL_PLATFORM, NO_EXTERNAL_CONSULTATIONS',
        },
      ],
      ['--format table|json|csv|md', { fr: 'format (défaut : table)', en: 'format (default: table)' }],
      OUT,
      LANG,
      HELP,
    ],
    examples: [
      ['palier requirements --activities HAD', { fr: 'ce qu’une HAD déclare', en: 'what an HAD declares' }],
      [
        'palier requirements --programme hn --format csv --out modele.csv',
        { fr: 'export CSV', en: 'CSV export' },
      ],
    ],
  },
  catalogue: {
    usage: 'palier catalogue [options]',
    summary: {
      fr: 'Affiche ou exporte un programme : prérequis, domaines, indicateurs, seuils, origine de chaque donnée et faits non vérifiés.',
      en: 'Prints or exports a programme: prerequisites, domains, indicators, thresholds, the source of each fact and the unverified facts.',
    },
    options: [
      PROGRAMME,
      REFERENTIAL,
      ['--format table|json|md', { fr: 'format (défaut : table)', en: 'format (default: table)' }],
      [
        '--template csv',
        {
          fr: 'écrit le référentiel à compléter : une ligne par indicateur, seuils vides, valeurs connues et sources',
          en: 'writes the referential to fill: one row per indicator, empty thresholds, known values and sources',
        },
      ],
      OUT,
      LANG,
      HELP,
    ],
    examples: [
      ['palier catalogue', { fr: 'HOP’EN dans le terminal', en: 'HOP’EN in the terminal' }],
      [
        'palier catalogue --programme hn --format json --out hn.json',
        { fr: 'la définition complète en JSON', en: 'the full definition as JSON' },
      ],
      [
        'palier catalogue --template csv --out my-guide.csv',
        { fr: 'le référentiel HOP’EN à compléter', en: 'the HOP’EN referential to fill' },
      ],
    ],
  },
  funding: {
    usage: 'palier funding <candidates.json> [--envelope <euros>] [options]',
    summary: {
      fr: 'Simule la programmation d’une enveloppe régionale sur un fichier de candidats (JSON : « region », « envelope », « candidates » avec leurs forfaits — montants fournis par vous : palier n’invente aucun forfait).',
      en: 'Simulates the programming of a regional envelope over a candidates file (JSON: region, envelope, candidates with their forfaits — amounts you supply: palier invents no forfait).',
    },
    options: [
      [
        '--envelope <euros>',
        {
          fr: 'enveloppe régionale, ex. 12000000.00 (défaut : celle du fichier)',
          en: 'regional envelope, e.g. 12000000.00 (default: the file’s)',
        },
      ],
      [
        '--order readiness-first|input-order',
        {
          fr: 'ordre de sélection (défaut : « readiness-first »)',
          en: 'selection order (default: readiness-first)',
        },
      ],
      PROGRAMME,
      ['--format table|json|csv|md', { fr: 'format (défaut : table)', en: 'format (default: table)' }],
      AS_OF,
      OUT,
      ENCODING,
      MAX_PROBLEMS,
      LANG,
      HELP,
    ],
    examples: [
      [
        'palier funding candidats.json --envelope 12000000.00',
        { fr: 'simulation en tableau', en: 'simulation as a table' },
      ],
      [
        'palier schema candidatesFile',
        { fr: 'le format du fichier de candidats', en: 'the candidates file format' },
      ],
    ],
  },
  import: IMPORT_HELP,
  schema: {
    usage: 'palier schema [name] [options]',
    summary: {
      fr: 'Écrit les schémas JSON des entrées (déclaration, établissement, programme…) pour d’autres langages.',
      en: 'Writes the JSON Schemas of the inputs (declaration, establishment, programme…) for other languages.',
    },
    options: [['--list', { fr: 'liste les noms', en: 'lists the names' }], OUT, LANG, HELP],
    examples: [
      ['palier schema --list', { fr: 'les schémas disponibles', en: 'the available schemas' }],
      ['palier schema declaration --out declaration.schema.json', { fr: 'un schéma', en: 'one schema' }],
    ],
  },
});

/**
 * Renders the help of one command.
 *
 * @example
 * ```ts
 * commandHelp('evaluate', 'en').startsWith('Usage: palier evaluate'); // true
 * ```
 *
 * @category Command line
 */
export function commandHelp(name: string, lang: Lang): string {
  const h = Object.hasOwn(COMMAND_HELP, name) ? COMMAND_HELP[name] : undefined;
  if (h === undefined) return generalHelp(lang);
  const width = Math.max(...h.options.map(([flag]) => syntax(flag, lang).length));
  const lines = [
    lang === 'fr' ? `Utilisation : ${syntax(h.usage, lang)}` : `Usage: ${h.usage}`,
    '',
    h.summary[lang],
    '',
    lang === 'fr' ? 'Options :' : 'Options:',
    ...h.options.map(([flag, text]) => `  ${syntax(flag, lang).padEnd(width)}  ${text[lang]}`),
    '',
    lang === 'fr' ? 'Exemples :' : 'Examples:',
    ...h.examples.flatMap(([cmd, text]) => [`  ${cmd}`, `      ${text[lang]}`]),
    '',
    exitCodesText(lang),
  ];
  return `${lines.join('\n')}\n`;
}

/** Placeholders of a usage line or option in the help's language (`<file>` → `<fichier>` in French). */
const PLACEHOLDERS_FR: readonly (readonly [RegExp, string])[] = [
  [/YYYY-MM-DD/g, 'AAAA-MM-JJ'],
  [/<file([|.>-])/g, '<fichier$1'],
  [/\|file>/g, '|fichier>'],
  [/<list>/g, '<liste>'],
  [/<dir>/g, '<dossier>'],
  [/<name>/g, '<nom>'],
  [/\[name\]/g, '[nom]'],
  [/<candidates\.json>/g, '<candidats.json>'],
  [/<ET-file>/g, '<fichier-ET>'],
  [/<EJ-file>/g, '<fichier-EJ>'],
  [/<command>/g, '<commande>'],
  [/<euros>/g, '<montant>'],
];

function syntax(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return PLACEHOLDERS_FR.reduce((s, [pattern, word]) => s.replace(pattern, word), text);
}

function exitCodesText(lang: Lang): string {
  return lang === 'fr'
    ? 'Codes de sortie : 0 = succès · 1 = erreur interne · 2 = erreur d’usage · 3 = entrée invalide (enregistrements rejetés) · 4 = fichier illisible ou non inscriptible'
    : 'Exit codes: 0 success · 1 internal error · 2 usage error · 3 invalid input (records rejected) · 4 file not readable or writable';
}

/**
 * The general help: commands, global options, exit codes.
 *
 * @example
 * ```ts
 * generalHelp('fr').includes('palier demo'); // true
 * ```
 *
 * @category Command line
 */
export function generalHelp(lang: Lang): string {
  const names = Object.keys(COMMAND_HELP);
  const width = Math.max(...names.map((n) => n.length));
  const lines = [
    lang === 'fr'
      ? 'palier — les programmes Hôpital numérique et HOP’EN : évaluer, expliquer, exporter.'
      : 'palier — the Hôpital numérique and HOP’EN programmes: evaluate, explain, export.',
    '',
    lang === 'fr' ? 'Utilisation : palier <commande> [options]' : 'Usage: palier <command> [options]',
    '',
    lang === 'fr' ? 'Commandes :' : 'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMAND_HELP[n]!.summary[lang]}`),
    '',
    lang === 'fr' ? 'Options générales :' : 'Global options:',
    `  --version      ${lang === 'fr' ? 'version de palier' : 'palier’s version'}`,
    `  -h, --help     ${lang === 'fr' ? 'aide (palier <commande> --help pour une commande)' : 'help (palier <command> --help for one command)'}`,
    `  --lang fr|en   ${lang === 'fr' ? 'langue (défaut : selon LANG)' : 'language (default: from LANG)'}`,
    `  --debug        ${lang === 'fr' ? 'en cas d’erreur interne, affiche aussi la pile d’appels' : 'on an internal error, also print the stack trace'}`,
    '',
    lang === 'fr' ? 'Exemples :' : 'Examples:',
    '  palier demo',
    '  palier evaluate declarations.csv --as-of 2021-12-31 --format html --out rapport.html',
    '  palier validate declarations.csv',
    '',
    lang === 'fr'
      ? 'Couleurs : seulement vers un terminal, jamais avec NO_COLOR ou FORCE_COLOR=0 ; toujours avec FORCE_COLOR=1.'
      : 'Colours: only to a terminal, never with NO_COLOR or FORCE_COLOR=0; always with FORCE_COLOR=1.',
    exitCodesText(lang),
  ];
  return `${lines.join('\n')}\n`;
}
