import type { InputEncoding } from '../io/decode.js';
import { createDecoder } from '../io/decode.js';
import type { InputProblem } from '../io/problem.js';
import { formatProblem, isError } from '../io/problem.js';
import { visible } from '../report/safe-text.js';
import type { CommandContext } from './context.js';
import { moreProblems } from './context.js';
import type { CliIo } from './io.js';
import { unreadable } from './programme-option.js';

/**
 * An input file opened for reading piece by piece: its decoded text, and — once read — why it stopped early
 * (an unreadable file: `io`; bytes that are not text in the encoding: `invalid`).
 *
 * @category Command line
 */
export interface OpenedInput {
  /** Name for messages (`<stdin>` for `-`). */
  readonly file: string;
  /** The decoded text, piece by piece. */
  readonly text: AsyncIterable<string>;
  /** Why reading stopped early, if it did (known once `text` is consumed). */
  failure(): { readonly kind: 'io' | 'invalid'; readonly problem: InputProblem } | undefined;
}

/**
 * Opens a file (or standard input for `-`) to be decoded and read piece by piece (64 KB at a time with the Node
 * I/O): memory holds one piece, not the file. Environments without `streamFile`/`streamStdin` read it whole.
 *
 * @example
 * ```ts
 * const input = openInput(ctx.io, 'd.csv', 'auto');
 * for await (const text of input.text) reader.push(text);
 * const failure = input.failure(); // undefined when read to the end
 * ```
 *
 * @category Command line
 */
export function openInput(io: CliIo, file: string, encoding: InputEncoding): OpenedInput {
  const name = file === '-' ? '<stdin>' : file;
  let failed: { kind: 'io' | 'invalid'; problem: InputProblem } | undefined;
  async function* bytes(): AsyncGenerator<Uint8Array> {
    if (file === '-') {
      if (io.streamStdin !== undefined) yield* io.streamStdin();
      else yield await io.readStdin();
    } else if (io.streamFile !== undefined) yield* io.streamFile(file);
    else yield await io.readFile(file);
  }
  async function* text(): AsyncGenerator<string> {
    const decoder = createDecoder(name, encoding);
    try {
      for await (const piece of bytes()) {
        const r = decoder.write(piece);
        if (!r.ok) {
          failed = { kind: 'invalid', problem: r.problem };
          return;
        }
        if (r.text !== '') yield r.text;
      }
    } catch (error) {
      failed = { kind: 'io', problem: unreadable(name, error) };
      return;
    }
    const r = decoder.end();
    if (!r.ok) failed = { kind: 'invalid', problem: r.problem };
    else if (r.text !== '') yield r.text;
  }
  return { file: name, text: text(), failure: () => failed };
}

/**
 * Prints problems to standard error as they come, the first `max` of them (0 = all), counting every one — so a
 * file with millions of problems is reported in constant memory. `close` says how many were not shown.
 *
 * @category Command line
 */
export class ProblemPrinter {
  /** Errors seen. */
  errors = 0;
  /** Warnings seen. */
  warnings = 0;
  private shown = 0;

  /**
   * @param ctx - the command's context.
   * @param max - how many to print (0 = all, -1 = none: only count).
   */
  constructor(
    private readonly ctx: CommandContext,
    private readonly max: number,
  ) {}

  /** Counts a problem and prints it while under the cap. */
  add(problem: InputProblem): void {
    if (isError(problem)) this.errors++;
    else this.warnings++;
    if (this.max < 0 || (this.max > 0 && this.shown >= this.max)) return;
    this.shown++;
    const line = visible(formatProblem(problem, this.ctx.lang));
    this.ctx.io.stderr.write(`${isError(problem) ? this.ctx.err.red(line) : this.ctx.err.yellow(line)}\n`);
  }

  /** Says how many problems were not printed. */
  close(): void {
    const rest = this.errors + this.warnings - this.shown;
    if (rest > 0 && this.max >= 0) {
      const ctx = this.ctx;
      ctx.io.stderr.write(`${moreProblems(ctx.lang, rest)}\n`);
    }
  }
}
