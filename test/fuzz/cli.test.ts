/**
 * The command line end to end, in-process: generated argument lists (known and unknown options, good and bad
 * values, hostile text), generated files (real rows with hostile cells) and terminals. Whatever comes in,
 * `palier` ends with a documented exit code (never an internal error), writes no raw control character from
 * its input to a terminal or to standard error, and never writes over an input file.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { exampleData } from '../../src/node/example/index.js';
import { declarationsToCsv, establishmentsToCsv } from '../../src/node/io/write-csv.js';
import { programmeToJson } from '../../src/programme/json.js';
import { run } from '../node/fake-io.js';
import { params, RUNS } from './harness.js';
import { hostileText, OWN_SGR, RAW_CONTROL } from './hostile-text.js';

const data = exampleData();
const DECLARATION_LINES = declarationsToCsv(data.declarations).trimEnd().split('\n');
const ESTABLISHMENT_LINES = establishmentsToCsv(data.establishments).trimEnd().split('\n');
const PROGRAMME = programmeToJson(data.programme);

/** A CSV file: the header and a few real rows, a few cells (or whole lines) replaced by hostile text. */
function csvFile(lines: readonly string[]): fc.Arbitrary<string> {
  const [header, ...rows] = lines;
  return fc
    .record({
      picks: fc.array(fc.nat(rows.length - 1), { minLength: 0, maxLength: 8 }),
      edits: fc.array(fc.record({ row: fc.nat(), cell: fc.nat(12), text: hostileText }), { maxLength: 3 }),
      crlf: fc.boolean(),
    })
    .map(({ picks, edits, crlf }) => {
      const body = picks.map((i) => rows[i]!.split(','));
      for (const e of edits) {
        if (body.length === 0) break;
        const row = body[e.row % body.length]!;
        row[e.cell % row.length] = e.text;
      }
      return [header, ...body.map((r) => r.join(','))].join(crlf ? '\r\n' : '\n');
    });
}

const programmeFile = fc.oneof(
  hostileText.map((t) => PROGRAMME.replace('"Identities, patient movements"', JSON.stringify(t))),
  hostileText,
);

const FORMATS = ['table', 'json', 'csv', 'md', 'html', 'text'] as const;
const optionValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FORMATS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('2022-01-31', '2021-02-30', '2021-6-1', '2024-02-29', '9999-12-31'),
  },
  { weight: 1, arbitrary: fc.constantFrom('utf-8', 'windows-1252', 'latin1', 'auto', 'utf-16le', 'ebcdic') },
  { weight: 1, arbitrary: fc.constantFrom('csv', 'json', 'ndjson', 'fr', 'en', 'de', '0', '3', '-1', 'x') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('d.csv', 'e.csv', 'p.json', './d.csv', 'out.txt', '-', 'hn', 'hopen'),
  },
  { weight: 1, arbitrary: fc.constantFrom('MCO,SSR', 'HAD', 'XYZ', 'declarations', 'establishments') },
  { weight: 2, arbitrary: hostileText },
);
const OPTIONS = [
  'format',
  'as-of',
  'out',
  'input-format',
  'encoding',
  'max-problems',
  'establishments',
  'programme',
  'lang',
  'kind',
  'activities',
  'traits',
  'envelope',
  'order',
  'export',
];
const token = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...OPTIONS), optionValue, fc.boolean())
      .map(([name, value, inline]) => (inline ? [`--${name}=${value}`] : [`--${name}`, value])),
  },
  { weight: 2, arbitrary: fc.constantFrom(['d.csv'], ['-'], ['missing.csv'], ['e.csv'], ['p.json']) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(['--help'], ['--debug'], ['--list'], ['--'], ['-h'], ['--fromat']),
  },
  { weight: 1, arbitrary: hostileText.map((t) => [t]) },
  { weight: 1, arbitrary: fc.constantFrom(...OPTIONS).map((name) => [`--${name}`]) },
);
/** Per command: its positional arguments and the options it takes, with sensible values. */
const GOOD: Readonly<Record<string, { args: string[][]; options: string[][] }>> = {
  evaluate: {
    args: [['d.csv'], ['-']],
    options: [
      ['--as-of', '2022-01-31'],
      ['--establishments', 'e.csv'],
      ['--programme', 'p.json'],
      ['--format', 'table'],
      ['--format', 'md'],
      ['--format', 'csv'],
      ['--format', 'json'],
      ['--format', 'html'],
      ['--out', 'out.txt'],
      ['--max-problems', '0'],
      ['--lang', 'fr'],
    ],
  },
  validate: {
    args: [['d.csv'], ['e.csv'], ['-']],
    options: [
      ['--kind', 'establishments'],
      ['--programme', 'p.json'],
      ['--format', 'json'],
      ['--max-problems', '3'],
      ['--input-format', 'csv'],
      ['--lang', 'fr'],
    ],
  },
  demo: {
    args: [[]],
    options: [
      ['--format', 'md'],
      ['--format', 'csv'],
      ['--as-of', '2021-12-31'],
      ['--lang', 'fr'],
    ],
  },
  catalogue: {
    args: [[]],
    options: [
      ['--programme', 'p.json'],
      ['--format', 'md'],
      ['--format', 'json'],
    ],
  },
  requirements: {
    args: [[]],
    options: [
      ['--activities', 'MCO,HAD'],
      ['--programme', 'p.json'],
      ['--format', 'md'],
      ['--format', 'csv'],
    ],
  },
  schema: { args: [[], ['declaration']], options: [['--list'], ['--out', 'out.txt']] },
  funding: {
    args: [['p.json']],
    options: [
      ['--envelope', '1000.00'],
      ['--as-of', '2022-01-31'],
    ],
  },
  help: { args: [[], ['evaluate'], ['__proto__'], ['constructor']], options: [] },
};

