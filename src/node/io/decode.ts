import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { type Arguments, atBoundary } from '../../core/guards.js';
import { issue } from '../../core/messages.js';
import type { InputProblem, SourceLocation } from './problem.js';

/**
 * Text encodings palier reads. `auto` (the default) follows a byte-order mark (UTF-8, UTF-16 LE or BE) and
 * reads UTF-8 otherwise; `windows-1252` is what older French Excel exports use (`–` `’` `œ` `€` in 0x80–0x9F);
 * `latin1` is ISO-8859-1.
 *
 * @category Input files
 */
export type InputEncoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';

/**
 * Every {@link InputEncoding}, for option parsing and help.
 *
 * @category Input files
 */
export const INPUT_ENCODINGS: readonly InputEncoding[] = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'latin1',
];

/**
 * Outcome of decoding bytes: the text, or the problem (where the first bad byte is).
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
 * Bytes that cannot be read as text in the encoding: decoding stops there.
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
 * A decoder fed a file's bytes piece by piece: each `write` returns the text those bytes complete (a character
 * cut between two pieces comes out with the next one), `end` the rest. After an error it returns that error
 * again and decodes nothing more.
 *
 * @category Input files
 */
export interface ChunkDecoder {
  /** Decodes the next bytes. */
  write(bytes: Uint8Array): DecodeResult;
  /** Ends the input: the last characters, or an error for a character cut at the end of the file. */
  end(): DecodeResult;
  /** The encoding in use (known once the first bytes are seen when it was `auto`). */
  readonly encoding: Exclude<InputEncoding, 'auto'> | undefined;
}

/**
 * Creates a streaming decoder (iconv-lite for UTF-16, Windows-1252 and Latin-1; a strict UTF-8 check that
 * reports the first invalid byte rather than replacing it). Never replaces a byte silently: invalid UTF-8, a
 * byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), a Latin-1 control character (0x80–0x9F,
 * most likely a Windows-1252 file) and NUL bytes (a binary file, or UTF-16 without byte-order mark) are errors
 * located at their line and column, with a hint at the right `--encoding`.
 *
 * @example
 * ```ts
 * const d = createDecoder('d.csv', 'windows-1252');
 * d.write(new Uint8Array([0x96, 0x20, 0x80])); // { ok: true, text: '– €' }
 * d.end();                                      // { ok: true, text: '' }
 * ```
 *
 * @category Input files
 */
export function createDecoder(file: string, encoding: InputEncoding = 'auto'): ChunkDecoder {
  return new StreamDecoder(file, encoding);
}

/**
 * Decodes a whole file's bytes to text (see {@link createDecoder}); a byte-order mark is dropped.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x.csv'); // { ok: true, text: 'a' }
 * decodeBytes(new Uint8Array([0x92]), 'x.csv', 'windows-1252');    // { ok: true, text: '’' }
 * ```
 *
 * @category Input files
 */
export function decodeBytes(bytes: Uint8Array, file: string, encoding: InputEncoding = 'auto'): DecodeResult {
  const args: Arguments = {
    bytes: [bytes, 'object'],
    file: [file, 'text'],
    encoding: [encoding, INPUT_ENCODINGS],
  };
  return atBoundary('decodeBytes', args, () => {
    const decoder = createDecoder(file, encoding);
    const body = decoder.write(bytes);
    if (!body.ok) return body;
    const tail = decoder.end();
    if (!tail.ok) return tail;
    return { ok: true, text: body.text + tail.text };
  });
}

