/**
 * `writeChunks` encodes pieces of text straight into two reused buffers, one being written while the other
 * fills: the file must hold exactly the UTF-8 of the pieces joined, whatever their sizes and characters, and
 * however slow the writes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/node/cli/chunk-writer.js';
import { params, RUNS } from '../fuzz/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'palier-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(chunks: Iterable<string> | AsyncIterable<string>): Promise<Buffer> {
  const path = join(dir, 'out.txt');
  const file = await open(path, 'w');
  try {
    await writeChunks(file, chunks);
  } finally {
    await file.close();
  }
  return readFileSync(path);
}

describe('writeChunks', () => {
  it('writes the UTF-8 of the pieces joined: accents, typographic quotes, astral characters, empty pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 60 }),
        async (pieces) => {
          expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
        },
      ),
      params(RUNS.heavy),
    );
  });

  it('across the buffer: pieces filling more than a megabyte, and one piece larger than the buffer', async () => {
    const line = 'Établissement synthétique, palier’s “note” 😀\r\n';
    const pieces = [...Array.from({ length: 30_000 }, (_, i) => `${i};${line}`), 'x'.repeat(3 << 20), 'fin'];
    async function* later() {
      yield* pieces;
    }
    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(expected.length).toBeGreaterThan(4 << 20);
    expect((await written(later())).equals(expected)).toBe(true);
  });

  it('never fills the buffer being written: slow writes that take their bytes at the end, in parts', async () => {
    const received: Buffer[] = [];
    const slow = {
      async write(buffer: Buffer, offset: number, length: number) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        // the bytes are read when the write ends, as a file system may: a buffer refilled meanwhile would show
        const part = Math.min(length, 100_000);
        received.push(Buffer.from(buffer.subarray(offset, offset + part)));
        return { bytesWritten: part };
      },
    } as unknown as FileHandle;
    const pieces = Array.from({ length: 100_000 }, (_, i) => `${i};Établissement “${i % 7}”\n`); // 3 MB
    pieces.splice(60_000, 0, 'y'.repeat(2 << 20));
    await writeChunks(slow, pieces);
    expect(Buffer.concat(received).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(received.length).toBeGreaterThan(30); // several buffers, each in several parts
  });

  it('a failed write rejects the whole writing with its error (and is never left unhandled)', async () => {
    let writes = 0;
    const failing = {
      async write(_buffer: Buffer, _offset: number, length: number) {
        writes++;
        if (writes === 2) throw new Error('disk full');
        return { bytesWritten: length };
      },
    } as unknown as FileHandle;
    // about 5 MB, read over time (as a report written while its input is read): the failure comes between reads
    async function* slowly() {
      for (let i = 0; i < 400_000; i++) {
        if (i % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
        yield `${i};ligne\n`;
      }
    }
    await expect(writeChunks(failing, slowly())).rejects.toThrow('disk full');
    expect(writes).toBe(2); // nothing written after the failure
  });

  it('nothing to write: an empty file', async () => {
    expect((await written([])).length).toBe(0);
  });
});
