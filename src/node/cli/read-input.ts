import type { InputEncoding } from '../io/decode.js';
import { decodeBytes } from '../io/decode.js';
import type { InputProblem } from '../io/problem.js';
import type { CliIo } from './io.js';
import { unreadable } from './programme-option.js';

/**
 * Outcome of reading an input file's text.
 *
 * @category Command line
 */
export type TextRead =
  | { readonly ok: true; readonly text: string; readonly file: string }
  | { readonly ok: false; readonly kind: 'io' | 'invalid'; readonly problem: InputProblem };

/**
 * Reads a file (or standard input for `-`) and decodes it, reporting an unreadable file (`io`) apart from
 * undecodable text (`invalid`).
 *
 * @example
 * ```ts
 * const r = await readText(io, 'd.csv', 'utf-8');
 * ```
 *
 * @category Command line
 */
export async function readText(io: CliIo, file: string, encoding: InputEncoding): Promise<TextRead> {
  const name = file === '-' ? '<stdin>' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    return { ok: false, kind: 'io', problem: unreadable(name, error) };
  }
  const decoded = decodeBytes(bytes, name, encoding);
  if (!decoded.ok) return { ok: false, kind: 'invalid', problem: decoded.problem };
  return { ok: true, text: decoded.text, file: name };
}