/**
 * Index of the first byte that starts an invalid UTF-8 sequence (overlong forms and surrogates included);
 * `bytes.length` when all are valid.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62])); // 1
 * ```
 *
 * @category Input files
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return atBoundary('firstInvalidUtf8', 'bytes', () => {
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      const size = sequenceLength(b);
      if (size === 0 || i + size > bytes.length) return i;
      for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
      const b1 = bytes[i + 1] ?? 0;
      if (size === 3 && ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f))) return i;
      if (size === 4 && ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f))) return i;
      i += size;
    }
    return i;
  });
}

function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence the next piece completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const size = sequenceLength(b);
    return size > back ? back : 0;
  }
  return 0;
}

type Resolved = Exclude<InputEncoding, 'auto'>;

const NONE = new Uint8Array(0);

class StreamDecoder implements ChunkDecoder {
  encoding: Resolved | undefined;
  private readonly file: string;
  private iconv: ReturnType<typeof iconv.getDecoder> | undefined;
  private pending: Uint8Array = NONE;
  private started = false;
  private failed: DecodeError | undefined;
  private line = 1;
  private column = 1;

  constructor(file: string, encoding: InputEncoding) {
    this.file = file;
    this.encoding = encoding === 'auto' ? undefined : encoding;
  }

  write(bytes: Uint8Array): DecodeResult {
    if (this.failed) return this.failed;
    let input = this.pending.length > 0 ? concat(this.pending, bytes) : bytes;
    this.pending = NONE;
    if (!this.started) {
      // the byte-order mark needs the first three bytes
      if (input.length < 3) {
        this.pending = input;
        return { ok: true, text: '' };
      }
      input = this.start(input);
      if (this.failed) return this.failed;
    }
    return this.decode(input, false);
  }

  end(): DecodeResult {
    if (this.failed) return this.failed;
    let input = this.pending;
    this.pending = NONE;
    if (!this.started) input = this.start(input);
    if (this.failed) return this.failed;
    return this.decode(input, true);
  }

  /** Reads the byte-order mark, settles the encoding, sniffs UTF-16 without mark; returns the bytes after the mark. */
  private start(input: Uint8Array): Uint8Array {
    this.started = true;
    const bom = byteOrderMark(input);
    if (this.encoding === undefined) this.encoding = bom?.encoding ?? 'utf-8';
    if (bom !== undefined && bom.encoding === this.encoding) input = input.subarray(bom.length);
    if (this.encoding !== 'utf-16le' && this.encoding !== 'utf-16be') {
      const utf16 = sniffUtf16(input);
      if (utf16 !== undefined) {
        this.fail(
          { file: this.file, line: 1, column: 1 },
          issue('utf16-without-bom', { encoding: utf16 }, { expected: `--encoding ${utf16}` }),
        );
        return input;
      }
    }
    if (this.encoding !== 'utf-8') this.iconv = iconv.getDecoder(this.encoding, { stripBOM: false });
    return input;
  }

  private decode(input: Uint8Array, last: boolean): DecodeResult {
    const text = this.encoding === 'utf-8' ? this.utf8(input, last) : this.single(input, last);
    if (text === undefined) return this.failed!;
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      this.fail(this.at(text, nul), issue('binary-input', {}, { received: '0x00' }));
      return this.failed!;
    }
    this.advance(text, text.length);
    return { ok: true, text };
  }

  private utf8(input: Uint8Array, last: boolean): string | undefined {
    const keep = last ? 0 : incompleteTail(input);
    const complete = keep > 0 ? input.subarray(0, input.length - keep) : input;
    if (keep > 0) this.pending = input.slice(input.length - keep);
    if (isUtf8(complete))
      return Buffer.from(complete.buffer, complete.byteOffset, complete.length).toString();
    const bad = firstInvalidUtf8(complete);
    const before = Buffer.from(complete.buffer, complete.byteOffset, bad).toString();
    const byte = complete[bad]!;
    const hex = `0x${byte.toString(16).padStart(2, '0')}`;
    const hint = byte >= 0x80 && byte <= 0x9f ? 'windows-1252' : 'windows-1252 or latin1';
    this.fail(
      this.at(before, before.length),
      issue('invalid-utf8', { byte: hex, hint }, { received: hex, expected: 'UTF-8' }),
    );
    return undefined;
  }

  private single(input: Uint8Array, last: boolean): string | undefined {
    const decoder = this.iconv!;
    let text = decoder.write(Buffer.from(input.buffer, input.byteOffset, input.length));
    if (last) text += decoder.end() ?? '';
    if (this.encoding === 'windows-1252') {
      const bad = text.indexOf('\ufffd');
      if (bad >= 0) {
        const hex = `0x${input[bad]!.toString(16)}`;
        this.fail(
          this.at(text, bad),
          issue('undefined-byte', { byte: hex, encoding: 'windows-1252' }, { received: hex }),
        );
        return undefined;
      }
    } else if (this.encoding === 'latin1') {
      const bad = text.search(/[\u0080-\u009f]/);
      if (bad >= 0) {
        const hex = `0x${input[bad]!.toString(16)}`;
        this.fail(
          this.at(text, bad),
          issue('latin1-control', { byte: hex }, { received: hex, expected: '--encoding windows-1252' }),
        );
        return undefined;
      }
    }
    return text;
  }

  private fail(location: SourceLocation, found: InputProblem['issue']): void {
    this.failed = { ok: false, problem: { location, issue: found } };
  }

  /** Location of character `index` of `text`, the next text to come after what was decoded so far. */
  private at(text: string, index: number): SourceLocation {
    let line = this.line;
    let column = this.column;
    for (let i = 0; i < index; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return { file: this.file, line, column };
  }

  private advance(text: string, length: number): void {
    const lastBreak = text.lastIndexOf('\n', length - 1);
    if (lastBreak < 0) {
      this.column += length;
      return;
    }
    let breaks = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < length; i = text.indexOf('\n', i + 1)) breaks++;
    this.line += breaks;
    this.column = length - lastBreak;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function byteOrderMark(b: Uint8Array): { encoding: Resolved; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without byte-order mark, recognised by its NUL bytes: text in UTF-16 LE has a NUL after most ASCII
 * characters (odd offsets), in BE before them (even offsets). Looks at the first 4 KB.
 */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
