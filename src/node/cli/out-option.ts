import { resolve } from 'node:path';
import { issue } from '../../core/messages.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { CommandContext } from './context.js';
import type { CliIo } from './io.js';
import { programmeFile } from './programme-option.js';

/** Options whose value names an input file. */
const INPUT_OPTIONS = ['establishments', 'ej'] as const;

/**
 * Reads `--out`: the file to write, `undefined` for standard output (absent, empty or `-`). Refused with a
 * `cli-out-is-input` issue when it is one of the command's input files — the same file reached by another
 * path, a symbolic or a hard link included — since writing the report would destroy the input before (or
 * while) it is read.
 *
 * @example
 * ```ts
 * const out = await outOption(ctx); // palier evaluate d.csv --out ./d.csv → fails: --out ./d.csv is the input file d.csv
 * ```
 *
 * @category Command line
 */
export async function outOption(ctx: CommandContext): Promise<Result<string | undefined>> {
  const out = ctx.args.values.out;
  if (typeof out !== 'string' || out === '' || out === '-') return ok(undefined);
  const inputs = [
    ...ctx.args.positionals.filter((p) => p !== '-'),
    ...INPUT_OPTIONS.map((name) => ctx.args.values[name]).filter((v): v is string => typeof v === 'string'),
    programmeFile(ctx.args.values.programme),
  ].filter((v): v is string => v !== undefined);
  for (const input of inputs)
    if (await sameFile(ctx.io, out, input)) return fail(issue('cli-out-is-input', { out, input }));
  return ok(out);
}

/** Whether two paths reach one file: `io.sameFile` when the environment has it, else the same absolute path. */
function sameFile(io: CliIo, a: string, b: string): Promise<boolean> {
  return io.sameFile !== undefined ? io.sameFile(a, b) : Promise.resolve(resolve(a) === resolve(b));
}
