import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/actors/regions.js';
import { COUNTED } from '../../src/node/report/labels.js';
import { run } from './fake-io.js';

/** Words that are the same in both languages, proper nouns, codes and units palier prints in French output. */
const ALLOWED = new Set(
  [
    // proper nouns, acronyms and programme names
    'finess',
    'ght',
    'ars',
    'hop',
    'en',
    'hopen',
    'hn',
    'dmp',
    'osis',
    'ins',
    'qhn',
    'relims',
    'dgos',
    'anap',
    'insee',
    'mco',
    'ssr',
    'psy',
    'had',
    'usld',
    'palier',
    'json',
    'csv',
    'ndjson',
    'md',
    'html',
    'utf',
    'bom',
    'crlf',
    'rfc',
    'eur',
    'npm',
    'node',
    'excel',
    'tsv',
    'txt',
    'jsonl',
    'iconv',
    'lite',
    'windows',
    'latin',
    'etalab',
    'cs',
    'https',
    'http',
    'www',
    'github',
    'com',
    'fr',
    'gouv',
    'org',
    'nofinesset',
    'nofinessej',
    // words spelt the same in French and English
    'programme',
    'total',
    'note',
    'version',
    'date',
    'format',
    'options',
    'option',
    'type',
    'code',
    'codes',
    'table',
    'support',
    'minimum',
    'maximum',
    'forfait',
    'forfaits',
    'amorçage',
    'region',
    'sites',
    'site',
    'document',
    'message',
    'messages',
    'article',
    'culture',
    'service',
    'services',
    'actions',
    'action',
    'simulation',
    'question',
    'installation',
    'public',
    'patient',
    'patients',
    'identification',
    'description',
    'distribution',
    'information',
    'informations',
    'position',
    'direction',
    'production',
    'prescription',
    'programmation',
    'population',
    'sections',
    'section',
    'solution',
    'stock',
    'statut',
    'ex',
    'via',
    'e',
    'a',
    'plan',
    'points',
    'point',
    'signal',
    'page',
    'pages',
    'base',
    'cases',
    'valide',
    'invalide',
    'destination',
    'source',
    'sources',
    'tentative',
    'unique',
    'commune',
    'contact',
    'condition',
    'conditions',
    'fonction',
    'structure',
    'structures',
    'rapport',
    'global',
    'national',
    'regional',
    'local',
    'orientation',
    'pilotage',
    'usage',
    'usages',
    'applicable',
    'variable',
    'initial',
    'final',
    'normal',
    'cible',
    'activation',
    'consultation',
    'consultations',
    'validation',
    'vision',
    'option',
    'exception',
    'exceptions',
    'fiche',
    'hôpital',
    'numérique',
    'hopital',
    'numerique',
    'paris',
    'tre',
    'markdown',
    'terminal',
    'standard',
    'long',
    'programmes',
    'paliers',
    'auto',
    'formats',
    'export',
    'euros',
    'et',
    'ej',
    'admission',
    'communication',
    'agenda',
    'prescriptions',
    'mode',
    'tables',
    'pra',
    'esms',
    'espic',
    'ehpad',
    'javascript',
    'ctrl',
    'part',
    'documents',
  ].map((w) => w.toLowerCase()),
);