const invocation = fc
  .constantFrom(...Object.keys(GOOD))
  .chain((command) => {
    const good = GOOD[command]!;
    return fc.record({
      command: fc.oneof(
        { weight: 19, arbitrary: fc.constant(command) },
        { weight: 1, arbitrary: hostileText },
      ),
      args: fc.constantFrom(...good.args),
      options: fc.subarray(good.options),
      extra: fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(token, { maxLength: 3 }) },
      ),
      declarations: csvFile(DECLARATION_LINES),
      establishments: csvFile(ESTABLISHMENT_LINES),
      programme: fc.oneof(
        { weight: 3, arbitrary: fc.constant(PROGRAMME) },
        { weight: 1, arbitrary: programmeFile },
      ),
      stdin: csvFile(DECLARATION_LINES),
      tty: fc.boolean(),
      env: fc.constantFrom<Record<string, string>>(
        {},
        { FORCE_COLOR: '1' },
        { NO_COLOR: '1' },
        { LANG: 'fr_FR.UTF-8' },
      ),
    });
  })
  .map((c) => ({ ...c, argv: [c.command, ...c.args, ...c.options.flat(), ...c.extra.flat()] }));

const DOCUMENTED_EXIT = new Set([0, 2, 3, 4]);
const INPUTS = ['d.csv', 'e.csv', 'p.json'];

describe('the palier command end to end (fuzz)', () => {
  it('documented exit codes only, no raw control character from input on a terminal or stderr, inputs never overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(invocation, async (c) => {
        const argv = c.argv;
        const r = await run(argv, {
          files: { 'd.csv': c.declarations, 'e.csv': c.establishments, 'p.json': c.programme },
          stdin: c.stdin,
          tty: c.tty,
          env: c.env,
          today: '2022-01-31',
        });
        const where = `palier ${JSON.stringify(argv)} → ${r.code}\n${r.stderr.slice(0, 2000)}`;
        if (!DOCUMENTED_EXIT.has(r.code)) throw new Error(`undocumented exit code: ${where}`);
        if (RAW_CONTROL.test(r.stderr.replace(OWN_SGR, '')))
          throw new Error(`raw control on stderr: ${where}`);
        const format = formatOf(argv);
        const terminalText = c.tty || format === undefined || format === 'table' || format === 'text';
        if (terminalText && RAW_CONTROL.test(r.stdout.replace(OWN_SGR, '')))
          throw new Error(`raw control on stdout: ${where}\n${JSON.stringify(r.stdout.slice(0, 2000))}`);
        for (const input of INPUTS)
          if (r.files.has(input) || r.files.has(`./${input}`))
            throw new Error(`input ${input} overwritten: ${where}`);
      }),
      params(RUNS.cli),
    );
  });
});

/** The last `--format` given (the one that wins), when one is. */
function formatOf(argv: readonly string[]): string | undefined {
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--format') format = argv[i + 1];
    else if (a.startsWith('--format=')) format = a.slice(9);
  }
  return format;
}
