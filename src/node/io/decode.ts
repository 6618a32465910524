import type { InputProblem } from './problem.js';
import { problem } from './problem.js';

/**
 * Text encodings palier reads: UTF-8 (default) and Windows-1252, which older French Excel exports use.
 *
 * @category Input files
 */
export type InputEncoding = 'utf-8' | 'windows-1252';

/**
 * Outcome of decoding a file's bytes: the text, or the problem (where the first bad byte is).
 *
 * @category Input files
 */
export type DecodeResult = DecodeOk | DecodeError;

/**
 * Bytes decoded.
 *
 * @category Input files
 */
export interface DecodeOk {
  /** Discriminant. */
  readonly ok: true;
  /** The text. */
  readonly text: string;
}

/**
 * Bytes that are not valid in the encoding.
 *
 * @category Input files
 */
export interface DecodeError {
  /** Discriminant. */
  readonly ok: false;
  /** Located problem. */
  readonly problem: InputProblem;
}

/**
 * Decodes a file's bytes to text. A UTF-8 byte-order mark is dropped. Invalid UTF-8 is not replaced silently:
 * the first bad byte is reported with its line and column, suggesting `--encoding windows-1252`.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x.csv'); // { ok: true, text: 'a' }
 * ```
 *
 * @category Input files
 */
export function decodeBytes(
  bytes: Uint8Array,
  file: string,
  encoding: InputEncoding = 'utf-8',
): DecodeResult {
  if (encoding === 'windows-1252') return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineAndColumn(bytes, at);
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    return {
      ok: false,
      problem: problem(
        { file, line, column },
        'invalid-utf8',
        {
          fr: `Octet 0x${byte} invalide en UTF-8 (fichier en Windows-1252 ? essayez --encoding windows-1252).`,
          en: `Byte 0x${byte} is not valid UTF-8 (a Windows-1252 file? try --encoding windows-1252).`,
        },
        { received: `0x${byte}` },
      ),
    };
  }
}

/**
 * Index of the first byte that starts an invalid UTF-8 sequence (overlong forms and surrogates included); `bytes.length` when all are valid.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62])); // 1
 * ```
 *
 * @category Input files
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1] ?? 0;
    if (size === 3 && ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f))) return i;
    if (size === 4 && ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f))) return i;
    i += size;
  }
  return i;
}

/** Line and column (1-based, columns counted in characters) of a byte offset in UTF-8 bytes. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}
