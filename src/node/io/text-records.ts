import { atBoundary, unreadable } from '../../core/guards.js';
import { MAX_RECORD_LENGTH } from './csv.js';
import { createDecoder, firstInvalidUtf8, INPUT_ENCODINGS, type InputEncoding } from './decode.js';
import type { InputProblem } from './problem.js';

/**
 * One CSV record of a streamed file: its raw text (line breaks inside quoted fields kept) and the line it
 * starts on.
 *
 * @category Input files
 */
export interface TextRecord {
  /** The record's text, without its line end. */
  readonly text: string;
  /** Line it starts on (1-based). */
  readonly line: number;
}

/**
 * Outcome of streaming a file's records: how it ended.
 *
 * @category Input files
 */
export interface TextRecordsEnd {
  /** The encoding used (detected or given). */
  readonly encoding: InputEncoding;
  /** The problem that stopped decoding, if any (the records before it were delivered). */
  readonly problem?: InputProblem;
}

/** The values of an `encoding` argument that may be detected. */
export const DETECTABLE_ENCODINGS: readonly string[] = Object.freeze([...INPUT_ENCODINGS, 'detect']);

/** How many bytes are looked at to tell UTF-8 from Windows-1252. */
const SNIFF_BYTES = 1 << 16;

/**
 * Chooses between UTF-8 and Windows-1252 from a file's first bytes: `auto` (UTF-8, or what a byte-order mark
 * says) when they are valid UTF-8 — a character cut at the end allowed —, `windows-1252` otherwise (older FINESS
 * extracts and French Excel exports).
 *
 * @example
 * ```ts
 * sniffEightBit(new TextEncoder().encode('santé')); // 'auto'
 * sniffEightBit(new Uint8Array([0x73, 0xe9]));      // 'windows-1252' ('sé' in Windows-1252)
 * ```
 *
 * @category Input files
 */
export function sniffEightBit(bytes: Uint8Array): 'auto' | 'windows-1252' {
  return atBoundary('sniffEightBit', 'bytes', () => {
    const bad = firstInvalidUtf8(bytes);
    // a multi-byte character cut by the end of the sample is not a sign of Windows-1252
    return bad >= bytes.length || bytes.length - bad < 4 ? 'auto' : 'windows-1252';
  });
}

/**
 * Streams the records of a `;`/`,` CSV file piece by piece, in bounded memory: bytes are decoded as they come
 * (the one decoder, `createDecoder`; with `detect`, UTF-8 or Windows-1252 chosen from the first 64 KiB), split
 * into lines, and a line whose quotes are still open is joined with the next (standard CSV quoting, a line break
 * inside a quoted field). Blank lines are skipped. Decoding stops at the first undecodable byte, which `onEnd`
 * receives as a located problem.
 *
 * @example
 * ```ts
 * for await (const record of textRecords(createReadStream(path), path, 'detect', (end) => { … })) {
 *   record.line; record.text;
 * }
 * ```
 *
 * @category Input files
 */
export async function* textRecords(
  source: AsyncIterable<Uint8Array>,
  file: string,
  encoding: InputEncoding | 'detect',
  onEnd: (end: TextRecordsEnd) => void,
): AsyncGenerator<TextRecord> {
  try {
    let chosen: InputEncoding | undefined = encoding === 'detect' ? undefined : encoding;
    let decoder = chosen === undefined ? undefined : createDecoder(file, chosen);
    let sample: Uint8Array[] = [];
    let sampled = 0;
    let carry = '';
    let line = 1;
    let record = '';
    let recordLine = 1;
    let quotes = 0;

    function* lines(text: string, last: boolean): Generator<TextRecord> {
      const all = carry + text;
      let start = 0;
      for (;;) {
        const nl = all.indexOf('\n', start);
        if (nl < 0) break;
        const end = nl > start && all.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        yield* take(all.slice(start, end));
        start = nl + 1;
      }
      carry = all.slice(start);
      if (last) {
        if (carry !== '') yield* take(carry);
        carry = '';
        if (record !== '') {
          const open = record;
          record = '';
          quotes = 0;
          if (open.trim() !== '') yield { text: open, line: recordLine };
        }
      }
    }

    function* take(physical: string): Generator<TextRecord> {
      if (record === '' && quotes === 0) recordLine = line;
      record = quotes === 0 && record === '' ? physical : `${record}\n${physical}`;
      for (let i = 0; i < physical.length; i++) if (physical.charCodeAt(i) === 34) quotes++;
      line++;
      // an open quote joins the next line, up to the record limit: past it the record is handed on as it is (its
      // unterminated quote is then reported) and reading goes on, so memory stays bounded
      if (quotes % 2 === 1 && record.length <= MAX_RECORD_LENGTH) return;
      const done = record;
      record = '';
      quotes = 0;
      if (done.trim() !== '') yield { text: done, line: recordLine };
    }

    const decodeInto = function* (bytes: Uint8Array, last: boolean): Generator<TextRecord, boolean> {
      const d = decoder!;
      const r = d.write(bytes);
      if (!r.ok) {
        onEnd({ encoding: chosen!, problem: r.problem });
        return false;
      }
      yield* lines(r.text, false);
      if (last) {
        const tail = d.end();
        if (!tail.ok) {
          onEnd({ encoding: chosen!, problem: tail.problem });
          return false;
        }
        yield* lines(tail.text, true);
      }
      return true;
    };

    for await (const chunk of source) {
      if (decoder === undefined) {
        sample.push(chunk);
        sampled += chunk.length;
        if (sampled < SNIFF_BYTES) continue;
        const joined = join(sample);
        sample = [];
        chosen = sniffEightBit(joined.subarray(0, SNIFF_BYTES));
        decoder = createDecoder(file, chosen);
        if (!(yield* decodeInto(joined, false))) return;
        continue;
      }
      if (!(yield* decodeInto(chunk, false))) return;
    }
    if (decoder === undefined) {
      const joined = join(sample);
      chosen = sniffEightBit(joined);
      decoder = createDecoder(file, chosen);
      if (!(yield* decodeInto(joined, true))) return;
    } else if (!(yield* decodeInto(new Uint8Array(0), true))) return;
    onEnd({ encoding: chosen! });
  } catch (error) {
    throw unreadable(
      'textRecords',
      {
        source: [source, 'iterable'],
        file: [file, 'text'],
        encoding: [encoding, DETECTABLE_ENCODINGS],
        onEnd: [onEnd, 'function'],
      },
      error,
    );
  }
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