/** Words of a text, lowercased, with codes (containing digits) left out. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’]*/gu)) {
    const w = m[0].toLowerCase().replace(/['’].*$/, '');
    if (w.length > 1) out.add(w);
  }
  return out;
}

/** Commands, as typed on the command line. */
const COMMANDS = ['demo', 'evaluate', 'validate', 'requirements', 'catalogue', 'funding', 'import', 'schema'];

/**
 * The prose of an output: without what is syntax or data rather than words — a JSON document (keys are
 * identifiers), issue codes in brackets, option names and choice lists, file paths, values quoted « … », the
 * command lines of examples, command names.
 */
function prose(output: string): string {
  const commands = COMMANDS.join('|');
  return output
    .replace(/^(\s*-?\s*)[\w.[\]-]+(?= — )/gm, '$1')
    .replace(new RegExp(`^.*\\|\\s*palier (${commands})\\b.*$`, 'gm'), ' ')
    .replace(new RegExp(`\\bpalier (${commands})\\b.*$`, 'gm'), ' ')
    .replace(/\[[a-z0-9-]+\]/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/--[a-z0-9-]+(?:[ =][a-z][a-z0-9-]*\b(?![-|]))?/g, ' ')
    .replace(/\S*[|/]\S*/g, ' ')
    .replace(/\S+\.\S+/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(new RegExp(`\\b(${commands})\\b`, 'g'), ' ');
}

interface Case {
  readonly name: string;
  readonly argv: readonly string[];
  /** Standard output lists identifiers only (schema names). */
  readonly identifiers?: boolean;
  /** Standard output is an HTML page: its text is read without markup, style and script. */
  readonly html?: boolean;
}

async function exampleFiles(): Promise<Record<string, string>> {
  const exported = await run(['demo', '--export', 'ex']);
  return Object.fromEntries(exported.files);
}

const CANDIDATES = JSON.stringify({
  region: '84',
  candidates: [
    {
      id: 'a',
      finess: '750712184',
      status: 'public',
      prerequisites: { status: 'reached', reachedOn: '2020-06-30' },
      domains: [{ domain: 'D2', forfait: '300000.00', amorcage: '60000.00', reachedOn: '2020-09-30' }],
    },
    {
      id: 'b',
      finess: '330781196',
      status: 'public',
      prerequisites: { status: 'reached', reachedOn: '2020-06-30' },
      domains: [{ domain: 'D2', forfait: '500000.00', amorcage: '100000.00', reachedOn: '2020-09-30' }],
    },
  ],
});

const GHT_LIST = [
  'REGION;DENOMINATION GHT;CODE GHT;FINESS;CATEGORIE;DENOMINATION ETABLISSEMENT;COMMUNE;CODE POSTAL',
  'CORSE;GHT de Haute-Corse;COR-01;2B0000020;CH;CH de Bastia;BASTIA;20600',
  'CORSE;GHT de Haute-Corse;COR-01;2B0000021;CH;Clé fausse;BASTIA;20600',
].join('\r\n');

const EX = [
  'ex/declarations.csv',
  '--establishments',
  'ex/establishments.csv',
  '--programme',
  'ex/programme.json',
];
const BAD_DECLARATIONS = [
  'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason',
  '750712184,2021-01-01,2021-03-31,D2.2,abc,,,',
  '750712184,2021-01-01,2021-03-31,D2.5,97,5,,',
  '123,2021-01-01,2021-02-30,D9.9,,,,',
].join('\n');

/** Every command, on the example data and on an error case. */
const CASES: readonly Case[] = [
  { name: 'help', argv: ['--help'] },
  ...['demo', 'evaluate', 'validate', 'requirements', 'catalogue', 'funding', 'import', 'schema'].map(
    (c) => ({
      name: `${c} --help`,
      argv: [c, '--help'],
    }),
  ),
  { name: 'demo', argv: ['demo'] },
  { name: 'demo md', argv: ['demo', '--format', 'md'] },
  { name: 'evaluate', argv: ['evaluate', ...EX, '--as-of', '2022-01-31'] },
  { name: 'evaluate md', argv: ['evaluate', ...EX, '--as-of', '2022-01-31', '--format', 'md'] },
  {
    name: 'evaluate html',
    argv: ['evaluate', ...EX, '--as-of', '2022-01-31', '--format', 'html'],
    html: true,
  },
  {
    name: 'evaluate html with funding',
    argv: [
      'evaluate',
      ...EX,
      '--as-of',
      '2022-01-31',
      '--format',
      'html',
      '--funding',
      'c.json',
      '--envelope',
      '400000.00',
    ],
    html: true,
  },
  { name: 'demo html', argv: ['demo', '--format', 'html'], html: true },
  {
    name: 'evaluate --group-by region',
    argv: ['evaluate', ...EX, '--as-of', '2022-01-31', '--group-by', 'region'],
  },
  {
    name: 'evaluate --group-by activity md',
    argv: ['evaluate', ...EX, '--as-of', '2022-01-31', '--group-by', 'activity', '--format', 'md'],
  },
  { name: 'evaluate --out unknown', argv: ['evaluate', ...EX, '--out', 'r.pdf'] },
  { name: 'evaluate errors', argv: ['evaluate', 'bad.csv', '--as-of', '2022-01-31'] },
  { name: 'evaluate bad option', argv: ['evaluate', 'bad.csv', '--fromat', 'md', '--as-of', '2021-02-30'] },
  { name: 'evaluate missing file', argv: ['evaluate', 'nope.csv'] },
  { name: 'validate', argv: ['validate', 'ex/declarations.csv', '--programme', 'ex/programme.json'] },
  { name: 'validate errors', argv: ['validate', 'bad.csv'] },
  {
    name: 'validate establishments',
    argv: ['validate', 'ex/establishments.csv', '--kind', 'establishments'],
  },
  { name: 'requirements', argv: ['requirements', '--activities', 'MCO,SSR'] },
  { name: 'catalogue', argv: ['catalogue'] },
  { name: 'catalogue md', argv: ['catalogue', '--format', 'md'] },
  { name: 'funding', argv: ['funding', 'c.json', '--envelope', '400000.00', '--as-of', '2021-12-31'] },
  {
    name: 'funding md',
    argv: ['funding', 'c.json', '--envelope', '400000.00', '--as-of', '2021-12-31', '--format', 'md'],
  },
  { name: 'funding errors', argv: ['funding', 'c.json', '--envelope', 'beaucoup'] },
  { name: 'import ght', argv: ['import', 'ght', 'g.csv'] },
  { name: 'schema list', argv: ['schema', '--list'], identifiers: true },
  { name: 'unknown command', argv: ['evaluat'] },
];

async function both(c: Case, files: Record<string, string>): Promise<{ fr: string; en: string }> {
  const all = { ...files, 'bad.csv': BAD_DECLARATIONS, 'c.json': CANDIDATES, 'g.csv': GHT_LIST };
  const fr = await run([...c.argv, '--lang', 'fr'], { files: all });
  const en = await run([...c.argv, '--lang', 'en'], { files: all });
  if (c.identifiers === true) return { fr: fr.stderr, en: en.stderr };
  if (c.html === true)
    return { fr: `${htmlText(fr.stdout)}\n${fr.stderr}`, en: `${htmlText(en.stdout)}\n${en.stderr}` };
  return { fr: `${withoutData(fr.stdout)}\n${fr.stderr}`, en: `${withoutData(en.stdout)}\n${en.stderr}` };
}

/** The text a reader sees on an HTML page: without style, script, tags and the attributes they carry. */
function htmlText(page: string): string {
  return page
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#39;|&#x27;/g, "'");
}

/** Standard output, unless it is a JSON document (whose keys and codes are identifiers, not words). */
function withoutData(stdout: string): string {
  try {
    JSON.parse(stdout);
    return '';
  } catch {
    return stdout;
  }
}

describe('French output (--lang fr) of every command', () => {
  it.each(CASES)('$name: no English word', async (c) => {
    const files = await exampleFiles();
    const programmeText = files['ex/programme.json'] ?? '{}';
    const programme = JSON.parse(programmeText) as { version?: string };
    const sourceNames = [...programmeText.matchAll(/"source": "([^"]*)"/g)].map((m) => m[1]);
    const data = words(
      [
        files['ex/establishments.csv'],
        BAD_DECLARATIONS,
        CANDIDATES,
        GHT_LIST,
        programme.version,
        ...sourceNames,
        ...REGIONS.map((r) => r.name),
        ...c.argv,
      ].join('\n'),
    );
    const { fr, en } = await both(c, files);
    const english = words(prose(en));
    const leaked = [...words(prose(fr))].filter((w) => english.has(w) && !ALLOWED.has(w) && !data.has(w));
    const where = leaked.map(
      (w) =>
        `${w}: ${fr
          .split('\n')
          .find((l) => words(l).has(w))
          ?.slice(0, 160)}`,
    );
    expect(where).toEqual([]);
  });
});

/**
 * Agreement errors in counted phrases of French text: a number of 2 or more before a singular form of
 * {@link COUNTED} (« 21 non atteint »), 0 or 1 before a plural form (« 1 lignes lues »), a participle that does
 * not agree with its noun (« lignes lus »), or a « (s) » left to the reader after a number.
 */
function agreementErrors(text: string): string[] {
  const errors: string[] = [];
  const flat = text.replace(/\u202f|\u00a0/g, ' ');
  for (const { fr } of Object.values(COUNTED)) {
    const [singular, plural] = fr;
    if (singular === plural) continue;
    for (const m of flat.matchAll(
      new RegExp(`(?<!\\d |[\\d,])(\\d{1,3}(?: \\d{3})*) (${singular}|${plural})(?![\\p{L}(])`, 'gu'),
    )) {
      const n = Number((m[1] ?? '').replace(/ /g, ''));
      if (n >= 2 && m[2] === singular && !plural.startsWith(`${singular} `)) errors.push(m[0]);
      if (n < 2 && m[2] === plural) errors.push(m[0]);
    }
  }
  for (const m of flat.matchAll(/\b(lignes|valeurs|déclarations) (lus|évalués|appliqués)\b/g))
    errors.push(m[0]);
  for (const m of flat.matchAll(/\d+ [\p{L}’']+\((e|s|e\)\(s)\)/gu)) errors.push(m[0]);
  return [...new Set(errors)].sort();
}

describe('French agreement in counted phrases', () => {
  it('finds the agreement errors it is meant to find', () => {
    expect(agreementErrors('Entrée : 19 lignes lus, 21 non atteint, 1 lignes lues, 3 erreur(s)')).toEqual(
      ['21 non atteint', '1 lignes lues', 'lignes lus', '3 erreur(s)'].sort(),
    );
    expect(
      agreementErrors('0 ligne lue, 1 ligne lue, 2 lignes lues, 21 non atteints, 1 000 erreurs'),
    ).toEqual([]);
  });

  it.each(CASES)('$name: every counted phrase agrees', async (c) => {
    const { fr } = await both(c, await exampleFiles());
    expect(agreementErrors(fr)).toEqual([]);
  });
});
