import { visible } from '../report/safe-text.js';
import type { OptionSpec } from './args.js';
import { chooseLang, parseCommandArgs } from './args.js';
import { CATALOGUE_OPTIONS, catalogueCommand } from './commands/catalogue.js';
import { DEMO_OPTIONS, demoCommand } from './commands/demo.js';
import { EVALUATE_OPTIONS, evaluateCommand } from './commands/evaluate.js';
import { FUNDING_OPTIONS, fundingCommand } from './commands/funding.js';
import { IMPORT_OPTIONS, importCommand } from './commands/import.js';
import { REQUIREMENTS_OPTIONS, requirementsCommand } from './commands/requirements.js';
import { SCHEMA_OPTIONS, schemaCommand } from './commands/schema.js';
import { usage } from './commands/shared.js';
import { VALIDATE_OPTIONS, validateCommand } from './commands/validate.js';
import type { CommandContext } from './context.js';
import { makeContext } from './context.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { commandHelp, generalHelp } from './help.js';
import type { CliIo } from './io.js';

interface Command {
  readonly options: OptionSpec;
  readonly run: (ctx: CommandContext) => Promise<ExitCode>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  demo: { options: DEMO_OPTIONS, run: demoCommand },
  evaluate: { options: EVALUATE_OPTIONS, run: evaluateCommand },
  validate: { options: VALIDATE_OPTIONS, run: validateCommand },
  requirements: { options: REQUIREMENTS_OPTIONS, run: requirementsCommand },
  catalogue: { options: CATALOGUE_OPTIONS, run: catalogueCommand },
  funding: { options: FUNDING_OPTIONS, run: fundingCommand },
  import: { options: IMPORT_OPTIONS, run: importCommand },
  schema: { options: SCHEMA_OPTIONS, run: schemaCommand },
};

/**
 * Options of {@link runCli}.
 *
 * @category Command line
 */
export interface RunOptions {
  /** palier's version, printed by `--version`. */
  readonly version: string;
}

/**
 * Runs the `palier` command line and returns its exit code (see `EXIT`). Never throws: an unexpected error is
 * printed and gives exit code 1. All I/O goes through `io`, so it runs in-process in tests.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo(), { version: '0.1.0' });
 * ```
 *
 * @category Command line
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const langIndex = argv.indexOf('--lang');
  const langFlag =
    argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (langIndex >= 0 ? argv[langIndex + 1] : undefined);
  const lang = chooseLang(langFlag, io.env) ?? 'en';
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    io.stdout.write(topic !== undefined ? commandHelp(topic, lang) : generalHelp(lang));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${options.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  const bare = makeContext(io, lang, { values: {}, positionals: [] }, options.version);
  if (command === undefined) {
    if (name.startsWith('-') && name.startsWith('--lang'))
      return usage(bare, 'help', lang === 'fr' ? 'commande manquante' : 'missing command');
    const known = Object.keys(COMMANDS).join(', ');
    bare.io.stderr.write(
      `${bare.err.red(visible(lang === 'fr' ? `palier : commande inconnue « ${name} » (commandes : ${known})` : `palier: unknown command "${name}" (commands: ${known})`))}\n`,
    );
    bare.io.stderr.write(`${lang === 'fr' ? 'Voir : palier --help' : 'See: palier --help'}\n`);
    return EXIT.usage;
  }
  const parsed = parseCommandArgs(rest, command.options);
  if (!parsed.ok) return usage(bare, name, parsed.message);
  if (parsed.args.values.lang !== undefined && chooseLang(parsed.args.values.lang, io.env) === undefined) {
    return usage(bare, name, lang === 'fr' ? '--lang attend fr ou en' : '--lang expects fr or en');
  }
  if (parsed.args.values.help === true) {
    io.stdout.write(commandHelp(name, lang));
    return EXIT.ok;
  }
  const ctx = makeContext(io, lang, parsed.args, options.version);
  try {
    return await command.run(ctx);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `${ctx.err.red(lang === 'fr' ? `palier : erreur interne (merci de la signaler) : ${detail}` : `palier: internal error (please report it): ${detail}`)}\n`,
    );
    return EXIT.internal;
  }
}
