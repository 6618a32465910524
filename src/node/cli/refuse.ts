import type { PalierIssue } from '../../core/issue.js';
import { visible } from '../report/safe-text.js';
import type { CommandContext } from './context.js';
import { printProblems, say } from './context.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT, exitCodeOf } from './exit-codes.js';

/**
 * Ends a command on a failure — the one place issues become an exit code: prints them on standard error
 * (command-line ones as `palier <command>: …` with a pointer to the help, the others located in `file`) and
 * returns the exit code they imply ({@link exitCodeOf}).
 *
 * @example
 * ```ts
 * const asOf = asOfOption(ctx, ctx.io.today);
 * if (!asOf.ok) return refuse(ctx, 'evaluate', asOf.issues); // 2
 * ```
 *
 * @category Command line
 */
export function refuse(
  ctx: CommandContext,
  command: string,
  issues: readonly PalierIssue[],
  options: { readonly file?: string; readonly maxProblems?: number } = {},
): ExitCode {
  for (const i of issues.filter((x) => x.code.startsWith('cli-')))
    ctx.io.stderr.write(`${ctx.err.red(visible(`palier ${command}: ${i.message[ctx.lang]}`))}\n`);
  const located = issues
    .filter((i) => !i.code.startsWith('cli-'))
    .map((i) => ({ location: { file: options.file ?? `palier ${command}`, path: i.path }, issue: i }));
  printProblems(ctx, located, options.maxProblems ?? 50);
  const code = exitCodeOf(issues);
  if (code === EXIT.usage)
    ctx.io.stderr.write(`${say(ctx, `Voir : palier ${command} --help`, `See: palier ${command} --help`)}\n`);
  return code;
}
