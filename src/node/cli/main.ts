import { PalierError } from '../../core/error.js';
import { issue } from '../../core/messages.js';
import { visible } from '../report/safe-text.js';
import type { OptionSpec } from './args.js';
import { chooseLang, parseCommandArgs } from './args.js';
import type { CommandContext } from './context.js';
import { makeContext } from './context.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { outOption } from './out-option.js';
import { refuse } from './refuse.js';

interface Command {
  readonly options: OptionSpec;
  readonly run: (ctx: CommandContext) => Promise<ExitCode>;
}

/** Each command, loaded when it is run (a command does not pay for the modules of the others). */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  demo: async () => {
    const m = await import('./commands/demo.js');
    return { options: m.DEMO_OPTIONS, run: m.demoCommand };
  },
  evaluate: async () => {
    const m = await import('./commands/evaluate.js');
    return { options: m.EVALUATE_OPTIONS, run: m.evaluateCommand };
  },
  validate: async () => {
    const m = await import('./commands/validate.js');
    return { options: m.VALIDATE_OPTIONS, run: m.validateCommand };
  },
  requirements: async () => {
    const m = await import('./commands/requirements.js');
    return { options: m.REQUIREMENTS_OPTIONS, run: m.requirementsCommand };
  },
  catalogue: async () => {
    const m = await import('./commands/catalogue.js');
    return { options: m.CATALOGUE_OPTIONS, run: m.catalogueCommand };
  },
  funding: async () => {
    const m = await import('./commands/funding.js');
    return { options: m.FUNDING_OPTIONS, run: m.fundingCommand };
  },
  import: async () => {
    const m = await import('./commands/import.js');
    return { options: m.IMPORT_OPTIONS, run: m.importCommand };
  },
  schema: async () => {
    const m = await import('./commands/schema.js');
    return { options: m.SCHEMA_OPTIONS, run: m.schemaCommand };
  },
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
    const { commandHelp, generalHelp } = await import('./help.js');
    io.stdout.write(topic !== undefined ? commandHelp(topic, lang) : generalHelp(lang));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${options.version}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    const known = Object.keys(COMMANDS).join(', ');
    const problem = name.startsWith('-')
      ? issue('cli-missing-argument', { what: { fr: `commande (${known})`, en: `command (${known})` } })
      : issue('cli-unknown-command', { name, known });
    bare.io.stderr.write(`${bare.err.red(visible(`palier: ${problem.message[lang]}`))}\n`);
    bare.io.stderr.write(`${lang === 'fr' ? 'Voir : palier --help' : 'See: palier --help'}\n`);
    return EXIT.usage;
  }
  const command = await load();
  const parsed = parseCommandArgs(rest, command.options);
  if (!parsed.ok) return refuse(bare, name, parsed.issues);
  const values = parsed.value.values;
  if (values.lang !== undefined && chooseLang(values.lang, io.env) === undefined)
    return refuse(bare, name, [
      issue('cli-invalid-choice', { option: '--lang', received: String(values.lang), allowed: 'fr, en' }),
    ]);
  if (values.help === true) {
    const { commandHelp } = await import('./help.js');
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
