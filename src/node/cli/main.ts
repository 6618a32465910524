import { PalierError } from '../../core/error.js';
import { issue } from '../../core/messages.js';
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
import { refuse } from './commands/shared.js';
import { VALIDATE_OPTIONS, validateCommand } from './commands/validate.js';
import type { CommandContext } from './context.js';
import { makeContext } from './context.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { commandHelp, generalHelp } from './help.js';
import type { CliIo } from './io.js';
import { outOption } from './out-option.js';

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
 * printed on one line (its stack only with `--debug`) and gives exit code 1. All I/O goes through `io`, so it
 * runs in-process in tests.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo(), { version: '0.1.0' });
 * ```
 *
 * @category Command line
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions): Promise<ExitCode> {
  const langIndex = argv.indexOf('--lang');
  const langFlag =
    argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (langIndex >= 0 ? argv[langIndex + 1] : undefined);
  const lang = chooseLang(langFlag, io.env) ?? 'en';
  const bare = makeContext(io, lang, { values: {}, positionals: [] }, options.version);
  try {
    return await dispatch(argv, bare, options);
  } catch (error) {
    return internalError(bare, error, argv.includes('--debug'));
  }
}

/** Finds the command, parses and checks its arguments, runs it. */
async function dispatch(
  argv: readonly string[],
  bare: CommandContext,
  options: RunOptions,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const { io, lang } = bare;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    io.stdout.write(topic !== undefined ? commandHelp(topic, lang) : generalHelp(lang));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${options.version}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    const known = Object.keys(COMMANDS).join(', ');
    const problem = name.startsWith('-')
      ? issue('cli-missing-argument', { what: { fr: `commande (${known})`, en: `command (${known})` } })
      : issue('cli-unknown-command', { name, known });
    bare.io.stderr.write(`${bare.err.red(visible(`palier: ${problem.message[lang]}`))}\n`);
    bare.io.stderr.write(`${lang === 'fr' ? 'Voir : palier --help' : 'See: palier --help'}\n`);
    return EXIT.usage;
  }
  const parsed = parseCommandArgs(rest, command.options);
  if (!parsed.ok) return refuse(bare, name, parsed.issues);
  const values = parsed.value.values;
  if (values.lang !== undefined && chooseLang(values.lang, io.env) === undefined)
    return refuse(bare, name, [
      issue('cli-invalid-choice', { option: '--lang', received: String(values.lang), allowed: 'fr, en' }),
    ]);
  if (values.help === true) {
    io.stdout.write(commandHelp(name, lang));
    return EXIT.ok;
  }
  const ctx = makeContext(io, lang, parsed.value, options.version);
  const out = await outOption(ctx);
  if (!out.ok) return refuse(ctx, name, out.issues);
  return command.run(ctx);
}

/**
 * An unexpected failure: one line on standard error (a `PalierError` in the chosen language, any other error
 * by its name and message) and exit code 1; the stack only with `--debug`.
 */
function internalError(ctx: CommandContext, error: unknown, debug: boolean): ExitCode {
  const detail =
    error instanceof PalierError
      ? error.label[ctx.lang]
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  const firstLine = detail.split('\n')[0] ?? '';
  const line =
    ctx.lang === 'fr'
      ? `palier : erreur interne (merci de la signaler ; --debug affiche le détail) : ${firstLine}`
      : `palier: internal error (please report it; --debug shows the details): ${firstLine}`;
  ctx.io.stderr.write(`${ctx.err.red(visible(line))}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) ctx.io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
