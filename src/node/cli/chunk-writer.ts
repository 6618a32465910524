import type { FileHandle } from 'node:fs/promises';
import type { CliIo } from './io.js';

/** Writes a file from pieces of text, in order, without joining them first (the writer gathers them into large writes). */
export type ChunkWriter = (path: string, chunks: Iterable<string> | AsyncIterable<string>) => Promise<void>;

/** The environments that can write a file piece by piece (the Node one); any other `CliIo` gets one string. */
const writers = new WeakMap<CliIo, ChunkWriter>();

/**
 * Records that `io` can write a file piece by piece with `writer` (kept private: `CliIo` stays as it is).
 *
 * @example
 * ```ts
 * const io = withChunkWriter({ ...fields }, async (path, chunks) => { … });
 * ```
 */
export function withChunkWriter(io: CliIo, writer: ChunkWriter): CliIo {
  writers.set(io, writer);
  return io;
}

/**
 * The piece-by-piece file writer of `io`, when it has one.
 *
 * @example
 * ```ts
 * const write = chunkWriterOf(ctx.io); // undefined for a test double
 * ```
 */
export function chunkWriterOf(io: CliIo): ChunkWriter | undefined {
  return writers.get(io);
}

/** Pieces are gathered up to about this many characters before each write (fewer system calls). */
const BATCH = 1 << 20;

/** Gathers small pieces of text until about {@link BATCH} characters are pending. */
class Batch {
  private pending: string[] = [];
  private size = 0;

  /** Adds a piece; returns the gathered text when the batch is full. */
  add(chunk: string): string | undefined {
    this.pending.push(chunk);
    this.size += chunk.length;
    return this.size >= BATCH ? this.take() : undefined;
  }

  /** What is pending, if anything. */
  take(): string | undefined {
    if (this.pending.length === 0) return undefined;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    return text;
  }
}

/**
 * Groups small pieces into writes of about a megabyte, in order.
 *
 * @example
 * ```ts
 * for (const text of batched(['a', 'b'])) stream.write(text); // one write: 'ab'
 * ```
 */
export function* batched(chunks: Iterable<string>): Generator<string> {
  const batch = new Batch();
  for (const chunk of chunks) {
    const full = batch.add(chunk);
    if (full !== undefined) yield full;
  }
  const rest = batch.take();
  if (rest !== undefined) yield rest;
}

/**
 * {@link batched} for pieces that come over time (a report written while its input is read).
 *
 * @example
 * ```ts
 * for await (const text of batchedAsync(rows())) stream.write(text);
 * ```
 */
export async function* batchedAsync(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  const batch = new Batch();
  for await (const chunk of chunks) {
    const full = batch.add(chunk);
    if (full !== undefined) yield full;
  }
  const rest = batch.take();
  if (rest !== undefined) yield rest;
}

/** Bytes encoded before each write of {@link writeChunks} (fewer system calls). */
const WRITE_BYTES = 1 << 20;

/**
 * Writes pieces of text to an open file, in order, through two reused buffers: each piece is encoded (UTF-8)
 * straight into one, and when the next piece might not fit, that buffer goes to the file while the pieces that
 * follow fill the other (one write in flight at a time: the report goes on being computed while the last
 * megabyte is written). No joined string, no buffer per piece; a piece larger than a buffer is written on its
 * own.
 *
 * @example
 * ```ts
 * const file = await open('report.csv', 'w');
 * try { await writeChunks(file, rows()); } finally { await file.close(); }
 * ```
 */
export async function writeChunks(
  file: FileHandle,
  chunks: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  let buffer = Buffer.allocUnsafe(WRITE_BYTES);
  let spare = Buffer.allocUnsafe(WRITE_BYTES);
  let used = 0;
  let writing: Promise<void> = Promise.resolve();
  /** Starts writing `bytes` once the write in flight is done. */
  const send = async (bytes: Buffer, length: number): Promise<void> => {
    await writing;
    writing = writeAll(file, bytes, length);
    writing.catch(() => {}); // a failed write is reported when it is awaited (the next send, or the end)
  };
  for await (const chunk of chunks) {
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    if (used + chunk.length * 3 > buffer.length) {
      await send(buffer, used);
      [buffer, spare] = [spare, buffer];
      used = 0;
      if (chunk.length * 3 > buffer.length) {
        const bytes = Buffer.from(chunk, 'utf8');
        await send(bytes, bytes.length);
        continue;
      }
    }
    used += buffer.write(chunk, used, 'utf8');
  }
  await send(buffer, used);
  await writing;
}

/** Writes the first `length` bytes of `buffer`, however many calls it takes. */
async function writeAll(file: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length; ) {
    const { bytesWritten } = await file.write(buffer, done, length - done);
    done += bytesWritten;
  }
}
